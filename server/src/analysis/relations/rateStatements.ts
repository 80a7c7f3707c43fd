/**
 * The readings a rate's own words state (`relations/rates.ts` holds the admissible ones):
 * - `stem`: the count whose label names what the rate measures (`调解成功` for `成功率`, `实际出庭`
 *   for `出庭应诉率`, by the head of the rate's name), over a larger count of its unit before it;
 *   the corrections of concluded cases (`撤销…、变更…、确认违法…`, `直接纠错率`); the count right after
 *   the rate (`就业率60.4%,1124人实现就业`);
 * - `ought`: `应出庭64件,实际出庭64件,出庭率` — what did happen over what should have, and what was
 *   done over the plan or task;
 * - `whole`: `182个行政村中,已建成劝导站176个,覆盖率` — a whole marked by `中`;
 * - `all`: `共25件,均经过审核…报备率` — every one of them, so the rate is 100%;
 * - the shares (`share`, `namedWhole`) are read in `shareStatements.ts`, and the readings written
 *   out around the rate (`fraction`, `ofWhole`, a whole and part after it) in `writtenRates.ts`.
 */
import { Figure } from '../figures';
import { ReportModel } from '../reportModel';
import { ALL_OF_THEM } from '../vocabulary';
import { evidenceAt, isExactCount, sameUnit, sharesWord } from './common';
import { ACTUAL_HEAD, namesOwnStem, namesStem, OUGHT_HEAD, rateStem, stemKeys } from './rateNames';
import { NEGATION, reading } from './rateReadings';
import { Stated } from './rates';
import { BARE_SHARE, shareReading } from './shareStatements';
import { readingByStem } from './stemReadings';
import { writtenReading } from './writtenRates';

/** Words of scope a plan's label may open with: `市本级计划检查企业`. */
const SCOPE_OPENING = /^(?:[省市县区]本级|全省|全市|全县|全区|本级)/;
/** `年度计划投资86.5亿元,实际完成投资91.2亿元,完成率`: for a rate of completion, the plan is what should have been. */
const PLANNED_HEAD = /^(?:年度|全年|今年|本年)?(?:计划|目标|任务)/;
/** Done only partly, or not: `基本完成`, `部分完成`, `未完成`, `尚未完成`. */
const PARTLY_DONE = /(?:基本|部分|未|没有)完成/;
/** The words after a count that make it a task: `35万亩任务`, `8000人的目标`. */
const PLAN_FOLLOWS = /^的?(?:任务|目标|计划)/;
/** `…5份,已全部书面回复`: an adverb of time or of joining may stand before it. */
export const ALL_OPENS_CLAUSE = new RegExp(`^[^，,。；;]{0,20}[，,]\\s*(?:已|并|且|现已|目前已)?(${ALL_OF_THEM.join('|')})`);
/** A rate averaged over the things counted (`平均运行负荷率`, `平均负荷率`): a measure of each, not a share of them. */
const AVERAGED = /平均|人均|户均|均值/;

/** The corrections of concluded cases, each named: `撤销17件`, `确认违法12件`. */
const CORRECTION_PARTS = /^(?:撤销|变更|确认违法|责令履行)/;
const CONCLUDED_BASE = /审结|办结|结案/;


/** What a label counts itself, past the whole it names with 中: `维持` of `审结案件中维持`. */
function ownWords(label: string): string {
  return label.replace(WHOLE_WITH_ZHONG, '');
}
const WHOLE_WITH_ZHONG = /^.*(?:案件|事项|申请|问题|的)中/;

/**
 * The count of the sentence before that a label opening with `X中` names (`审结案件中维持51件` and
 * `审结66件`), when the two sentences follow each other at once and one count there has X's words.
 */
function wholeNamedBefore(model: ReportModel, first: Figure): Figure | undefined {
  const m = WHOLE_WITH_ZHONG.exec(first.label);
  if (!m || first.sentence === 0) return undefined;
  const noun = m[0].replace(/(?:案件|事项|申请|问题|的)?中$/, '').replace(/^(?:其中|对|在)/, '');
  if (!CONCLUDED_BASE.test(noun)) return undefined;
  const prev = model.sentences[first.sentence - 1]!;
  if (!/^[ \t\u3000]*$/.test(model.text.slice(prev.span.end, model.sentences[first.sentence]!.span.start).replace(/^[。；;]/, ''))) return undefined;
  const named = prev.figures.filter((c) => isExactCount(c) && sameUnit(c, first) && CONCLUDED_BASE.test(c.label) && noun.includes(c.label.match(CONCLUDED_BASE)![0]));
  return named.length === 1 ? named[0] : undefined;
}

/**
 * The count at `i` and the one before it, when one says what should be done (`应考`, `应参保`) and the
 * other what was (`实考`, `实际参考`, or the bare verb: `参保2.86万人,应参保2.90万人`).
 */
function pairedOught(counts: readonly Figure[], i: number): { actual: Figure; ought: Figure } | undefined {
  const b = counts[i]!;
  const a = counts[i - 1];
  if (!a || !sameUnit(a, b)) return undefined;
  const verbOf = (f: Figure) => f.label.replace(/^(?:其中|全年|全市|全县|全区|全省)/, '');
  const oughtVerb = (f: Figure) => /^应(?:当)?([\u4e00-\u9fff]{1,4})/.exec(verbOf(f))?.[1];
  const doneVerb = (f: Figure) => verbOf(f).replace(/^(?:实际|实)/, '');
  for (const [ought, actual] of [[a, b], [b, a]] as const) {
    const v = oughtVerb(ought);
    if (!v || oughtVerb(actual)) continue;
    const done = doneVerb(actual);
    // The bare verb needs two characters in common (`参保`); with 实 one is enough (`实考` for `应考`).
    const agrees = done !== verbOf(actual) ? done.startsWith(v[0]!) : v.length >= 2 && done.startsWith(v.slice(0, 2));
    if (agrees) return { actual, ought };
  }
  return undefined;
}


/** Words that set the rest apart as needing none of what a rate measures. */
const NEEDS_NONE = /无需|无须|不需|不必|免于|不涉及|不属于/;

/**
 * `议题186个,经合法性审查的议题共计174个,其余12个为通报类议题,依法无需进行合法性审查,需审查议题合法性审查率100%`:
 * the rest set apart as needing none of it are not of the rate's base; what is left of the whole is.
 * When the counted part is all of what is left, the rate is of all of them; otherwise the base is
 * a difference no figure states, and the rate is not read.
 */
function exemptedRest(model: ReportModel, counts: readonly Figure[], rate: Figure): Stated | 'unread' | undefined {
  const at = counts.findIndex((c) => /^(?:其余|其他|另有|余下|剩余)/.test(c.label) && NEEDS_NONE.test(model.text.slice(c.quantity.span.end, rate.quantity.span.start)));
  if (at < 2) return undefined;
  const rest = counts[at]!;
  const part = counts[at - 1]!;
  const whole = counts.slice(0, at - 1).reverse().find((c) => sameUnit(c, part) && c.quantity.value > part.quantity.value);
  if (!whole || !sameUnit(rest, part)) return undefined;
  if (Math.abs(part.quantity.value + rest.quantity.value - whole.quantity.value) > 1e-9) return 'unread';
  return { by: 'all', readings: [reading(rate, [part], [part], false)], evidence: [evidenceAt(rest, rest.label)] };
}

/** The reading the rate's own words state, if they state one. */
export function statedReading(model: ReportModel, counts: readonly Figure[], rate: Figure): Stated | undefined {
  const text = model.text;
  const written = writtenReading(model, rate);
  if (written) return written;
  const stem = rateStem(rate.label);
  // `培训1862人次,培训后就业率60.4%,1124人实现就业`: the clause right after the rate gives what it counts;
  // the counts before are its base, in that count's unit, or the rate is not read.
  const next = model.figures[rate.index + 1];
  if (next !== undefined && next.sentence === rate.sentence && isExactCount(next) && next.cue === '' && /^\s*[，,]\s*$/.test(text.slice(rate.quantity.span.end, next.quantity.span.start)) && namesStem(next.following, stem)) {
    const bases = counts.filter((c) => isExactCount(c) && sameUnit(c, next) && c.quantity.value >= next.quantity.value);
    if (bases.length === 0) return undefined;
    return { by: 'stem', readings: bases.map((b) => reading(rate, [next], [b], false)), evidence: [evidenceAt(next, next.following)] };
  }
  const last = counts[counts.length - 1];
  const gapToRate = last ? text.slice(last.quantity.span.end, rate.labelSpan.start > last.quantity.span.end ? rate.labelSpan.start : rate.quantity.span.start) : '';
  // `其中7个达到推荐标准,占43.6%`: the part's own words after it do not part it from its share.
  // (`…126万千瓦,当年新增装机占…`: the year a rate's words open with is left out of its label.)
  const rightAfter = last !== undefined && rate.index === last.index + 1 && (/^[\s、，,]*(?:当年|全年|今年|本年|年内)?$/.test(gapToRate) || (BARE_SHARE.test(rate.label) && last.following.length >= 2 && /^[，,]$/.test(gapToRate.slice(gapToRate.indexOf(last.following) + last.following.length).trim()) && gapToRate.trimStart().startsWith(last.following)));
  // `其中税收收入220.63亿元,增长2.4%,税收收入占一般公共预算收入的比重为79.0%`: the part's own growth may
  // stand between it and a share that names the part before 占.
  const ownGrowth = last ? model.figures[last.index + 1] : undefined;
  const pastOwnGrowth = last !== undefined && ownGrowth !== undefined && ownGrowth.growth !== undefined && ownGrowth.sentence === rate.sentence && rate.index === last.index + 2 && /^[\u4e00-\u9fff]{2,12}占/.test(rate.label) && /^[\s，,]*(?:同比|比上年|较上年)?(?:增长|下降|增加|减少)$/.test(text.slice(last.quantity.span.end, ownGrowth.quantity.span.start)) && /^[\s，,]*$/.test(text.slice(ownGrowth.quantity.span.end, rate.labelSpan.start));
  const adjacent = rightAfter || pastOwnGrowth;

  // `年度计划投资242.5亿元,实际完成投资263.4亿元,完成年度计划的108.6%`: what was done over the plan.
  if (/完成(?:年度|全年|年初)?(?:计划|目标|任务)+的$/.test(rate.label)) {
    const plans = counts.filter((c) => PLANNED_HEAD.test(c.label.replace(SCOPE_OPENING, '')) && !/完成/.test(c.label));
    const plan = plans[plans.length - 1];
    const done = plan ? counts.filter((c) => c.index > plan.index && sameUnit(c, plan) && /完成/.test(c.label)) : [];
    if (plan && done.length === 1) return { by: 'ought', readings: [reading(rate, done, [plan], false)], evidence: [evidenceAt(plan, plan.label), evidenceAt(done[0]!, '完成')] };
    // The name is the plan's, not what the rate counts: no count is named by it.
    return undefined;
  }

  // `完成…任务38.5万亩,…超额完成盟下达的35万亩任务,完成率110.0%`: a count followed by its task
  // (目标, 计划) is what a rate of completion is of; what was done is the count of completion beside it.
  if (/完成$/.test(stem) || /^完成/.test(stem)) {
    const isPlan = (c: Figure) => PLAN_FOLLOWS.test(c.following);
    const plans = counts.filter(isPlan);
    const plan = plans[plans.length - 1];
    // `已完成59项,基本完成3项`: what is only partly done (基本, 部分, 未) is not what was done.
    const done = plan ? counts.filter((c) => c !== plan && !isPlan(c) && sameUnit(c, plan) && /完成/.test(c.label) && !PARTLY_DONE.test(c.label)) : [];
    if (plan && plans.length === 1 && done.length >= 1) {
      const actual = done[done.length - 1]!;
      return { by: 'ought', readings: [reading(rate, [actual], [plan], false)], evidence: [evidenceAt(plan, plan.following), evidenceAt(actual, '完成')] };
    }
  }

  const exempted = exemptedRest(model, counts, rate);
  if (exempted === 'unread') return undefined;
  if (exempted) return exempted;

  // `应出庭64件,实际出庭64件,出庭率`: what did happen over what should have.
  for (let i = counts.length - 1; i >= 1; i--) {
    const actual = counts[i]!;
    // `应考1926人,实考1911人,参考率`: 实 and 应 before the same verb pair the two, whatever the rate right
    // after is called (not a rate after that: `…,参考率99.0%,合格率100%` is of those who sat).
    const paired = pairedOught(counts, i);
    if (paired && rate.index === actual.index + 1) {
      return { by: 'ought', readings: [reading(rate, [paired.actual], [paired.ought], false)], evidence: [evidenceAt(paired.ought, '应'), evidenceAt(paired.actual, paired.actual.label.slice(0, 2))] };
    }
    if (!ACTUAL_HEAD.test(actual.label)) continue;
    // `计划检查企业360家,实际检查372家,计划完成率`: any rate of completion is of the plan.
    const completion = /完成$/.test(stem);
    const planned = (c: Figure) => completion && PLANNED_HEAD.test(c.label.replace(SCOPE_OPENING, ''));
    const ought = counts.slice(0, i).reverse().find((c) => (OUGHT_HEAD.test(c.label) || planned(c)) && sameUnit(c, actual));
    if (ought && (stem.length < 2 || namesStem(actual.label, stem) || namesStem(ought.label, stem) || planned(ought))) {
      return { by: 'ought', readings: [reading(rate, [actual], [ought], false)], evidence: [evidenceAt(ought, '应'), evidenceAt(actual, '实际')] };
    }
  }

  // `问题326个,除9个问题正在协调推进外均已解决,解决率97.2%`: all but the ones excepted with 除…外 did it, so
  // the rate is what is left of the whole before them (1 − 9/326), never all of the nine.
  if (last && rate.index === last.index + 1 && /除$/.test(text.slice(Math.max(0, last.quantity.span.start - 2), last.quantity.span.start).trim())) {
    if (!/^[^，,。；;]{0,24}外[，,]?\s*(?:已|也|都)?(?:均|全部|全|都)/.test(text.slice(last.quantity.span.end, rate.quantity.span.start))) return undefined;
    const whole = counts.slice(0, -1).reverse().find((c) => sameUnit(c, last) && isExactCount(c) && c.quantity.value > last.quantity.value);
    if (!whole || !isExactCount(last)) return undefined;
    return { by: 'whole', readings: [reading(rate, [last], [whole], true)], evidence: [{ words: '除', span: { start: last.quantity.span.start - 1, end: last.quantity.span.start } }] };
  }

  // `共25件,均经过审核并报送备案,报备率`: every one of them, so the rate is of all of them. (Not an
  // average over them: `6座污水处理厂平均运行负荷率42.6%` is no share of the six.)
  if (last && stem.length >= 2 && !AVERAGED.test(rate.label)) {
    const clause = text.slice(last.quantity.span.end, rate.labelSpan.start > last.quantity.span.end ? rate.labelSpan.start : rate.quantity.span.start);
    // `共25件,均经过审核`: `均` opens the clause right after the count, with no figure between.
    const all = rate.index === last.index + 1 ? ALL_OPENS_CLAUSE.exec(clause) : null;
    const keyChars = stemKeys(stem)[0] ?? '';
    const at = all ? all.index + all[0].length - all[1]!.length : -1;
    if (all && keyChars.length === 2 && [...keyChars].every((c) => clause.slice(at).includes(c)) && !NEGATION.test(clause.slice(at + all[1]!.length, at + all[1]!.length + 2))) {
      return { by: 'all', readings: [reading(rate, [last], [last], false)], evidence: [{ words: all[1]!, span: { start: last.quantity.span.end + at, end: last.quantity.span.end + at + all[1]!.length } }] };
    }
    // `9个水源地水质全部达标,达标率`, `312名退役士兵全部按期完成选岗,安置任务完成率`: `全部` in the count's own words.
    // `需出庭的81件案件中,行政机关负责人全部出庭应诉`: a whole named with 中 has its predicate in the next clause.
    const ownClauses = clause.slice(last.following.length).split(/[，,]/);
    // So does a count that ends its clause, when the next one's subject is not a kind of what it counts:
    // `开庭审理案件187件,行政机关负责人全部出庭应诉` (not `排查隐患187项,重大隐患全部整改`).
    const nextSubject = (ownClauses[1] ?? '').split(/全部|均|全/)[0] ?? '';
    const nextIsOwn = ownClauses[0]!.trim() === '' && (last.following.endsWith('中') || !sharesWord(nextSubject, last.label));
    const ownWordsAfter = nextIsOwn ? ownClauses[1] ?? '' : ownClauses[0] ?? '';
    const own = last.following + (rate.index === last.index + 1 ? ownWordsAfter : '');
    // (`对全部3862家定点医药机构开展现场检查`: 全部 may stand right before the count.)
    const allBefore = /全部$/.test(last.label) ? /全部$/.exec(last.label) : null;
    const ownAll = allBefore ? Object.assign(['全部'], { index: 0 }) as RegExpExecArray : new RegExp(`(?:${ALL_OF_THEM.join('|')})`).exec(own);
    // The words after 全部 name what the rate counts by one of its stem's keys: `全部出庭` for 出庭应诉率.
    const key = ownAll ? stemKeys(stem).find((k) => k.length === 2 && own.slice(ownAll.index).includes(k)) ?? '' : '';
    // (Not a facility they all offer or have built: `86家助产机构全部开通…线上申领服务,线上申领率` is of the
    // applications, `21个建制镇全部建成污水处理设施,污水处理率` of the sewage.)
    const offered = new RegExp(`${key}[\\u4e00-\\u9fff]{0,2}(?:服务|功能|系统|平台|渠道|窗口|端口|模块|设施|设备|站点|厂)`).test(own.slice(ownAll?.index ?? 0));
    // (After a `、` list, `900个行政村、300个社区全部配备…`, all of them is all of the list, not of its last.)
    if (ownAll && rate.index === last.index + 1 && key.length === 2 && !offered && last.separatorBefore !== '、' && !NEGATION.test(own.slice(ownAll.index + ownAll[0].length, ownAll.index + ownAll[0].length + 2))) {
      const span = allBefore ? { start: last.labelSpan.end - 2, end: last.labelSpan.end } : { start: last.quantity.span.end + ownAll.index, end: last.quantity.span.end + ownAll.index + ownAll[0].length };
      return { by: 'all', readings: [reading(rate, [last], [last], false)], evidence: [{ words: ownAll[0], span }] };
    }
    // (Not `发现并整改安全隐患8962项,整改率99.1%`: drafters write the count found with the verbs of the
    // whole task, and the rate then says how much of it was done.)
    // `全区50件行政诉讼案件行政机关负责人出庭应诉,出庭应诉率`: the count's own words say all of them did it.
    const full = stem.replace(/[^\u4e00-\u9fff]/g, '').slice(-4);
    const rest = clause.startsWith(last.following) ? clause.slice(last.following.length) : clause;
    // A share (`3个县的执业律师数仅占全市的23.4%`) is never all of the count before it.
    // (Not a rate of another kind: `完成剩余6个乡镇…规划编制,村庄规划编制率` is of the villages.)
    const rateKind = rate.label.replace(/率$/, '').replace(/[^\u4e00-\u9fff]/g, '').slice(0, -4);
    const sameKind = rateKind.length < 2 || last.following.includes(rateKind) || last.label.includes(rateKind);
    if (rate.index === last.index + 1 && sameKind && /^[\s、，,]*$/.test(rest) && full.length === 4 && last.following.endsWith(full) && rate.labelSpan.start >= last.quantity.span.end + last.following.length && !/占/.test(rate.label)) {
      return { by: 'all', readings: [reading(rate, [last], [last], false)], evidence: [{ words: full, span: { start: last.quantity.span.end, end: last.quantity.span.end + last.following.length } }] };
    }
  }

  // `全县182个行政村中,已建成劝导站176个,覆盖率98.4%`: a whole named with 中, then the part, right before the rate.
  const [whole, part] = counts.slice(-2);
  if (whole && part && part === last && sameUnit(whole, part) && part.quantity.value <= whole.quantity.value) {
    const afterWhole = text.slice(whole.quantity.span.end, part.quantity.span.start);
    // The whole's noun may join two kinds with 、 (`22个国考、省考断面中,…`), never with a figure between.
    // `重点人群8.64万人中签约7.14万人`: 中 right after the whole's unit, then what the part did.
    // `覆盖全市386个居民社区中的214个`: 中的 as well; `8个国考断面中7个达到…`: 中 right before the part.
    // (Not a rate with a subject of its own that neither names: `22个乡镇卫生院中有6个达到国家推荐标准,
    // 县域内住院率` measures something else.)
    const ownSubject = stem.replace(/^(?:全市|全县|全区|全省)/, '');
    const unrelated = ownSubject.length >= 4 && !sharesWord(ownSubject, whole.label + whole.following + afterWhole + part.label + part.following);
    if (!unrelated && (/^[^，,。；;、]{0,16}(?<!过程|期间|活动|进程|实践|行动|工作)中(?:[，,]|有|已有|共有|仍有|尚有|还有|已|均|的)/.test(afterWhole) || /^[\u4e00-\u9fff]{1,8}、[\u4e00-\u9fff]{1,12}中[，,]/.test(afterWhole) || /^中[\u4e00-\u9fff]{1,8}$/.test(afterWhole) || /^[^，,。；;、]{1,16}(?<!过程|期间|活动|进程|实践|行动|工作)中$/.test(afterWhole))) {
      return { by: 'whole', readings: [reading(rate, [part], [whole], false)], evidence: [evidenceAt(whole, '中')] };
    }
  }

  const share = shareReading(model, rate, last, adjacent);
  if (share === 'unread') return undefined;
  if (share) return share;

  // `政务服务事项1386项,其中实现“一网通办”的1352项,网上可办率97.55%`: a rate right after a part
  // singled out by 其中 is the part's share of its total.
  if (last && adjacent && counts.length >= 2) {
    const total = counts[counts.length - 2]!;
    // The rate must name the part (`森林面积286万亩,其中公益林168万亩,森林覆盖率` is of the land, not of the forest).
    // (A bare 覆盖率, `共186家,其中已设立公职律师的有178家,覆盖率`, is the part's share too.)
    if (sameUnit(total, last) && total.quantity.value >= last.quantity.value && (namesOwnStem(text, last, stem) || rate.label === '覆盖率') && /^[^。；;]{0,16}[，,]\s*其中/.test(text.slice(total.quantity.span.end, last.quantity.span.start))) {
      return { by: 'share', readings: [reading(rate, [last], [total], false)], evidence: [{ words: '其中', span: last.labelSpan }] };
    }
  }

  // `审结336件,维持198件、…、撤销17件、变更3件、确认违法12件、责令履行9件…,直接纠错率12.20%`: the
  // corrections are the cases revoked, varied, found unlawful or ordered to act.
  if (/纠错$/.test(stem) && !/综合/.test(rate.label)) {
    const corrections = counts.filter((c) => CORRECTION_PARTS.test(ownWords(c.label).replace(/^其中/, '')));
    const concluded = counts.filter((c) => CONCLUDED_BASE.test(ownWords(c.label)) && corrections.every((x) => x.index > c.index && sameUnit(x, c)));
    // `审结66件。审结案件中维持51件、撤销3件、确认违法2件…,被纠错率`: the whole named with 中 is the
    // count of the sentence before.
    const base = concluded[concluded.length - 1] ?? (corrections.length > 0 ? wholeNamedBefore(model, counts[0]!) : undefined);
    // (`变更或撤销29件、确认违法18件`: a count that joins two of the verbs is one of the corrections,
    // not a count of them all.)
    if (corrections.length >= 2 && base && !counts.some((c) => namesStem(c.label, stem) && !corrections.includes(c))) {
      return { by: 'stem', readings: [reading(rate, corrections, [base], false)], evidence: corrections.map((c) => evidenceAt(c, c.label)) };
    }
  }

  return readingByStem(model, counts, rate, stem, last);
}
