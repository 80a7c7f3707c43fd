/**
 * Recognising heading markers: the block levels that open a line (`一、` `(一)` `1.` `(1)` `①`) and
 * the inline enumeration items (`一是…二是…`) inside paragraphs.
 *
 * Only the marker is recognised here; placing headings in a tree is `parseReport`'s job.
 */
import { parseChineseNumeral } from './chineseNumerals';
import { BLOCK_FORMS, HEADING_FORMS, HeadingKind } from './headingForms';
import { codeSet, indexOfAny, isBlank, Span } from './text';

export type { HeadingKind } from './headingForms';

/**
 * Nesting rank of each marker form: a heading belongs to the nearest preceding heading of a
 * smaller rank. `plain` (a Markdown heading without a number) takes its rank from its `#` count.
 */
export const KIND_RANK: Readonly<Record<Exclude<HeadingKind, 'plain'>, number>> = Object.fromEntries(
  HEADING_FORMS.filter((f) => f.kind !== 'plain').map((f) => [f.kind, f.rank]),
) as Record<Exclude<HeadingKind, 'plain'>, number>;

export interface BlockHeadingMatch {
  readonly kind: Exclude<HeadingKind, 'inline' | 'part'>;
  readonly rank: number;
  /** The number the marker states (1 for `一、`, `(一)`, `1.`, `①`); 0 for a plain Markdown heading. */
  readonly ordinal: number;
  /** The marker as written, e.g. `（一）`, `1．`; empty for a plain Markdown heading. */
  readonly marker: string;
  readonly markerSpan: Span;
  /** The heading text: after the marker, up to the first sentence end or the line end. */
  readonly titleSpan: Span;
  /** Number of `#` for a Markdown ATX heading, else 0. */
  readonly markdownLevel: number;
  /**
   * `3.5G网络…`, `1.12345热线…`, `2．2024年…`: an item number followed by a digit, which may be a
   * heading or a decimal (`12.4宪法宣传周`). The parser decides from the numbering around it.
   */
  readonly tentative?: boolean;
}

/** The second line of a section marker broken after its bracket by a web copy: `（` / `三）改革开放…`. */
const SPLIT_SECTION = /([一二三四五六七八九十]{1,3})[)）]/y;
const MD_ATX = /#{1,6}(?=[ \t])/y;
/** Where a heading's title ends: the first sentence end or colon. */
const TITLE_END = codeSet('。；;：:！？!?');

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Skips `**` or `__` that open bold text in Markdown (`**一、总体情况**`). */
function skipEmphasis(text: string, at: number, end: number): number {
  while (at + 1 < end && (text.startsWith('**', at) || text.startsWith('__', at))) at += 2;
  return at;
}

function titleSpanFrom(text: string, start: number, lineEnd: number, markdown: boolean): Span {
  let s = start;
  while (s < lineEnd && isBlank(text[s]!)) s++;
  const stop = indexOfAny(text, TITLE_END, s, lineEnd);
  let e = stop >= 0 ? stop : lineEnd;
  while (e > s && isBlank(text[e - 1]!)) e--;
  if (markdown) {
    // Closing `#`s of an ATX heading and closing emphasis are not part of the title.
    while (e > s && (text[e - 1] === '#' || text[e - 1] === '*' || text[e - 1] === '_' || isBlank(text[e - 1]!))) e--;
  }
  return { start: s, end: e };
}

/**
 * The block heading that opens the line `[lineStart, lineEnd)`, if any.
 * `markdown` enables ATX `#` headings and emphasis around the marker.
 */
export function matchBlockHeading(
  text: string,
  lineStart: number,
  lineEnd: number,
  markdown: boolean,
): BlockHeadingMatch | undefined {
  let at = lineStart;
  while (at < lineEnd && isBlank(text[at]!)) at++;
  if (at >= lineEnd) return undefined;
  let markdownLevel = 0;
  if (markdown) {
    const atx = sticky(MD_ATX, text, at);
    if (atx) {
      markdownLevel = atx[0].length;
      at += markdownLevel;
      while (at < lineEnd && isBlank(text[at]!)) at++;
    }
    at = skipEmphasis(text, at, lineEnd);
    if (at >= lineEnd) return undefined; // a line of `**` or `__` only
  }
  const found = matchMarker(text, at, lineEnd);
  if (found) {
    const titleSpan = titleSpanFrom(text, found.end, lineEnd, markdown);
    if (titleSpan.end <= titleSpan.start) return undefined; // a bare `一、` is not a heading
    return {
      kind: found.kind,
      rank: KIND_RANK[found.kind],
      ordinal: found.ordinal,
      marker: text.slice(at, found.end),
      markerSpan: { start: at, end: found.end },
      titleSpan,
      markdownLevel,
      ...(found.tentative ? { tentative: true } : {}),
    };
  }
  if (markdownLevel > 0) {
    const titleSpan = titleSpanFrom(text, at, lineEnd, true);
    if (titleSpan.end <= titleSpan.start) return undefined;
    return {
      kind: 'plain',
      // `#` is the document title (rank 0); `##` sits with `一、`, `###` with `(一)`, and so on.
      rank: markdownLevel - 1,
      ordinal: 0,
      marker: '',
      markerSpan: { start: at, end: at },
      titleSpan,
      markdownLevel,
    };
  }
  return undefined;
}

function matchMarker(
  text: string,
  at: number,
  lineEnd: number,
): { kind: Exclude<HeadingKind, 'inline' | 'plain' | 'part'>; ordinal: number; end: number; tentative?: boolean } | undefined {
  for (const form of BLOCK_FORMS) {
    const m = form.match(text, at, lineEnd);
    if (m) return { kind: form.kind as Exclude<HeadingKind, 'inline' | 'plain' | 'part'>, ...m };
  }
  return undefined;
}

/**
 * A section heading whose opening bracket a web copy left alone on the line before (`（` then
 * `三）改革开放…`): the marker is read as `（三）`, so the numbering and the outline stay whole.
 */
export function matchSplitSection(text: string, lineStart: number, lineEnd: number, bracket: string): BlockHeadingMatch | undefined {
  let at = lineStart;
  while (at < lineEnd && isBlank(text[at]!)) at++;
  const m = sticky(SPLIT_SECTION, text, at);
  if (!m || at + m[0].length > lineEnd) return undefined;
  const ordinal = parseChineseNumeral(m[1]!);
  if (ordinal === undefined || ordinal <= 0) return undefined;
  const end = at + m[0].length;
  const titleSpan = titleSpanFrom(text, end, lineEnd, false);
  if (titleSpan.end <= titleSpan.start) return undefined;
  return { kind: 'section', rank: KIND_RANK.section, ordinal, marker: bracket + m[0], markerSpan: { start: at, end }, titleSpan, markdownLevel: 0 };
}

export interface InlineItemMatch {
  readonly ordinal: number;
  /** `一是`, or the bare numeral when the writer dropped the 是 (`三法治督察…`). */
  readonly marker: string;
  readonly markerSpan: Span;
  /** True for `三法治…` where `三是` was meant: recognised only to continue a running list. */
  readonly missingShi: boolean;
}

// An item opens a sentence or clause: at the line start or after sentence or clause punctuation.
// Matched as the numeral and 是, the place before checked by hand: a pattern that starts with the
// numerals is scanned for much faster than one that starts with `^` or punctuation.
const INLINE_ITEM = /([一二三四五六七八九十]{1,2})是/g;
const ITEM_OPENERS = codeSet('。；;：:，,！？!?');
const BARE_ITEM_OPENERS = codeSet('。；;！？!?');
/**
 * After a list has reached n, a clause opening with the numeral n+1 and no 是 continues it
 * (`二是…。三法治督察抓实抓细。`). What may not follow the numeral: measure words, time words and
 * numeral characters, which make `三年来`, `三个方面`, `三项制度` ordinary text.
 */
const BARE_NUMERAL_FOLLOWERS_NOT_ITEMS = new Set(
  '年月日天周个项次条名人件家所种类级大方面批期轮届部支套位季度倍成是十百千万亿零〇一二三四五六七八九两分层化类型点'.split(''),
);
const BARE_ITEM = /([一二三四五六七八九十]{1,2})(?=[\u4e00-\u9fff])/g;

/** Whether `line[at]` opens the line or a clause: only blanks between it and the line start or a stop of `openers`. */
function opensClause(line: string, at: number, openers: ReadonlySet<number>): boolean {
  let k = at;
  while (k > 0 && (line[k - 1] === ' ' || line[k - 1] === '\t' || line[k - 1] === '\u3000')) k--;
  return k === 0 || openers.has(line.charCodeAt(k - 1));
}

/**
 * Inline enumeration items in `text[start, end)` (one line), in order. `lastOrdinal(found)` tells
 * the ordinal of the list running before the next candidate, given the items accepted so far on
 * this line (0 when no list runs); the caller keeps that state because lists run across lines
 * under one heading. A list starts only at `一是`: a lone `三是` with no list running is prose.
 */
export function findInlineItems(
  text: string,
  start: number,
  end: number,
  lastOrdinal: (found: readonly InlineItemMatch[]) => number,
  listRunning: boolean,
): InlineItemMatch[] {
  const line = text.slice(start, end);
  const items: InlineItemMatch[] = [];
  INLINE_ITEM.lastIndex = 0;
  const candidates: InlineItemMatch[] = [];
  for (let m = INLINE_ITEM.exec(line); m; m = INLINE_ITEM.exec(line)) {
    if (!opensClause(line, m.index, ITEM_OPENERS)) continue;
    const ordinal = parseChineseNumeral(m[1]!);
    const markerStart = start + m.index;
    if (ordinal !== undefined && ordinal > 0) {
      candidates.push({ ordinal, marker: m[1]! + '是', markerSpan: { start: markerStart, end: markerStart + m[1]!.length + 1 }, missingShi: false });
    }
  }
  // A numeral without 是 only continues a list: look for one only when a list is under way.
  BARE_ITEM.lastIndex = listRunning || candidates.length > 0 ? 0 : line.length + 1;
  for (let m = BARE_ITEM.exec(line); m; m = BARE_ITEM.exec(line)) {
    if (!opensClause(line, m.index, BARE_ITEM_OPENERS)) continue;
    const numeralStart = start + m.index;
    const next = line[m.index + m[0].length];
    if (next === undefined || BARE_NUMERAL_FOLLOWERS_NOT_ITEMS.has(next)) continue;
    const ordinal = parseChineseNumeral(m[1]!);
    if (ordinal === undefined || ordinal < 2) continue;
    candidates.push({ ordinal, marker: m[1]!, markerSpan: { start: numeralStart, end: numeralStart + m[1]!.length }, missingShi: true });
  }
  candidates.sort((a, b) => a.markerSpan.start - b.markerSpan.start);
  for (const c of candidates) {
    const last = lastOrdinal(items);
    const accept = c.missingShi ? last > 0 && c.ordinal === last + 1 : c.ordinal === 1 || last > 0;
    if (accept) items.push(c);
  }
  return items;
}
