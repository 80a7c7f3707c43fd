/**
 * `restated-mismatch`: the same figure stated twice with different values — `受理行政复议申请151件`
 * in the summary, `受理行政复议申请115件` in the detail.
 *
 * Reads the restatements (`relations/restatements.ts`), which pair figures by identical specific
 * labels in the same part and period of the report. The pairing rests on wording alone, so the
 * rule is off by default (measured on real reports, nearly every such pair was last year's result
 * against this year's target, a five-year total against one year, or another scope); turned on, it
 * reports `warning`s.
 */
import { Check, Finding } from '../findings';
import { ReportModel } from '../reportModel';
import { relationsOf } from '../relations/index';
import { described, num, written } from './figureHelpers';

export const RESTATED_MISMATCH = 'restated-mismatch';

function checkRestatedMismatch(model: ReportModel): Finding[] {
  return relationsOf(model).restatements.filter((r) => r.form === 'sameLabel').map(({ first: earlier, again: f }) => {
    const line = model.lines.positionAt(earlier.quantity.span.start).line + 1;
    return {
      rule: RESTATED_MISMATCH,
      severity: 'warning',
      span: f.quantity.span,
      message: {
        zh: `“${f.label}”前后不一致:此处为 ${written(model, f)},第 ${line} 行为 ${written(model, earlier)}`,
        en: `"${f.label}" is stated twice with different values: ${written(model, f)} here, ${written(model, earlier)} on line ${line}`,
      },
      related: [{ span: earlier.quantity.span, message: { zh: `前文:${described(model, earlier)}`, en: `earlier: ${described(model, earlier)}` } }],
      arithmetic: `${num(f.quantity.value)} ≠ ${num(earlier.quantity.value)}`,
    } satisfies Finding;
  });
}

export const restatedMismatchCheck: Check = {
  rule: RESTATED_MISMATCH,
  title: { zh: '同一数字前后两处不一致', en: 'The same figure stated twice with different values' },
  description: {
    zh: '同一数字前后两处不一致。',
    en: 'The same figure stated twice with different values.',
  },
  run: checkRestatedMismatch,
  defaultOff: true,
};
