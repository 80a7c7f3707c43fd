/**
 * A whole and a part tied by the words around them rather than by `其中`: the year's figure and the
 * stock it brings (`新增公园86座,累计达到940座`), a whole named with `中` (`104种工业产品中,…有44种`),
 * a place's whole before a count (`全市1846个行政村`).
 */
import { Figure } from '../figures';
import { ReportModel } from '../reportModel';
import type { Breakdown } from './breakdowns';
import { between, isCountLike, isExactCount, nounOf, sameUnit } from './common';
import { canBePart, canBeTotal, levelsReached, partsFrom } from './figureRoles';

/** `累计达到940座`, `总量达1083家`, `总里程达7412公里`: the stock the figure before it is part of. */
const STOCK_CLAUSE = /[、，,]\s*([\u4e00-\u9fff“”A-Za-z0-9]{0,14}?)(?:(累计(?![与和及在对])[\u4e00-\u9fff]{0,2}?|总量|总数|总计|总规模|总里程|总装机(?:容量)?|保有量|总)(?:达到|达|为|突破|增至)?|达到|达|增至)$/;
/**
 * `新建标准厂房86万平方米,累计建成标准厂房428万平方米`: the stock with its verb and the figure's own
 * noun after 累计 (`5G基站` holds letters and digits). The verb (2) must be the figure's own action done
 * (建成 for 新建), the noun (3) its noun.
 */
const STOCK_WITH_NOUN = /[、，,]\s*(?:全(?:市|县|区|省|州|旗|盟))?累计(?![与和及在对])((?:建成|建设|完成|实施|新增|培育|认定|改造|创建|引进|发放|打造)?)([\u4e00-\u9fffA-Za-z0-9]{2,10}?)(?:达到|达|为|突破|增至)?$/;
/** A noun opened by the scope of the whole place: `全市城市书房`. */
const SCOPED_NOUN = /^(?:全(?:省|市|县|区|镇|乡|州|旗|盟)|(?:年末)?(?:实有|现有|有效期内|有效))/;
/** Words that widen a kind to all of it: `境内外上市企业` holds the `上市企业` newly listed. */
const WIDENED = /^(?:境内外|各类|各级)/;
/** Every form of STOCK_CLAUSE has one of these characters: tested first, as it is cheaper. */
const MAY_NAME_STOCK = /[累总保达增]/;
/** `新增甲2家、乙17家,累计分别达到5家、63家`: the increments and their stocks, in order. */
const STOCKS_IN_ORDER = /[，,]\s*(?:累计|总量|总数)?分别(?:达到|达|为|增至)$/;
/** `规上工业企业达到238家,净增21家`: the stock first, then the year's increment. */
const INCREMENT_AFTER_STOCK = /^[\u4e00-\u9fff]{0,8}[、，,]\s*(?:新增|净增|增加|新培育|新认定)$/;
/** `规上工业企业达到148家,全年新增规上工业企业179家`: the increment of the year, with the stock's noun (group 1). */
const INCREMENT_OF_NOUN_AFTER_STOCK = /^[、，,]\s*(?:全年|年内|当年|本年)?(?:新增|净增|新培育|新认定)([\u4e00-\u9fff]{2,12})$/;
/** `59项测评点中有22项`, `182个行政村中,已建成劝导站176个`: a whole named with 中, then a part. */
/** `中` ending the whole's noun, not starting a word (`中心`, `中学`, `中国`…). */
/** A place's whole before a count: `全市1846个行政村`. */
const SCOPE_BEFORE = /(?:^|[，,：:])\s*全(?:市|县|区|镇|乡|省|旗|州)(?:共有|现有|有|共)?$/;
const WHOLE_WITH_ZHONG = /^[^，,。；;、]{0,20}(?<!过程|期间|活动|进程|实践|行动|工作)中(?:[，,]\s*(?:其中)?|有|已有|共有|仍有|尚有|还有|已|均|仅|取得|获得|具有|持有|达到|超过|维持|驳回|撤销|确认违法|责令履行|终止|调解|纠错|胜诉|败诉)[^，,。；;]{0,16}$/;

/**
 * Parts tied to their whole by other words than `其中`: the year's figure and the stock it brings
 * (`新增公园86座,累计达到940座`), a whole named with `中` (`104种工业产品中,…有44种`), and a later
 * figure with the same noun as a total (`共设置26项指标,…等6项指标不及预期`).
 */
export function readWholeAndPart(model: ReportModel, figures: readonly Figure[], i: number, out: Breakdown[]): void {
  const text = model.text;
  const a = figures[i]!;
  let b = figures[i + 1]!;
  // A whole named with 中 may be followed by shares before its part: `104种工业产品中,…占比超过10%的有44种`.
  for (let k = i + 2; b.quantity.kind === 'percent' && k < figures.length && k <= i + 3; k++) b = figures[k]!;
  // …and by a bound the part is named by: `68个嘎查村中,集体经济收入超过10万元的达到71个`.
  const bound = (f: Figure) => f.quantity.qualifier !== 'exact' && f.quantity.qualifier !== 'about' && f.quantity.qualifier !== 'nearly' && f.following.startsWith('的');
  if (b === figures[i + 1] && bound(b) && figures[i + 2] !== undefined && sameUnit(a, figures[i + 2]!) && /^的/.test(figures[i + 2]!.label)) b = figures[i + 2]!;
  if (!sameUnit(a, b) || !isCountLike(a) || !isCountLike(b) || a.inParentheses || b.inParentheses) return;
  const gap = between(text, a, b);
  // `电力总装机规模3.1亿千瓦,新能源装机1.7亿千瓦`: a total by its name, and a kind of the same thing.
  const head = () => b.label.replace(/的$/, '').replace(/[^\u4e00-\u9fff]/g, '').slice(-2);
  // `总体` is the master one of a kind (`总体应急预案1个、专项应急预案16个`), not a total.
  // `肉类总产量5.28万吨、牛奶产量14.6万吨`: what qualifies the total (肉类) must qualify the part listed after it.
  // (Worked out only for a label with 总: most pairs have none, and this runs for every pair.)
  const siblingsByQualifier = () => {
    const qualifier = a.label.replace(/^(?:全年|全市|全县|全区|全省)/, '').split('总')[0] ?? '';
    // A class named with 类 (`肉类总产量`) has kinds of it for parts (`猪肉`), not another product (`牛奶`).
    const ofClass = qualifier.length >= 2 && qualifier.endsWith('类') && !b.label.includes(qualifier.slice(0, -1));
    // `高新技术企业总数达到68家,科技型中小企业达到142家`: a 总数 counts the noun before it, whole; a part
    // must be of that noun (not another kind of 企业).
    const countOfNoun = /总数/.test(a.label) && qualifier.length >= 2 && !b.label.includes(qualifier);
    if (countOfNoun) return true;
    // `计划总投资28.6亿元,实际完成投资29.4亿元`: what was planned and what was done of it are no whole and part.
    if (/计划|预计|拟|目标|任务/.test(qualifier) || /^(?:实际|实|已)/.test(b.label)) return true;
    return ofClass || (b.separatorBefore === '、' && qualifier.length >= 2 && !b.label.includes(qualifier));
  };
  if (b === figures[i + 1] && a.label.includes('总') && !siblingsByQualifier() && !a.change && !b.change && /总(?!体|部|规|书记|工会|队)/.test(a.label) && !b.label.includes('总') && head().length === 2 && a.label.includes(head()) && canBeTotal(a) && canBePart(b) && /^[、，,\s]*$/.test(gap.replace(b.label, '').replace(/达到?$|为$/, ''))) {
    out.push({ kind: 'breakdown', form: 'subset', total: a, totals: [a], parts: [b], exhaustive: false, disjoint: false, reading: 'explicit', evidence: [{ words: a.label, span: a.labelSpan }] });
    return;
  }
  let clauses = 1;
  for (let k = 0; k < gap.length; k++) if (gap[k] === '，' || gap[k] === ',') clauses++;
  // The part first, then the stock: `新增9601处信号灯联网、累计达8000处`.
  if (STOCKS_IN_ORDER.test(gap)) {
    // Pair the k figures before with the k after, in order.
    // Listed with `、`, or two joined by `和`: `分别新增78项和44项,累计分别达到164项和288项`.
    const joined = (x: Figure, y: Figure) => y.separatorBefore === '、' || /^\s*(?:和|及|与)\s*$/.test(between(text, x, y));
    const firsts: Figure[] = [a];
    for (let k = i - 1; k >= 0 && joined(figures[k]!, firsts[0]!) && sameUnit(figures[k]!, a); k--) firsts.unshift(figures[k]!);
    const k0 = b.index - figures[0]!.index;
    const seconds: Figure[] = [b];
    for (let k = k0 + 1; k < figures.length && joined(seconds[seconds.length - 1]!, figures[k]!) && sameUnit(figures[k]!, b); k++) seconds.push(figures[k]!);
    if (firsts.length === seconds.length && firsts.length > 1) {
      for (let k = 0; k < firsts.length; k++) {
        if (canBePart(firsts[k]!) && canBeTotal(seconds[k]!)) out.push({ kind: 'breakdown', form: 'subset', total: seconds[k]!, totals: [seconds[k]!], parts: [firsts[k]!], exhaustive: false, disjoint: false, reading: 'explicit', evidence: [{ words: '分别', span: { start: a.quantity.span.end, end: b.quantity.span.start } }] });
      }
    }
    return;
  }
  if (/分别/.test(gap)) return;
  const withNoun = gap.includes('累计') ? STOCK_WITH_NOUN.exec(gap) : null;
  if (withNoun && clauses === 2 && canBePart(a) && canBeTotal(b) && a.change !== 'decrease' && b.quantity.qualifier !== 'atLeast' && (a.increment || a.change === 'increase') && !/累计|总量|总数|保有量/.test(a.label)) {
    const [, verb, noun] = withNoun as unknown as [string, string, string];
    const own = a.label.replace(/^(?:其中|全年|今年|年内|当年|本年)/, '');
    // The same thing (`厂房` of `标准厂房`) and the same action (建 of 新建 and 建成).
    const sameNoun = own.endsWith(noun) || own.endsWith(noun.slice(-2)) && noun.length <= own.length;
    // (`新增` adds by any act: `新增…示范村21个,…累计建成…示范村`.)
    const sameAction = verb === '' || own.includes(verb) || own.includes(verb[0]!) || /^新增/.test(own);
    if (sameNoun && sameAction) {
      out.push({ kind: 'breakdown', form: 'subset', total: b, totals: [b], parts: [a], exhaustive: false, disjoint: false, reading: 'explicit', evidence: [{ words: gap.slice(gap.indexOf('累计')).trim(), span: { start: b.quantity.span.start - b.cue.length, end: b.quantity.span.start } }] });
      return;
    }
  }
  // `基金支出17.16亿元,累计结余9.83亿元`: a fund's balance is built by what is left each period, not by
  // any flow before it; only a period's balance is part of it.
  if (/累计(?:结余|结存|节余)/.test(gap) && !/结余|结存|节余/.test(a.label)) return;
  const stock = MAY_NAME_STOCK.test(gap) ? STOCK_CLAUSE.exec(gap) : null;
  // Without a word of the stock (`累计`, `总量`), only the year's increment reaches a level: `增加31个、达到25个`.
  // A noun before the stock word must be the figure's own (`新登记经营主体…,经营主体总数达到…`).
  const stockNoun = stock?.[1] ?? '';
  // A stock itself (`职工医保基金累计结存114.1亿元、居民医保基金累计结存28.6亿元`) is another stock's sibling.
  // `新建城市书房23个,全市城市书房达到18个`: a scope and the figure's own noun before a bare 达到 name its stock too.
  // (The figure's noun may be the stock's or a narrower kind of it, `国家4A级旅游景区` of `A级旅游景区` — never a wider one.)
  const scope = SCOPED_NOUN.exec(stockNoun)?.[0] ?? '';
  const stockKind = stockNoun.slice(scope.length);
  const ownKind = a.label.replace(/^(?:全年|今年|年内|当年|本年)?(?:新增|新建|新创建|新认定|新培育|新设|新开通|新入驻|新登记|新引进)/, '');
  // (`全市高速公路通车里程` for `新增高速公路里程`: the state the stock is counted in left out.)
  const statelessKind = stockKind.replace(/(?:通车|运营|营运|开通|在用|在册)(?=[\u4e00-\u9fff]{2,4}$)/, '');
  const scopedStock = stock !== null && stock[2] === undefined && scope !== '' && stockKind.length >= 2 && (a.label.endsWith(stockKind) || (statelessKind !== stockKind && a.label.endsWith(statelessKind)) || (WIDENED.test(stockKind) && stockKind.replace(WIDENED, '') === ownKind));
  // (A name past eight characters, `全县医疗卫生机构床位总数`, is no stock of the last of a list, which may
  // be another kind's (`新增国家级…“小巨人”企业9家、省级…企业86家,全市国家级“小巨人”企业累计达到31家`), nor
  // of a count summed over years (`城镇新增就业累计3.86万人,农村劳动力转移就业累计新增…`).)
  const kindsAgree = stockNoun.length <= 8 || (a.separatorBefore !== '、' && !a.cumulative);
  // (The noun may end with the state the stock is counted in, `高速公路通车总里程`: its thing is before it.)
  const stockThing = stockNoun.replace(/(?:通车|运营|营运|开通|建成|在用|在册|有效)$/, '').slice(-2);
  // (`新建5G基站862个,全市累计达到786个`: a scope alone names no noun of its own, so the stock is the figure's.)
  const nounAgrees = (stockNoun.length === 0 || (scope !== '' && stockKind === '') || scopedStock || (stock?.[2] !== undefined && kindsAgree && stockThing.length === 2 && (a.label.includes(stockThing) || nounOf(a).includes(stockThing)))) && !(stock?.[2] !== undefined && /累计|总量|总数|保有量/.test(a.label));
  // (Not a level a change reached, `由36.84万吨增加到38.62万吨,累计增产1.78万吨`: the difference is no stock of it.)
  if (stock && nounAgrees && canBePart(a) && a.change !== 'decrease' && a.change !== 'to' && a.change !== 'from' && canBeTotal(b) && b.quantity.qualifier !== 'atLeast' && clauses <= 3 && (stock[2] !== undefined || a.increment || a.change === 'increase')) {
    out.push({ kind: 'breakdown', form: 'subset', total: b, totals: [b], parts: [a], exhaustive: false, disjoint: false, reading: 'explicit', evidence: [{ words: gap.slice(gap.search(/[、，,]/) + 1).trim(), span: { start: b.quantity.span.start - b.cue.length, end: b.quantity.span.start } }] });
    return;
  }
  // A level, then its rise over last year: `常住人口1086.3万人,比上年末增加12.8万人` — a rise is part of the level.
  // (Not after the last of a list, `新申领1236名、注销418名,比上年末净增818名`: the rise is of what the list changed.)
  if (b === figures[i + 1] && b.change === 'increase' && !a.change && !a.prior && a.separatorBefore !== '、' && canBeTotal(a) && /^[、，,\s]*(?:比|较)(?:上年末?|去年末?|上年同期)(?:增加|增长|净增|多)$/.test(gap)) {
    out.push({ kind: 'breakdown', form: 'subset', total: a, totals: [a], parts: [b], exhaustive: false, disjoint: false, reading: 'explicit', evidence: [{ words: gap.trim(), span: { start: a.quantity.span.end, end: b.quantity.span.start } }] });
    return;
  }
  // The stock, then the year's increment: `高新技术企业达到1126家,净增132家`, and with the noun again:
  // `全区规上工业企业达到148家,全年新增规上工业企业179家`.
  const incrementOfNoun = INCREMENT_OF_NOUN_AFTER_STOCK.exec(gap)?.[1];
  // (`规模以上工业企业`, `规上工业企业`, `规上企业` and `入规企业` name one thing.)
  const aboveScale = (label: string) => label.replace(/规模以上工业|规模以上|规上工业|入规/g, '规上');
  const sameNoun = incrementOfNoun !== undefined && (a.label.endsWith(incrementOfNoun) || aboveScale(a.label).endsWith(aboveScale(incrementOfNoun)));
  if (b === figures[i + 1] && /达到$|达$|总数|总量/.test(a.cue) && !a.change && canBeTotal(a) && canBePart(b) && (INCREMENT_AFTER_STOCK.test(gap) || sameNoun)) {
    out.push({ kind: 'breakdown', form: 'subset', total: a, totals: [a], parts: [b], exhaustive: false, disjoint: false, reading: 'explicit', evidence: [{ words: gap.trim(), span: { start: a.quantity.span.end, end: b.quantity.span.start } }] });
    return;
  }
  // The whole, then a part of it: `59项测评点中有22项`, `9个县（市、区）中已有7个` (a gloss in
  // brackets, its 、 no list, is blanked to the same length so that offsets still hold).
  const unglossed = gap.includes('中') ? gap.replace(/[（(][^（）()，,。；;]{1,12}[）)]/g, (m) => '＿'.repeat(m.length)) : gap;
  const zhong = gap.includes('中') ? WHOLE_WITH_ZHONG.exec(unglossed) : null;
  // `全市8个镇和5个街道中,涉农的8个镇`: the whole is both joined figures, not the second alone.
  const before = figures[i - 1];
  const secondOfPair = before !== undefined && isCountLike(before) && /^[\u4e00-\u9fff]{0,8}(?:和|及|与|、)$/.test(between(text, before, a));
  // `交办的33个问题已完成整改31个`: the whole, its noun, then what of it was done, in one clause.
  if (!zhong && b === figures[i + 1] && isExactCount(a) && isExactCount(b) && canBeTotal(a) && canBePart(b) && !secondOfPair && !a.change && !b.change && /^[\u4e00-\u9fff]{1,8}(?:已|均已|已经)[\u4e00-\u9fff]{1,8}$/.test(gap)) {
    out.push({ kind: 'breakdown', form: 'subset', total: a, totals: [a], parts: [b], exhaustive: false, disjoint: false, reading: 'explicit', evidence: [{ words: '已', span: { start: a.quantity.span.end + gap.indexOf('已'), end: a.quantity.span.end + gap.indexOf('已') + 1 } }] });
    return;
  }
  // `全市1846个行政村,集体经济年收入10万元以上的村达到1692个`: all of a place's things of a kind, then
  // those of them named by what they have (`…的村`), in the next clause.
  const noun = a.following.replace(/[^\u4e00-\u9fff]/g, '');
  if (!zhong && SCOPE_BEFORE.test(a.cue) && noun.length >= 1 && noun.length <= 6 && isExactCount(a) && isExactCount(b) && canBeTotal(a) && canBePart(b) && !a.change && !b.change && !secondOfPair) {
    const ofKind = new RegExp(`^${noun}[，,][^，,。；;]{2,30}的${noun.slice(-1)}(?:达到|达|有|为|共)?$`);
    if (ofKind.test(gap)) {
      out.push({ kind: 'breakdown', form: 'subset', total: a, totals: [a], parts: [b], exhaustive: false, disjoint: false, reading: 'explicit', evidence: [{ words: `的${noun.slice(-1)}`, span: b.labelSpan }] });
      return;
    }
  }
  if (canBeTotal(a) && canBePart(b) && zhong && !secondOfPair) {
    const at = unglossed.search(/中(?:[，,]|有|已有|共有|仍有|尚有|还有|已|均|仅|取得|获得|具有|持有|达到|超过|维持|驳回|撤销|确认违法|责令履行|终止|调解|纠错|胜诉|败诉)/);
    const k = b.index - figures[0]!.index;
    const { parts, listed } = partsFrom(model, figures, k, a, false);
    const levels = levelsReached(parts, unglossed.slice(at + 1).replace(/^[，,]/, '') + b.label);
    out.push({ kind: 'breakdown', form: 'subset', total: a, totals: [a], parts, exhaustive: false, disjoint: listed && !levels, reading: 'explicit', evidence: [{ words: '中', span: { start: a.quantity.span.end + at, end: a.quantity.span.end + at + 1 } }] });
    // `在455名持证执法人员中,具有法律专业背景的168人,能够…执法的302人`: further clauses of the same
    // shape (`…的` and a count) each single out some of the whole too; they may overlap, so each alone is bounded.
    if (!listed && /的$/.test(b.label)) {
      for (let k = b.index - figures[0]!.index + 1; k < figures.length; k++) {
        const c = figures[k]!;
        if (!sameUnit(c, a) || !isExactCount(c) || !canBePart(c) || !/的$/.test(c.label) || c.separatorBefore !== ',' || /[。；;]/.test(between(text, figures[k - 1]!, c))) break;
        out.push({ kind: 'breakdown', form: 'subset', total: a, totals: [a], parts: [c], exhaustive: false, disjoint: false, reading: 'explicit', evidence: [{ words: '中', span: { start: a.quantity.span.end + at, end: a.quantity.span.end + at + 1 } }] });
      }
    }
  }
}

/** `,“十四五”期间累计改造`, `,“八五”普法期间累计开展`, `,五年来累计新改建`: a total over the years of a plan, by the verb it sums. */
const OVER_THE_YEARS = /[，,]\s*(?:“?(?:十[一二三四五]|[一二三四五六七八九])五”?(?:普法)?(?:期间|时期|以来)?|五年来|五年间|近五年|\d{4}年以来|\d{4}(?:—|-|－|至)\d{4}年)[，,]?\s*(?:全(?:市|县|区|省|州|旗|盟))?累计([\u4e00-\u9fff]{2,12})$/;
/** Words before a figure that make it one year's: `2025年改造…`, `全年新建…`. */
const ONE_YEAR = /(?:20\d{2}年|全年|今年|当年|年内)[^，,。；;]{0,20}$/;

/**
 * `2025年改造老旧小区495个、惠及居民2.16万户,“十四五”期间累计改造412个`: one year's figure, then the
 * total over the plan's years of the same act, in its unit: the year is part of the years. Figures of
 * other units may stand between (what the year's work brought).
 */
export function readYearAndItsYears(model: ReportModel, figures: readonly Figure[], out: Breakdown[]): void {
  const text = model.text;
  for (let i = 0; i + 1 < figures.length; i++) {
    const a = figures[i]!;
    if (!isExactCount(a) || !canBePart(a) || a.change || a.cumulative || a.inParentheses) continue;
    if (!ONE_YEAR.test(text.slice(Math.max(model.sentences[a.sentence]!.span.start, a.quantity.span.start - 24), a.quantity.span.start))) continue;
    // The next figure of the unit, at most two figures on.
    let b: Figure | undefined;
    for (let k = i + 1; k < figures.length && k <= i + 2; k++) {
      if (sameUnit(figures[k]!, a)) {
        b = figures[k];
        break;
      }
    }
    if (!b || !canBeTotal(b) || b.quantity.qualifier !== 'exact' || !isExactCount(b)) continue;
    const words = OVER_THE_YEARS.exec(text.slice(figures[b.index - figures[0]!.index - 1]!.quantity.span.end, b.quantity.span.start))?.[1];
    if (!words) continue;
    // The same act: the words after 累计 open the year's label, or repeat all of it.
    // (A label cut at a `、`, `开展送法下乡、法律进企业等活动`, has its verb at the opening of the clause.)
    const sentenceStart = model.sentences[a.sentence]!.span.start;
    const clause = (/[^，,。；;：:]*$/.exec(text.slice(Math.max(sentenceStart, a.quantity.span.start - 40), a.quantity.span.start))?.[0] ?? '').replace(/^(?:20\d{2}年|全年|今年|当年|年内|共)+/, '');
    const sameAct = (own: string) => own.startsWith(words) || words.startsWith(own) || (words.length <= 4 && own.length >= 2 && own.startsWith(words.slice(0, 2)));
    if (!sameAct(a.label.replace(/^(?:其中|共|全年|今年|当年|年内)+/, '')) && !(clause.includes('、') && sameAct(clause))) continue;
    out.push({ kind: 'breakdown', form: 'subset', total: b, totals: [b], parts: [a], exhaustive: false, disjoint: false, reading: 'explicit', evidence: [{ words: `累计${words}`, span: { start: b.quantity.span.start - words.length - 2, end: b.quantity.span.start } }] });
  }
}
