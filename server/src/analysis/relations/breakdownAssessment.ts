/**
 * What a breakdown's figures say of each other: whether the parts add up to the total (within the
 * rounding of every figure), whether a part passes every total it may belong to, and whether parts
 * that do not overlap sum past it. Reading the breakdowns is `breakdowns.ts`.
 */
import { Figure } from '../figures';
import type { Breakdown } from './breakdowns';
import { toHalfWidth } from '../text';
import { roundingError } from './common';
import { OUTCOME_HEAD } from './figureRoles';
import { CARRIED_OVER_WORDS, pattern } from '../vocabulary';

const CARRIED_OVER = pattern([CARRIED_OVER_WORDS]);
/** What came in this year, beside what was carried over: `当年新收219件、上年结转17件` never overlap. */
const NEW_THIS_YEAR = /新收|新受理|新立案|新增|当年受理|本年受理/;

/** The parts' sum. */
export function partsSum(parts: readonly Figure[]): number {
  return parts.reduce((s, p) => s + p.quantity.value, 0);
}

/** How far the parts' sum may be from the true sum of the values they stand for, given their rounding. */
export function sumTolerance(parts: readonly Figure[], total: Figure): number {
  return [...parts, total].reduce((s, f) => s + roundingError(f), 0) + 1e-9;
}

/** Whether the parts' sum agrees with the total, allowing for each figure's rounding. */
export function sumAgrees(parts: readonly Figure[], total: Figure): boolean {
  return Math.abs(partsSum(parts) - total.quantity.value) <= sumTolerance(parts, total);
}

/**
 * Whether the total is the parts' sum with two neighbouring digits swapped (`78.51` for `78.15`), as
 * a drafter's typing slip leaves it: the parts then are all of the total, whatever the words say.
 * Only for figures of three digits or more, where a chance agreement is rare.
 */
export function digitsSwapped(parts: readonly Figure[], total: Figure): boolean {
  const q = total.quantity;
  const written = toHalfWidth(q.numberText).replace(/,/g, '');
  if (!/^\d+(?:\.\d+)?$/.test(written) || q.qualifier !== 'exact' || parts.some((p) => p.quantity.qualifier !== 'exact')) return false;
  const plain = Number(written);
  if (!(plain > 0)) return false;
  const sum = (partsSum(parts) * plain) / q.value;
  const shown = sum.toFixed(q.decimals);
  if (Math.abs(Number(shown) - sum) > 1e-6 * Math.max(1, sum) || shown.length !== written.length) return false;
  const digits = written.replace('.', '');
  if (digits.length < 3) return false;
  let first = -1;
  for (let k = 0; k < written.length; k++) {
    if (written[k] === shown[k]) continue;
    if (first >= 0) return k === first + 1 && written[first] === shown[k] && written[k] === shown[first] && written.slice(k + 1) === shown.slice(k + 1);
    first = k;
  }
  return false;
}

/**
 * The part that, with two neighbouring digits swapped, makes the parts add up to the total
 * (`2463` for `2436`): a typing slip in a part rather than in the total. Three digits or more.
 */
export function partWithDigitsSwapped(parts: readonly Figure[], total: Figure): Figure | undefined {
  const found = partsWithDigitsSwapped(parts, total);
  return found.length === 1 ? found[0] : undefined;
}

/** Every part (once for each swap) that, with two neighbouring digits swapped, makes the parts add up to the total. */
export function partsWithDigitsSwapped(parts: readonly Figure[], total: Figure): Figure[] {
  if (total.quantity.qualifier !== 'exact' || parts.some((p) => p.quantity.qualifier !== 'exact')) return [];
  const sum = partsSum(parts);
  const found: Figure[] = [];
  for (const p of parts) {
    const written = toHalfWidth(p.quantity.numberText).replace(/,/g, '');
    const plain = Number(written);
    if (!/^\d+(?:\.\d+)?$/.test(written) || !(plain > 0) || written.replace('.', '').length < 3) continue;
    const scale = p.quantity.value / plain;
    for (let k = 0; k + 1 < written.length; k++) {
      if (written[k] === '.' || written[k + 1] === '.' || written[k] === written[k + 1] || (k === 0 && written[k + 1] === '0')) continue;
      const swapped = Number(written.slice(0, k) + written[k + 1] + written[k] + written.slice(k + 2)) * scale;
      if (Math.abs(sum - p.quantity.value + swapped - total.quantity.value) <= 1e-6 * Math.max(1, total.quantity.value)) found.push(p);
    }
  }
  return found;
}

/** Whether the parts' sum passes the total by more than rounding allows. */
export function sumExceeds(parts: readonly Figure[], total: Figure): boolean {
  return partsSum(parts) - total.quantity.value > sumTolerance(parts, total);
}

/** Whether a part passes a total by more than rounding and the total's qualifier allow. */
export function partExceeds(part: Figure, total: Figure): boolean {
  const q = total.quantity.qualifier;
  if (q === 'atLeast') return false;
  if (q === 'moreThan') {
    // `1,870余场次` is below 1,880: 余 and 多 go past a round figure by less than its last place.
    // `超过`, `逾`, `突破` set no upper bound.
    const bound = upperBoundOfRoughFigure(total);
    return bound !== undefined && part.quantity.value > bound + roundingError(part) + 1e-9;
  }
  const slack = q === 'about' || q === 'nearly' ? 0.1 * total.quantity.value : 0;
  return part.quantity.value - total.quantity.value > roundingError(part) + roundingError(total) + slack + 1e-9;
}

/** What a breakdown's figures say of each other: the sum against the total, a part above every total. */
export interface BreakdownAssessment {
  /** For an exhaustive breakdown: whether the parts add up to the total. */
  readonly sumAgrees?: boolean;
  /** A part larger than every total it may belong to. */
  readonly partAbove?: Figure;
  /** For parts that do not overlap: whether their sum passes every possible total. */
  readonly sumAbove?: boolean;
}

export function assessBreakdown(b: Breakdown): BreakdownAssessment {
  if (b.exhaustive) return { sumAgrees: sumAgrees(b.parts, b.total) };
  const partAbove = b.parts.find((p) => b.totals.every((t) => partExceeds(p, t)));
  if (partAbove) return { partAbove };
  const exact = b.parts.filter((p) => p.quantity.qualifier === 'exact');
  // A part as large as the whole says the parts overlap: `定点医疗机构1106家,其中住院直接结算186家、
  // 门诊直接结算1106家` — every one offers the second, some the first too.
  // Outcomes of cases never overlap.
  // (Nor do what came in this year and what was carried over.)
  const newAndCarried = b.parts.some((p) => CARRIED_OVER.test(p.label)) && b.parts.some((p) => NEW_THIS_YEAR.test(p.label));
  const whole = !newAndCarried && !b.parts.every((p) => OUTCOME_HEAD.test(p.label.replace(/^其中[:：]?/, ''))) && b.parts.some((p) => b.totals.some((t) => p.quantity.value === t.quantity.value));
  const sumAbove = b.disjoint && !whole && exact.length >= 2 && exact.length === b.parts.length && b.totals.every((t) => sumExceeds(b.parts, t));
  return { sumAbove };
}

/** The figure a `…余`/`…多` figure stays below: `1870余` → 1880, `200余` → 300, `2.3万余` → 2.4万. */
export function upperBoundOfRoughFigure(f: Figure): number | undefined {
  const q = f.quantity;
  // A word before the number (`超过`, `逾`, `突破`) sets a lower bound only.
  if (q.span.start < q.numberSpan.start) return undefined;
  const digits = q.numberText.replace(/[,，]/g, '').replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (!/^\d+(?:\.\d+)?$/.test(digits)) return undefined;
  let place: number;
  if (digits.includes('.')) place = 10 ** -(digits.length - digits.indexOf('.') - 1);
  else {
    const zeros = digits.length - digits.replace(/0+$/, '').length;
    place = 10 ** zeros;
  }
  const scale = Number(digits) === 0 ? 1 : q.value / Number(digits);
  return q.value + place * scale;
}

