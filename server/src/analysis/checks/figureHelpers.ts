/**
 * How checks quote figures in their messages: as written, with their label, and numbers written
 * as reports write them.
 */
import { Figure } from '../figures';
import { inNotationOf, writtenNumber } from '../notation';
import { ReportModel } from '../reportModel';

/** `2204件`, as the figure is written (number, magnitude and unit). */
export function written(model: ReportModel, f: Figure): string {
  return model.text.slice(f.quantity.numberSpan.start, f.quantity.span.end).replace(/(以上|左右|以下|以内)$/, '');
}

/** `调解成功2204件` when the label is known, else the figure alone. */
export function described(model: ReportModel, f: Figure): string {
  // `其中` introduces the part, and `中已有` ends the whole's name (`9个县（市、区）中已有12个`): neither is the part's name.
  // (Nor is a bare 的 after a bound, `超过10万元的达到71个`.)
  // `,上年为315家`, `上年同期为28件`: last period's figure named only by its period.
  const period = f.prior ? /^(?:上年同期|去年同期|上年|去年|上一年)(?=(?:为|是|有)?$)/.exec(f.cue)?.[0] : undefined;
  if (period) return `${period}${written(model, f)}`;
  const label = f.label.replace(/^(?:其中|分别|中(?:已有|共有|仍有|尚有|还有|已|有))/, '').replace(/^的/, '');
  // `全市1846个行政村`: a bare place before the figure, its noun after it.
  if (/^全[市县区镇乡省旗州]$/.test(label) && f.following) return `${label}${written(model, f)}${f.following.replace(/中$/, "")}`;
  // `集体经济年收入10万元以上的村1892个`: a name that opens with 的 is of the bound right before it.
  const bound = model.figures[f.index - 1];
  if (/^的/.test(f.label) && bound && bound.sentence === f.sentence && bound.quantity.qualifier !== 'exact' && model.text.slice(bound.quantity.span.end, f.labelSpan.start) === '' && bound.labelSpan.start < bound.quantity.span.start) {
    return `${model.text.slice(bound.labelSpan.start, f.labelSpan.end).replace(/^(?:其中|分别)/, '').replace(/(?:达到|达|有|为)$/, '')}${written(model, f)}`;
  }
  if (label) return `${label}${written(model, f)}`;
  // `437户2575人`, `营业收入超过1亿元的2599家`: a figure named only by the one written right before it
  // is quoted with that one.
  const before = model.figures[f.index - 1];
  if (before && before.sentence === f.sentence && /^的?$/.test(model.text.slice(before.quantity.span.end, f.quantity.span.start)) && before.labelSpan.start < before.quantity.span.start) {
    return `${model.text.slice(before.labelSpan.start, f.quantity.span.start).replace(/^(?:其中|分别)/, '')}${written(model, f)}`;
  }
  return written(model, f);
}

/** Numbers as reports write them: no exponent, no trailing zeros, thousands unseparated. */
export function num(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
}

/** A figure's value in the magnitude it is written in: `9323.1` for `7918.6亿元`. */
export function asWritten(f: Figure, value: number): number {
  const q = f.quantity;
  const plain = writtenNumber(q);
  const divisor = Number.isFinite(plain) && plain !== 0 ? q.value / plain : 1;
  return Number((value / (divisor || 1)).toPrecision(12));
}

/** A value in the magnitude `ref` is written in, with that magnitude: `1386.4亿` rather than `138640000000`. */
export function inMagnitudeOf(ref: Figure, value: number): string {
  return `${num(asWritten(ref, value))}${ref.quantity.magnitude}`;
}

/**
 * A replacement for the figure's number, `value` written as the figure writes its own (magnitude,
 * digit width, separators: `４６` for a `５０万元`); undefined for a number written in words.
 */
export function replacementFor(f: Figure, value: number, decimals?: number): string | undefined {
  return inNotationOf(f.quantity, value, decimals);
}
