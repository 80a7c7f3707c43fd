/**
 * Rates and the counts they are computed from.
 *
 * statcheck's rule: flag only what no admissible reading explains. So every plausible reading of
 * the counts before a rate is tried — any pair of one unit (`A中有B,占比x%`), a sum of listed parts
 * over a total (`其中升学612人、就业397人,升学就业率`), the complement of a count labelled with a
 * negation (`不合格样品97批次,合格率`), the change between two counts (`由420项压减至260项、压减率
 * 38.1%`) — and if any agrees, the rate stands. Separately, the reading the words *state* is found
 * (`rateStatements.ts`): a numerator named by the rate, `应…实际…`, a bare `占比` after a part, a whole
 * named in the rate or marked by `中`, `均`, a completion `…的X%`, a fraction in brackets.
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
import { CARRIED_OVER_WORDS, NEGATIONS, pattern, RELATIVE_TO_BASE } from '../vocabulary';
import { Evidence, indexInSentence, isExactCount, joinedByAnd, Reading, roundingError, sameUnit } from './common';
import { namesOtherKind, namesPopulation, namesStem, namesSubKind, rateStem } from './rateNames';
import { statedBeyondClause } from './rateClauses';
import { isDefinedBase, statedReading } from './rateStatements';
import { namesWhole } from './shareStatements';
import { namesMeasureOfCounted } from './writtenRates';

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

/** A share named for an amount (money, output) of what it is of: `产业项目资金占比`, `增加值占全市的比重`. */
const AMOUNT_SHARE = /(?:资金|投资额?|金额|产值|增加值|收入|税收|总额|营收|销售额|交易额)的?(?:占比|比重|比例|占)/;

export type RateStatement = 'stem' | 'ought' | 'share' | 'namedWhole' | 'whole' | 'all' | 'ofWhole' | 'fraction';

/** A reading the words state, how they state it, and the words that do. */
export interface Stated {
  readonly by: RateStatement;
  readonly readings: readonly RateReading[];
  readonly evidence: Evidence[];
}

export interface RateRelation {
  readonly kind: 'rate';
  readonly rate: Figure;
  /** What the rate is called where its own words do not say (a row of an indicator table). */
  readonly name?: string;
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


export const NEGATION = pattern([NEGATIONS]);
const RELATIVE = pattern([RELATIVE_TO_BASE]);

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

/**
 * The counts a rate can be computed from: those of its sentence before it and after any earlier
 * rate of the sentence (each rate takes the counts stated for it). A growth percentage between
 * does not end them: `经营主体986.4万户、增长6.3%,其中企业352.8万户、占比35.8%`.
 */
/** `国土面积2386平方公里(折合357.9万亩)`: a figure restated in another unit is a count of the sentence too. */
function isRestatedInBrackets(f: Figure): boolean {
  return f.inParentheses && /^(?:折合|约合|合|即)$/.test(f.cue) && (f.quantity.kind === 'count' || f.quantity.kind === 'amount') && f.quantity.qualifier === 'exact';
}

export function countsBeforeRate(sentence: Sentence, rate: Figure, passRates = 0): Figure[] {
  // Read backwards from the rate, so the work per rate is bounded, not the length of the sentence.
  const figures = sentence.figures;
  const out: Figure[] = [];
  let passed = 0;
  // (For a sentence before the rate's, all of it.)
  for (let k = Math.min(indexInSentence(sentence, rate), figures.length) - 1; k >= 0 && out.length < MAX_COUNTS_BEFORE_RATE; k--) {
    const f = figures[k]!;
    if (f.quantity.kind === 'percent' || f.quantity.kind === 'percentagePoint') {
      // A rate listed right after another (`优秀率、合格率分别为18.6%、76.8%`) shares its counts;
      // an earlier rate with counts after it ends this rate's (unless asked to read past it).
      if (!f.growth && out.length > 0 && passed++ >= passRates) break;
      continue;
    }
    if ((isExactCount(f) || isRestatedInBrackets(f)) && !f.perUnit) out.push(f);
  }
  // The nearest counts only: the readings grow with the square of the counts (and the listed sums
  // faster), and no rate is computed from the seventeenth count before it.
  return out.reverse();
}

const MAX_COUNTS_BEFORE_RATE = 16;

/** The exact counts of the sentence before `f`, nearest 32, whatever stands between: the wholes a share may be of. */
export function allCountsBefore(sentence: Sentence, f: Figure): Figure[] {
  const out: Figure[] = [];
  for (let k = indexInSentence(sentence, f) - 1; k >= 0 && out.length < 32; k--) {
    const c = sentence.figures[k]!;
    if (isExactCount(c) && !c.perUnit) out.push(c);
  }
  return out.reverse();
}

const CARRIED_OVER = pattern([CARRIED_OVER_WORDS]);
/**
 * `均超过`, `均达到`, `均在`…: the rate is stated for each of the things before it. (Not after a list
 * of rates, `报备率、报备及时率均为100%`, where 均 says the rates share the value: there the rate's cue
 * names another rate than its own label.)
 */
const EACH_HAS = /(?:均|都|各)(?:已)?(?:超过|达到|达|在|为|保持在|稳定在|高于|不低于|低于|提升至|提高到)?$/;
const UNCOUNTED_PART_SHARE = /^其中[^0-9０-９，,；;。]*(?:占|占比|比重|比例)$/;

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
    const intake = counts[k - 1]!;
    if (!CARRIED_OVER.test(carried.cue) || !sameUnit(intake, carried)) continue;
    const whole = intake.quantity.value + carried.quantity.value;
    for (const n of counts) if (n !== intake && n !== carried && sameUnit(n, carried) && n.quantity.value <= whole) out.push(reading(rate, [n], [intake, carried], false));
  }
  // `全区50件…均出庭应诉,出庭应诉率100%`: every one of them.
  for (const n of counts) out.push(reading(rate, [n], [n], false));
  return out;
}

/**
 * `问题41笔、金额1.52亿元,已清偿39笔、金额1.37亿元,按金额计算清偿率90.1%`: a rate measured by amount
 * is of the amounts, one measured by number of the counts.
 */
function byMeasure(rate: Figure, counts: Figure[]): Figure[] {
  const m = /按(金额|资金|笔数|件数|户数|人数|个数|数量)/.exec(rate.label);
  if (!m) return counts;
  const amount = m[1] === '金额' || m[1] === '资金';
  return counts.filter((c) => (c.quantity.kind === 'amount') === amount);
}

/** The totals of the counts singled out by `其中` among `counts`, where they are not among them. */
function totalsOfParts(model: ReportModel, counts: readonly Figure[]): Figure[] {
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
function cutReadings(counts: readonly Figure[], rate: Figure): RateReading[] {
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
function carriedOverReadings(model: ReportModel, counts: readonly Figure[], rate: Figure): RateReading[] {
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
  return out;
}





/** A share of the plan (`完成年度计划的106.1%`), as opposed to a rate named by what it counts. */
const OF_PLAN_RATE = /完成(?:年度|全年|年初)?(?:计划|目标|任务)+的$/;

/** `以上年末存栏为基数`, `以常住人口为分母`: the base a rate's words name. */
const BASE_IN_BRACKET = /^\s*[（(](?:按|以)([\u4e00-\u9fff]{2,24}?)(?:数|数量)?(?:计算|计|为基数|为分母|统计)[）)]/;
const BASE_NAMED = /(?:以([^，,。；;]{2,24}?)(?:数|数量)?为(?:基数|分母|基准|计算基数)|按([^，,。；;]{2,24}?)计算)[^，,。；;]{0,4}[，,]\s*[^，,。；;]*$/;


/** The other counts of the `、` list a count stands in (adjacent figures joined by `、`), in order. */
function siblingsInList(counts: readonly Figure[], f: Figure): Figure[] {
  const at = counts.indexOf(f);
  if (at < 0) return [];
  let first = at;
  while (first > 0 && counts[first]!.separatorBefore === '、' && counts[first - 1]!.index === counts[first]!.index - 1) first--;
  let last = at;
  while (last + 1 < counts.length && counts[last + 1]!.separatorBefore === '、' && counts[last + 1]!.index === counts[last]!.index + 1) last++;
  return counts.slice(first, last + 1).filter((c) => c !== f);
}

/**
 * Whether an earlier rate of the sentence, of another name, is the reading's: it fits the reading,
 * `rate` does not. One pair of counts states one rate.
 */
function ofEarlierRate(model: ReportModel, rate: Figure, r: RateReading): boolean {
  if (fitsStated(rate, r)) return false;
  for (let k = rate.index - 1; k >= 0 && model.figures[k]!.sentence === rate.sentence; k--) {
    const earlier = model.figures[k]!;
    // (Not a rate at a bound, `参考率100%`, which a pair near all of it fits by rounding.)
    // (Nor one the numerator is not named for, where it is named for this rate: `参考率99.0%,考试合格1238人,合格率`.)
    const ownName = r.numerator.every((n) => namesStem(n.label, rateStem(rate.label)) && !namesStem(n.label, rateStem(earlier.label)));
    if (earlier.isRate && earlier.label !== rate.label && rateStem(earlier.label).length >= 2 && earlier.quantity.value > 0 && earlier.quantity.value < 100 && !ownName && fitsStated(earlier, r)) return true;
  }
  return false;
}

/** Every rate of the report, with its admissible and stated readings. */
export function readRates(model: ReportModel): RateRelation[] {
  const out: RateRelation[] = [];
  for (const rate of model.figures) {
    if (!rate.isRate) continue;
    // `化解率96.9%,其中吸附在乡镇和村一级化解的占83.4%`: the share of a part that 其中 singles out
    // and no figure counts; the counts before are of the whole.
    if (UNCOUNTED_PART_SHARE.test(rate.label)) continue;
    // `有2个项目超概算,…超概算比例分别为18.6%和23.4%`: a rate each of several things has, listed with 分别,
    // is no share of the counts before.
    const nextRate = model.figures[rate.index + 1];
    // (Not rates named in a list before 分别, `优秀率、合格率分别为18.6%、76.8%`: each has its own counts.)
    const lead = model.text.slice(Math.max(model.sentences[rate.sentence]!.span.start, rate.quantity.span.start - 30), rate.quantity.span.start);
    if (/(?<![、和及与][\u4e00-\u9fff]{0,12})(?:率|比例)分别(?:为|是|达到?)?$/.test(lead) && nextRate?.quantity.kind === 'percent' && nextRate.sentence === rate.sentence && /^\s*(?:和|、|及)\s*$/.test(model.text.slice(rate.quantity.span.end, nextRate.quantity.span.start))) continue;
    // `4个区常住人口城镇化率均超过80%`: a rate each of the things counted has, not a share of them.
    if (EACH_HAS.test(rate.cue) && rate.cue.includes(rate.label)) continue;
    if (namesMeasureOfCounted(model, rate)) continue;
    // `个人住房贷款率（贷款余额占缴存余额的比例）为74.2%`: a gloss that names the whole; with no count of
    // that name before it, the rate is not read.
    const glossedWhole = /[（(][^）)]*占([\u4e00-\u9fff]{2,12})的?(?:比例|比重|比率)?[）)]/.exec(model.text.slice(rate.labelSpan.end, rate.quantity.span.start))?.[1];
    if (glossedWhole !== undefined && !allCountsBefore(model.sentences[rate.sentence]!, rate).some((c) => namesWhole(glossedWhole, c.label))) continue;
    let counts = byMeasure(rate, countsBeforeRate(model.sentences[rate.sentence]!, rate));
    let stated = statedReading(model, counts, rate);
    let acrossClauses = false;
    if (!stated) {
      const beyond = statedBeyondClause(model, rate, counts);
      if (beyond) ({ stated, counts, acrossClauses } = beyond);
    }
    // `申请570件,占34.7%,上年网上申请297件,占比21.4%`: last year's count is a share of last year's whole.
    // `由420项压减至260项、压减率38.1%`: a rate of the change, named by its later end, is the change over
    // the earlier end, not the later end's share of it.
    if (stated && RELATIVE.test(rate.label)) {
      const s0 = stated;
      const asChange = s0.readings.map((r) => (r.form === 'share' && !r.complement && r.numerator.length === 1 && r.numerator[0]!.change === 'to' && r.denominator.change === 'from' ? reading(rate, r.numerator, r.denominators, false, 'change') : r));
      stated = { ...s0, readings: asChange };
    }
    // `筹集3620套,超额完成省下达的3000套任务,超额率20.7%`: the count named by 超额 is the task; the rate
    // is what was done beyond it, over it.
    if (stated?.by === 'stem' && /超额/.test(rateStem(rate.label))) {
      const s0 = stated;
      stated = { ...s0, readings: s0.readings.map((r) => (r.form === 'share' && !r.complement && r.numerator.length === 1 && r.denominators.length === 1 && r.numerator[0]!.quantity.value < r.denominator.quantity.value ? reading(rate, r.denominators, r.numerator, false, 'change') : r)) };
    }
    // `43个…断面水质优良比例达到97.7%,其中…断面42个,近岸海域水质优良比例达到78.3%`, `公开招标率92.6%,
    // 电子化招标率达到100%`: counts that are an earlier rate's in the sentence (42 / 43 is its 97.7%) are
    // not this one's, which is of another population or measure.
    if (stated?.by === 'stem' && stated.readings.every((r) => ofEarlierRate(model, rate, r))) stated = undefined;
    // `共清理政策文件1247件,…对新出台的政策措施开展公平竞争审查386件,审查覆盖率100%`: a rate of 100%
    // claims all of a population its words leave unstated; a base named by another activity (清理,
    // not 审查) is not that population.
    if (stated?.by === 'stem' && rate.quantity.value === 100 && stated.readings.every((r) => !namesStem(r.denominator.label, rateStem(rate.label)))) stated = undefined;
    const lastYear = (f: Figure) => f.prior || /^(?:上年|去年|上一年度?|前一年)/.test(f.cue);
    if (stated && stated.readings.every((r) => r.numerator.some(lastYear) && !r.denominators.some(lastYear))) stated = undefined;
    // `覆盖餐饮单位1.36万家,其中学校食堂1247家,学校食堂覆盖率100%`: a part singled out by 其中 and named
    // by the words before the rate's predicate is the rate's own population (the school canteens),
    // not what it counts; what it counts is not stated.
    if ((stated?.by === 'stem' || stated?.by === 'share') && stated.readings.every((r) => r.numerator.length === 1 && namesPopulation(r.numerator[0]!.label, rate.label))) stated = undefined;
    // `排查一般隐患4326项,整改4298项,…,重大隐患整改率100%`: a rate named for another kind of the counted
    // noun (重大 against 一般) is not of those counts.
    // (So is all of them: `其中重大隐患38项,全部整改销号,一般隐患整改率99.3%` is of the ordinary ones.)
    if ((stated?.by === 'stem' && stated.readings.every((r) => namesOtherKind(r, rate.label) || namesSubKind(r, rate.label))) || (stated?.by === 'all' && stated.readings.every((r) => namesOtherKind(r, rate.label)))) stated = undefined;
    // `已消除风险1.34万户5.08万人,风险消除率71.3%(按人数计)`: the bracket names the unit the rate is of.
    const unitNamed = /^\s*[（(]按(人|户|件|家|个)数?计(?:算)?[）)]/.exec(model.text.slice(rate.quantity.span.end, rate.quantity.span.end + 10))?.[1];
    if (unitNamed !== undefined) {
      const inUnit = (f: Figure) => f.quantity.unit === unitNamed || (unitNamed === '人' && f.quantity.unit === '名');
      counts = counts.filter(inUnit);
      if (stated && !stated.readings.some((r) => r.numerator.every(inUnit) && r.denominators.every(inUnit))) stated = undefined;
      if (stated) stated = { ...stated, readings: stated.readings.filter((r) => r.numerator.every(inUnit) && r.denominators.every(inUnit)) };
    }
    // `产业项目资金占比`, `工业增加值占全市的比重`: a share of money or of output is no share of counts of things.
    // (Named in the clause before a change's ends: `…增加值占规模以上工业增加值的比重由23.4%提高到31.8%`.)
    const clauseOpening = model.text.slice(Math.max(model.sentences[rate.sentence]!.span.start, rate.quantity.span.start - 60), rate.quantity.span.start).split(/[，,；;：:]/).pop() ?? '';
    if (AMOUNT_SHARE.test(rate.label) || AMOUNT_SHARE.test(clauseOpening)) {
      counts = counts.filter((c) => c.quantity.kind !== 'count');
      if (stated?.readings.some((r) => [...r.numerator, ...r.denominators].some((f) => f.quantity.kind === 'count'))) stated = undefined;
    }
    // `新增高技能人才6,820人,…占技能人才的比重` after `培训4.36万人次`: a share of a named whole is of one
    // unit throughout. (A rate may not be: `培训4620人次,培训后实现就业3710人,培训后就业率80.3%`.)
    if (stated && /占/.test(rate.label) && stated.readings.every((r) => [...r.numerator, ...r.denominators].some((f) => !sameUnit(f, r.numerator[0]!)))) stated = undefined;
    if (counts.length === 0 && !stated) continue;
    // `…1项因建设周期原因完成年度计划的86%`: a share of a plan is read only with the plan and what was done.
    if (!stated && OF_PLAN_RATE.test(rate.label)) continue;
    // `一审行政诉讼案件113件,…;其中开庭审理97件,…;一审败诉6件,败诉率5.3%`: the total a part is singled out of may be the base.
    const totals = totalsOfParts(model, counts);
    if (totals.length > 0) counts = [...totals, ...counts];
    const readings = [...admissibleReadings(counts, rate), ...carriedOverReadings(model, counts, rate), ...cutReadings(counts, rate)];
    // The `all` reading (`n / n`) is admissible only where the words say so. Where the words name
    // the numerator (`纠错28件,纠错率`), only readings with it are: in a sentence of ten counts some
    // other pair would fit a wrong rate by chance.
    const named = stated?.by === 'stem' || stated?.by === 'ought' ? stated.readings[0]!.numerator[0] : undefined;
    // The negation of what is named counts the rest (`合格69卷、不合格18卷,合格率97.0%` of 600: 合格 may
    // include the grades above it).
    const stem = rateStem(rate.label);
    const negationNamed = (r: RateReading) => r.complement && r.numerator.length === 1 && NEGATION.test(r.numerator[0]!.label) && namesStem(r.numerator[0]!.label, stem);
    // Grades listed best first are cumulative: `优秀38卷、良好61卷、合格17卷,合格率96.7%` is of all three.
    const gradedUpTo = (r: RateReading) => r.numerator.length > 1 && r.numerator[r.numerator.length - 1] === named;
    // `完成年度目标8.1万人的103.2%`: the words name the whole, so it is the denominator of every reading.
    const wholeNamed = stated?.by === 'ofWhole' ? stated.readings[0]!.denominator : undefined;
    // `其中新设企业8460户、个体工商户9780户,企业占新增经营主体的比重`: a share that names its whole is
    // of that whole; 8460 / 9780 is the base a drafter takes by mistake, not another reading.
    // (So is a rate of its base by definition: `结余率` of the income, not of the spending.)
    const namedWholes = stated?.by === 'namedWhole' || (stated?.by === 'stem' && stated.readings.every((r) => r.denominators.every((d) => isDefinedBase(stem, d)))) ? stated.readings.flatMap((r) => r.denominators) : undefined;
    // `维持81件、驳回22件、…纠错19件,纠错率`: the named count's siblings in its `、` list are other
    // parts of the same whole, never its base (19 / (81+22) fits 18.4% by chance, not by meaning).
    const siblings = named ? siblingsInList(counts, named) : [];
    const overSiblings = (r: RateReading) => r.numerator.length === 1 && r.numerator[0] === named && r.denominators.some((d) => siblings.includes(d));
    // `以上一牧业年度末存栏为基数计算,出栏率62.3%`: the words name the base; a count of another name is not it.
    const sentenceSpan = model.sentences[rate.sentence]!.span;
    // (`以常住人口78.0万人为基数`: the base's name is the words before its figure.)
    const baseWords = BASE_NAMED.exec(model.text.slice(sentenceSpan.start, rate.quantity.span.start));
    // (Or in a bracket right after the rate: `调解成功率为80.5%（按调解组织受理案件计算）`.)
    const baseAfter = baseWords ? null : BASE_IN_BRACKET.exec(model.text.slice(rate.quantity.span.end, rate.quantity.span.end + 40));
    const baseNamed = (baseWords?.[1] ?? baseWords?.[2] ?? baseAfter?.[1])?.replace(/[0-9０-９].*$/, '');
    const ofNamedBase = (r: RateReading) => baseNamed === undefined || r.denominators.every((d) => namesWhole(baseNamed, d.label.replace(/^以/, '')));
    if (baseNamed !== undefined && stated && !stated.readings.some(ofNamedBase)) stated = undefined;
    // `家庭医生签约服务32.6万人,按常住人口78.0万人计算,签约率`: the named base and the count the rate names.
    if (baseNamed !== undefined && !stated) {
      const bases = counts.filter((c) => isExactCount(c) && namesWhole(baseNamed, c.label.replace(/^(?:以|按|其中)/, '')));
      const stem = rateStem(rate.label);
      const numerators = counts.filter((c) => !bases.includes(c) && isExactCount(c) && namesStem(c.label, stem));
      if (bases.length === 1 && numerators.length === 1 && sameUnit(bases[0]!, numerators[0]!)) {
        stated = { by: 'stem', readings: [reading(rate, numerators, bases, false)], evidence: [{ words: baseNamed, span: bases[0]!.labelSpan }] };
      }
    }
    // `报名考生2.86万人,实际参加考试2.78万人,本科上线1.94万人`: over what actually happened, not the registered.
    const actualBase = stated?.by === 'stem' ? stated.readings.map((r) => r.denominator).find((d) => /^实际/.test(d.label)) : undefined;
    const afterActual = (r: RateReading) => actualBase === undefined || r.denominators.every((d) => d.index >= actualBase.index);
    const admissible = readings.filter((r) => ofNamedBase(r) && afterActual(r) && (r.numerator[0] !== r.denominator || stated?.by === 'all') && (!named || (r.numerator.length === 1 && r.numerator[0] === named && !overSiblings(r)) || (stated?.by !== 'ought' && r.denominators.includes(named)) || negationNamed(r) || gradedUpTo(r)) && (!wholeNamed || r.denominators.includes(wholeNamed)) && (!namedWholes || r.denominators.every((d) => namedWholes.includes(d))));
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


