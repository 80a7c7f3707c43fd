/**
 * Totals and their parts.
 *
 * Four shapes are read, each tied by the text's own words:
 * - `listThenTotal`: `A项、B项、C项,共计T项` — a `、` list of one unit closed by a total cue;
 * - `clauseTable`: `市局418件,东湖区局1026件,西湖区局…,合计4386件` — clauses of one unit with
 *   parallel labels, closed by a total cue;
 * - `totalThenList`: `共T件,分别为A件、B件` or `28个主要指标,包括20个预期性指标、8个约束性指标` —
 *   a total, then a breakdown cue and parts that name things of one kind;
 * - `subset`: `经营主体986.4万户,其中企业352.8万户` — parts singled out by `其中`/`含`, which need
 *   not be all of the total (`subsetBreakdowns.ts`), and parts tied to a whole by other words
 *   (`impliedParts.ts`, `examinedParts.ts`, `pairedBreakdowns.ts`, `companionBreakdowns.ts`).
 *
 * A total is never a figure per head (`每千人6.6批次`), a difference (`比上年增加1200万元`), last
 * year's figure or a bound that parts cannot contradict (`超11亿人次`); a part is never a threshold
 * (`50万元以上、500万元以下`).
 */
import { Figure, Sentence } from '../figures';
import { ReportModel } from '../reportModel';
import { BREAKDOWN_CUES, firstCharacters, mentions, OPEN_LIST_WORDS, STOCK_WORDS } from '../vocabulary';
import { BREAKDOWN, canBePart, canBeTotal, COMPOSED_OF, cueBefore, partsFrom } from './figureRoles';
import { sumAgrees } from './breakdownAssessment';
import { readCompanionBreakdowns } from './companionBreakdowns';
import { readDimensionBreakdowns, readNamedWholeBefore } from './dimensionBreakdowns';
import { readExaminedParts } from './examinedParts';
import { readImpliedParts } from './impliedParts';
import { readLedgers } from './ledgers';
import { readPairedBreakdowns } from './pairedBreakdowns';
import { namedParts } from './partsOfSeveralTotals';
import { readSubsets } from './subsetBreakdowns';
import { between, Evidence, headOf, indexInSentence, isCountLike, isExactCount, joinedByAnd, nounOf, Reading, sameUnit } from './common';



export type BreakdownForm = 'listThenTotal' | 'clauseTable' | 'totalThenList' | 'subset';

export interface Breakdown {
  readonly kind: 'breakdown';
  readonly form: BreakdownForm;
  /** The total the words point to. */
  readonly total: Figure;
  /**
   * Every figure the total may be, nearest first (the first is `total`): a `其中` opening a
   * sentence may refer to any count of the sentence before.
   */
  readonly totals: readonly Figure[];
  readonly parts: readonly Figure[];
  /** The parts are all of the total: their sum should equal it. */
  readonly exhaustive: boolean;
  /** The parts do not overlap: their sum may not pass the total. */
  readonly disjoint: boolean;
  readonly reading: Reading;
  readonly evidence: readonly Evidence[];
}

/** The breakdown follows its total at once, perhaps after the total's noun: `28个主要指标,包括…`. */
const AFTER_TOTAL_BREAKDOWN = new RegExp(`^[\\u4e00-\\u9fff“”"]{0,10}[\\s，,：:]*(?:其中)?[\\s，,：:]*(${BREAKDOWN.source})[:：]?`);
/** The first characters of the breakdown cues: a gap without one has none (tested before the pattern). */
const MAY_BREAK_DOWN = firstCharacters([BREAKDOWN_CUES]);
const OPEN_AFTER = new RegExp(`^\\s*(?:${OPEN_LIST_WORDS.join('|')})`);

/** `,2021年至2025年分别完成`: a span of years, then one figure for each, in order. */
const YEARS_EACH = /^[\s，,]*(20\d\d)年?(?:至|到|—|－|-|~|～)(20\d\d)年(?:[\u4e00-\u9fff]{0,4}?)分别(?![比较占增减下提])[\u4e00-\u9fff]{0,4}[\s:：]*$/;
/** A total over a span of years: `五年累计`, `“十四五”期间共`. */
const SPAN_TOTAL = /累计|五年|期间|以来/;

/** The `、` list of same-unit exact counts ending right before `end` (an index in `figures`). */
function listBefore(model: ReportModel, figures: readonly Figure[], end: number, unitOf: Figure): Figure[] {
  const parts: Figure[] = [];
  for (let i = end - 1; i >= 0; i--) {
    const f = figures[i]!;
    if (!isExactCount(f) || !sameUnit(f, unitOf) || !canBePart(f) || f.change) break;
    parts.push(f);
    // A total closes its own list: `…,共1件、…,共2件` is two lists, not one growing with each total.
    // The list's last item may follow `和`: `1个市政府、8个区政府和107个街道,共116个`.
    // So may the second of two, when the total follows it at once: `对10个县（市、区）和46个市直部门共56个单位`.
    const andBetween = parts.length === 1 && i > 0 && f.separatorBefore === 'other' && /^[^，,。；;]*(?:和|及|以及)[^，,。；;]*$/.test(between(model.text, figures[i - 1]!, f));
    const lastJoined = andBetween && (figures[i - 1]!.separatorBefore === '、' || (joinedByAnd(f) && /^[\u4e00-\u9fff]{0,8}共$/.test(between(model.text, f, unitOf))));
    if ((f.separatorBefore !== '、' && !lastJoined) || f.totalCue) break;
  }
  return parts.reverse();
}

/**
 * A table written as clauses: every figure of the clause before the total (after any `；` or `其中`) is a count
 * of its unit, each with its own label (`市局418件,东湖区局1,026件,…,合计4,386件`). Three at least, or
 * two kinds of one noun (`不予处罚案件86件,减轻处罚案件54件,合计140件`), so that `受理120件,办结100件,
 * 合计…` — stages of one thing, not kinds — is not read as one.
 */
function clauseTableBefore(text: string, figures: readonly Figure[], end: number, unitOf: Figure): Figure[] | undefined {
  let start = 0;
  for (let k = end - 1; k > 0; k--) {
    // (Nor the total before a `其中` that opens the rows: `开展述法82个,其中书面述法37个,现场述法14个,合计51个`.)
    if (/[；;]|其中/.test(between(text, figures[k - 1]!, figures[k]!))) {
      start = k;
      break;
    }
  }
  const parts = figures.slice(start, end);
  if (parts.length < 2 || parts.some((f) => !isExactCount(f) || !sameUnit(f, unitOf) || f.label.length < 2 || f.change || f.perUnit)) return undefined;
  if (parts.slice(1).some((f) => f.separatorBefore !== ',' && f.separatorBefore !== '、')) return undefined;
  if (parts.length === 2) {
    const heads = parts.map((p) => headOf(nounOf(p), 2));
    if (heads[0]!.length < 2 || heads[0] !== heads[1] || parts.some((p) => STAGE.test(p.label.replace(/^(?:全年|共|累计|已)/, '')))) return undefined;
  }
  return new Set(parts.map((f) => f.label)).size === parts.length ? parts : undefined;
}

/** Verbs that name a stage of the things counted, not a kind of them: `受理…`, `办结…`. */
const STAGE = /^(?:受理|收到|新收|接收|立案|办理|办结|审结|结案|处理|完成|审查|审核|发现|整改|查处|查办|移送)/;

/** Words of a total's own that set it apart from a list before it: another scope, or guidance of others. */
const OTHER_SCOPE = /指导|各(?:县|区|市|乡镇|镇|地|部门|单位)|全(?:省|市|县|区)/;


/** The first or the last parts (two or more) that add up to `total`, if any do. */
function boundedRun(list: readonly Figure[], total: Figure): Figure[] | undefined {
  for (let k = 2; k < list.length; k++) {
    if (sumAgrees(list.slice(0, k), total)) return list.slice(0, k);
    if (sumAgrees(list.slice(list.length - k), total)) return list.slice(list.length - k);
  }
  return undefined;
}

function readSentence(model: ReportModel, sentence: Sentence, out: Breakdown[]): void {
  const figures = sentence.figures;
  const text = model.text;
  const from = out.length;
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i]!;
    // Parts, then the total: `A项、B项、C项,共计T项`, `由5名律师、2名学者、3名公职律师组成的10人顾问团`.
    const composed = (f.cue.endsWith('成') || f.cue.endsWith('的')) && COMPOSED_OF.test(f.cue);
    // `…邻里纠纷386件、其他纠纷156件,其中婚姻家庭和邻里纠纷合计798件`: a total after 其中 sums the
    // parts it names, not the list.
    // `…专项债券资金8.7亿元,社会资本及其他资金6.76亿元。其中,利用专项债券和社会资本合计15.46亿元`: a
    // sentence opened by 其中 names parts of the sentence before.
    const opensWithPartCue = i === 0 && /^\s*其中[，,：:]?\s*$/.test(text.slice(sentence.span.start, f.labelSpan.start));
    if (f.totalCue && (/^其中/.test(f.label) || opensWithPartCue)) {
      const named = namedParts(figures, i, f, opensWithPartCue ? model.sentences[f.sentence - 1]?.figures : undefined);
      if (!named && opensWithPartCue) continue;
      if (named) {
        out.push({
          kind: 'breakdown', form: 'listThenTotal', total: f, totals: [f], parts: named, exhaustive: true, disjoint: true,
          reading: 'explicit', evidence: [{ words: f.label, span: f.labelSpan }],
        });
      }
      continue;
    }
    if ((f.totalCue || composed) && f.separatorBefore !== 'start' && isExactCount(f) && canBeTotal(f)) {
      // `…、农林水支出41.37亿元,四项重点民生支出合计218.80亿元`: the count of the list, in the total's own
      // words, stands between the list and its total.
      const counter = figures[i - 1];
      const counted = counter !== undefined && counter.quantity.kind === 'count' && !sameUnit(counter, f) && counter.separatorBefore === ',' && /^[\u4e00-\u9fff]{0,12}$/.test(between(text, counter, f));
      let list = listBefore(model, figures, counted ? i - 1 : i, f);
      // `决策事项3项、合同协议58件、其他文件126件,合计187件`: a list that runs on in another unit is
      // summed across its units, or not at all.
      const runsOn = list.length > 0 && list[0]!.separatorBefore === '、' && figures[list[0]!.index - figures[0]!.index - 1] !== undefined && isExactCount(figures[list[0]!.index - figures[0]!.index - 1]!);
      if (runsOn) list = [];
      // `其中继续有效81件、拟修改10件、宣布废止7件,修改和废止文件共计17件`: a total that names two kinds of
      // the list sums those two.
      const kinds = /([\u4e00-\u9fff]{2})(?:和|及|与)([\u4e00-\u9fff]{2})/.exec(f.label)?.slice(1);
      const named = kinds ? list.filter((p) => kinds.some((k) => p.label.includes(k))) : [];
      const namedByTotal = kinds !== undefined && named.length === kinds.length && named.length < list.length && kinds.every((k) => named.some((p) => p.label.includes(k)));
      if (namedByTotal) list = named;
      // `…撤销的21件、确认违法的9件、责令履行的7件、驳回…61件,直接纠错（撤销、确认违法、责令履行、变更）合计37件`:
      // a total whose bracket names its kinds sums the parts of those kinds; all of it only where
      // every kind named is listed.
      const bracketKinds = /[（(]([^）)]*、[^）)]*)[）)][^，,。；;（(]{0,4}$/.exec(between(text, figures[i - 1] ?? f, f))?.[1]?.split('、').map((k) => k.trim()).filter((k) => k.length >= 2);
      let partOfList = false;
      if (!namedByTotal && bracketKinds !== undefined && bracketKinds.length >= 2) {
        // (Where the bracket names all of the list, or none of it, there is nothing to narrow.)
        const ofKinds = list.filter((p) => bracketKinds.some((k) => p.label.includes(k)));
        if (ofKinds.length > 0 && ofKinds.length < list.length) {
          partOfList = !bracketKinds.every((k) => ofKinds.some((p) => p.label.includes(k)));
          list = ofKinds;
        }
      }
      // `其中A76.4亿元、B29.8亿元、C和D合计5.6亿元、E7.1亿元`: a sum of two kinds of its own, listed with
      // `、` among the others, is one more item of the list, not its total.
      const next = figures[i + 1];
      if (f.separatorBefore === '、' && kinds !== undefined && !namedByTotal && (named.length < kinds.length || (next !== undefined && next.separatorBefore === '、' && sameUnit(next, f)))) continue;
      // `一级古树126株、二级古树418株、三级古树2607株,300年以上的古树合计544株`: a total bounded by a
      // threshold is of the first or the last parts, when they add up to it.
      if (list.length >= 3 && /以上|以下|以内/.test(model.text.slice(list[list.length - 1]!.quantity.span.end, f.quantity.span.start))) {
        const run = boundedRun(list, f);
        if (!run) continue;
        list = run;
      }
      // `修订专项应急预案26部、部门应急预案58部,指导各县(市、区)修订各类应急预案共计412部`: a total of
      // another scope (各县, 全省) or by another actor (指导) is no sum of the list.
      const scope = list.length >= 2 ? OTHER_SCOPE.exec(between(text, list[list.length - 1]!, f))?.[0] : undefined;
      if (list.length >= 2 && scope !== undefined && !list.some((p) => p.label.includes(scope))) continue;
      // `新命名示范市2个、示范县11个、示范项目18个,累计命名…共计69个`: a cumulative total is no sum of the year's.
      if (list.length >= 2 && (f.cumulative || /累计/.test(between(text, list[list.length - 1]!, f))) && !list.some((p) => p.cumulative)) continue;
      // `修改政府规章1件、废止1件,现行有效的市政府规章共29件`: a stock is not the sum of the changes to it.
      if (list.length >= 2 && mentions(f.label, STOCK_WORDS) && !list.some((p) => mentions(p.label, STOCK_WORDS))) continue;
      if (list.length >= 2) {
        // Other counts of the unit earlier in the sentence may be covered by the total too
        // (`未经复议起诉3件,…;复议后起诉2件,结果维持1件、尚未审结1件,总计5件`): then it is no breakdown.
        const coversMore = partOfList || (!namedByTotal && figures.slice(0, indexInSentence(sentence, list[0]!)).some((c) => isExactCount(c) && sameUnit(c, f)));
        out.push({
          kind: 'breakdown', form: 'listThenTotal', total: f, totals: [f], parts: list, exhaustive: !coversMore, disjoint: true,
          reading: 'explicit', evidence: [cueBefore(f, f.totalCue ?? (COMPOSED_OF.exec(f.cue)?.[0] ?? ''))],
        });
        continue;
      }
      const table = composed ? undefined : clauseTableBefore(text, figures, i, f);
      if (table) {
        // The clauses name things of one kind (`乙局`, `丙局`, `丁局`; the first may carry the noun: `甲局查办案件`).
        const heads = table.slice(1).map((p) => headOf(nounOf(p)));
        const alike = heads.every((h) => h !== '' && h === heads[0]) && nounOf(table[0]!).includes(heads[0]!);
        out.push({
          kind: 'breakdown', form: 'clauseTable', total: f, totals: [f], parts: table, exhaustive: true, disjoint: true,
          reading: alike ? 'explicit' : 'inferred', evidence: [cueBefore(f, f.totalCue ?? '')],
        });
        continue;
      }
      // `共612件,分别为…`: a total with its cue may be broken down after it (below).
    }
    const next = figures[i + 1];
    if (!next) continue;
    const gap = between(text, f, next);
    // `五年累计完成…102个,2021年至2025年分别完成12个、18个、…`: a total over years, then one part a
    // year. The years named and the parts listed must be as many, so that the list is all of it.
    const years = YEARS_EACH.exec(gap);
    if (years && isExactCount(f) && canBeTotal(f) && (f.cumulative || f.totalCue !== undefined || SPAN_TOTAL.test(f.label)) && sameUnit(next, f) && isCountLike(next)) {
      const span = Number(years[2]) - Number(years[1]) + 1;
      const { parts } = partsFrom(model, figures, i + 1, f, false);
      const lastPart = parts[parts.length - 1]!;
      if (span >= 2 && span <= 10 && parts.length === span && parts.every((p) => p.quantity.qualifier === 'exact') && !/^\s*(?:等|其他|其余)/.test(text.slice(lastPart.quantity.span.end, lastPart.quantity.span.end + 3))) {
        const at = f.quantity.span.end + years.index;
        out.push({
          kind: 'breakdown', form: 'totalThenList', total: f, totals: [f], parts, exhaustive: true, disjoint: true,
          reading: 'explicit', evidence: [{ words: years[0].replace(/^[\s，,]+/, ''), span: { start: at, end: at + years[0].length } }],
        });
        continue;
      }
    }
    // The total, then its breakdown: `共T件,分别为A件、B件`, `28个主要指标,包括…16个…以及…8个…`.
    const cue = MAY_BREAK_DOWN.test(gap.slice(0, 24)) && canBeTotal(f) && isExactCount(f) ? AFTER_TOTAL_BREAKDOWN.exec(gap) : null;
    if (cue) {
      let start = i + 1;
      while (start < figures.length && (!sameUnit(figures[start]!, f) || !isCountLike(figures[start]!))) start++;
      if (start >= figures.length || !canBePart(figures[start]!)) continue;
      const { parts } = partsFrom(model, figures, start, f, true);
      if (parts.length < 2) continue;
      const lastPart = parts[parts.length - 1]!;
      const open = OPEN_AFTER.test(text.slice(lastPart.quantity.span.end, lastPart.quantity.span.end + 4)) || /^\s*(?:等|其他|其余)/.test(text.slice(lastPart.quantity.span.end, lastPart.quantity.span.end + 3));
      // `分别为` lists all of the total; `包括` may leave some out, but its parts never pass it.
      const exhaustive = /^分别|^具体/.test(cue[1]!) && !open;
      out.push({
        kind: 'breakdown', form: 'totalThenList', total: f, totals: [f], parts, exhaustive, disjoint: true,
        reading: 'explicit', evidence: [{ words: cue[1]!, span: { start: f.quantity.span.end + cue.index + cue[0].indexOf(cue[1]!), end: f.quantity.span.end + cue.index + cue[0].indexOf(cue[1]!) + cue[1]!.length } }],
      });
      continue;
    }
    // `重点项目87个,按项目类别分,产业项目52个、基础设施项目23个、…`: the total, then its kinds by a
    // dimension. All of it only when closed by `其他` (a drafter may list the main kinds alone); never more.
    const byDimension = /^[，,]\s*(?:按|从)[\u4e00-\u9fff]{1,8}(?:分|划分|统计|看|来看)[，,：:]\s*/.exec(gap);
    if (byDimension && canBeTotal(f) && isExactCount(f) && sameUnit(next, f) && canBePart(next)) {
      const { parts, listed } = partsFrom(model, figures, i + 1, f, false);
      const lastPart = parts[parts.length - 1]!;
      if (!listed || parts.length < 2) continue;
      const open = OPEN_AFTER.test(text.slice(lastPart.quantity.span.end, lastPart.quantity.span.end + 4));
      const words = byDimension[0].replace(/^[，,]\s*/, '').replace(/[，,：:]\s*$/, '');
      const cueAt = f.quantity.span.end + gap.indexOf(words);
      out.push({
        kind: 'breakdown', form: 'totalThenList', total: f, totals: [f], parts, exhaustive: !open && /^(?:其他|其余|其它)/.test(lastPart.label), disjoint: true,
        reading: 'explicit', evidence: [{ words, span: { start: cueAt, end: cueAt + words.length } }],
      });
    }
  }
  readSubsets(model, sentence, out);
  readPairedBreakdowns(model, figures, out);
  readImpliedParts(model, figures, out);
  readLedgers(model, figures, out);
  readExaminedParts(model, figures, out);
  readCompanionBreakdowns(model, from, out);
}

/** Every total stated with its parts, whether or not they add up (hovers show both). */
export function readBreakdowns(model: ReportModel): Breakdown[] {
  const out: Breakdown[] = [];
  for (let k = 0; k < model.sentences.length; k++) {
    readSentence(model, model.sentences[k]!, out);
    readDimensionBreakdowns(model, k, out);
    readNamedWholeBefore(model, k, out);
  }
  // Two readings of one breakdown (`其中…` and a total by its name) are one relation.
  const seen = new Set<string>();
  return out.filter((b) => {
    const key = `${b.total.index}:${b.parts.map((p) => p.index).join(',')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
