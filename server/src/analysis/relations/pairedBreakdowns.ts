/**
 * Parts given in pairs of two units, a count and an amount of each kind: `实施重点项目186个,完成投资
 * 214.5亿元,其中产业项目98个、完成投资121.3亿元,基础设施项目57个、完成投资62.8亿元,…`. The counts
 * are parts of the count before `其中`, the amounts of the amount before it. Read by `readBreakdowns`.
 */
import { Figure } from '../figures';
import { ReportModel } from '../reportModel';
import { partsSum, sumTolerance } from './breakdownAssessment';
import type { Breakdown } from './breakdowns';
import { between, isExactCount, sameUnit } from './common';
import { canBePart, canBeTotal, PART_CUE } from './figureRoles';

/** The name of what an amount measures, without its opening and a 总: `完成投资`, `投资` of `总投资`. */
function measureOf(f: Figure): string {
  return f.label.replace(/^(?:其中|共|累计|全年)/, '').replace(/总/g, '').replace(/[^\u4e00-\u9fff]/g, '');
}

/** Two names of one measure: the same, or one ending with the other's last two characters. */
function sameMeasure(a: string, b: string): boolean {
  return a.length >= 2 && b.length >= 2 && (a === b || a.endsWith(b.slice(-2)) || b.endsWith(a.slice(-2)));
}

/**
 * `其中产业项目98个、完成投资121.3亿元,基础设施项目57个、完成投资62.8亿元`: two pairs or more after
 * `其中`, each a count and, after `、`, an amount of the same measure; the totals of both units stand
 * before `其中` in the sentence. Where the counts add up to their total, the pairs are all of it, and
 * the amounts must add up to theirs (and the other way round); otherwise each sum is only bounded.
 */
export function readPairedBreakdowns(model: ReportModel, figures: readonly Figure[], out: Breakdown[]): void {
  const text = model.text;
  for (let i = 1; i + 3 < figures.length; i++) {
    const c0 = figures[i]!;
    const a0 = figures[i + 1]!;
    if (!isExactCount(c0) || !isExactCount(a0) || sameUnit(c0, a0) || a0.separatorBefore !== '、' || !canBePart(c0) || !canBePart(a0)) continue;
    const cue = PART_CUE.exec(between(text, figures[i - 1]!, c0));
    if (!cue || /[，,。；;]/.test(between(text, figures[i - 1]!, c0).slice(cue.index + cue[0].length))) continue;
    const measure = measureOf(a0);
    if (measure.length < 2 || measure.length > 8) continue;
    const counts = [c0];
    const amounts = [a0];
    let k = i + 2;
    for (; k + 1 < figures.length; k += 2) {
      const c = figures[k]!;
      const a = figures[k + 1]!;
      if (c.separatorBefore !== ',' || !sameUnit(c, c0) || !isExactCount(c) || !canBePart(c) || c.change || c.prior) break;
      if (a.separatorBefore !== '、' || !sameUnit(a, a0) || !isExactCount(a) || !canBePart(a) || a.change || a.prior || measureOf(a) !== measure) break;
      counts.push(c);
      amounts.push(a);
    }
    if (counts.length < 2) continue;
    // The totals: the nearest figure of each unit before 其中, the amount's of the same measure.
    let countTotal: Figure | undefined;
    let amountTotal: Figure | undefined;
    for (let j = i - 1; j >= 0 && (countTotal === undefined || amountTotal === undefined); j--) {
      const f = figures[j]!;
      if (!isExactCount(f) || !canBeTotal(f)) continue;
      if (countTotal === undefined && sameUnit(f, c0)) countTotal = f;
      if (amountTotal === undefined && sameUnit(f, a0) && sameMeasure(measureOf(f), measure)) amountTotal = f;
    }
    if (!countTotal || !amountTotal) continue;
    const fits = (parts: readonly Figure[], total: Figure) => Math.abs(partsSum(parts) - total.quantity.value) <= sumTolerance(parts, total);
    const allCounted = fits(counts, countTotal);
    const allAmounted = fits(amounts, amountTotal);
    const evidence = [{ words: cue[0].replace(/^[，,、：:（(\s]+/, ''), span: { start: c0.quantity.span.start - c0.cue.length, end: c0.quantity.span.start } }];
    // The pairs' first parts, read already as a 其中 part of each total, are read again here with the rest.
    for (let b = out.length - 1; b >= 0; b--) {
      const x = out[b]!;
      if ((x.total === countTotal && x.parts.every((p) => counts.includes(p))) || (x.total === amountTotal && x.parts.every((p) => amounts.includes(p)))) out.splice(b, 1);
    }
    out.push({ kind: 'breakdown', form: 'subset', total: countTotal, totals: [countTotal], parts: counts, exhaustive: allAmounted, disjoint: true, reading: 'explicit', evidence });
    out.push({ kind: 'breakdown', form: 'subset', total: amountTotal, totals: [amountTotal], parts: amounts, exhaustive: allCounted, disjoint: true, reading: 'explicit', evidence });
    i = k - 1;
  }
}
