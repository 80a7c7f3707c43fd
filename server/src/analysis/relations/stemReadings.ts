/**
 * The reading by a rate's stem: the count whose label names what the rate measures (`调解成功` for
 * `成功率`, `不合格` for `抽检合格率` as its complement), over a larger count of its unit before it — or,
 * where none is larger, the `、` list of what came in right before it. Read by `statedReading` when
 * the words state no other reading.
 */
import { Figure } from '../figures';
import { ReportModel } from '../reportModel';
import { CASE_OUTCOMES } from '../vocabulary';
import { evidenceAt, isExactCount, roundingError, sameUnit } from './common';
import { GRADE } from './figureRoles';
import { ACTUAL_HEAD, namesOwnStem, namesStem, OUGHT_HEAD, stemKeys } from './rateNames';
import { NEGATION, reading } from './rateReadings';
import { Stated } from './rates';

/** An outcome named right after the act a rate names: `审核通过`, `检查合格` (not 成功: `化解成功` is what 化解率 counts). */
const OUTCOME_AFTER_ACT = /^(?:通过|合格|达标|属实|不合格|未通过)/;
/**
 * Counts named by a decision on cases (`维持和驳回712件`): an outcome, never the base of another
 * outcome's rate. (Not 调解 or 和解: `调解矛盾纠纷1847件` is the activity whose success is rated.)
 */
const DECISION_HEAD = /^(?:维持|驳回|撤销|变更|确认违法|责令履行|终止|不予受理|胜诉|败诉|纠错)/;
/**
 * Whether a count is named by a decision on cases, past the words that may open it (`经`, `通过`):
 * `通过调解和解终止25件` and `调解和解后终止9件` end cases with a decision as much as `终止` does.
 */
function isDecision(label: string): boolean {
  const own = label.replace(/^(?:(?:其中|经|被|决定|依法|作出|予以|通过)[:：]?)+/, '');
  return DECISION_HEAD.test(own) || /^[\u4e00-\u9fff]{0,6}(?:调解|和解)[\u4e00-\u9fff]{0,3}终止/.test(own);
}
/** Rates of an outcome of cases or disputes (`直接纠错率`, `调解和解率`): their base is never another outcome. */
const OUTCOME_RATE = new RegExp(`(?:${[...CASE_OUTCOMES, '调解', '和解'].join('|')})`);
/** What came in to be dealt with: the base of a rate of what was done with it. */
const INTAKE = /立案|受理|收案|收到|接收|登记|发现|排查/;

/**
 * The count named as the rate is, over each larger count of its unit before it that may be its base
 * (`last` is the last count before the rate); `undefined` where the words name no single numerator.
 */
export function readingByStem(model: ReportModel, counts: readonly Figure[], rate: Figure, stem: string, last: Figure | undefined): Stated | undefined {
  const text = model.text;
  // `当年破案率`: a rate of the period's own cases is over those the period brought (立案), never over
  // all those it dealt with (破获 8640, old cases among them).
  const ofPeriodsOwn = ['当年', '当期', '本年', '年内'].some((w) => stem.startsWith(w) || rate.cue.includes(w + stem));
  // `税收收入占地方一般公共预算收入的比重`: a share names its part before 占; only a count of that name
  // is what it counts (the whole it names is no numerator).
  const shareSubject = /^([\u4e00-\u9fff]{2,12})占/.exec(rate.label.replace(/^(?:其中|全年|全市|全县|全区|全省)/, ''))?.[1];
  if (shareSubject !== undefined && !counts.some((c) => c.label.replace(/^(?:其中|全年)/, '').endsWith(shareSubject))) return undefined;
  // `满意和基本满意率`: a rate of two things joined is of their sum, which no single count names.
  if (/[和及与]/.test(stem)) return undefined;
  // The count whose label names what the rate measures, over a larger count of its unit before it.
  let numerators = counts.filter((c) => namesOwnStem(text, c, stem) && !(OUGHT_HEAD.test(c.label) && !OUGHT_HEAD.test(stem)));
  // `可全程网办事项由1108项增至1241项,…全程网办率96.5%`: a rate speaks of the later end of a change.
  numerators = numerators.map((c) => (c.change === 'from' ? counts.find((x) => x.index === c.index + 1 && x.change === 'to') ?? c : c));
  // `办结案件300件,按期办结285件,按期办结率`: the label naming the whole stem wins over a partial
  // one, and one naming what is measured (`不合格` for `抽检合格率`) over one naming the activity (`完成抽检`).
  // `发现问题137个,下发…整改通知书15份,…已整改到位129个,整改率`: of the counts that name the rate, the one
  // a larger count of its unit stands before (a possible base) is what it counts.
  // `其中已整改到位396个、正在整改32个,整改完成率`: what is still under way is not what was done.
  if (numerators.length > 1) {
    const done = numerators.filter((n) => !/^(?:其中)?(?:正在|尚未|未|仍在|还在)/.test(n.label));
    if (done.length >= 1 && done.length < numerators.length) numerators = done;
  }
  // `开展法制审核146件,审核通过128件,…,审核率100%`: a count naming an outcome of the act the rate names
  // (通过) is not what it counts, where another names the act alone.
  const outcomeOfAct = (label: string) => {
    const key = stemKeys(stem)[0] ?? stem;
    const at = label.indexOf(key);
    return at >= 0 && OUTCOME_AFTER_ACT.test(label.slice(at + key.length)) && !OUTCOME_AFTER_ACT.test(stem.slice(stem.indexOf(key) + key.length));
  };
  if (numerators.length > 1) {
    const acts = numerators.filter((n) => !outcomeOfAct(n.label));
    if (acts.length >= 1 && acts.length < numerators.length) numerators = acts;
  }
  if (numerators.length > 1) {
    // (Not a base named as the count is, a sibling: `养老保险参保人数达到21.4万人,…医疗保险参保人数达到46.2万人,参保率`.)
    // (A whole named by the words after it, `14个设区市…评为优秀的5个`, shares the part's label: no sibling.)
    const sibling = (a: Figure, b: Figure) => a.cue !== '' && b.cue !== '' && a.label !== b.label && a.label.length >= 4 && b.label.length >= 4 && a.label.slice(-4) === b.label.slice(-4);
    const based = numerators.filter((n) => counts.some((c) => c !== n && !sibling(c, n) && sameUnit(c, n) && c.index < n.index && c.quantity.value >= n.quantity.value));
    if (based.length === 1) numerators = based;
  }
  // `已建立党组织的126家,其中非公企业党组织98家、社会组织党组织28家,党组织覆盖率`: the count the others
  // break down is the one the rate counts.
  if (numerators.length > 2 && Math.abs(numerators[0]!.quantity.value - numerators.slice(1).reduce((n, c) => n + c.quantity.value, 0)) <= numerators.reduce((e, c) => e + roundingError(c), 1e-9) && numerators.slice(1).every((c) => sameUnit(c, numerators[0]!))) {
    numerators = [numerators[0]!];
  }
  if (numerators.length > 1) {
    const whole = numerators.filter((c) => c.label.includes(stem));
    const keys = stemKeys(stem);
    const byPredicate = numerators.filter((c) => keys[0] !== undefined && c.label.includes(keys[0]));
    const byHead = numerators.filter((c) => keys[1] !== undefined && c.label.includes(keys[1]) && !byPredicate.includes(c));
    // `升学612人、就业397人,升学就业率`: a rate named by two parts is of their sum — the admissible
    // readings hold it; the words name no single numerator.
    if (whole.length === 0 && byPredicate.length > 0 && byHead.length > 0 && !byHead.some((c) => NEGATION.test(c.label) !== NEGATION.test(byPredicate[0]!.label))) return undefined;
    numerators = whole.length > 0 ? whole : byPredicate;
    // `已全部完成38项,基本完成4项,任务完成率`: what was partly done is not what the rate counts.
    if (numerators.length > 1) {
      const key = keys[0] ?? stem;
      const partly = (label: string) => {
        const at = label.indexOf(key);
        return at >= 2 && /(?:基本|部分|大部|初步|正在)$/.test(label.slice(0, at));
      };
      const full = numerators.filter((c) => !partly(c.label));
      if (full.length > 0 && full.length < numerators.length) numerators = full;
    }
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
  // `整改核查312个,已整改到位298个,整改率`: of two counts that name the rate, the later and
  // smaller is the numerator, the earlier its base.
  // (Not a rate of the period's own cases: `破获8640起,其中当年立案当年破案7410起,当年破案率` is over the
  // cases filed that year, not over all those solved.)
  if (numerators.length === 2 && !ofPeriodsOwn && sameUnit(numerators[0]!, numerators[1]!) && numerators[1]!.quantity.value <= numerators[0]!.quantity.value && numerators[1]!.index === last?.index) {
    return { by: 'stem', readings: [reading(rate, [numerators[1]!], [numerators[0]!], NEGATION.test(numerators[1]!.label) && !NEGATION.test(stem))], evidence: [evidenceAt(numerators[1]!, numerators[1]!.label)] };
  }
  if (numerators.length !== 1) return undefined;
  const numerator = numerators[0]!;
  // `不合格样品97批次` names what `合格率` does not count.
  const complement = NEGATION.test(numerator.label) && !NEGATION.test(stem);
  // `维持和驳回712件,…直接纠错186件,…直接纠错率`: the cases upheld are a sibling outcome, not the base.
  const outcomeRate = OUTCOME_RATE.test(stem);
  // The numerator's siblings in a `、` list are no wholes of it: `良好61卷、合格17卷`, `行政村1986个、社区412个`.
  let firstSibling = numerator.index;
  for (let k = counts.indexOf(numerator); k > 0 && counts[k]!.separatorBefore === '、' && counts[k - 1]!.index === counts[k]!.index - 1; k--) firstSibling = counts[k - 1]!.index;
  // `合格案卷591卷,不合格案卷45卷,不合格率`: what a negation splits off (合格/不合格) is the other part,
  // and so is another grade (`优秀案卷214卷`), never the whole.
  const negationOf = (a: string, b: string) => [...b].some((ch, at) => NEGATION.test(ch) && b.slice(0, at) + b.slice(at + 1) === a);
  const own = numerator.label.replace(/^其中/, '');
  const otherPart = (c: Figure) => negationOf(c.label.replace(/^其中/, ''), own) || negationOf(own, c.label.replace(/^其中/, '')) || (GRADE.test(own) && GRADE.test(c.label));
  let denominators = counts.filter((c) => c !== numerator && sameUnit(c, numerator) && c.quantity.value >= numerator.quantity.value && c.index < firstSibling && !otherPart(c) && !(ofPeriodsOwn && namesStem(c.label, stem)) && !(outcomeRate && isDecision(c.label)));
  // `报名考生2.86万人,实际参加考试2.78万人,本科上线1.94万人,本科上线率`: after what actually happened, the
  // registered or planned count before it is no base.
  const actual = denominators.find((c) => ACTUAL_HEAD.test(c.label) && /^实际/.test(c.label));
  if (actual) denominators = denominators.filter((c) => c.index >= actual.index);
  // `立案违法用地案件58件、违法采矿案件9件,结案61件,结案率`: no count before is as large as the one the
  // rate names, but the `、` list right before it is: the base is the list's sum.
  if (denominators.length === 0) {
    const list: Figure[] = [];
    for (let k = counts.indexOf(numerator) - 1; k >= 0; k--) {
      const c = counts[k]!;
      if (c.index !== (list[0] ?? numerator).index - 1 || !sameUnit(c, numerator) || !isExactCount(c) || c.change || c.prior) break;
      list.unshift(c);
      if (c.separatorBefore !== '、') break;
    }
    const sum = list.reduce((n, c) => n + c.quantity.value, 0);
    // (Only a list of what came in, `立案…`, `受理…`: after `维持1412件、驳回213件`, a count of 纠错 is a sibling.)
    if (list.length >= 2 && list[1]!.separatorBefore === '、' && numerator.separatorBefore === ',' && sum >= numerator.quantity.value && INTAKE.test(list[0]!.label)) {
      return { by: 'stem', readings: [reading(rate, [numerator], list, complement)], evidence: [evidenceAt(numerator, numerator.label)] };
    }
    return undefined;
  }
  // `收入86.4亿元,支出72.6亿元,当期结余13.8亿元,结余率`: a fund's balance rate is of its income, by
  // definition; the spending is no base of it.
  if (denominators.some((d) => isDefinedBase(stem, d))) denominators = denominators.filter((d) => isDefinedBase(stem, d));
  // `完成营造林3.62万亩,其中…森林抚育2.36万亩,全县森林覆盖率`: a count named only by the stem's head
  // (森林, not 覆盖) is no part of a rate of the whole place over a base that counts no place.
  const [predicate] = stemKeys(stem);
  const byHeadOnly = predicate !== undefined && !numerator.label.includes(stem) && !numerator.label.includes(predicate);
  if (byHeadOnly) denominators = denominators.filter((d) => !ofAnotherScope(rate, d));
  if (denominators.length === 0) return undefined;
  return { by: 'stem', readings: denominators.map((d) => reading(rate, [numerator], [d], complement)), evidence: [evidenceAt(numerator, numerator.label)] };
}

/** Whether a count is the base a rate has by definition: a fund's income for its 结余率. */
export function isDefinedBase(stem: string, base: Figure): boolean {
  return /结余$/.test(stem) && /收入/.test(base.label);
}

/**
 * Whether a rate opens with a place it is of (`全县森林覆盖率`) that a base's words do not name: the
 * base (`完成营造林3.62万亩`, the year's work) is then no count of that place.
 */
function ofAnotherScope(rate: Figure, base: Figure): boolean {
  const place = /^(?:全县|全市|全区|全省|全州|全旗|全盟|全镇|全乡)/.exec(rate.cue.replace(/^[^\u4e00-\u9fff]+/, ''))?.[0];
  return place !== undefined && !(base.cue + base.label).includes(place);
}

