/**
 * The arithmetic of a rate: a reading (which counts over which, as a share, over the rest, or as a
 * change), whether it fits the stated rate given the rounding of both, and every reading the counts
 * before a rate admit (statcheck's rule: a rate stands when any of them gives it).
 */
import { Figure } from '../figures';
import { ReportModel } from '../reportModel';
import { agrees } from '../rounding';
import { CARRIED_OVER_WORDS, NEGATIONS, pattern, RELATIVE_TO_BASE } from '../vocabulary';
import { isExactCount, joinedByAnd, roundingError, sameUnit } from './common';

export interface RateReading {
  readonly rate: Figure;
  /** One count, or the listed parts whose sum is the numerator. */
  readonly numerator: readonly Figure[];
  readonly denominator: Figure;
  /** The denominator's parts when it is a listed sum (`建议126件、提案183件`), else just the denominator. */
  readonly denominators: readonly Figure[];
  /** The rate is the share NOT counted by the numerator (`不合格…` for `合格率`). */
  readonly complement: boolean;
  /** The base is the whole less the part (`溢价率`), or the rate is the change over the earlier count (`压减率`). */
  readonly form: 'share' | 'overRest' | 'change';
  readonly computed: number;
  /** The range the true rate may lie in, given the rounding of the counts it is computed from. */
  readonly low: number;
  readonly high: number;
}

export const NEGATION = pattern([NEGATIONS]);
export const RELATIVE = pattern([RELATIVE_TO_BASE]);

/** A target or a task set (`完成年度目标4万人`, `年度化解任务4亿元`): exact as written, not a count rounded to 万. */
const TARGET_LABEL = /(?:目标|任务|计划)(?:任务|数)?$/;
const errorOf = (f: Figure) => (TARGET_LABEL.test(f.label) ? 0 : roundingError(f));

export function reading(rate: Figure, numerator: readonly Figure[], denominator: readonly Figure[], complement: boolean, form: RateReading['form'] = 'share'): RateReading {
  const n = numerator.reduce((s, f) => s + f.quantity.value, 0);
  const whole = denominator.reduce((s, f) => s + f.quantity.value, 0);
  // `成交3.28亿元,较起始价溢价1.06亿元,溢价率47.7%`: the base is the whole less the part.
  // `由420项压减至260项、压减率38.1%`: the rate is the change over the earlier count.
  // (Or a rise to the later count: `由120项增加到150项、增长率25%`, `超额完成任务3.8亿元的12.1%`.)
  const top = form === 'change' ? Math.abs(whole - n) : n;
  const d = form === 'overRest' ? whole - n : whole;
  const dn = numerator.reduce((s, f) => s + errorOf(f), 0);
  const dd = denominator.reduce((s, f) => s + errorOf(f), 0);
  const dt = form === 'change' ? dn + dd : dn;
  const share = d === 0 ? NaN : (100 * top) / d;
  const lowShare = d + dd <= 0 ? NaN : (100 * Math.max(0, top - dt)) / (d + dd);
  const highShare = d - dd <= 0 ? Number.POSITIVE_INFINITY : (100 * (top + dt)) / (d - dd);
  return {
    rate, numerator, denominator: denominator[0]!, denominators: denominator, complement, form,
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

const CARRIED_OVER = pattern([CARRIED_OVER_WORDS]);

/**
 * Runs of `、`-listed counts of one unit: candidate sums. The last may be joined by 和 or 及
 * (`对9个县（市、区）和36个市直部门`).
 */
function listedRuns(counts: readonly Figure[]): Figure[][] {
  const runs: Figure[][] = [];
  let run: Figure[] = [];
  for (const c of counts) {
    const prev = run[run.length - 1];
    const joined = prev !== undefined && (c.separatorBefore === '、' || (joinedByAnd(c) && c.index === prev.index + 1));
    if (prev !== undefined && joined && sameUnit(c, prev)) run.push(c);
    else {
      if (run.length >= 2) runs.push(run);
      run = [c];
    }
  }
  if (run.length >= 2) runs.push(run);
  return runs;
}

/** Every admissible reading of a rate from the counts before it in its sentence. */
export function admissibleReadings(counts: readonly Figure[], rate: Figure): RateReading[] {
  const out: RateReading[] = [];
  const relative = RELATIVE.test(rate.label);
  for (const n of counts) {
    for (const d of counts) {
      if (n === d || !sameUnit(n, d)) continue;
      if (d.quantity.value >= n.quantity.value) {
        out.push(reading(rate, [n], [d], false));
        if (relative && d.quantity.value > n.quantity.value) {
          out.push(reading(rate, [n], [d], false, 'overRest'));
          out.push(reading(rate, [n], [d], false, 'change'));
        }
        if (NEGATION.test(n.label)) out.push(reading(rate, [n], [d], true));
      } else if (relative && d.index < n.index) {
        // `由120项增加到150项、增长率25%`: the change over the earlier, smaller count.
        out.push(reading(rate, [n], [d], false, 'change'));
      }
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
  // `建议412件、提案536件,…其中满意的871件、基本满意的65件,满意和基本满意率98.7%`: one list over another.
  const runs = listedRuns(counts);
  for (let a = 0; a < runs.length; a++) {
    for (let b = a + 1; b < runs.length; b++) {
      const whole = runs[a]!;
      const parts = runs[b]!;
      if (!sameUnit(whole[0]!, parts[0]!)) continue;
      if (parts.reduce((x, f) => x + f.quantity.value, 0) <= whole.reduce((x, f) => x + f.quantity.value, 0)) out.push(reading(rate, parts, whole, false));
    }
  }
  // `新收案件4736件,加上上年结转318件,全年审结4689件,结案率92.8%`: what was carried over adds to
  // the count before it, and the two are the base.
  for (let k = 1; k < counts.length; k++) {
    const carried = counts[k]!;
    if (!CARRIED_OVER.test(carried.cue)) continue;
    // `依法受理64件、不予受理9件;加上上年结转的3件`: what was carried over adds to what was taken in, the
    // nearest count named by an intake, past those refused; else to the count right before it.
    const intake = intakeBefore(counts, k) ?? counts[k - 1]!;
    if (!sameUnit(intake, carried)) continue;
    const whole = intake.quantity.value + carried.quantity.value;
    for (const n of counts) if (n !== intake && n !== carried && sameUnit(n, carried) && n.quantity.value <= whole) out.push(reading(rate, [n], [intake, carried], false));
  }
  // `全区50件…均出庭应诉,出庭应诉率100%`: every one of them.
  for (const n of counts) out.push(reading(rate, [n], [n], false));
  return out;
}

/** Taken in (`受理`, `新收`, `立案`), not refused (`不予受理`). */
const TAKEN_IN = /受理|新收|收案|立案|收到|接收/;
const REFUSED = /不予|未予|未|拒绝|退回/;

/** The nearest count before `counts[k]`, at most four back, that names what was taken in and not refused. */
function intakeBefore(counts: readonly Figure[], k: number): Figure | undefined {
  for (let j = k - 1; j >= 0 && k - j <= 4; j--) {
    const label = counts[j]!.label;
    if (TAKEN_IN.test(label) && !REFUSED.test(label)) return counts[j];
  }
  return undefined;
}

/**
 * `问题41笔、金额1.52亿元,已清偿39笔、金额1.37亿元,按金额计算清偿率90.1%`: a rate measured by amount
 * is of the amounts, one measured by number of the counts.
 */
export function byMeasure(rate: Figure, counts: Figure[]): Figure[] {
  const m = /按(金额|资金|笔数|件数|户数|人数|个数|数量)/.exec(rate.label);
  if (!m) return counts;
  const amount = m[1] === '金额' || m[1] === '资金';
  return counts.filter((c) => (c.quantity.kind === 'amount') === amount);
}

/** The totals of the counts singled out by `其中` among `counts`, where they are not among them. */
export function totalsOfParts(model: ReportModel, counts: readonly Figure[]): Figure[] {
  const out: Figure[] = [];
  for (const c of counts) {
    const prev = model.figures[c.index - 1];
    if (!prev || !model.text.slice(prev.quantity.span.end, c.quantity.span.start).includes('其中')) continue;
    // The nearest count of the unit before it, at most four figures back, past semicolons but not a full stop.
    for (let k = c.index - 1; k >= 0 && c.index - k <= 4; k--) {
      const t = model.figures[k]!;
      if (/[。！？!?\n]/.test(model.text.slice(t.quantity.span.end, c.quantity.span.start))) break;
      if (!isExactCount(t) || !sameUnit(t, c) || t.perUnit) continue;
      if (t.quantity.value >= c.quantity.value && !counts.includes(t) && !out.includes(t)) out.push(t);
      break;
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * `保留事项321项,比上年精简18项,精简率5.3%`: a rate of a cut against last year is the cut over last
 * year's count, which is what is left and the cut together (18 / 339).
 */
export function cutReadings(counts: readonly Figure[], rate: Figure): RateReading[] {
  // `政府采购规模48.6亿元,节约资金3.12亿元,资金节约率6.0%`: a saving, too, is over what was spent and
  // what was saved together (the budget).
  const saving = SAVING_RATE.test(rate.label);
  if (!RELATIVE.test(rate.label) && !saving) return [];
  const out: RateReading[] = [];
  for (let k = 1; k < counts.length; k++) {
    const cut = counts[k]!;
    const left = counts[k - 1]!;
    const isCut = cut.change === 'decrease' || (saving && SAVED.test(cut.label));
    if (isCut && !left.change && sameUnit(cut, left)) out.push(reading(rate, [cut], [left, cut], false));
  }
  return out;
}
/** Rates of a saving, and the count of what was saved. */
const SAVING_RATE = /(?:节约|节支|节省)率$/;
const SAVED = /^(?:共|累计)?(?:节约|节支|节省)/;

/**
 * `受理8642件,…审结8517件(含上年结转238件),结案率95.9%`: a count whose bracket says it includes what
 * was carried over is read against the year's intake and the carry-over together.
 */
export function carriedOverReadings(model: ReportModel, counts: readonly Figure[], rate: Figure): RateReading[] {
  const out: RateReading[] = [];
  for (let k = 1; k < counts.length; k++) {
    const glossed = counts[k]!;
    const carried = model.figures[glossed.index + 1];
    if (!carried || carried.sentence !== glossed.sentence || !carried.inParentheses || !CARRIED_OVER.test(carried.cue) || !sameUnit(glossed, carried) || carried.quantity.qualifier !== 'exact') continue;
    for (let e = 0; e < k; e++) {
      const intake = counts[e]!;
      if (sameUnit(intake, carried) && glossed.quantity.value <= intake.quantity.value + carried.quantity.value) out.push(reading(rate, [glossed], [intake, carried], false));
    }
  }
  // `依法受理1712件,不予受理98件…。加上上年结转143件,全年审结1697件,结案率91.5%`: a sentence that opens by
  // adding what was carried over adds it to what was taken in, stated in the sentence before.
  const first = counts[0];
  const sentence = first ? model.sentences[first.sentence] : undefined;
  if (first && sentence && first.sentence > 0 && CARRIED_OVER.test(first.cue) && /^[\s　]*(?:加上|另有|连同)/.test(model.text.slice(sentence.span.start, first.quantity.span.start))) {
    const before = model.sentences[first.sentence - 1]!;
    const intakes = before.figures.filter((f) => isExactCount(f) && sameUnit(f, first) && TAKEN_IN.test(f.label) && !REFUSED.test(f.label));
    const intake = intakes[intakes.length - 1];
    if (intake && /^[\s　]*$/.test(model.text.slice(before.span.end, sentence.span.start))) {
      for (const n of counts) if (n !== first && sameUnit(n, first) && n.quantity.value <= intake.quantity.value + first.quantity.value) out.push(reading(rate, [n], [intake, first], false));
    }
  }
  // `全年审结219件,结案率96.05%,年末结转9件`: what is left at the year's end, right after the rate, and
  // what was concluded make all the cases of the year — the base of a rate of concluding.
  const pending = model.figures[rate.index + 1];
  const done = counts[counts.length - 1];
  if (done && pending && pending.sentence === rate.sentence && PENDING_AT_END.test(pending.label) && sameUnit(done, pending) && pending.quantity.qualifier === 'exact' && /^[，,]\s*/.test(model.text.slice(rate.quantity.span.end, pending.labelSpan.start))) {
    out.push(reading(rate, [done], [done, pending], false));
  }
  return out;
}

/** What is left to do at the end of the period: `年末结转9件`, `尚未审结3件`. */
export const PENDING_AT_END = /^(?:年末|年底|期末)?(?:结转|尚未审结|尚未办结|未结|在审|正在审理)/;
