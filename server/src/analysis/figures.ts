/**
 * Figures: quantities read in context. Each quantity gets the phrase it counts (its label), the
 * sentence it stands in, and the cues around it that give it a role: `共计` before a total,
 * `其中` before parts, `…率` for a rate, `同比增长` for growth, `上年同期` for last year's figure,
 * `比上年增加` for a difference, `由…增至…` for the two ends of a change, `每千人` for a ratio,
 * `新增` for the year's increment, a parenthesis for an aside.
 *
 * Sentences end at `。！？` and at `；`, because reports use the semicolon to separate cases
 * (`…败诉率15.38%;部门…结案数61件`) and a rate never reaches across one.
 *
 * The words come from `vocabulary.ts`; this module only decides where they stand.
 */
import { ENDS_A_WORD, Quantity } from './quantities';
import { readRateLists, replaceFigure } from './rateLists';
import { codeTable, Span } from './text';
import {
  AVERAGE_ANNUAL_WORDS, CHANGE_TO_WORDS, CUMULATIVE_CUES, DECREASE_WORDS, DISCRETE_UNITS, INCREASE_WORDS, INCREMENT_WORDS,
  PER_UNIT_WORDS, PLAN_WORDS, RATE_SUFFIXES, TOTAL_CUES, firstCharacters, pattern,
} from './vocabulary';

export type GrowthDirection = 'increase' | 'decrease';

/** A count's place in a change: the difference itself, the level before, the level after. */
export type ChangeRole = 'increase' | 'decrease' | 'from' | 'to';

export interface Figure {
  readonly quantity: Quantity;
  /** Index of the figure in document order. */
  readonly index: number;
  /** Index of its sentence in `sentences`. */
  readonly sentence: number;
  /** The phrase it counts: `调解成功`, `成功率`, `不予处罚事项`. May be empty. */
  readonly label: string;
  /** The words right before the number as written (up to 24 characters, not cleaned): `(上年为`. */
  readonly cue: string;
  readonly labelSpan: Span;
  /** The words right after the unit, up to a stop (`预期性指标` in `等16个预期性指标`). May be empty. */
  readonly following: string;
  /** `共`, `共计`, `合计`, `总计` right before the number: it states a total. */
  readonly totalCue: string | undefined;
  /** Inside round brackets: an aside such as `(含2020年转结7件)`. */
  readonly inParentheses: boolean;
  /** What separates it from the previous figure of its sentence: `、` in a list, `,` between clauses. */
  readonly separatorBefore: '、' | ',' | ':' | 'other' | 'start';
  /** A percentage named as a rate (`…率`, `比例`, `占比`). */
  readonly isRate: boolean;
  /** A percentage stating growth or decline (`同比增长150%`, `下降20%`). */
  readonly growth: GrowthDirection | undefined;
  /**
   * For a growth percentage: what grew, as named before the growth word (`实际到位资金` in
   * `实际到位资金增长18.6%`); empty when the growth speaks of the figure right before it
   * (`受理67件,同比增长200%`).
   */
  readonly subject: string;
  /** Growth averaged over years (`年均增长`). */
  readonly averageAnnual: boolean;
  /** Its place in a change (`增加1200万元`, `由1840万辆`, `增至2310万辆`), if the words give one. */
  readonly change: ChangeRole | undefined;
  /** Last period's figure (`上年同期52件`, `较上年的118件`, `较“十三五”末的7918.6亿元`). */
  readonly prior: boolean;
  /** A figure per head or per unit (`每千人6.6批次`, `人均`): a ratio, never a total or part of one. */
  readonly perUnit: boolean;
  /** The year's increment (`新增46家`), not the stock. */
  readonly increment: boolean;
  /** Summed over a longer time (`累计`). */
  readonly cumulative: boolean;
  /** Stated as a plan or target in its own sentence (`力争…`, `预计…`, `目标…`). */
  readonly plan: boolean;
}

export interface Sentence {
  readonly span: Span;
  readonly figures: readonly Figure[];
}

const SENTENCE_END = /[。！？；;!?]/;
/** Words that connect a label to its number and are not part of the label. */
const LINK_WORD_LIST = ['分别为', '分别是', '分别达', '达到了', '达到', '提升至', '提高到', '提高至', '上升至', '上升到', '下降至', '下降到', '降至', '降到', '增至', '增加到', '增加至', '增长到', '增长至', '共计', '合计', '总计', '累计', '总共', '一共', '共有', '共', '计', '达', '为', '是', '有', '约', '近', '超过', '逾', '了', '到', '至', '超', '突破', '均为', '均达到', '均达', '均', '仅为', '仅有', '仅', '只有'];
const LINK_WORDS = new RegExp(`(?:${LINK_WORD_LIST.join('|')})$`);
/** The last characters of link words: a label that ends otherwise has none to cut. */
const LINK_LAST = codeTable(LINK_WORD_LIST.map((w) => w[w.length - 1]!).join(''));
/** A total cue right before the number, or `共` before a verb of two characters (`共设置26项`), not `公共`. */
const TOTAL_CUE = new RegExp(`(${[...TOTAL_CUES].sort((a, b) => b.length - a.length).join('|')})$|(?<!公)(共计|合计|总计|共)(?:设置|完成|开展|办理|受理|收到|组织|举办|培训|发放|建成|实施|审查|清理|处理)$`);
const INCREASE_OR_DECREASE = pattern([INCREASE_WORDS, DECREASE_WORDS]);
const DECREASE = pattern([DECREASE_WORDS]);
/**
 * A growth percentage: a change word at the end of the words before it, perhaps after a
 * comparison (`比上年增长`, `较上年同期下降`) and followed by `了`/`达`/`为`.
 */
const GROWTH_TAIL = new RegExp(`(${INCREASE_OR_DECREASE.source})(?:了|达|为|约|近|超|逾|超过)?$`);
/** What is stripped from a growth label to leave its subject. */
const GROWTH_WORDING = new RegExp(
  `(?:分别|同比|环比|同口径|按可比价格计算|按可比价|可比价|名义|实际|年均|年平均|平均每年|较上年同期|比上年同期|较上年末|比上年末|较上年底|比上年底|较去年末|比去年末|较上年|比上年|较去年|比去年|较同期|较\\d{4}年|比\\d{4}年|与上年相比|较“十[一二三四五]五”末|较十[一二三四五]五末|${INCREASE_OR_DECREASE.source}|了|达|为|约|近|超|逾|也|均|都|分别|，|,|、|\\s)+$`,
);
const RATE_WORDS = new RegExp(`(${RATE_SUFFIXES.join('|')})$`);
/**
 * A difference: `比上年增加1200万元`, `减少9件`, `多23件`. Only verbs of quantity: `改造提升24个
 * 服务区` upgrades 24 of them, it does not add 24.
 */
const DIFFERENCE_TAIL = /(?:增加|减少|增长|下降|降低|净增|净减|多|少|减)了?$/;
const CHANGE_TO_TAIL = pattern([CHANGE_TO_WORDS], 'end');
const COMPARED_RISE_TAIL = /(?:较|比)(?:上年|去年|上年同期|去年同期|上一年|\d{4}年)(?:末|底)?(?:提高|提升|上升|增产|增收|扩大)了?$/;
/** `,缩短9天`, `,五年提高70元`: the difference right after a change's later end. */
const DIFFERENCE_AFTER_CHANGE = /^[，,、]\s*(?:五年|十年|累计|共)?(提高|提升|上升|扩大|扩展|缩短|压缩|缩小|压减|精简|缩减|削减|压降)了?$/;
const COMPARED_CUT_TAIL = /(?:较|比)(?:上年|去年|上年同期|去年同期|上一年)?(?:精简|压减|缩减|削减|压降|压缩)了?$/;
/** The level before a change: `由1840万辆`, `由2024年的168万标箱`, `从上年的312.6亿千瓦时`. */
/** (A level per head or per month may be named between: `由每人每月860元提高到900元`.) */
const FROM_TAIL = /(?:^|[^理自])(?:由|从)(?:\d{4}年(?:底|末|初)?的?|上年(?:末|底)?的?|去年(?:末|底)?的?|年初的?|“十[一二三四五]五”末的?)?(?:平均|(?:每人|每户)?每(?:月|年)|每人|每户|每亩|每吨)?$/;
/** Last period's figure: `上年同期52件`, `较上年的118件`, `(上年为351起)`, `较“十三五”末的7918.6亿元`. */
const PRIOR_TAIL = /(?:上年同期|去年同期|上年末|去年末|上年底|上年|去年|上一年|前一年|同期|基期|(?:较|比|与)[^，,。；;]{0,12}(?:末|底|初|时期|期间)|(?:较|比|与)\d{4}年|[（(]\d{4}年(?:同期)?)(?:的|为|是|有|共|达|实现)?$/;
const PER_UNIT_TAIL = new RegExp(`(?:${[...PER_UNIT_WORDS].sort((a, b) => b.length - a.length).join('|')})$`);
const PER_UNIT_HEAD = /^(?:人均|户均|平均|每)/;
const DISCRETE = new Set<string>(DISCRETE_UNITS);
const INCREMENT_HEAD = pattern([INCREMENT_WORDS], 'start');
const INCREMENT_TAIL = pattern([INCREMENT_WORDS], 'end');
const CUMULATIVE = pattern([CUMULATIVE_CUES]);
const AVERAGE_ANNUAL = pattern([AVERAGE_ANNUAL_WORDS]);
const PLAN = pattern([PLAN_WORDS]);
/** Quick tests before the patterns above, in the loop over every figure: most figures have none of these words. */
const MAY_PLAN = firstCharacters([PLAN_WORDS]);
const MAY_CUMULATE = firstCharacters([CUMULATIVE_CUES]);
const MAY_INCREMENT = firstCharacters([INCREMENT_WORDS]);
/** The characters every cue of last period's figure contains one of. */
const MAY_BE_PRIOR = /[上去同前基较比与（(]/;
const MAY_TOTAL = /[共计]/;
const MAY_LEAD_WITH_TIME = /^[0-9今全去上当分共合总累]/;
/** Longer than any real sentence: past it, text without punctuation is cut into pieces. */
const MAX_SENTENCE = 1000;
/** How far back from a number its cue words can stand. */
const CUE_WINDOW = 24;
const LEADING_TIME = /^(?:\d{4}年度?(?:以来|全年|上半年|下半年)?|今年(?:以来|来)?|全年|去年|上年|当年)(?:共计|合计|累计|共)?/;

/** Code units that stop a label or end a sentence, as a lookup table for the hot loops. */
/** A share of the plan: `完成年度计划的`, `完成全年目标任务的`. */
const OF_PLAN = /完成(?:年度|全年|年初)?(?:计划|目标|任务)+的$/;
const STOPS_LABEL = codeTable('，,。；;：:、！？!?（()）“”"《》【】\n\r');
const ENDS_SENTENCE = codeTable('。！？；;!?\n\r');
/** +1 for an opening round bracket, 2 for a closing one. */
const PARENS = (() => {
  const t = new Uint8Array(65536);
  t['('.charCodeAt(0)] = 1;
  t['（'.charCodeAt(0)] = 1;
  t[')'.charCodeAt(0)] = 2;
  t['）'.charCodeAt(0)] = 2;
  return t;
})();

function isHan(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

function isDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** Reads the figures of a text's quantities, sentence by sentence. `quantities` must be in order. */
export function readFigures(text: string, quantities: readonly Quantity[]): { figures: Figure[]; sentences: Sentence[] } {
  const figures: Figure[] = [];
  const sentences: { span: Span; figures: Figure[] }[] = [];
  let sentenceStart = 0;
  let sentenceEnd = 0;
  let parenDepthAt = 0;
  let scanFrom = 0;
  let depth = 0;
  /** Where the sentence's plan words were last looked for, and whether one was found. */
  let planScanned = 0;
  let planSeen = false;

  for (const q of quantities) {
    // Advance the sentence and bracket state up to this figure.
    if (q.span.start >= sentenceEnd) {
      // The sentence around this figure, never reaching back into the previous one and never
      // longer than MAX_SENTENCE: a paste with no punctuation is cut into pieces, so that the
      // work per sentence, and so per figure, stays bounded.
      const floor = Math.max(0, sentenceEnd, q.span.start - MAX_SENTENCE);
      let s = q.span.start;
      while (s > floor && ENDS_SENTENCE[text.charCodeAt(s - 1)] === 0) s--;
      const limit = Math.min(text.length, Math.max(q.span.end, s + MAX_SENTENCE));
      let e = q.span.end;
      while (e < limit && ENDS_SENTENCE[text.charCodeAt(e)] === 0) e++;
      if (e < text.length && SENTENCE_END.test(text[e]!)) e++;
      sentenceStart = s;
      sentenceEnd = e;
      sentences.push({ span: { start: s, end: e }, figures: [] });
      scanFrom = s;
      depth = 0;
      planScanned = s;
      planSeen = false;
    }
    for (let i = scanFrom; i < q.span.start; i++) {
      const p = PARENS[text.charCodeAt(i)]!;
      if (p === 1) depth++;
      else if (p === 2 && depth > 0) depth--;
    }
    scanFrom = q.span.start;
    parenDepthAt = depth;
    // Plan words anywhere before the figure in its sentence make it a target. Each stretch of the
    // sentence is searched once (plus a few characters of overlap for words cut at the seam).
    if (!planSeen && q.span.start > planScanned) {
      const stretch = text.slice(Math.max(sentenceStart, planScanned - 4), q.span.start);
      planSeen = MAY_PLAN.test(stretch) && PLAN.test(stretch);
      planScanned = q.span.start;
    }

    const sentence = sentences[sentences.length - 1]!;
    const prev = sentence.figures[sentence.figures.length - 1];
    const floor = Math.max(sentenceStart, prev ? prev.quantity.span.end : sentenceStart);

    // The label before the number: back to a stop character, the previous figure, or the sentence start.
    let ls = q.span.start;
    while (ls > floor && STOPS_LABEL[text.charCodeAt(ls - 1)] === 0) ls--;
    // `行政诉讼败诉率：5.6%`, `备案率、及时率：均为100%`: a list of indicators names the rate before a colon.
    let colonRate = false;
    if (q.kind === 'percent' && ls > floor + 1 && (text[ls - 1] === '：' || text[ls - 1] === ':') && /^\s*(?:均为|均|为)?\s*$/.test(text.slice(ls, q.span.start))) {
      let k = ls - 1;
      while (k > floor && STOPS_LABEL[text.charCodeAt(k - 1)] === 0) k--;
      if (RATE_WORDS.test(text.slice(k, ls - 1).trimEnd())) {
        // Past a heading's number: `1.区政府…完成率：` names 区政府…完成率.
        ls = k + (/^\s*(?:[0-9０-９]+[.．、]|[（(][0-9０-９一二三四五六七八九十]+[)）])?/.exec(text.slice(k, ls))?.[0].length ?? 0);
        colonRate = true;
      }
    }
    // `案卷合格率（含优秀）为96.8%`: a gloss in brackets between the rate's name and its value is left out.
    let gloss: { open: number; close: number } | undefined;
    if (!colonRate && q.kind === 'percent' && ls > floor + 1 && (text[ls - 1] === '）' || text[ls - 1] === ')') && /^\s*(?:为|达到|达|是)?\s*$/.test(text.slice(ls, q.span.start))) {
      const open = Math.max(text.lastIndexOf('（', ls - 1), text.lastIndexOf('(', ls - 1));
      let k = open;
      while (k > floor && STOPS_LABEL[text.charCodeAt(k - 1)] === 0) k--;
      if (open > floor && ls - open <= 16 && /(?:率|比例|比重)$/.test(text.slice(k, open))) {
        gloss = { open, close: ls };
        ls = k;
      }
    } else if (!colonRate && ls > floor + 2 && (text[ls - 1] === '）' || text[ls - 1] === ')') && isHan(text.charCodeAt(ls))) {
      // `审（执）结7986件`, `高职（专科）院校12所`: a gloss of a few characters inside a word is left out of
      // the label, which runs on before it (the label otherwise stops at the bracket: `结`, `院校`).
      const open = Math.max(text.lastIndexOf('（', ls - 1), text.lastIndexOf('(', ls - 1));
      if (open > floor && ls - open <= 8 && isHan(text.charCodeAt(open - 1)) && /^[\u4e00-\u9fff、]{1,6}$/.test(text.slice(open + 1, ls - 1))) {
        let k = open;
        while (k > floor && STOPS_LABEL[text.charCodeAt(k - 1)] === 0) k--;
        gloss = { open, close: ls };
        ls = k;
      }
    }
    const before = colonRate ? text.slice(ls, q.span.start).replace(/[：:]\s*(?:均为|均|为)?\s*$/, '') : gloss ? text.slice(ls, gloss.open) + text.slice(gloss.close, q.span.start) : text.slice(ls, q.span.start);
    // Cues stand right before the number: match the tail only (an end-anchored pattern would
    // otherwise be tried at every character of a long label).
    // Blanks between a cue and its number (`共计 727 件`) do not break the cue.
    const tail = (before.length > CUE_WINDOW ? before.slice(-CUE_WINDOW) : before).trimEnd();
    const cueMatch = MAY_TOTAL.test(tail) ? TOTAL_CUE.exec(tail) : null;
    const totalCue = cueMatch ? cueMatch[1] ?? cueMatch[2] : undefined;
    let labelBefore = before.trimEnd();
    for (let k = 0; k < 3 && LINK_LAST[labelBefore.charCodeAt(labelBefore.length - 1)] === 1; k++) {
      const cut = LINK_WORDS.exec(labelBefore.length > CUE_WINDOW ? labelBefore.slice(-CUE_WINDOW) : labelBefore);
      if (!cut) break;
      // `签约` keeps its 约: it ends a word (the number was not read as approximate either).
      if (cut[0].length === 1 && ENDS_A_WORD[cut[0]]?.includes(labelBefore[labelBefore.length - 2] ?? '')) break;
      labelBefore = labelBefore.slice(0, labelBefore.length - cut[0].length);
    }
    // A leading year or time phrase says when, not what: `2021年共新收…申请` counts `新收…申请`.
    if (MAY_LEAD_WITH_TIME.test(labelBefore)) labelBefore = labelBefore.replace(LEADING_TIME, '').replace(/^(分别为|分别是|共计|合计|总计|累计|共)(?=.{2})/, '');
    labelBefore = labelBefore.trim();
    // The label after the unit, for `312项不予处罚事项`.
    let le = q.span.end;
    // Up to a stop, 20 characters, or the next number (`14个司法所中有18个…` is not one label).
    while (le < sentenceEnd && STOPS_LABEL[text.charCodeAt(le)] === 0 && le - q.span.end < 20 && !isDigitCode(text.charCodeAt(le))) le++;
    const afterRaw = text.slice(q.span.end, le);
    const after = afterRaw.trim();
    const useAfter = labelBefore.length < 2 && after.length >= 2 && !/^\d/.test(after);
    const label = useAfter ? after : labelBefore;
    // The cleaned label is still a piece of `before` (words were cut from its ends only).
    const labelStart = ls + Math.max(0, before.indexOf(labelBefore));
    const afterStart = q.span.end + Math.max(0, afterRaw.indexOf(after));
    const labelSpan = useAfter ? { start: afterStart, end: afterStart + after.length } : { start: labelStart, end: labelStart + labelBefore.length };

    // What stands between this figure and the previous one.
    const separatorBefore: Figure['separatorBefore'] = prev ? separatorIn(text, floor, ls) : 'start';

    const isPercent = q.kind === 'percent';
    const growthMatch = isPercent ? GROWTH_TAIL.exec(tail) : null;
    const isCount = q.kind === 'count' || q.kind === 'amount';
    let change: ChangeRole | undefined;
    if (isCount) {
      // `增加到2025年的156家`: the year of the later end may stand between.
      if (CHANGE_TO_TAIL.test(tail) || (/年(?:底|末)?的?$/.test(tail) && CHANGE_TO_TAIL.test(tail.replace(/\d{4}年(?:底|末)?的?$/, '')))) change = 'to';
      else if (FROM_TAIL.test(tail)) change = 'from';
      else if (DIFFERENCE_TAIL.test(tail)) change = /(?:减少|下降|降低|净减|少|减)了?$/.test(tail) ? 'decrease' : 'increase';
      // `较上年精简312项`: a cut against last year is a difference too.
      else if (COMPARED_CUT_TAIL.test(tail)) change = 'decrease';
      // `比上年提高360元`, `比上年增产4.2万吨`: a rise against last year is a difference too.
      else if (COMPARED_RISE_TAIL.test(tail)) change = 'increase';
      // `由77天缩短至68天,缩短9天`, `由113元提高到183元,五年提高70元`: right after the later end of a change,
      // a verb of its own opening the clause states the difference.
      else if (prev?.change === 'to') {
        const verb = DIFFERENCE_AFTER_CHANGE.exec(text.slice(prev.quantity.span.end, q.span.start))?.[1];
        if (verb) change = /缩|压|减|降|精简|削/.test(verb) ? 'decrease' : 'increase';
      }
    }
    const growthLabel = growthMatch ? labelBefore : '';
    const figure: Figure = {
      quantity: q,
      index: figures.length,
      sentence: sentences.length - 1,
      label,
      cue: tail,
      labelSpan,
      following: after,
      totalCue,
      inParentheses: parenDepthAt > 0,
      separatorBefore,
      // `…率`, `比例`, `占比`, and `占全市行政村总数的106.2%`: a share of a whole.
      // `完成年度计划的106.1%`: what was done, as a share of the plan.
      isRate: isPercent && !growthMatch && (RATE_WORDS.test(labelBefore.slice(-8)) || /占[^，,。；;]{0,20}的?$/.test(labelBefore) || OF_PLAN.test(labelBefore.slice(-12))),
      growth: growthMatch ? (DECREASE.test(growthMatch[1]!) ? 'decrease' : 'increase') : undefined,
      subject: growthMatch ? growthLabel.replace(GROWTH_WORDING, '').replace(/^(?:分别|其中|同比|全年)/, '') : '',
      averageAnnual: growthMatch ? AVERAGE_ANNUAL.test(tail) : false,
      change,
      // The cue may also reach back past a stop character on the same clause chain: `较“十三五”末的`.
      prior: isCount && priorCue(text, tail, ls === floor || q.span.start - ls >= CUE_WINDOW ? undefined : Math.max(floor, q.span.start - CUE_WINDOW), q.span.start),
      // `每千人6.6批次`, `人均地区生产总值12.4万元`, `3.2万元/人`; not `人均收入等5项指标` (a count of indicators).
      // `每万人拥有律师6.5人` too (每 opens the label), and any fraction of a discrete thing (`6.5人`).
      // `全体居民人均可支配收入40106元`: 人均 inside the label too.
      // (`年均新增10.5万人`: a figure a year averaged over years, whatever it counts.)
      perUnit: isCount && (PER_UNIT_TAIL.test(tail) || /^(?:每|年均|月均|日均)/.test(label) || ((PER_UNIT_HEAD.test(label) || /人均|户均/.test(label)) && !DISCRETE.has(q.unit)) || (q.decimals > 0 && !q.magnitude && DISCRETE.has(q.unit)) || (text.charCodeAt(q.span.end) === 0x2f && /^\/(?:人|户|年|月|天|日|吨|亩)/.test(text.slice(q.span.end, q.span.end + 2)))),
      increment: isCount && ((MAY_INCREMENT.test(label) && INCREMENT_HEAD.test(label.replace(/^(?:累计|全年|共)/, ''))) || (MAY_INCREMENT.test(tail) && INCREMENT_TAIL.test(tail))),
      cumulative: (MAY_CUMULATE.test(tail) && CUMULATIVE.test(tail)) || (MAY_CUMULATE.test(label) && CUMULATIVE.test(label)),
      plan: planSeen,
    };
    figures.push(figure);
    sentence.figures.push(figure);
  }
  readRateLists(text, figures, sentences);
  // `由5名律师、2名学者组成的…`: 由 opens a change only when the change follows (`由A增至B`).
  for (const sentence of sentences) {
    const list = sentence.figures;
    for (let i = 0; i < list.length; i++) {
      if (list[i]!.change === 'from' && list[i + 1]?.change !== 'to') replaceFigure(figures, list, i, { ...list[i]!, change: undefined });
    }
  }
  return { figures, sentences };
}

/**
 * Whether the words right before a count make it last period's figure: in `tail`, or, when the
 * label stopped short of the cue window, in the text from `wideFrom` (`较“十三五”末的`).
 */
function priorCue(text: string, tail: string, wideFrom: number | undefined, at: number): boolean {
  const words = wideFrom === undefined ? tail : text.slice(wideFrom, at).trimEnd();
  return MAY_BE_PRIOR.test(words) && PRIOR_TAIL.test(words);
}

/**
 * What separates a figure from the one before it, from the characters between (`text[from, to)`):
 * `、` alone makes a list, a colon or a comma a new clause. A `、` in brackets the range opens
 * names kinds, it lists no figures: `108个县（市、区）中已通过…的23个` is no list of 108 and 23.
 */
function separatorIn(text: string, from: number, to: number): Figure['separatorBefore'] {
  let list = false;
  let colon = false;
  let comma = false;
  let semicolon = false;
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
    else if (c === '、') list ||= depth === 0;
    else if (c === '：' || c === ':') colon = true;
    else if (c === '，' || c === ',') comma = true;
    else if (c === '；' || c === ';') semicolon = true;
  }
  if (list && !comma && !semicolon && !colon) return '、';
  if (colon) return ':';
  return comma ? ',' : 'other';
}
