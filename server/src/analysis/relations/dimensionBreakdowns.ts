/**
 * Breakdowns of a total stated in the sentence before: by a dimension (`按领域分,查处食品案件1126件、
 * 药品案件384件、…、其他案件1037件`), and of a whole the next sentence names (`审结案件中,维持…、驳回…`,
 * `审结结果分别为:维持…`). Read by `readBreakdowns`.
 */
import { Figure } from '../figures';
import { ReportModel } from '../reportModel';
import { partsSum, sumTolerance } from './breakdownAssessment';
import type { Breakdown } from './breakdowns';
import { isExactCount, sameUnit } from './common';
import { canBePart, canBeTotal, OUTCOME_HEAD, partsFrom } from './figureRoles';

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

/** `审结案件中,`, `审结的案件中:`, `审结结果分别为:`: the sentence opens by naming a whole of the one before. */
const WHOLE_OPENS = /^[\s　]*(?:在|对)?([\u4e00-\u9fff]{2,6}?)的?(?:(?:案件|事项|申请|件)中[，,：:]|(?:案件)?(?:结果|方式|情况)?分别为[：:])/;

/**
 * `全年共审结438件,结案率92.6%。审结结果分别为:维持251件、驳回63件、…`: a sentence that opens by naming
 * a whole (`审结`) and lists parts of it breaks down the count of that name in the sentence right
 * before. `分别为` lists all of it; `…中` singles some out, never more than the whole.
 */
export function readNamedWholeBefore(model: ReportModel, index: number, out: Breakdown[]): void {
  if (index === 0) return;
  const sentence = model.sentences[index]!;
  const opening = WHOLE_OPENS.exec(model.text.slice(sentence.span.start, sentence.span.start + 20));
  const first = sentence.figures[0];
  if (!opening || !first || !isExactCount(first) || !canBePart(first)) return;
  // The whole's name ends where the figures' own words begin: nothing but the list after the opening.
  if (first.quantity.span.start - sentence.span.start > opening[0].length + 12) return;
  const name = opening[1]!;
  const isOutcome = (p: Figure) => OUTCOME_HEAD.test(p.label.replace(/^(?:其中|依法)/, '')) || /撤诉|调解|和解/.test(p.label);
  const { parts, listed } = partsFrom(model, sentence.figures, 0, first, false, isOutcome);
  if (!listed || parts.length < 2) return;
  const prev = model.sentences[index - 1]!;
  if (!/^[\s　]*$/.test(model.text.slice(prev.span.end, sentence.span.start))) return;
  // The sentence before runs back over semicolons to its full stop: `查办案件5.37万件…;其中省局本级查办案件48件…。
  // 查办案件中,…` names either, so neither is read.
  const pieces = [prev];
  for (let k = index - 2; k >= 0 && index - k <= 5; k--) {
    if (!/[；;]\s*$/.test(model.text.slice(model.sentences[k]!.span.start, model.sentences[k + 1]!.span.start))) break;
    pieces.push(model.sentences[k]!);
  }
  const named = pieces.flatMap((p) => p.figures).filter((f) => isExactCount(f) && sameUnit(f, first) && canBeTotal(f) && f.label.includes(name));
  if (named.length !== 1) return;
  const total = named[0]!;
  const exhaustive = /分别为/.test(opening[0]) && !/^\s*(?:等|其他|其余)/.test(model.text.slice(parts[parts.length - 1]!.quantity.span.end, parts[parts.length - 1]!.quantity.span.end + 3));
  const at = sentence.span.start + opening[0].indexOf(name);
  // (Kinds named with 中 may overlap, `审结案件中,适用简易程序…、当庭宣判…`; outcomes of cases never do.)
  const disjoint = exhaustive || parts.every(isOutcome);
  out.push({ kind: 'breakdown', form: 'totalThenList', total, totals: [total], parts, exhaustive, disjoint, reading: 'explicit', evidence: [{ words: opening[0].trim(), span: { start: at, end: sentence.span.start + opening[0].length } }] });
}
