/**
 * How a rate can be read from the counts stated with it. Shared by `rate-mismatch`,
 * `rate-granularity` and the hovers.
 *
 * statcheck's rule: flag only what no admissible reading explains. So every plausible reading of
 * the counts before a rate is tried — any pair of one unit (`A中有B,占比x%`), a sum of listed parts
 * over a total (`其中升学612人、就业397人,升学就业率`), the complement of a count labelled with a
 * negation (`不合格样品97批次,合格率`) — and if any agrees, the rate stands. Only when none does is
 * a reading singled out to report: the count whose label names what the rate measures.
 */
import { Figure, Sentence } from '../figures';
import { ReportModel } from '../reportModel';
import { agrees } from '../rounding';
import { countsBeforeRate, countsWhatRateMeasures, rateStem, roundingError, sameUnit } from './figureHelpers';

export interface RateReading {
  readonly rate: Figure;
  /** One count, or the listed parts whose sum is the numerator. */
  readonly numerator: readonly Figure[];
  readonly denominator: Figure;
  /** The denominator's parts when it is a listed sum (`建议126件、提案183件`), else just the denominator. */
  readonly denominators: readonly Figure[];
  /** The rate is the share NOT counted by the numerator (`不合格…` for `合格率`). */
  readonly complement: boolean;
  readonly computed: number;
  /** The range the true rate may lie in, given the rounding of the counts it is computed from. */
  readonly low: number;
  readonly high: number;
}

const NEGATION = /(不|未|非|无)/;
/** Rates measured against a base the text does not state: the whole less the part (`溢价率`). */
const RELATIVE_TO_BASE = /(溢价|增长|增幅|上涨|提高|节约|节省|超额|下浮|优惠)/;

function reading(rate: Figure, numerator: readonly Figure[], denominator: readonly Figure[], complement: boolean, overRest = false): RateReading {
  const n = numerator.reduce((s, f) => s + f.quantity.value, 0);
  // `成交3.28亿元,较起始价溢价1.06亿元,溢价率47.7%`: the base is the whole less the part.
  const d = denominator.reduce((s, f) => s + f.quantity.value, 0) - (overRest ? n : 0);
  const dn = numerator.reduce((s, f) => s + roundingError(f), 0);
  const dd = denominator.reduce((s, f) => s + roundingError(f), 0);
  const share = d === 0 ? NaN : (100 * n) / d;
  const lowShare = d + dd <= 0 ? NaN : (100 * Math.max(0, n - dn)) / (d + dd);
  const highShare = d - dd <= 0 ? Number.POSITIVE_INFINITY : (100 * (n + dn)) / (d - dd);
  return {
    rate, numerator, denominator: denominator[0]!, denominators: denominator, complement,
    computed: complement ? 100 - share : share,
    low: complement ? 100 - highShare : lowShare,
    high: complement ? 100 - lowShare : highShare,
  };
}

/**
 * Whether a reading fits the stated rate, as a point (rounded or truncated) or as a bound. When
 * the counts are themselves rounded (`2.36万件`), any rate in the range they allow fits.
 */
export function fitsStated(rate: Figure, r: number | RateReading): boolean {
  const computed = typeof r === 'number' ? r : r.computed;
  if (!Number.isFinite(computed)) return false;
  const { value: stated, decimals, qualifier } = rate.quantity;
  const unit = 10 ** -decimals;
  const half = 0.5 * unit;
  const low = typeof r === 'number' ? computed : Math.min(r.low, computed);
  const high = typeof r === 'number' ? computed : Math.max(r.high, computed);
  switch (qualifier) {
    case 'atLeast': return high >= stated - half;
    case 'moreThan': return high > stated - half;
    case 'atMost': return low <= stated + half;
    case 'about': case 'nearly': return true;
    default:
      if (low === high) return agrees(computed, stated, decimals);
      // The stated value stands for [stated − half, stated + unit): rounding or truncation.
      return high >= stated - half - 1e-9 && low < stated + unit;
  }
}

/** Runs of `、`-listed counts of one unit: candidate sums. */
function listedRuns(counts: readonly Figure[]): Figure[][] {
  const runs: Figure[][] = [];
  let run: Figure[] = [];
  for (const c of counts) {
    if (run.length > 0 && c.separatorBefore === '、' && sameUnit(c, run[run.length - 1]!)) run.push(c);
    else {
      if (run.length >= 2) runs.push(run);
      run = [c];
    }
  }
  if (run.length >= 2) runs.push(run);
  return runs;
}

/** Every admissible reading of a rate from the counts before it in its sentence. */
export function admissibleReadings(sentence: Sentence, rate: Figure): RateReading[] {
  const counts = countsBeforeRate(sentence, rate);
  const out: RateReading[] = [];
  for (const n of counts) {
    for (const d of counts) {
      if (n === d || !sameUnit(n, d) || d.quantity.value < n.quantity.value) continue;
      out.push(reading(rate, [n], [d], false));
      if (RELATIVE_TO_BASE.test(rate.label) && d.quantity.value > n.quantity.value) out.push(reading(rate, [n], [d], false, true));
      if (NEGATION.test(n.label)) out.push(reading(rate, [n], [d], true));
    }
  }
  for (const run of listedRuns(counts)) {
    for (let i = 0; i < run.length; i++) {
      for (let j = i + 2; j <= run.length; j++) {
        const parts = run.slice(i, j);
        const sum = parts.reduce((s, f) => s + f.quantity.value, 0);
        for (const d of counts) if (!parts.includes(d) && sameUnit(d, parts[0]!) && d.quantity.value >= sum) out.push(reading(rate, parts, [d], false));
        // The listed parts as the whole: `建议126件、提案183件…其余291件已公开,公开率94.2%`.
        for (const n of counts) {
          if (parts.includes(n) || !sameUnit(n, parts[0]!) || n.quantity.value > sum) continue;
          out.push(reading(rate, [n], parts, false));
          if (NEGATION.test(n.label)) out.push(reading(rate, [n], parts, true));
        }
      }
    }
  }
  return out;
}

export interface StatedReading {
  readonly readings: readonly RateReading[];
  /** True when several denominators were possible and the nearest was taken. */
  readonly inferred: boolean;
}

/**
 * The reading the text states: the count whose label names what the rate measures, over each
 * larger count of its unit stated before it (nearest last). Undefined when the text names none.
 */
export function statedReading(model: ReportModel, rate: Figure): StatedReading | undefined {
  const counts = countsBeforeRate(model.sentences[rate.sentence]!, rate);
  const stem = rateStem(rate.label);
  // `全县182个行政村中,已建成劝导站176个,覆盖率98.4%`: a whole named with 中, then the part.
  if (counts.length === 2 && sameUnit(counts[0]!, counts[1]!) && counts[1]!.quantity.value <= counts[0]!.quantity.value) {
    const afterWhole = model.text.slice(counts[0]!.quantity.span.end, counts[1]!.labelSpan.start);
    if (/中[，,]?\s*$/.test(afterWhole) || /^[^，,。；;]{0,12}中/.test(afterWhole)) {
      return { readings: [reading(rate, [counts[1]!], [counts[0]!], false)], inferred: true };
    }
  }
  let numerators = counts.filter((c) => countsWhatRateMeasures(c.label, stem));
  // `办结案件300件,按期办结285件,按期办结率`: the label naming the whole stem wins over a partial one.
  if (numerators.length > 1) numerators = numerators.filter((c) => c.label.includes(stem));
  if (numerators.length !== 1) return undefined;
  const numerator = numerators[0]!;
  // `不合格样品97批次` names what `合格率` does not count.
  const complement = NEGATION.test(numerator.label) && !NEGATION.test(stem);
  const denominators = counts.filter((c) => c !== numerator && sameUnit(c, numerator) && c.quantity.value >= numerator.quantity.value && c.index < numerator.index);
  if (denominators.length === 0) return undefined;
  return { readings: denominators.map((d) => reading(rate, [numerator], [d], complement)), inferred: denominators.length > 1 };
}
