/**
 * Rates and the counts they are computed from.
 *
 * statcheck's rule: flag only what no admissible reading explains. So every plausible reading of
 * the counts before a rate is tried — any pair of one unit (`A中有B,占比x%`), a sum of listed parts
 * over a total (`其中升学612人、就业397人,升学就业率`), the complement of a count labelled with a
 * negation (`不合格样品97批次,合格率`), the change between two counts (`由420项压减至260项、压减率
 * 38.1%`) — and if any agrees, the rate stands. Separately, the reading the words *state* is found:
 *
 * - `stem`: the count whose label names what the rate measures (`调解成功` for `成功率`, `实际出庭`
 *   for `出庭应诉率`, by the head of the rate's name), over a larger count of its unit before it;
 * - `ought`: `应出庭76件,实际出庭76件,出庭率` — what did happen over what should have;
 * - `share`: `总装机9157万千瓦,新能源装机4091万千瓦、占比44.7%` — a bare `占比` after a part;
 * - `namedWhole`: `…4091万千瓦,占总装机的44.7%` — the whole named in the rate, stated before;
 * - `whole`: `182个行政村中,已建成劝导站176个,覆盖率` — a whole marked by `中`;
 * - `all`: `共25件,均经过审核…报备率` — every one of them, so the rate is 100%.
 *
 * A rate with a stated reading that no admissible reading fits is a contradiction; without one, the
 * words do not say which counts the rate is of, and nothing is claimed.
 *
 * `rateBases` reads the other relation a rate can have: a base the rate's kind implies (outcomes
 * of concluded cases over `审结`, passes over `参考`), for the GRIM test.
 */
import { Figure, Sentence } from '../figures';
import { ReportModel } from '../reportModel';
import { agrees } from '../rounding';
import {
  ACTUAL_WORDS, ALL_OF_THEM, NEGATIONS, RATE_MODIFIERS, RELATIVE_TO_BASE,
  SCOPE_WORDS, pattern,
} from '../vocabulary';
import { clauseBefore, Evidence, indexInSentence, isExactCount, Reading, roundingError, sameUnit } from './common';

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

export type RateStatement = 'stem' | 'ought' | 'share' | 'namedWhole' | 'whole' | 'all' | 'ofWhole' | 'fraction';

export interface RateRelation {
  readonly kind: 'rate';
  readonly rate: Figure;
  /** Every admissible reading of the counts before the rate in its sentence. */
  readonly readings: readonly RateReading[];
  /** The readings its words state (several when several denominators are possible, nearest last). */
  readonly stated: readonly RateReading[];
  readonly statedBy: RateStatement | undefined;
  /** Whether some admissible reading gives the stated rate. */
  readonly agrees: boolean;
  /** `explicit` when the words state a reading; `inferred` when only admissible readings exist. */
  readonly reading: Reading;
  readonly evidence: readonly Evidence[];
  /** The counts stand in the clause before a `；` (`共排查纠纷1486件…；调解成功1452件,成功率`). */
  readonly acrossClauses?: boolean;
}


const NEGATION = pattern([NEGATIONS]);
const RELATIVE = pattern([RELATIVE_TO_BASE]);
/** `应出庭…`, `区属各部门应当出庭…`: what should have happened (not `供应`, `相应`). */
export const OUGHT_HEAD = /(?:^|[^相供响适反效对回呼感顺照答理])应(?:当|该)?(?!诉|急|用|对|收|税|届|聘|征|答|邀|变)/;
const ACTUAL_HEAD = pattern([ACTUAL_WORDS], 'start');
const RATE_SUFFIX = /(?:率|比例|占比|比重|百分比)$/;
const ALL_OPENS_CLAUSE = new RegExp(`^[^，,。；;]{0,20}[，,]\\s*(${ALL_OF_THEM.join('|')})`);
const MODIFIER_HEAD = pattern([RATE_MODIFIERS, SCOPE_WORDS], 'start');
/** A share named by no more than `占比`: it is of the figure right before it. */
const BARE_SHARE = /^(?:其)?(?:所)?(?:占比|比重|占比重|份额|占)$/;
/** A share whose whole is named in it: `占总装机的`, `占全市行政村总数的`. */
const NAMED_WHOLE = /占(.{2,20}?)(?:的)?(?:比重|比例)?$/;

/** The thing a rate measures: `成功率` → `成功`, `直接纠错率` → `纠错`. */
export function rateStem(label: string): string {
  let stem = label.replace(RATE_SUFFIX, '');
  for (let k = 0; k < 3; k++) {
    const m = MODIFIER_HEAD.exec(stem);
    if (!m || stem.length - m[0].length < 2) break;
    stem = stem.slice(m[0].length);
  }
  return stem;
}

/**
 * The words of a stem that name what is counted: its last two characters (`成功`, `应诉`, `办结`)
 * and the two before them (`出庭` in `出庭应诉`, `按期` in `按期办结`).
 */
function stemKeys(stem: string): string[] {
  const han = stem.replace(/[^\u4e00-\u9fff]/g, '');
  const keys: string[] = [];
  if (han.length >= 2) keys.push(han.slice(-2));
  if (han.length >= 4) keys.push(han.slice(-4, -2));
  return keys;
}

/** Whether a count's label names what a rate's stem measures. */
function namesStem(label: string, stem: string): boolean {
  if (stem.length < 2 || label.length < 2) return false;
  return label.includes(stem) || stemKeys(stem).some((k) => label.includes(k) || abbreviates(k, label));
}

/** `网办` for `网上办理`, `批捕` for `批准逮捕`: a two-character abbreviation, its characters close together in order. */
function abbreviates(key: string, label: string): boolean {
  const a = label.indexOf(key[0]!);
  if (a < 0) return false;
  const b = label.indexOf(key[1]!, a + 1);
  return b > a && b - a <= 2;
}

function reading(rate: Figure, numerator: readonly Figure[], denominator: readonly Figure[], complement: boolean, form: RateReading['form'] = 'share'): RateReading {
  const n = numerator.reduce((s, f) => s + f.quantity.value, 0);
  const whole = denominator.reduce((s, f) => s + f.quantity.value, 0);
  // `成交3.28亿元,较起始价溢价1.06亿元,溢价率47.7%`: the base is the whole less the part.
  // `由420项压减至260项、压减率38.1%`: the rate is the change over the earlier count.
  const top = form === 'change' ? whole - n : n;
  const d = form === 'overRest' ? whole - n : whole;
  const dn = numerator.reduce((s, f) => s + roundingError(f), 0);
  const dd = denominator.reduce((s, f) => s + roundingError(f), 0);
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

/**
 * The counts a rate can be computed from: those of its sentence before it and after any earlier
 * rate of the sentence (each rate takes the counts stated for it). A growth percentage between
 * does not end them: `经营主体1163.7万户、增长6.3%,其中企业410.1万户、占比35.2%`.
 */
export function countsBeforeRate(sentence: Sentence, rate: Figure): Figure[] {
  // Read backwards from the rate, so the work per rate is bounded, not the length of the sentence.
  const figures = sentence.figures;
  const out: Figure[] = [];
  // (For a sentence before the rate's, all of it.)
  for (let k = Math.min(indexInSentence(sentence, rate), figures.length) - 1; k >= 0 && out.length < MAX_COUNTS_BEFORE_RATE; k--) {
    const f = figures[k]!;
    if (f.quantity.kind === 'percent' || f.quantity.kind === 'percentagePoint') {
      // A rate listed right after another (`优秀率、合格率分别为18.6%、76.8%`) shares its counts;
      // an earlier rate with counts after it ends this rate's.
      if (!f.growth && out.length > 0) break;
      continue;
    }
    if (isExactCount(f) && !f.perUnit) out.push(f);
  }
  // The nearest counts only: the readings grow with the square of the counts (and the listed sums
  // faster), and no rate is computed from the seventeenth count before it.
  return out.reverse();
}

const MAX_COUNTS_BEFORE_RATE = 16;

/** The exact counts of the sentence before `f`, nearest 32, whatever stands between: the wholes a share may be of. */
function allCountsBefore(sentence: Sentence, f: Figure): Figure[] {
  const out: Figure[] = [];
  for (let k = indexInSentence(sentence, f) - 1; k >= 0 && out.length < 32; k--) {
    const c = sentence.figures[k]!;
    if (isExactCount(c) && !c.perUnit) out.push(c);
  }
  return out.reverse();
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
  // `全区50件…均出庭应诉,出庭应诉率100%`: every one of them.
  for (const n of counts) out.push(reading(rate, [n], [n], false));
  return out;
}

interface Stated {
  readonly by: RateStatement;
  readonly readings: readonly RateReading[];
  readonly evidence: Evidence[];
}

function evidence(f: Figure, words: string): Evidence {
  return { words, span: f.labelSpan.end > f.labelSpan.start ? f.labelSpan : f.quantity.span };
}

/** Whether a whole named in a rate (`占适用清单案件的`) names a count's label: its characters in order. */
function namesWhole(name: string, label: string): boolean {
  if (name.length < 2 || label.length < 2) return false;
  if (name.includes(label) || label.includes(name)) return true;
  let at = 0;
  for (const c of name) {
    at = label.indexOf(c, at);
    if (at < 0) return false;
    at++;
  }
  return name.length >= 3;
}

/** `10.3%（败诉11件/法院审结196件）`: the rate with its fraction written after it in brackets. */
function fractionAfter(model: ReportModel, rate: Figure): Stated | undefined {
  const figures = model.figures;
  const a = figures[rate.index + 1];
  const b = figures[rate.index + 2];
  if (!a || !b || !a.inParentheses || !b.inParentheses || a.sentence !== rate.sentence || b.sentence !== rate.sentence) return undefined;
  if (!/^\s*[（(][^）)]{0,20}$/.test(model.text.slice(rate.quantity.span.end, a.quantity.span.start))) return undefined;
  if (!/^[^）)]{0,20}[/／][^）)]{0,20}$/.test(model.text.slice(a.quantity.span.end, b.quantity.span.start))) return undefined;
  const isPoint = (f: Figure) => (f.quantity.kind === 'count' || f.quantity.kind === 'amount') && f.quantity.qualifier === 'exact';
  if (!isPoint(a) || !isPoint(b) || !sameUnit(a, b)) return undefined;
  return { by: 'fraction', readings: [reading(rate, [a], [b], false)], evidence: [{ words: '/', span: { start: a.quantity.span.end, end: b.quantity.span.start } }] };
}

/** `完成年度目标任务3.2万人的106.9%`: the share of the figure right before, for the count before that. */
function ofWholeReading(model: ReportModel, rate: Figure): Stated | undefined {
  if (!rate.label.endsWith('的')) return undefined;
  const whole = model.figures[rate.index - 1];
  if (!whole || whole.sentence !== rate.sentence || whole.quantity.qualifier !== 'exact') return undefined;
  if (!/^[）)]?\s*的$/.test(model.text.slice(whole.quantity.span.end, rate.quantity.span.start).trim())) return undefined;
  const sentence = model.sentences[rate.sentence]!;
  // Any count of the whole's unit before it may be the part (`新增就业5.1万人,其中…1.2万人,完成年度任务
  // 4.5万人的113%` is of the 5.1万): all are read, nearest last.
  const parts = sentence.figures.filter((c) => c.index < whole.index && isExactCount(c) && sameUnit(c, whole) && !c.perUnit);
  if (parts.length === 0) return undefined;
  return { by: 'ofWhole', readings: parts.map((part) => reading(rate, [part], [whole], false)), evidence: [evidence(whole, `${whole.label}的`)] };
}

/** The reading the words state, if they state one. */
function statedReading(model: ReportModel, counts: readonly Figure[], rate: Figure): Stated | undefined {
  const text = model.text;
  const fraction = fractionAfter(model, rate) ?? ofWholeReading(model, rate);
  if (fraction) return fraction;
  const stem = rateStem(rate.label);
  const last = counts[counts.length - 1];
  const adjacent = last !== undefined && rate.index === last.index + 1 && /^[\s、，,]*$/.test(text.slice(last.quantity.span.end, rate.labelSpan.start > last.quantity.span.end ? rate.labelSpan.start : rate.quantity.span.start));

  // `应出庭76件,实际出庭76件,出庭率`: what did happen over what should have.
  for (let i = counts.length - 1; i >= 1; i--) {
    const actual = counts[i]!;
    if (!ACTUAL_HEAD.test(actual.label)) continue;
    const ought = counts.slice(0, i).reverse().find((c) => OUGHT_HEAD.test(c.label) && sameUnit(c, actual));
    if (ought && (stem.length < 2 || namesStem(actual.label, stem) || namesStem(ought.label, stem))) {
      return { by: 'ought', readings: [reading(rate, [actual], [ought], false)], evidence: [evidence(ought, '应'), evidence(actual, '实际')] };
    }
  }

  // `共25件,均经过审核并报送备案,报备率`: every one of them, so the rate is of all of them.
  if (last && stem.length >= 2) {
    const clause = text.slice(last.quantity.span.end, rate.labelSpan.start > last.quantity.span.end ? rate.labelSpan.start : rate.quantity.span.start);
    // `共25件,均经过审核`: `均` opens the clause right after the count, with no figure between.
    const all = rate.index === last.index + 1 ? ALL_OPENS_CLAUSE.exec(clause) : null;
    const keyChars = stemKeys(stem)[0] ?? '';
    const at = all ? all.index + all[0].length - all[1]!.length : -1;
    if (all && keyChars.length === 2 && [...keyChars].every((c) => clause.slice(at).includes(c)) && !NEGATION.test(clause.slice(at + all[1]!.length, at + all[1]!.length + 2))) {
      return { by: 'all', readings: [reading(rate, [last], [last], false)], evidence: [{ words: all[1]!, span: { start: last.quantity.span.end + at, end: last.quantity.span.end + at + all[1]!.length } }] };
    }
    // `全区50件行政诉讼案件行政机关负责人出庭应诉,出庭应诉率`: the count's own words say all of them did it.
    const full = stem.replace(/[^\u4e00-\u9fff]/g, '').slice(-4);
    const rest = clause.startsWith(last.following) ? clause.slice(last.following.length) : clause;
    if (rate.index === last.index + 1 && /^[\s、，,]*$/.test(rest) && full.length === 4 && last.following.endsWith(full)) {
      return { by: 'all', readings: [reading(rate, [last], [last], false)], evidence: [{ words: full, span: { start: last.quantity.span.end, end: last.quantity.span.end + last.following.length } }] };
    }
  }

  // `全县182个行政村中,已建成劝导站176个,覆盖率98.4%`: a whole named with 中, then the part, right before the rate.
  const [whole, part] = counts.slice(-2);
  if (whole && part && part === last && sameUnit(whole, part) && part.quantity.value <= whole.quantity.value) {
    const afterWhole = text.slice(whole.quantity.span.end, part.quantity.span.start);
    if (/^[^，,。；;、]{0,16}中(?:[，,]|有|已有|共有|已|均)/.test(afterWhole)) {
      return { by: 'whole', readings: [reading(rate, [part], [whole], false)], evidence: [evidence(whole, '中')] };
    }
  }

  // `其中新能源装机由186万千瓦增至642万千瓦、占比由15.8%提高到37.2%`: each end of the share is
  // the part over the whole at that end of the change.
  if (rate.change === 'from' || rate.change === 'to') {
    const all = allCountsBefore(model.sentences[rate.sentence]!, rate);
    const ends = all.filter((c) => c.change === rate.change);
    const part = ends[ends.length - 1];
    const wholes = part ? ends.filter((c) => c !== part && c.index < part.index && sameUnit(c, part) && c.quantity.value >= part.quantity.value) : [];
    if (part && wholes.length > 0) return { by: 'share', readings: wholes.map((w) => reading(rate, [part], [w], false)), evidence: [evidence(rate, rate.label)] };
    // `产值549.3亿元,占总产值1186.4亿元的比重由42.6%提高到46.3%`: the figures stated are this year's, the later end.
    if (rate.change !== 'to' || ends.length > 0) return undefined;
  }
  if (rate.change === 'to') {
    const all = allCountsBefore(model.sentences[rate.sentence]!, rate).filter((c) => !c.change);
    const part = all[all.length - 1];
    // The whole is named before the earlier end: `占规上工业总产值比重由42.6%`.
    const fromShare = model.figures[rate.index - 1];
    const lead = fromShare ? model.text.slice(Math.max(model.sentences[rate.sentence]!.span.start, fromShare.quantity.span.start - 30), fromShare.quantity.span.start) : '';
    const wholeName = /占([^，,。；;]{2,20}?)的?(?:比重|比例)?(?:由|从)$/.exec(lead)?.[1];
    const wholes = part ? all.filter((c) => c !== part && sameUnit(c, part) && c.quantity.value >= part.quantity.value && (wholeName === undefined || namesWhole(wholeName, c.label))) : [];
    if (part && wholes.length > 0) return { by: 'share', readings: wholes.map((w) => reading(rate, [part], [w], false)), evidence: [evidence(rate, rate.label)] };
    return undefined;
  }

  // `…新能源装机4091万千瓦、占比44.7%` and `…4091万千瓦,占总装机的44.7%`: a share of the figure right before it.
  if (last && adjacent) {
    const bare = BARE_SHARE.test(rate.label);
    const named = bare ? undefined : NAMED_WHOLE.exec(rate.label);
    if (bare || named) {
      const wholeName = named?.[1]?.replace(/(?:总数|总量|总额|总和|总)$/, '').replace(/^(?:全部|总)/, '');
      // The whole may stand anywhere before in the sentence, past other shares: `…3127亿元、占比61.0%,高新技术产业产值2218亿元、占比43.3%`.
      const before = allCountsBefore(model.sentences[rate.sentence]!, last);
      const wholes = before.filter((c) => sameUnit(c, last) && c.quantity.value >= last.quantity.value && !c.change && (bare || (wholeName !== undefined && namesWhole(wholeName, c.label))));
      // `三大产业产值分别达到138.6亿元、96.4亿元、82.8亿元,占总产值比重77.0%`: the share of the listed parts together.
      const run: Figure[] = [last];
      for (let k = before.length - 1; k >= 0 && run[0]!.separatorBefore === '、' && before[k] === model.figures[run[0]!.index - 1] && sameUnit(before[k]!, last); k--) run.unshift(before[k]!);
      const numerator = run.length > 1 && /分别/.test(model.text.slice(model.sentences[rate.sentence]!.span.start, run[0]!.quantity.span.start).slice(-12)) ? run : [last];
      const sum = numerator.reduce((n, f) => n + f.quantity.value, 0);
      const wholesOfSum = wholes.filter((w) => !numerator.includes(w) && w.quantity.value >= sum);
      if (wholesOfSum.length > 0) {
        // Nearest last, but the largest whole last of all: it is the one reported when none fits.
        wholesOfSum.sort((a, b) => a.quantity.value - b.quantity.value);
        return { by: bare ? 'share' : 'namedWhole', readings: wholesOfSum.map((w) => reading(rate, numerator, [w], false)), evidence: [evidence(rate, rate.label)] };
      }
    }
  }

  // The count whose label names what the rate measures, over a larger count of its unit before it.
  let numerators = counts.filter((c) => namesStem(c.label, stem) && !(OUGHT_HEAD.test(c.label) && !OUGHT_HEAD.test(stem)));
  // `办结案件300件,按期办结285件,按期办结率`: the label naming the whole stem wins over a partial
  // one, and one naming what is measured (`不合格` for `抽检合格率`) over one naming the activity (`完成抽检`).
  if (numerators.length > 1) {
    const whole = numerators.filter((c) => c.label.includes(stem));
    const keys = stemKeys(stem);
    const byPredicate = numerators.filter((c) => keys[0] !== undefined && c.label.includes(keys[0]));
    const byHead = numerators.filter((c) => keys[1] !== undefined && c.label.includes(keys[1]) && !byPredicate.includes(c));
    // `升学612人、就业397人,升学就业率`: a rate named by two parts is of their sum — the admissible
    // readings hold it; the words name no single numerator.
    if (whole.length === 0 && byPredicate.length > 0 && byHead.length > 0 && !byHead.some((c) => NEGATION.test(c.label) !== NEGATION.test(byPredicate[0]!.label))) return undefined;
    numerators = whole.length > 0 ? whole : byPredicate;
    // `合格393卷、不合格24卷,合格率`: the count named as the rate is, not its negation.
    if (numerators.length > 1 && !NEGATION.test(stem)) {
      const key = keys[0] ?? stem;
      const negated = (label: string) => {
        const at = label.indexOf(key);
        return at > 0 && NEGATION.test(label[at - 1]!);
      };
      const plain = numerators.filter((c) => !negated(c.label));
      if (plain.length === 1) numerators = plain;
    }
  }
  if (numerators.length !== 1) return undefined;
  const numerator = numerators[0]!;
  // `不合格样品97批次` names what `合格率` does not count.
  const complement = NEGATION.test(numerator.label) && !NEGATION.test(stem);
  const denominators = counts.filter((c) => c !== numerator && sameUnit(c, numerator) && c.quantity.value >= numerator.quantity.value && c.index < numerator.index);
  if (denominators.length === 0) return undefined;
  return { by: 'stem', readings: denominators.map((d) => reading(rate, [numerator], [d], complement)), evidence: [evidence(numerator, numerator.label)] };
}

/** Every rate of the report, with its admissible and stated readings. */
export function readRates(model: ReportModel): RateRelation[] {
  const out: RateRelation[] = [];
  for (const rate of model.figures) {
    if (!rate.isRate) continue;
    let counts = countsBeforeRate(model.sentences[rate.sentence]!, rate);
    let stated = statedReading(model, counts, rate);
    // `共排查纠纷1,486件,其中…;调解成功1,452件,调解成功率97.9%`: a numerator named here and its
    // base in the clause before the semicolon.
    let acrossClauses = false;
    const previous = stated ? undefined : clauseBefore(model, rate.sentence);
    if (previous && counts.some((c) => namesStem(c.label, rateStem(rate.label)))) {
      const wider = [...countsBeforeRate(previous, rate), ...counts];
      const across = statedReading(model, wider, rate);
      if (across?.by === 'stem' && counts.includes(across.readings[0]!.numerator[0]!)) {
        stated = across;
        counts = wider;
        acrossClauses = true;
      }
    }
    if (counts.length === 0 && !stated) continue;
    const readings = admissibleReadings(counts, rate);
    // The `all` reading (`n / n`) is admissible only where the words say so. Where the words name
    // the numerator (`纠错28件,纠错率`), only readings with it are: in a sentence of ten counts some
    // other pair would fit a wrong rate by chance.
    const named = stated?.by === 'stem' || stated?.by === 'ought' ? stated.readings[0]!.numerator[0] : undefined;
    const admissible = readings.filter((r) => (r.numerator[0] !== r.denominator || stated?.by === 'all') && (!named || (r.numerator.length === 1 && r.numerator[0] === named) || r.denominators.includes(named)));
    out.push({
      kind: 'rate',
      rate,
      readings: admissible,
      stated: stated?.readings ?? [],
      statedBy: stated?.by,
      agrees: admissible.some((r) => fitsStated(rate, r)) || (stated?.readings.some((r) => fitsStated(rate, r)) ?? false),
      reading: stated ? 'explicit' : 'inferred',
      evidence: stated?.evidence ?? [],
      ...(acrossClauses ? { acrossClauses } : {}),
    });
  }
  return out;
}


