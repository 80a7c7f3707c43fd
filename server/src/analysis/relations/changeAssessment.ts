/**
 * What a change's own figures say of it: whether now = before ± the difference, whether the stated
 * growth is what the figures give (nominal, or averaged over the years the text names), and, with
 * this year's count alone, whether a whole count last year gives the growth (GRIM). Reading the
 * changes is `changes.ts`; checks, hovers and the summary read this assessment.
 */
import { Figure } from '../figures';
import { ReportModel } from '../reportModel';
import { agrees } from '../rounding';
import { periodAt } from '../structure';
import type { Change } from './changeBasis';
import { roundingError } from './common';

/**
 * Over how many years an average annual growth runs, when the text says: two years in the
 * sentence (`从2020年的…提升至2025年的…`), or five for a five-year plan (`十四五`, `五年`).
 */
function yearsOf(model: ReportModel, c: Change): number | undefined {
  const sentence = model.sentences[c.current.sentence]!;
  const text = model.text.slice(sentence.span.start, sentence.span.end);
  // The years the change itself names, up to its rate: a later clause of the sentence
  // (`…之比由2021年的0.9：1提高到…`) speaks of something else.
  const upToRate = model.text.slice(sentence.span.start, (c.rate ?? c.current).quantity.span.end);
  const years = [...upToRate.matchAll(/(20\d\d)年/g)].map((m) => Number(m[1]));
  if (years.length >= 2 && Math.max(...years) > Math.min(...years)) return Math.max(...years) - Math.min(...years);
  if (/五年|十四五|十三五”?末/.test(text) || periodAt(model, sentence.span.start) === 'longPast') return 5;
  return undefined;
}

/** Last period's figure as the change implies it: stated, or now less the difference. */
export function priorValue(c: Change): number | undefined {
  if (c.prior) return c.prior.quantity.value;
  if (c.delta) return c.direction === 'increase' ? c.current.quantity.value - c.delta.quantity.value : c.current.quantity.value + c.delta.quantity.value;
  return undefined;
}

/** What the figures of a change say of each other. */
export interface ChangeAssessment {
  /** now = before ± difference, when all three are stated. */
  readonly sum?: { readonly expected: number; readonly agrees: boolean };
  /** The growth recomputed from last year's figure (stated, or now less the difference). */
  readonly growth?: { readonly prior: number; readonly computed: number; readonly agrees: boolean };
  /** Without last year's figure: whether a whole count last year gives the growth (GRIM). */
  readonly grim?: { readonly ideal: number; readonly nearest: readonly { readonly prior: number; readonly growth: number }[]; readonly agrees: boolean };
  /** Why the growth was not recomputed, when it was not. */
  readonly unchecked?: 'constantPrice' | 'averageAnnual' | 'approximate';
}

/**
 * Units of cases and people, whose yearly counts reports take from a register: their growth is
 * computed from a whole count last year. (Trains, firms, projects are often counted in other ways.)
 */
const CASE_UNITS = new Set(['件', '宗', '起', '例', '人', '名', '人次', '次', '场次']);

function signed(growth: Figure, listed?: 'increase' | 'decrease'): number {
  return (growth.growth ?? listed) === 'decrease' ? -growth.quantity.value : growth.quantity.value;
}

function growthFits(stated: number, decimals: number, computed: number): boolean {
  return agrees(Math.abs(computed), Math.abs(stated), decimals) && (Math.sign(computed) === Math.sign(stated) || computed === 0);
}

/**
 * Whether a count may be tested by the GRIM test of growth: a whole count of discrete things
 * written in full, right before its growth, that is neither the year's increment (`新增38个、增长
 * 21%` may be the growth of the stock) nor a target.
 */
function grimTestable(model: ReportModel, c: Change, g: Figure): boolean {
  const x = c.current;
  const q = x.quantity;
  if (q.kind !== 'count' || !CASE_UNITS.has(q.unit) || q.qualifier !== 'exact' || roundingError(x) > 0 || !Number.isInteger(q.value) || q.singleCharacter) return false;
  if (x.increment || x.cumulative || x.plan || g.plan || x.inParentheses) return false;
  if (g.index !== x.index + 1 || signed(g) <= -100) return false;
  return periodAt(model, g.quantity.span.start) !== 'plan';
}

/** The arithmetic of a change: its sum and its growth, each as far as the text allows. */
export function assessChange(model: ReportModel, c: Change): ChangeAssessment {
  const out: { -readonly [K in keyof ChangeAssessment]: ChangeAssessment[K] } = {};
  if (c.prior && c.delta) {
    const expected = c.direction === 'increase' ? c.prior.quantity.value + c.delta.quantity.value : c.prior.quantity.value - c.delta.quantity.value;
    const tolerance = roundingError(c.current) + roundingError(c.prior) + roundingError(c.delta) + 1e-9;
    out.sum = { expected, agrees: Math.abs(expected - c.current.quantity.value) <= tolerance };
  }
  const g = c.rate;
  if (!g || !(g.growth ?? c.listedGrowth)) return out;
  if (g.quantity.qualifier !== 'exact') return { ...out, unchecked: 'approximate' };
  const X = c.current.quantity.value;
  const { decimals } = g.quantity;
  const stated = signed(g, c.listedGrowth);
  const P = priorValue(c);
  if (c.basis === 'averageAnnual') {
    // `由162.5亿元增至218.4亿元,年均增长6.1%` over five years: (218.4 / 162.5)^(1/5) − 1.
    const n = yearsOf(model, c);
    if (n === undefined || P === undefined || P <= 0 || X <= 0 || !c.prior) return { ...out, unchecked: 'averageAnnual' };
    const computed = 100 * ((X / P) ** (1 / n) - 1);
    // Reports average growth as the compound rate, sometimes as the mean of the years: allow a tenth.
    const half = 0.5 * 10 ** -decimals + 0.1 + 100 * ((roundingError(c.current) / X + roundingError(c.prior) / P) / n);
    return { ...out, growth: { prior: P, computed, agrees: Math.abs(computed - stated) <= half } };
  }
  if (c.basis !== 'nominal') return { ...out, unchecked: c.basis };
  if (P !== undefined) {
    if (P <= 0) return out;
    const computed = (100 * (X - P)) / P;
    let ok = growthFits(stated, decimals, computed);
    // Rounded figures (`2.36亿元`) allow a range of growth: any value in it fits.
    const dx = roundingError(c.current);
    const dp = c.prior ? roundingError(c.prior) : roundingError(c.delta!) + dx;
    if (!ok && (dx > 0 || dp > 0)) {
      const low = (100 * (X - dx - (P + dp))) / (P + dp);
      const high = P - dp > 0 ? (100 * (X + dx - (P - dp))) / (P - dp) : Number.POSITIVE_INFINITY;
      const half = 0.5 * 10 ** -decimals;
      ok = stated >= low - half && stated <= high + half;
    }
    return { ...out, growth: { prior: P, computed, agrees: ok } };
  }
  if (c.listedGrowth || !grimTestable(model, c, g)) return out;
  const ideal = X / (1 + stated / 100);
  if (!Number.isFinite(ideal) || ideal <= 0) return out;
  const growthOf = (p: number) => (100 * (X - p)) / p;
  const candidates = [Math.floor(ideal) - 1, Math.floor(ideal), Math.ceil(ideal), Math.ceil(ideal) + 1].filter((p) => p >= 1);
  const nearest = [Math.floor(ideal), Math.ceil(ideal)].filter((p, i, a) => p >= 1 && a.indexOf(p) === i).map((p) => ({ prior: p, growth: growthOf(p) }));
  return { ...out, grim: { ideal, nearest, agrees: candidates.some((p) => growthFits(stated, decimals, growthOf(p))) } };
}
