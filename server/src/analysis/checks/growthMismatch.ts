/**
 * `growth-mismatch`: growth that its own figures contradict.
 *
 * With last year's figure stated (`上年同期52件`), the growth is recomputed: `error` if it does not
 * agree. With only this year's count (`受理71件,同比增长200%`), last year's count must be a whole
 * number that gives the stated growth at its precision (71/3 = 23.67: 24 gives 195.8%, 23 gives
 * 208.7%): `warning`, since which count the growth belongs to is read from word order.
 */
import { Check, Finding } from '../findings';
import { Figure } from '../figures';
import { ReportModel } from '../reportModel';
import { agrees, formatComputed } from '../rounding';
import { described, isExactCount, num, sameUnit, written } from './figureHelpers';

export const GROWTH_MISMATCH = 'growth-mismatch';

const PRIOR_LABEL = /(上年|去年|上一年|同期|前一年|\d{4}年)/;

function signed(growth: Figure): number {
  return growth.growth === 'decrease' ? -growth.quantity.value : growth.quantity.value;
}

function checkGrowthMismatch(model: ReportModel): Finding[] {
  const findings: Finding[] = [];
  for (const g of model.figures) {
    if (!g.growth || g.quantity.kind !== 'percent' || g.quantity.qualifier !== 'exact') continue;
    const sentence = model.sentences[g.sentence]!;
    const current = sentence.figures.find((f) => f.index === g.index - 1);
    if (!current || !isExactCount(current) || !Number.isInteger(current.quantity.value)) continue;
    const X = current.quantity.value;
    const { decimals } = g.quantity;
    const stated = signed(g);
    // Last year's figure, stated in the same sentence after the growth (`较上年的52件`) or right before it.
    // It may stand in brackets: `同比增长15.6%(上年同期8,317人次)`.
    const prior = sentence.figures.find(
      (f) => f !== current && f.quantity.qualifier === 'exact' && sameUnit(f, current) && PRIOR_LABEL.test(f.label) && Math.abs(f.index - g.index) <= 2,
    );
    if (prior && prior.quantity.value > 0) {
      const computed = (100 * (X - prior.quantity.value)) / prior.quantity.value;
      if (agrees(Math.abs(computed), Math.abs(stated), decimals) && Math.sign(computed) === Math.sign(stated)) continue;
      findings.push({
        rule: GROWTH_MISMATCH,
        severity: 'error',
        span: g.quantity.span,
        message: {
          zh: `增幅应为 ${formatComputed(computed, decimals)}%((${num(X)} − ${num(prior.quantity.value)}) / ${num(prior.quantity.value)}),文中为 ${written(model, g)}`,
          en: `Growth should be ${formatComputed(computed, decimals)}% ((${num(X)} − ${num(prior.quantity.value)}) / ${num(prior.quantity.value)}), the text says ${written(model, g)}`,
        },
        related: [
          { span: current.quantity.span, message: { zh: `本期:${described(model, current)}`, en: `this period: ${written(model, current)}` } },
          { span: prior.quantity.span, message: { zh: `上期:${described(model, prior)}`, en: `previous period: ${written(model, prior)}` } },
        ],
        arithmetic: `(${num(X)} − ${num(prior.quantity.value)}) / ${num(prior.quantity.value)} = ${formatComputed(computed, decimals)}%`,
      });
      continue;
    }
    if (current.index !== g.index - 1 || stated <= -100) continue;
    const ideal = X / (1 + stated / 100);
    if (!Number.isFinite(ideal) || ideal <= 0) continue;
    const candidates = [Math.floor(ideal) - 1, Math.floor(ideal), Math.ceil(ideal), Math.ceil(ideal) + 1].filter((p) => p >= 1);
    const growthOf = (p: number) => (100 * (X - p)) / p;
    if (candidates.some((p) => agrees(Math.abs(growthOf(p)), Math.abs(stated), decimals) && Math.sign(growthOf(p)) === Math.sign(stated))) continue;
    const near = [Math.floor(ideal), Math.ceil(ideal)].filter((p, i, a) => p >= 1 && a.indexOf(p) === i);
    const shown = near.map((p) => `${num(p)} → ${formatComputed(growthOf(p), decimals)}%`).join(',');
    findings.push({
      rule: GROWTH_MISMATCH,
      severity: 'warning',
      span: g.quantity.span,
      message: {
        zh: `${written(model, g)} 与 ${described(model, current)} 不符:上期应为 ${num(Number(ideal.toFixed(2)))},不是整数(${shown})`,
        en: `${written(model, g)} does not fit ${written(model, current)}: the previous count would be ${num(Number(ideal.toFixed(2)))}, not a whole number (${near.map((p) => `${num(p)} → ${formatComputed(growthOf(p), decimals)}%`).join(', ')})`,
      },
      related: [{ span: current.quantity.span, message: { zh: `本期:${described(model, current)}`, en: `this period: ${written(model, current)}` } }],
      arithmetic: `${num(X)} / (1 ${stated >= 0 ? '+' : '−'} ${num(Math.abs(stated) / 100)}) = ${num(Number(ideal.toFixed(2)))}`,
    });
  }
  return findings;
}

export const growthMismatchCheck: Check = { rule: GROWTH_MISMATCH, run: checkGrowthMismatch };
