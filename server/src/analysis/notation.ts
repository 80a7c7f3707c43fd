/**
 * A quantity's number as it is written, and a value written back in the same notation (magnitude,
 * digit width, thousands separator): what messages quote and quick fixes put in place.
 */
import { MAGNITUDE, Quantity } from './quantities';
import { toFullWidthDigits, toHalfWidth } from './text';

/**
 * The number as written, as a plain number in the magnitude it is written in: `1,234.5` and
 * `１２３４．５` are 1234.5, `5229万元` is 5229. NaN for a number in words (`一百二十`).
 */
export function writtenNumber(q: Quantity): number {
  if (!/^[0-9０-９,，.．]+$/.test(q.numberText)) return Number.NaN;
  return Number(toHalfWidth(q.numberText).replace(/,/g, ''));
}

/**
 * `value` (in the quantity's unit, its magnitude applied, as `Quantity.value` is) written the way
 * the quantity writes its own number: in the same magnitude (46 for 460 000 in a `万元` figure),
 * digit width (`４６`) and thousands separator (`1,224`), with `decimals` places when given. What a
 * quick fix puts in place of the number; undefined for a number written in words, which digits
 * would spoil, and for a percentage written as `百分之…`.
 */
export function inNotationOf(q: Quantity, value: number, decimals?: number): string | undefined {
  const written = writtenNumber(q);
  if (!Number.isFinite(written) || q.unit === '百分之') return undefined;
  const scale = written !== 0 ? q.value / written : magnitudeScale(q);
  const inMagnitude = Number((value / (scale || 1)).toPrecision(12));
  let text = decimals === undefined ? String(inMagnitude) : inMagnitude.toFixed(decimals);
  if (/e/i.test(text)) return undefined;
  const separator = /[,，]/.exec(q.numberText)?.[0];
  if (separator) text = text.replace(/^(\d+)/, (whole) => whole.replace(/\B(?=(\d{3})+$)/g, ','));
  if (/[０-９]/.test(q.numberText)) text = toFullWidthDigits(text);
  return separator === '，' ? text.replace(/,/g, '，') : text;
}

/** What the magnitude word multiplies by: 1e4 for `万`, 1 when there is none. */
export function magnitudeScale(q: Quantity): number {
  return q.magnitude ? MAGNITUDE[q.magnitude] ?? 1 : 1;
}
