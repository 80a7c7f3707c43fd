/**
 * `part-exceeds-total`: parts larger than the total they are parts of.
 * `审结88件…其中:维持52件、驳回9件、撤销3件、确认违法2件、终止23件` — 89 > 88.
 *
 * Reads the breakdowns (`relations/breakdowns.ts`) that are not exhaustive: parts singled out by
 * `其中` or `含`, and breakdowns after `包括`, which may leave some out. A single part larger than
 * every total it may belong to is a contradiction; so is a sum of parts that do not overlap (a `、`
 * list, or clauses that name things of one kind) larger than the total. Parts in clauses that may
 * overlap (`其中继续教育548人,通过考试取得执法证531人`) are compared one by one only.
 */
import { Check, Finding } from '../findings';
import { ReportModel } from '../reportModel';
import { assessBreakdown, partsSum, partWithDigitsSwapped } from '../relations/breakdownAssessment';
import { relationsOf } from '../relations/index';
import { described, inMagnitudeOf, written } from './figureHelpers';
import { exhaustiveSumSeverity, severityFor } from './publish';

export const PART_EXCEEDS_TOTAL = 'part-exceeds-total';

function checkPartExceedsTotal(model: ReportModel): Finding[] {
  const findings: Finding[] = [];
  for (const b of relationsOf(model).breakdowns) {
    // sum-mismatch speaks for those it publishes: all but those whose total is inferred (a `其中` opening
    // its sentence), of which only parts past the total are said here.
    if (b.exhaustive && exhaustiveSumSeverity(b) !== undefined) continue;
    const { total, totals, parts } = b;
    // Explicit with one total: an error. Several possible totals, all exceeded, or a total in the
    // sentence before (a `其中` opening its sentence): whichever it is, it is exceeded — a warning.
    const severity = severityFor(b.reading, totals.length) ?? 'warning';
    // One part above every total it may belong to.
    // (An exhaustive one is asked what a partial one is: whether its parts pass the total.)
    const a = assessBreakdown(b.exhaustive ? { ...b, exhaustive: false } : b);
    const single = a.partAbove;
    if (single) {
      findings.push({
        rule: PART_EXCEEDS_TOTAL,
        severity,
        span: single.quantity.span,
        message: {
          zh: `分项 ${described(model, single)} 大于其总数 ${described(model, total)}${totals.length > 1 ? '(也大于前文其他可能的总数)' : ''}`,
          en: `The part ${described(model, single)} is larger than its total ${described(model, total)}${totals.length > 1 ? ' (and than every other figure it may be part of)' : ''}`,
        },
        related: [{ span: total.quantity.span, message: { zh: `总数:${described(model, total)}`, en: `total: ${described(model, total)}` } }],
        arithmetic: `${inMagnitudeOf(total, single.quantity.value)} > ${inMagnitudeOf(total, total.quantity.value)}`,
      });
      continue;
    }
    if (!a.sumAbove) continue;
    const sum = partsSum(parts);
    const terms = parts.map((p) => inMagnitudeOf(total, p.quantity.value)).join(' + ');
    // `1426 + 2463 = 3889 > 3862`: with 2436 the parts would add up exactly — a typing slip in a part.
    const slip = partWithDigitsSwapped(parts, total);
    findings.push({
      rule: PART_EXCEEDS_TOTAL,
      severity,
      span: total.quantity.span,
      message: {
        zh: `${b.evidence.some((e) => e.words.includes('其中')) || b.parts.some((p) => p.label.startsWith('其中')) ? '“其中”各项' : '各分项'}之和为 ${inMagnitudeOf(total, sum)}(${terms}),超过总数 ${described(model, total)}${slip ? `;疑为分项 ${written(model, slip)} 两位数字颠倒` : ''}`,
        en: `The parts add up to ${inMagnitudeOf(total, sum)} (${terms}), more than their total ${described(model, total)}${slip ? `; two digits of the part ${written(model, slip)} look swapped` : ''}`,
      },
      related: parts.map((p, k) => ({ span: p.quantity.span, message: { zh: `分项 ${k + 1}:${described(model, p)}`, en: `part ${k + 1}: ${described(model, p)}` } })),
      arithmetic: `${terms} = ${inMagnitudeOf(total, sum)} > ${inMagnitudeOf(total, total.quantity.value)}`,
    });
  }
  return findings;
}

export const partExceedsTotalCheck: Check = {
  rule: PART_EXCEEDS_TOTAL,
  title: { zh: '分项超过总数', en: 'Parts that exceed their total' },
  description: {
    zh: '“其中”各项超过总数。',
    en: 'Parts under 其中 that exceed their total.',
  },
  run: checkPartExceedsTotal,
};
