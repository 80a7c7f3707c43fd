/**
 * `part-exceeds-total`: parts introduced by `其中` (or `含`, `包括`) that exceed their total.
 * `审结88件…其中:维持52件、驳回9件、撤销3件、确认违法2件、终止23件` — 89 > 88.
 *
 * The total is the last count before the cue, of the same unit, outside brackets. A single part
 * larger than the total is always an error. A `、` list of parts is a breakdown whose sum may not
 * pass the total; parts in separate clauses (`其中继续教育548人,通过考试取得执法证531人`) may
 * overlap, so only each one alone is compared.
 */
import { Check, Finding } from '../findings';
import { Figure } from '../figures';
import { ReportModel } from '../reportModel';
import { described, isExactCount, num, sameUnit, written } from './figureHelpers';

export const PART_EXCEEDS_TOTAL = 'part-exceeds-total';

const PART_CUE = /(其中|含|包括|包含)/;

/** A total and the parts `其中` singles out of it; `list` when they are a `、` breakdown. */
export interface PartGroup {
  readonly total: Figure;
  readonly parts: readonly Figure[];
  readonly list: boolean;
}

export function partGroups(model: ReportModel): PartGroup[] {
  const groups: PartGroup[] = [];
  for (const sentence of model.sentences) {
    const figures = sentence.figures;
    // Whether a cue (`其中`) stands right before each figure, read once per figure.
    const cued = figures.map((f, i) => i > 0 && PART_CUE.test(model.text.slice(figures[i - 1]!.quantity.span.end, f.quantity.span.start)));
    for (let i = 1; i < figures.length; i++) {
      const first = figures[i]!;
      if (!cued[i] || first.quantity.kind === 'percent') continue;
      // The total: the nearest earlier count of the same unit that is not an aside.
      let total: Figure | undefined;
      for (let j = i - 1; j >= 0; j--) {
        const f = figures[j]!;
        if (f.inParentheses && !first.inParentheses) continue;
        if (isExactCount(f) || (first.inParentheses && f.quantity.qualifier === 'exact')) {
          if (sameUnit(f, first)) total = f;
        }
        break;
      }
      if (!total || total.quantity.kind === 'percent') continue;
      // The parts: this figure and the `、` list it opens, up to the next cue, which opens a list
      // of its own. Stopping there keeps each figure in one list: a chain `其中9件、其中9件、…`
      // costs linear work, not one list per cue over all the figures after it.
      const parts: Figure[] = [first];
      for (let k = i + 1; k < figures.length && figures[k]!.separatorBefore === '、' && sameUnit(figures[k]!, first) && !cued[k]; k++) parts.push(figures[k]!);
      groups.push({ total, parts, list: parts.length >= 2 });
    }
  }
  return groups;
}

function checkPartExceedsTotal(model: ReportModel): Finding[] {
  const findings: Finding[] = [];
  for (const { total, parts } of partGroups(model)) {
    const exact = parts.filter((p) => p.quantity.qualifier === 'exact' && p.quantity.kind !== 'percent');
    const T = total.quantity.value;
    const single = exact.find((p) => p.quantity.value > T);
    if (single) {
      findings.push({
        rule: PART_EXCEEDS_TOTAL,
        severity: 'error',
        span: single.quantity.span,
        message: {
          zh: `分项 ${described(model, single)} 大于其总数 ${described(model, total)}`,
          en: `The part ${written(model, single)} is larger than its total ${written(model, total)}`,
        },
        related: [{ span: total.quantity.span, message: { zh: `总数:${described(model, total)}`, en: `total: ${written(model, total)}` } }],
        arithmetic: `${num(single.quantity.value)} > ${num(T)}`,
      });
      continue;
    }
    if (exact.length >= 2 && exact.length === parts.length) {
      const sum = exact.reduce((s, p) => s + p.quantity.value, 0);
      if (sum > T + 1e-9) {
        const terms = exact.map((p) => num(p.quantity.value)).join(' + ');
        findings.push({
          rule: PART_EXCEEDS_TOTAL,
          severity: 'error',
          span: total.quantity.span,
          message: {
            zh: `“其中”各项之和为 ${num(sum)}(${terms}),超过总数 ${described(model, total)}`,
            en: `The parts add up to ${num(sum)} (${terms}), more than their total ${written(model, total)}`,
          },
          related: exact.map((p, k) => ({ span: p.quantity.span, message: { zh: `分项 ${k + 1}:${described(model, p)}`, en: `part ${k + 1}: ${written(model, p)}` } })),
          arithmetic: `${terms} = ${num(sum)} > ${num(T)}`,
        });
      }
    }
  }
  return findings;
}

export const partExceedsTotalCheck: Check = { rule: PART_EXCEEDS_TOTAL, run: checkPartExceedsTotal };
