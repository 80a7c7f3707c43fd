/**
 * Lists of named items and the count stated for them: `推进东区、西区、南区3个片区改造`,
 * `“放管服”“最多跑一次”“一网通办”三项改革`, `10个自建处罚系统(交通运输、消防、…)`.
 *
 * The count must stand right after the last item (or right before a bracket holding the list), the
 * items must be short names without figures, and the count must be near the number of items: a
 * count far from it counts something else (`新建、改扩建12所学校` counts schools, not the two verbs).
 * `和`, `及`, `与` inside an item may join two items or name one (`市场监管和知识产权局`), so both
 * readings are kept; `等` leaves the list open (`北京、上海、广州等5个城市` may name only some).
 */
import { Figure } from '../figures';
import { Heading, ReportModel } from '../reportModel';
import { codeTable, lowerBound } from '../text';
import { ENUMERATED_KINDS, mentions, NAMES_WITH_ENUMERATION_COMMA, WORDS_WITH_CONJUNCTION_CHARACTERS } from '../vocabulary';
import { Evidence, Reading } from './common';

export interface ListCount {
  readonly kind: 'listCount';
  readonly count: Figure;
  /** The items as written, in order. */
  readonly items: readonly { readonly text: string; readonly start: number; readonly end: number }[];
  /** The fewest and the most items the list can be read as (`和` joining two items or naming one). */
  readonly least: number;
  readonly most: number;
  /** `等` closes the list: the count may be larger than the items named. */
  readonly open: boolean;
  /**
   * The items are plainly of the kind counted: names in quotes or in brackets after the count, or
   * names ending as the counted noun does (`东区、西区、南区3个片区`). Else a count above the items
   * may count things in them (`格尔木、德令哈3座光热电站`).
   */
  readonly ofCountedKind: boolean;
  readonly reading: Reading;
  readonly evidence: readonly Evidence[];
}

/** Verbs before a count of things to do, whose items follow: `办好以下10件民生实事。一是…`. */
const TO_DO = /(?:以下|如下|办好|办|实施|推进|部署|开展|提出|抓好|做好|干好|突出|聚焦|围绕|重点|确定|明确|包括)[^，,。；;]{0,6}$/;

/** Longest item read as a name; longer ones are clauses. */
const MAX_ITEM = 20;
/** Longer than an item can be; the last may join two with `和` (`A审核制度和B追究制度`), each of the usual length. */
function tooLong(items: readonly Item[], k: number): boolean {
  const it = items[k]!;
  if (it.text.length <= MAX_ITEM) return false;
  return k !== items.length - 1 || it.text.split(CONJUNCTION_ONCE).some((piece) => piece.length === 0 || piece.length > MAX_ITEM);
}
const MAX_COUNT = 30;
const OCCURRENCES = /^(?:次|人次|场|场次|轮|期|天|日|小时|个月|年)$/;
const CONJUNCTION = /和|及|与|以及/g;
/** A last item that ends in a verb: the count after it is the verb's object, not the list's size. */
const LAST_ITEM_ENDS_IN_VERB = /(?:增加|新增|增长|达到|达|完成|建成|实现|突破|超过|提升|减少|共|有|为|是|占)$/;

/**
 * A last item that goes on to make something with the others: `与设计、咨询、建材企业组建产业联盟2个`
 * counts the alliances, not the partners listed.
 */
const LAST_ITEM_MAKES = /[\u4e00-\u9fff](?:组建|组成|成立|签订|签署|共建|联合成立|联合组建|合作共建)[\u4e00-\u9fff]{2,}$/;

interface Item {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A run of quoted names right before `end`: `“甲”“乙”、“丙”`. */
function quotedItemsBefore(text: string, end: number, floor: number): Item[] | undefined {
  const items: Item[] = [];
  let p = end;
  while (p > floor) {
    if (text[p - 1] !== '”' && text[p - 1] !== '"') break;
    const open = text.lastIndexOf(text[p - 1] === '”' ? '“' : '"', p - 2);
    if (open < floor || p - 1 - open - 1 > MAX_ITEM || p - 1 - open - 1 < 1) break;
    const inner = text.slice(open + 1, p - 1);
    if (/[，,。；;：:“”"]/.test(inner)) break;
    items.unshift({ text: inner, start: open + 1, end: p - 1 });
    p = open;
    // Separators between quoted names: none, `、`, or `和`.
    while (p > floor && (text[p - 1] === '、' || text[p - 1] === '和' || text[p - 1] === '及')) p--;
  }
  return items.length >= 2 ? items : undefined;
}

/** A run of `、`-separated names ending right before `end`, back to a clause stop. */
/** Where a clause stops, going back from a count; where a count's own noun stops, going forward. */
const CLAUSE_STOP = codeTable('，,。；;：:！？!?（()）\n');
const NOUN_STOP = codeTable('（(，,。；;、0123456789０１２３４５６７８９');

/** A stretch split at its `、`, but not inside a name that holds one (`信息传输、软件和信息技术服务业`). */
function splitItems(stretch: string): string[] {
  let masked = stretch;
  for (const name of NAMES_WITH_ENUMERATION_COMMA) if (masked.includes(name)) masked = masked.split(name).join(name.replace(/、/g, '\u0000'));
  return masked.split('、').map((piece) => piece.replace(/\u0000/g, '、'));
}

function listedItemsBefore(text: string, end: number, floor: number): Item[] | undefined {
  // No `、` between the floor and the count (most counts): no list, and no walk back over the clause.
  // (Searched within the clause only: `lastIndexOf` would run back to the text's start when none is near.)
  if (!text.slice(floor, end).includes('、')) return undefined;
  let s = end;
  while (s > floor && CLAUSE_STOP[text.charCodeAt(s - 1)] === 0) s--;
  const stretch = text.slice(s, end);
  if (!stretch.includes('、')) return undefined;
  const items: Item[] = [];
  let at = s;
  for (const piece of splitItems(stretch)) {
    items.push({ text: piece, start: at, end: at + piece.length });
    at += piece.length + 1;
  }
  // The first item carries the words before the list (`推进东区`); it still counts as one. The
  // last must end at the count: `…示范区分别增加2个` counts what each gained, not the list.
  if (items.some((it, k) => it.text.length === 0 || (k > 0 && (tooLong(items, k) || /[0-9０-９%％]/.test(it.text))))) return undefined;
  // `东区、西区各增加2个` counts what each gained; a 均 before the list (`均履行了公众参与、…五项程序`) does not.
  const last = items[items.length - 1]!.text;
  if (/分别|各|均/.test(last) || LAST_ITEM_ENDS_IN_VERB.test(last) || LAST_ITEM_MAKES.test(last)) return undefined;
  return items.length >= 2 ? items : undefined;
}

/** The items in brackets right after a count and its noun: `10个自建处罚系统(交通运输、消防…)`. */
function bracketedItemsAfter(text: string, from: number, limit: number): Item[] | undefined {
  let p = from;
  // The bracket follows the count's own noun at once: `3个市、9个县（市、区）` brackets the 9, not the 3.
  while (p < limit && p - from <= 12 && NOUN_STOP[text.charCodeAt(p)] === 0) p++;
  if (text[p] !== '（' && text[p] !== '(') return undefined;
  // Searched no further than a bracket can reach, so that an unclosed one costs little.
  const close = text.slice(p + 1, Math.min(limit, p + 201)).indexOf(text[p] === '（' ? '）' : ')') + p + 1;
  if (close === p) return undefined;
  if (close < 0 || close > limit || close - p > 200) return undefined;
  const inner = text.slice(p + 1, close);
  if (!inner.includes('、') || /[，,。；;0-9０-９]/.test(inner)) return undefined;
  // `三项任务（其余城市建设、民生保障等工作按年度计划分别推进）`: a bracket about the rest, or one left open
  // with 等, lists no items of the count.
  if (/^(?:其余|其他|另|除)|等/.test(inner)) return undefined;
  const items: Item[] = [];
  let at = p + 1;
  for (const piece of inner.split('、')) {
    items.push({ text: piece, start: at, end: at + piece.length });
    at += piece.length + 1;
  }
  if (items.some((it, k) => it.text.length === 0 || tooLong(items, k))) return undefined;
  // `3个县（市、区）`, `12个乡（镇、街道）`: the bracket glosses the level, it lists nothing.
  if (items.every((it) => /^(?:省|市|区|县|旗|州|盟|镇|乡|街道|村|社区|场|园区)$/.test(it.text))) return undefined;
  return items;
}

/**
 * `重点推进三项改革:财政体制改革、国企改革、投融资体制改革`, `办好十件民生实事,分别是:…`: the
 * list a colon (or 分别是, 即, 包括) opens right after the count's noun, to the end of its clause.
 * Every item ends with the noun's head, or 分别 says the list is all of them; or the items are
 * titles in book marks, which name one thing each.
 */
function colonItemsAfter(text: string, from: number, limit: number): Item[] | undefined {
  const m = /^([\u4e00-\u9fff]{1,8}?)(?:[：:]|[，,]\s*(分别是|分别为|即|包括)[：:]?)/.exec(text.slice(from, from + 20));
  if (!m) return undefined;
  const start = from + m[0].length;
  // `五项配套制度,即《…规定》《…办法》《…细则》`: titles in book marks, each an item, 、 or not between.
  const titles = /^(?:《[^《》\n]{1,40}》[、和及]?){2,}/.exec(text.slice(start, Math.min(limit, start + 400)));
  if (titles && /^\s*(?:[，,。；;！？!?\n]|$)/.test(text.slice(start + titles[0].length, start + titles[0].length + 1))) {
    const out: Item[] = [];
    for (const t of titles[0].matchAll(/《[^《》]*》/g)) out.push({ text: t[0], start: start + t.index, end: start + t.index + t[0].length });
    return out;
  }
  let end = start;
  while (end < limit && !/[。；;！？!?\n，,：:（(“"]/.test(text[end]!)) end++;
  // A list may end at a comma where its items all name the counted noun (below): `三项工作机制,即…机制、
  // …机制和…机制,推动…`. Without 分别 or that noun it may go on past it.
  const atComma = end < limit && /[，,]/.test(text[end]!);
  if (end < limit && !/[。；;！？!?\n]/.test(text[end]!) && !atComma) return undefined;
  const stretch = text.slice(start, end);
  const pieces = stretch.split('、');
  if (pieces.length < 3) return undefined;
  const items: Item[] = [];
  let at = start;
  for (const piece of pieces) {
    items.push({ text: piece, start: at, end: at + piece.length });
    at += piece.length + 1;
  }
  if (items.some((it, k) => it.text.length === 0 || tooLong(items, k) || /[0-9０-９%％]/.test(it.text)) || /等$/.test(stretch)) return undefined;
  const head = m[1]!.replace(/^[个项件张条大种类批]/, '').slice(-2);
  if (head.length === 2 && items.every((it) => it.text.endsWith(head))) return items;
  if (m[2]?.startsWith('分别') && !atComma) return items;
  return undefined;
}

/** Whether a name ends as the counted noun does, or the noun begins as the name ends: `南区` and `片区`. */
function headAgrees(name: string, noun: string): boolean {
  const last = name.replace(/[^\u4e00-\u9fff]/g, '').slice(-1);
  if (!last) return false;
  // The counted noun is the first word after the count: `3个片区改造` counts 片区.
  return noun.slice(0, 4).includes(last);
}

/** `“五个统一”,即统一主体、统一文书、统一流程`, `“四个一批”问题清单:…`: a quoted name and the list that defines it. */
function definedItemsAfter(text: string, from: number, limit: number): Item[] | undefined {
  // (The name's noun may stand between the quote and the colon: `“四个一批”问题清单:`.)
  const near = /^([\u4e00-\u9fff]{1,6})[”"’」』](?:[\u4e00-\u9fff]{1,4}(?=[：:]))?[，,：:]?\s*(?:即|包括|就是|是指)?[：:]?/.exec(text.slice(from, from + 20));
  // (Or what the name makes up, then 即: `“三个清单”内部廉政风险防控机制,即…`, where every item then names
  // the name's noun.)
  const far = near && near[0].length > near[1]!.length + 1 ? null : /^([\u4e00-\u9fff]{1,6})[”"’」』][\u4e00-\u9fff]{2,14}[，,]\s*即[：:]?/.exec(text.slice(from, from + 32));
  const m = far ?? near;
  if (!m) return undefined;
  const start = from + m[0].length;
  let end = start;
  // The defined list runs to the end of its clause: `即A清单、B清单、C清单,涉及…` names three.
  while (end < limit && !/[。；;！？!?\n，,]/.test(text[end]!)) end++;
  const stretch = text.slice(start, end);
  if (!stretch.includes('、') || /[：:]/.test(stretch)) return undefined;
  const items: Item[] = [];
  let at = start;
  for (const piece of stretch.split('、')) {
    items.push({ text: piece, start: at, end: at + piece.length });
    at += piece.length + 1;
  }
  if (items.some((it, k) => it.text.length === 0 || tooLong(items, k) || /[0-9０-９%％]/.test(it.text))) return undefined;
  // `“三个当场”:指对群众报案、控告、举报、扭送,…当场接受、当场登记、当场出具`: a name that is no kind of
  // thing (制度, 清单…) is given by items that hold it; a list without it is something else.
  const noun = m[1]!.replace(/^[个项张条大种类]/, '');
  // (`“三大专项行动”:外贸主体培育行动、…`: items holding the name's head, `行动`, give it too.)
  if (noun.length >= 2 && !mentions(noun, ENUMERATED_KINDS) && !items.some((it) => it.text.includes(noun) || it.text.includes(noun.slice(-2)))) return undefined;
  // (`“四个一”工作法,即一张…清单、一套…流程`: each of the ones opens with 一.)
  if (far && !(noun === '一' ? items.every((it) => it.text.startsWith('一')) : noun.length >= 2 && items.every((it) => it.text.endsWith(noun.slice(-2))))) return undefined;
  return items;
}

/** An institution's name may hold `和` (`住房和城乡建设局`): it names one body, not two. */
const INSTITUTION = /和.+(?:局|部|厅|委|办|院|会|所|处|中心|集团|公司|学校|大学)$/;

function joins(item: Item): number {
  if (INSTITUTION.test(item.text)) return 0;
  // `与检察公益诉讼协作`, `水行政执法与刑事司法衔接`: 与 before what two things do together ties them in one item.
  const text = item.text.replace(NOT_JOINING, '').replace(TOGETHER, '');
  return (text.match(CONJUNCTION) ?? []).length;
}
const TOGETHER = /^[与和同]|[与和同](?=[^、，,]{1,12}(?:衔接|协作|合作|融合|结合|对接|联动|协同|共建)$)/g;
const NOT_JOINING = new RegExp(WORDS_WITH_CONJUNCTION_CHARACTERS.join('|'), 'g');

/**
 * The conjunctions of an item each side of which ends with the counted noun (`A清单和B清单` for `清单`),
 * or with the same word as the other (`诉调对接和警调对接`): two things of one kind.
 */
function certainJoins(item: Item, counted: string): number {
  const head = counted.slice(0, 2);
  if (head.length < 2 || INSTITUTION.test(item.text)) return 0;
  const pieces = item.text.replace(NOT_JOINING, (w) => '\u0000'.repeat(w.length)).split(CONJUNCTION_ONCE);
  if (pieces.length < 2) return 0;
  if (pieces.every((p) => p.endsWith(head))) return pieces.length - 1;
  const end = pieces[0]!.slice(-2);
  return pieces.length === 2 && /^[\u4e00-\u9fff]{2}$/.test(end) && pieces.every((p) => p.length >= 4 && p.endsWith(end)) ? 1 : 0;
}
const CONJUNCTION_ONCE = /和|及|与|以及/;

/** An item that names a place: the count after such a list may count things in each. */
const PLACE_END = /(?:省|市|县|区|镇|乡|村|州|旗|街道|社区|园区)$/;

/**
 * The inline items that follow a count at once: `部署了12项任务举措:一是…;二是…`, `今年再办好14件
 * 民生实事。一是…`. The run ends where the numbering does (a new `一是`, a break in the sequence).
 */
function inlineItemsAfter(model: ReportModel, f: Figure): Item[] | undefined {
  const headings = model.headings;
  const from = f.quantity.span.end;
  const k0 = lowerBound(headings, from, (h) => h.markerSpan.start);
  const first = headings[k0];
  if (!first || first.kind === 'part' || first.kind === 'plain' || first.ordinal !== 1 || first.markerSpan.start - from > 24) return undefined;
  const gap = model.text.slice(from, first.markerSpan.start);
  // Only the count's own noun, then a colon (`项任务举措:`), or a full stop after a count of
  // things to do (`再办好14件民生实事。`) — not a predicate (`其余4件正在办理中。`).
  if (!/^[^，,。；;：:0-9０-９]{0,16}[：:。]\s*$/.test(gap)) return undefined;
  if (!/[：:]\s*$/.test(gap) && (!TO_DO.test(f.cue) || /正在|已|尚|未/.test(gap))) return undefined;
  // `召开…会议4次。一是带头学法…`: people are no things to do.
  if (/^(?:名|人)$/.test(f.quantity.unit)) return undefined;
  const items: Item[] = [];
  let last: Heading | undefined;
  // The items are the first one's siblings of its form (`1.`…`8.` on lines of their own, or
  // `一是…二是…` in the paragraph); headings nested in them are skipped, a higher one ends the run.
  for (let k = k0; k < headings.length && items.length < 50; k++) {
    const h = headings[k]!;
    if (h.kind !== first.kind || h.parent !== first.parent) {
      if (h.rank <= first.rank && h.kind !== 'inline') break;
      continue;
    }
    if (last && h.ordinal !== last.ordinal + 1) break;
    items.push({ text: h.marker + h.title, start: h.markerSpan.start, end: h.headingSpan.end });
    last = h;
  }
  return items.length >= 2 ? items : undefined;
}

/** Every count stated for a list of named items. */
export function readListCounts(model: ReportModel): ListCount[] {
  const text = model.text;
  const out: ListCount[] = [];
  for (const f of model.figures) {
    const q = f.quantity;
    if (q.kind !== 'count' || q.qualifier !== 'exact' || q.decimals > 0 || q.magnitude || q.value < 1 || q.value > MAX_COUNT) continue;
    // Times and spans count occurrences, not the things named before them: `组织甲、乙、丙开展研讨2次`.
    if (OCCURRENCES.test(q.unit)) continue;
    // `申请人主动撤回申请、复议终止1件;`: one case told in two ways, the count closing its clause.
    if (q.value === 1 && /^[，,；;。]/.test(text.slice(q.span.end, q.span.end + 1))) continue;
    const sentenceStart = model.sentences[f.sentence]!.span.start;
    // The count right after the last item, perhaps after `等`, `共` or `这`: `…南区3个片区`, `…等6项`.
    let end = q.span.start;
    // `…等“四张清单”`: a count in quotes right after the list.
    if (end > sentenceStart && /[“"「『]/.test(text[end - 1]!)) end--;
    let open = false;
    const joiner = /(?:等|共|这|此|合计|总计)$/.exec(text.slice(Math.max(sentenceStart, end - 2), end));
    if (joiner) {
      open = joiner[0] === '等';
      end -= joiner[0].length;
    }
    let items = quotedItemsBefore(text, end, sentenceStart);
    let ofCountedKind = items !== undefined;
    if (!items) {
      // The list starts after the figure before it, if one stands in its clause: `…等6个全国整治项目和
      // 甲、乙2个省级整治项目`.
      const previous = model.figures[f.index - 1];
      let floor = sentenceStart;
      if (previous && previous.sentence === f.sentence && previous.quantity.span.end > sentenceStart) {
        // Right after that figure stands its own noun; the list can only start after a conjunction.
        const stretch = text.slice(previous.quantity.span.end, end);
        if (!/[，,。；;：:！？!?（()）]/.test(stretch)) {
          const join = /^[^、]*?(?:和|及|以及|与)/.exec(stretch);
          floor = join ? previous.quantity.span.end + join[0].length : end;
        }
      }
      // `细化为“轻微、一般、较重、严重”4个档次`: a list in quotes right before the count is all of it.
      let last = end;
      if (text[end - 1] === '”') {
        const opening = text.lastIndexOf('“', end - 1);
        if (opening >= floor && text.slice(opening + 1, end - 1).includes('、') && !/[“”]/.test(text.slice(opening + 1, end - 1))) {
          floor = opening + 1;
          last = end - 1;
        }
      }
      items = floor < last ? listedItemsBefore(text, last, floor) : undefined;
      // `发放城乡低保、特困供养、残疾人两项补贴等`: people right before the count own what it counts
      // (the two subsidies of the disabled); they are the last item's name, not the list it counts.
      // (Unless the count is of people too: `退役军人、残疾人、低保家庭三类群体`.)
      if (items && !joiner && /(?:人|群众|家庭|学生|儿童|老人|职工)$/.test(items[items.length - 1]!.text) && !/^(?:人|名|户|位)/.test(q.unit) && !/^(?:群体|人群|对象|人员|群众|家庭)/.test(f.following)) items = undefined;
      const noun = f.following.replace(/^的/, '');
      // (Titles won, `获评国家卫生城市、…示范区4项称号`, are named as places are: each item is one.)
      const titles = /^(?:荣誉)?称号|^荣誉/.test(noun) && items !== undefined && /(?:获评|获得|荣获|被评为|获批|创成)/.test(items[0]!.text);
      ofCountedKind = items !== undefined && noun.length > 0 && (titles || items.slice(1).every((it) => headAgrees(it.text, noun)) || (mentions(noun.slice(0, 4), ENUMERATED_KINDS) && !items.some((it) => PLACE_END.test(it.text))));
    }
    let where: 'before' | 'after' = 'before';
    // `不予处罚、首违不罚等“四张清单”,即A清单、B清单、C清单`: a list that 即 defines after the count says
    // what it counts, whatever stands before it: a list left open by 等, or those who made the things
    // (`会同市公安局、市人民检察院建立“五项工作机制”,即…`).
    const defined = q.singleCharacter ? definedItemsAfter(text, q.span.end, model.sentences[f.sentence]!.span.end) : undefined;
    if (defined) items = undefined;
    let numbered = false;
    if (!items) {
      const limit = model.sentences[f.sentence]!.span.end;
      const listed = defined ?? bracketedItemsAfter(text, q.span.end, limit) ?? colonItemsAfter(text, q.span.end, limit);
      items = listed ?? inlineItemsAfter(model, f);
      // Headings and `一是…二是…` number their items: `（三）强化行政复议和应诉工作` is one of them, whatever its 和.
      numbered = listed === undefined && items !== undefined;
      where = 'after';
      open = false;
      ofCountedKind = true;
    }
    if (!items) continue;
    // `和` may join two items (`水产和林下经济`) or belong to one (`黄河中游和华北地区生态屏障`,
    // `航空航天与低空经济`): it only widens the range of readings.
    // `减轻处罚清单和不予实施行政强制措施清单`: where each side of the 和 ends with the counted noun, it joins two.
    const counted = (where === 'after' ? text.slice(q.span.end, q.span.end + 8) : f.following).replace(/^[^\u4e00-\u9fff]*/, '').replace(/[”"’」』，,].*$/, '');
    // (Only in the last item: a list joins its last with 和, so a 和 in an item before a 、 belongs to it,
    // `…、资质等级建筑业企业和房地产开发经营企业、…四类企业`.)
    const least = items.length + (numbered ? 0 : certainJoins(items[items.length - 1]!, counted));
    // (A join that is certain counts for the most too: `诉调对接和警调对接` is no `X与Y对接` of one.)
    const most = numbered ? least : Math.max(least, items.length + items.reduce((n, it) => n + joins(it), 0));
    // No figure may stand inside the list: `新获批1所…机构、新筹建1个…` are two counts, not a list.
    const firstFigure = lowerBound(model.quantities, items[0]!.start, (x) => x.span.start);
    const inside = model.quantities[firstFigure];
    if (where === 'before' && inside && inside.span.start < items[items.length - 1]!.end && inside !== q) continue;
    const n = q.value;
    // A count far from the number of items counts something else.
    if ((!open && n > most + Math.max(1, Math.floor(most / 3))) || n < least - Math.max(1, Math.floor(least / 3))) continue;
    out.push({
      kind: 'listCount', count: f, items, least, most, open, ofCountedKind,
      reading: 'explicit',
      evidence: [{ words: where === 'before' ? '、' : '(…)', span: { start: items[0]!.start, end: items[items.length - 1]!.end } }],
    });
  }
  return out;
}

/**
 * Whether the count agrees with the items named. Fewer than the items named is a contradiction
 * (unless `和` may join two names into one item); more is one only for a closed list of the counted
 * kind — an open list (`等`) may leave some out, and names of places may hold several of the things
 * counted.
 */
export function listCountAgrees(l: ListCount): boolean {
  const n = l.count.quantity.value;
  if (n < l.least) return false;
  return l.open || !l.ofCountedKind || n <= l.most;
}
