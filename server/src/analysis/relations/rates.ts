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
import { Evidence, indexInSentence, isExactCount, Reading, sameUnit } from './common';
import { admissibleReadings, byMeasure, carriedOverReadings, cutReadings, fitsStated, NEGATION, PENDING_AT_END, RateReading, reading, RELATIVE, totalsOfParts } from './rateReadings';
import { namesOtherKind, namesPopulation, namesStem, namesSubKind, rateStem } from './rateNames';
import { statedBeyondClause } from './rateClauses';
import { statedReading } from './rateStatements';
import { isDefinedBase } from './stemReadings';
import { namesWhole } from './shareStatements';
import { namesMeasureOfCounted } from './writtenRates';

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

/** `国土面积2386平方公里(折合357.9万亩)`: a figure restated in another unit is a count of the sentence too. */
function isRestatedInBrackets(f: Figure): boolean {
  return f.inParentheses && /^(?:折合|约合|合|即)$/.test(f.cue) && (f.quantity.kind === 'count' || f.quantity.kind === 'amount') && f.quantity.qualifier === 'exact';
}

/**
 * The counts a rate can be computed from: those of its sentence before it and after any earlier
 * rate of the sentence (each rate takes the counts stated for it). A growth percentage between
 * does not end them: `经营主体986.4万户、增长6.3%,其中企业352.8万户、占比35.8%`.
 */
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

/**
 * `均超过`, `均达到`, `均在`…: the rate is stated for each of the things before it. (Not after a list
 * of rates, `报备率、报备及时率均为100%`, where 均 says the rates share the value: there the rate's cue
 * names another rate than its own label.)
 */
const EACH_HAS = /(?:均|都|各)(?:已)?(?:超过|达到|达|在|为|保持在|稳定在|高于|不低于|低于|提升至|提高到)?$/;
const UNCOUNTED_PART_SHARE = /^其中[^0-9０-９，,；;。]*(?:占|占比|比重|比例)$/;

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
    // `全年审结219件,结案率96.05%,年末结转9件`: where what was concluded and what is left make the base the
    // rate fits, the words' other reading (over the cases received) is not the only one.
    if (stated && readings.some((r) => r.denominators.length === 2 && PENDING_AT_END.test(r.denominators[1]!.label) && fitsStated(rate, r))) stated = undefined;
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
