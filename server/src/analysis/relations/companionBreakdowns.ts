/**
 * Breakdowns that come with a breakdown already read, in the same words:
 * - figures written in twos, `682户2145人,其中已消除风险的437户1386人`: the households and the
 *   people are one group counted twice, so the people break down as the households do (and where
 *   the households add up to their total, the people must add up to theirs);
 * - a `其中` list that goes on with counts above thresholds, `其中百亿元级项目3个、50亿元以上项目
 *   12个、10亿元以上项目42个`: each is a part of the total, though they nest (so only each alone is
 *   bounded by it).
 * Read by `readBreakdowns` after the breakdowns of a sentence.
 */
import { Figure } from '../figures';
import { ReportModel } from '../reportModel';
import { partsSum, sumTolerance } from './breakdownAssessment';
import type { Breakdown } from './breakdowns';
import { between, isExactCount, sameUnit } from './common';
import { canBePart, canBeTotal } from './figureRoles';

/**
 * The figure written right after `f` with no word between, in another unit: `2145人` of `682户2145人`.
 * Counts only (`12个1.2亿元` pairs a count with an amount, which need not break down alike).
 */
function twinOf(model: ReportModel, f: Figure): Figure | undefined {
  const next = model.figures[f.index + 1];
  if (!next || next.sentence !== f.sentence || next.label !== '' || sameUnit(next, f)) return undefined;
  if (f.quantity.kind !== 'count' || next.quantity.kind !== 'count' || !isExactCount(next) || next.change || next.prior) return undefined;
  return between(model.text, f, next) === '' ? next : undefined;
}

/** `…、50亿元以上项目12个`: a threshold of an amount, then the count it picks out, with only a noun between. */
function thresholdCountAfter(model: ReportModel, at: number, unitOf: Figure): Figure | undefined {
  const threshold = model.figures[at];
  const count = model.figures[at + 1];
  if (!threshold || !count || count.sentence !== unitOf.sentence || threshold.separatorBefore !== '、') return undefined;
  if (threshold.quantity.kind !== 'amount' || (threshold.quantity.qualifier !== 'atLeast' && threshold.quantity.qualifier !== 'moreThan')) return undefined;
  if (!sameUnit(count, unitOf) || !isExactCount(count) || !canBePart(count) || count.change || count.totalCue) return undefined;
  return /^[\u4e00-\u9fff]{1,6}$/.test(between(model.text, threshold, count)) ? count : undefined;
}

const opensWithPartCue = (b: Breakdown) => b.evidence.some((e) => e.words.includes('其中')) || b.parts[0]!.label.startsWith('其中');

export function readCompanionBreakdowns(model: ReportModel, from: number, out: Breakdown[]): void {
  const end = out.length;
  for (let k = from; k < end; k++) {
    const b = out[k]!;
    const totalTwin = twinOf(model, b.total);
    if (totalTwin && canBeTotal(totalTwin)) {
      const twins = b.parts.map((p) => twinOf(model, p));
      if (twins.every((t): t is Figure => t !== undefined && sameUnit(t, totalTwin) && canBePart(t))) {
        // Where the first counts add up to their total, the parts are all of it, in either unit.
        const allOfIt = b.exhaustive || (b.disjoint && b.parts.length > 1 && Math.abs(partsSum(b.parts) - b.total.quantity.value) <= sumTolerance(b.parts, b.total));
        out.push({ ...b, total: totalTwin, totals: [totalTwin], parts: twins, exhaustive: allOfIt });
      }
    }
    if (b.form !== 'subset' || !opensWithPartCue(b)) continue;
    const nested: Figure[] = [];
    for (let at = b.parts[b.parts.length - 1]!.index + 1; ; at += 2) {
      const count = thresholdCountAfter(model, at, b.total);
      if (!count) break;
      nested.push(count);
    }
    if (nested.length > 0) out.push({ kind: 'breakdown', form: 'subset', total: b.total, totals: b.totals, parts: nested, exhaustive: false, disjoint: false, reading: b.reading, evidence: b.evidence });
  }
}
