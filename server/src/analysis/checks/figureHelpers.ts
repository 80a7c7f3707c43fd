/**
 * What several number checks share: which figures can be the counts behind a rate, whether two
 * labels speak of the same thing, and how figures are quoted in messages.
 */
import { Figure, Sentence } from '../figures';
import { ReportModel } from '../reportModel';

/** A count that may enter arithmetic: exact (no `余`, `约`, `以上`), not an aside in brackets. */
export function isExactCount(f: Figure): boolean {
  return (f.quantity.kind === 'count' || f.quantity.kind === 'amount') && f.quantity.qualifier === 'exact' && !f.inParentheses;
}

/** At most this many counts before a rate are read for it: its readings grow with their cube. */
export const MAX_COUNTS_BEFORE_RATE = 16;

/**
 * The counts a rate can be computed from: those of its sentence before it and after any earlier
 * percentage of the sentence (each rate takes the counts stated for it), the nearest
 * MAX_COUNTS_BEFORE_RATE of them. Read backwards from the rate, so each rate costs that many
 * steps, not a walk from the start of its sentence.
 */
export function countsBeforeRate(sentence: Sentence, rate: Figure): Figure[] {
  const out: Figure[] = [];
  const figures = sentence.figures;
  const first = figures.length > 0 ? figures[0]!.index : 0;
  for (let i = Math.min(rate.index - first, figures.length) - 1; i >= 0 && out.length < MAX_COUNTS_BEFORE_RATE; i--) {
    const f = figures[i]!;
    if (f.quantity.kind === 'percent' || f.quantity.kind === 'percentagePoint') break;
    if (isExactCount(f)) out.push(f);
  }
  return out.reverse();
}

/** The thing a rate measures: `成功率` → `成功`, `全区行政机关负责人出庭应诉率` → `出庭应诉`-ending stem. */
export function rateStem(label: string): string {
  return label.replace(/(率|比例|占比|比重|百分比)$/, '').replace(/^(直接|总体|综合|平均|整体|全年|累计)/, '');
}

/** Whether a count's label names what a rate's stem measures: `调解成功` for `成功率`, `败诉` for `败诉率`. */
export function countsWhatRateMeasures(countLabel: string, stem: string): boolean {
  if (stem.length < 2 || countLabel.length < 2) return false;
  return countLabel.includes(stem) || countLabel.includes(stem.slice(-2));
}

/** `2204件`, as the figure is written (number, magnitude and unit). */
export function written(model: ReportModel, f: Figure): string {
  return model.text.slice(f.quantity.numberSpan.start, f.quantity.span.end).replace(/(以上|左右|以下|以内)$/, '');
}

/** `调解成功2204件` when the label is known, else the figure alone. */
export function described(model: ReportModel, f: Figure): string {
  return f.label ? `${f.label}${written(model, f)}` : written(model, f);
}

export function sameUnit(a: Figure, b: Figure): boolean {
  return a.quantity.unit === b.quantity.unit;
}

/** Numbers as reports write them: no exponent, no trailing zeros, thousands unseparated. */
export function num(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
}

/**
 * A replacement number in the style of the one it replaces: full-width digits for full-width
 * text (`９５．３`); undefined for a number written in words (`百分之九十`), which a digit would spoil.
 */
export function inStyleOf(replacement: string, f: Figure): string | undefined {
  const written = f.quantity.numberText;
  if (f.quantity.unit === '百分之' || !/[0-9０-９]/.test(written)) return undefined;
  if (/[０-９]/.test(written)) return replacement.replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  return replacement;
}

/**
 * How far the true value of a figure may be from its stated value because of rounding: half a
 * unit of its last decimal place, scaled by its magnitude (`2.36万` may be 23 550 to 23 650). A
 * whole count with no magnitude is exact.
 */
export function roundingError(f: Figure): number {
  const q = f.quantity;
  if (q.decimals === 0 && !q.magnitude) return 0;
  const scale = q.magnitude === '万' ? 1e4 : q.magnitude === '亿' ? 1e8 : q.magnitude === '千' ? 1e3 : 1;
  return 0.5 * 10 ** -q.decimals * scale;
}
