/**
 * Breakdowns by a dimension: `按领域分,查处食品案件1126件、药品案件384件、…、其他案件1037件` breaks
 * down a total stated in the sentence before. Read by `readBreakdowns`.
 */
import { Figure } from '../figures';
import { ReportModel } from '../reportModel';
import { partsSum, sumTolerance } from './breakdownAssessment';
import type { Breakdown } from './breakdowns';
import { isExactCount, sameUnit } from './common';
import { canBePart, canBeTotal, partsFrom } from './figureRoles';

/** `按领域分,查处食品案件1126件、药品案件384件、…、其他案件1037件`: a breakdown by a dimension. */
const BY_DIMENSION = /^[\s　]*(?:从|按)[\u4e00-\u9fff]{1,8}(?:分|划分|统计|看|来看)[，,：:]/;
const OTHERS = /^(?:其他|其余|其它)/;

/**
 * A breakdown by a dimension that opens its sentence, closed by `其他`, is all of a total stated just
 * before: the sentence's parts must add up to a count of their unit in the one or two sentences before.
 */
export function readDimensionBreakdowns(model: ReportModel, index: number, out: Breakdown[]): void {
  const sentence = model.sentences[index]!;
  const opening = model.text.slice(sentence.span.start, sentence.span.start + 16);
  const cue = /^[\s　]*[从按]/.test(opening) ? BY_DIMENSION.exec(opening) : null;
  if (!cue || sentence.figures.length < 2) return;
  const first = sentence.figures[0]!;
  if (!isExactCount(first) || !canBePart(first)) return;
  const { parts, listed } = partsFrom(model, sentence.figures, 0, first, false);
  if (!listed || parts.length < 2 || !OTHERS.test(parts[parts.length - 1]!.label.replace(/^(?:查处|办理|受理)/, ''))) return;
  const candidates: Figure[] = [];
  for (let k = index - 1; k >= Math.max(0, index - 2); k--) {
    const prev = model.sentences[k]!;
    if (!/^[\s　]*$/.test(model.text.slice(prev.span.end, model.sentences[k + 1]!.span.start))) break;
    for (const f of prev.figures) if (isExactCount(f) && sameUnit(f, first) && canBeTotal(f)) candidates.push(f);
  }
  if (candidates.length === 0) return;
  const sum = partsSum(parts);
  const fitting = candidates.find((t) => Math.abs(t.quantity.value - sum) <= sumTolerance(parts, t));
  const largest = candidates.reduce((a, b) => (b.quantity.value > a.quantity.value ? b : a));
  const total = fitting ?? largest;
  out.push({ kind: 'breakdown', form: 'totalThenList', total, totals: [total, ...candidates.filter((c) => c !== total)], parts, exhaustive: true, disjoint: true, reading: 'explicit', evidence: [{ words: cue[0].trim(), span: { start: sentence.span.start, end: sentence.span.start + cue[0].length } }] });
}

