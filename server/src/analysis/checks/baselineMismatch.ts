/**
 * `baseline-mismatch`: a target built on last year's figure gives that figure otherwise than the
 * review does — `地区生产总值在上年321.6亿元的基础上增长6.5%左右` in the plan, `全县地区生产总值达到
 * 312.6亿元` in the review of the year.
 *
 * Reads the restatements of form `baseOfTarget` (`relations/restatements.ts`): the words `在上年…的基础上`
 * say the figure is last year's, and the review states that indicator once, so one reading remains.
 * The review may still speak of another scope under the same name, so it is a warning, not an error.
 */
import { Check, Finding } from '../findings';
import { ReportModel } from '../reportModel';
import { relationsOf } from '../relations/index';
import { described, num, written } from './figureHelpers';

export const BASELINE_MISMATCH = 'baseline-mismatch';

function checkBaselineMismatch(model: ReportModel): Finding[] {
  return relationsOf(model).restatements.filter((r) => r.form === 'baseOfTarget').map(({ first: review, again: base }) => {
    const line = model.lines.positionAt(review.quantity.span.start).line + 1;
    return {
      rule: BASELINE_MISMATCH,
      severity: 'warning',
      span: base.quantity.span,
      message: {
        zh: `目标所依的上年基数 ${written(model, base)} 与第 ${line} 行回顾中的 ${written(model, review)} 不一致`,
        en: `The target is built on last year's ${written(model, base)}, but the review on line ${line} gives ${written(model, review)}`,
      },
      related: [{ span: review.quantity.span, message: { zh: `回顾:${described(model, review)}`, en: `review: ${described(model, review)}` } }],
      arithmetic: `${num(base.quantity.value)} ≠ ${num(review.quantity.value)}`,
    } satisfies Finding;
  });
}

export const baselineMismatchCheck: Check = {
  rule: BASELINE_MISMATCH,
  title: { zh: '目标所依的上年基数与回顾不一致', en: "A target's base differs from last year's figure in the review" },
  description: {
    zh: '“在上年…的基础上”所写的上年数字与工作回顾中的同一指标不一致。',
    en: "Last year's figure a target is built on (`在上年…的基础上`) differs from the same indicator in the review.",
  },
  run: checkBaselineMismatch,
};
