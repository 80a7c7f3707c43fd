/**
 * What every relation reader shares: which figures may enter arithmetic, when two figures count
 * the same unit, how far a rounded figure may be from its true value, and the evidence a relation
 * carries.
 */
import { Figure, Sentence } from '../figures';
import { ReportModel } from '../reportModel';
import { magnitudeScale } from '../notation';
import { Span } from '../text';
import { canonicalUnit } from '../vocabulary';

/** The words and places that tie figures together: what a reader is shown as the reason. */
export interface Evidence {
  /** The words as written: `其中`, `共计`, `占比`, `较上年增加`. */
  readonly words: string;
  readonly span: Span;
}

/** Whether a figure follows the one before it after 和 or 及 in the same clause (`9个县和36个部门`). */
export function joinedByAnd(f: Figure): boolean {
  return f.separatorBefore === 'other' && /^[^，,。；;：:]{0,10}(?:和|及|以及)$/.test(f.cue);
}

/** Evidence of `words` at a figure's label, or at the figure where it has none. */
export function evidenceAt(f: Figure, words: string): Evidence {
  return { words, span: f.labelSpan.end > f.labelSpan.start ? f.labelSpan : f.quantity.span };
}

/**
 * How a relation was read. `explicit`: the text's own words tie the figures (`其中`, `共计`,
 * a rate named by its numerator's label). `inferred`: the pairing rests on word order alone.
 */
export type Reading = 'explicit' | 'inferred';

/** A count or amount stated as a point value, outside brackets: one that may enter arithmetic. */
export function isExactCount(f: Figure): boolean {
  return (f.quantity.kind === 'count' || f.quantity.kind === 'amount') && f.quantity.qualifier === 'exact' && !f.inParentheses;
}

/** A count or amount at all (any qualifier): the things parts and totals are made of. */
export function isCountLike(f: Figure): boolean {
  return f.quantity.kind === 'count' || f.quantity.kind === 'amount';
}

/** The unit two figures must share to be added or compared: `名` and `人` are one, `万元` is `元`. */
export function unitKey(f: Figure): string {
  const u = f.quantity.unit;
  if (u === '万元' || u === '亿元' || u === '千元') return '元';
  if (u === '万美元' || u === '亿美元') return '美元';
  return canonicalUnit(u);
}

export function sameUnit(a: Figure, b: Figure): boolean {
  return unitKey(a) === unitKey(b);
}

/**
 * How far the true value of a figure may be from its stated value because of rounding: half a
 * unit of its last decimal place, scaled by its magnitude (`2.36万` may be 23 550 to 23 650). A
 * whole count with no magnitude is exact.
 */
export function roundingError(f: Figure): number {
  const q = f.quantity;
  if (q.decimals === 0 && !q.magnitude) return 0;
  return 0.5 * 10 ** -q.decimals * magnitudeScale(q);
}

/** The text between two figures of a sentence (after the first's unit, before the second's number). */
export function between(text: string, a: Figure, b: Figure): string {
  return text.slice(a.quantity.span.end, b.quantity.span.start);
}

/** The figures of the sentence before `f`, nearest first. */
export function* before(sentence: Sentence, f: Figure): Generator<Figure> {
  const figures = sentence.figures;
  const at = indexInSentence(sentence, f);
  for (let i = at - 1; i >= 0; i--) yield figures[i]!;
}

/** Where `f` stands in its sentence's figure list (figures are in document order). */
export function indexInSentence(sentence: Sentence, f: Figure): number {
  const first = sentence.figures[0]!.index;
  return f.index - first;
}

/** The last Han characters of a phrase, its head noun in most labels: `涉外公证` → `公证`. */
export function headOf(phrase: string, length = 1): string {
  const han = phrase.replace(/[^\u4e00-\u9fff]/g, '');
  return han.slice(-length);
}

/**
 * Whether two parts name things of one kind, as the items of a breakdown do: `国内民事公证` and
 * `涉外公证` end alike, `预期性指标` and `约束性指标` too; so do parts with the same noun after
 * their unit. `继续教育` and `通过考试取得行政执法证` do not: they may overlap.
 */
export function parallel(a: Figure, b: Figure): boolean {
  const na = nounOf(a);
  const nb = nounOf(b);
  if (na.length === 0 || nb.length === 0) return false;
  return headOf(na) === headOf(nb) && na !== nb;
}

/** What a figure counts: the noun after its unit (`16个预期性指标`), else its label. */
export function nounOf(f: Figure): string {
  const after = f.following.replace(/^[的]/, '');
  if (after.length >= 2 && /^[\u4e00-\u9fff]/.test(after)) return after;
  return f.label.replace(/(?:等|以及|及|和|与)$/, '');
}

/** The sentence right before, when only a semicolon parts them on one line. */
export function clauseBefore(model: ReportModel, sentenceIndex: number): Sentence | undefined {
  if (sentenceIndex === 0) return undefined;
  const prev = model.sentences[sentenceIndex - 1]!;
  const cur = model.sentences[sentenceIndex]!;
  const last = model.text[prev.span.end - 1];
  if ((last !== '；' && last !== ';') || !/^[ \t\u3000]*$/.test(model.text.slice(prev.span.end, cur.span.start))) return undefined;
  return prev;
}

/** Whether two phrases share a word of two Han characters (`审结` in `法定期限内审结` and `审结行政复议案件`). */
export function sharesWord(a: string, b: string): boolean {
  for (let i = 0; i + 2 <= a.length; i++) {
    const w = a.slice(i, i + 2);
    if (/^[\u4e00-\u9fff]{2}$/.test(w) && b.includes(w)) return true;
  }
  return false;
}
