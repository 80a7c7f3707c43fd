/**
 * `parseReport`: text in, report model out, in one pass over the lines.
 */
import { readFigures } from './figures';
import { findFrontMatter, findSignOff } from './frontMatter';
import { BlockHeadingMatch, findInlineItems, KIND_RANK, matchBlockHeading, matchSplitSection } from './headings';
import { isPartTitle, PartTitle, partTitleOf } from './structure';
import { findQuantities, Quantity } from './quantities';
import { Heading, Paragraph, ReportFormat, ReportModel } from './reportModel';
import { codeSet, indexOfAny, isBlankCode, isHan, LineIndex, lowerBound, Span, trimSpan } from './text';

export interface ParseOptions {
  /** `markdown` enables `#` headings and skips fenced code. Default `plain`. */
  readonly format?: ReportFormat;
}

/** Where an inline item's title ends. */
const ITEM_TITLE_END = codeSet('。；;！？!?：:');
const FENCE = /^[ \t]*(```|~~~)/;

/** Parses one version of a document into its report model. Never throws on any string. */
export function parseReport(text: string, options: ParseOptions = {}): ReportModel {
  const format: ReportFormat = options.format ?? 'plain';
  const markdown = format === 'markdown';
  const lines = new LineIndex(text);
  const lineCount = lines.lineCount;

  const matches: (BlockHeadingMatch | undefined)[] = new Array(lineCount);
  let inFence = false;
  for (let i = 0; i < lineCount; i++) {
    const l = lines.lines[i]!;
    if (markdown && FENCE.test(text.slice(l.start, Math.min(l.end, l.start + 16)))) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    matches[i] = matchBlockHeading(text, l.start, l.end, markdown);
    if (!matches[i] && i > 0 && lines.lines[i - 1]!.end - lines.lines[i - 1]!.start <= 4) {
      const prev = text.slice(lines.lines[i - 1]!.start, lines.lines[i - 1]!.end).trim();
      if (prev === '（' || prev === '(') matches[i] = matchSplitSection(text, l.start, l.end, prev);
    }
  }
  const isNumberedHeading = (i: number) => matches[i] !== undefined && matches[i]!.kind !== 'plain';
  const frontMatter = findFrontMatter(lines, isNumberedHeading, markdown);
  const bodyStartLine = frontMatter ? frontMatter.endLine + 1 : 0;
  const signOff = findSignOff(lines, isNumberedHeading, bodyStartLine);
  const bodyEndLine = signOff ? signOff.startLine - 1 : lineCount - 1;

  let title: ReportModel['title'];
  if (frontMatter?.titleLine !== undefined) {
    const l = lines.lines[frontMatter.titleLine]!;
    const m = matches[frontMatter.titleLine];
    const span = m ? m.titleSpan : trimSpan(text, l.start, l.end);
    title = { text: text.slice(span.start, span.end), line: l.index, span };
  }

  const partTitles = findPartTitles(text, lines, matches, bodyStartLine, bodyEndLine);
  const acceptTentative = tentativeItemJudge(matches);

  const headings: Heading[] = [];
  const roots: Heading[] = [];
  const paragraphs: Paragraph[] = [];
  const partBreaks: number[] = [];
  const stack: Heading[] = [];
  /** The inline list running under each parent (the root's is keyed by null). */
  const runningList = new Map<Heading | null, Heading>();
  let lastContentEnd = lines.lines[bodyStartLine]?.start ?? text.length;
  let lastContentLine = bodyStartLine;

  const close = (h: Heading) => {
    h.sectionSpan = { start: h.sectionSpan.start, end: Math.max(lastContentEnd, h.headingSpan.end) };
    h.sectionEndLine = Math.max(lastContentLine, h.line);
  };
  const attach = (h: Heading) => {
    headings.push(h);
    if (h.parent) h.parent.children.push(h);
    else roots.push(h);
  };

  inFence = false;
  let nextShi = text.indexOf('是');
  for (let i = bodyStartLine; i <= bodyEndLine; i++) {
    const l = lines.lines[i]!;
    const content = trimSpan(text, l.start, l.end);
    if (content.end <= content.start) continue;
    if (markdown && FENCE.test(text.slice(l.start, Math.min(l.end, l.start + 16)))) {
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    let m = matches[i];
    // `3.5G网络…` is the heading `3.` when the numbering around it says so, else a decimal in body text.
    if (m?.tentative) {
      const parent = [...stack].reverse().find((h) => h.rank < m!.rank);
      const lastItem = parent ? [...parent.children].reverse().find((c) => c.kind === m!.kind) : [...roots].reverse().find((c) => c.kind === m!.kind);
      if (!acceptTentative(i, lastItem?.ordinal ?? 0)) m = undefined;
    }
    let scanFrom = l.start;
    const part = partTitles.get(i);
    if (!m && part) {
      // A part (the year's tasks after the review, a glossary, an attachment) ends every open
      // section: its headings belong to it and number afresh.
      while (stack.length > 0) close(stack.pop()!);
      runningList.clear();
      partBreaks.push(i);
      const h: Heading = {
        kind: 'part', rank: KIND_RANK.part, ordinal: 0, marker: '', title: text.slice(content.start, content.end).replace(/[:：]$/, ''),
        line: i, markerSpan: { start: content.start, end: content.start }, headingSpan: content,
        sectionSpan: { start: content.start, end: content.end }, sectionEndLine: i, parent: undefined, children: [],
        missingShi: false, figureCount: 0, part: part.kind,
      };
      attach(h);
      stack.push(h);
      lastContentEnd = content.end;
      lastContentLine = i;
      paragraphs.push({ line: i, span: content });
      continue;
    }
    // A `#` title inside the body ranks 0 and is kept out of the outline like the front matter's.
    if (m && m.rank >= 1) {
      while (stack.length > 0 && stack[stack.length - 1]!.rank >= m.rank) close(stack.pop()!);
      const parent = stack[stack.length - 1];
      const h: Heading = {
        kind: m.kind,
        rank: m.rank,
        ordinal: m.ordinal,
        marker: m.marker,
        title: text.slice(m.titleSpan.start, m.titleSpan.end),
        line: i,
        markerSpan: m.markerSpan,
        headingSpan: { start: m.markerSpan.start, end: m.titleSpan.end },
        sectionSpan: { start: m.markerSpan.start, end: content.end },
        sectionEndLine: i,
        parent,
        children: [],
        missingShi: false,
        figureCount: 0,
        ...(parent === undefined || parent.kind === 'part' ? partOfChapter(text.slice(m.titleSpan.start, m.titleSpan.end)) : {}),
      };
      attach(h);
      stack.push(h);
      scanFrom = m.markerSpan.end;
    }
    paragraphs.push({ line: i, span: content });

    const parent = stack[stack.length - 1];
    const key = parent ?? null;
    const running = runningList.get(key)?.ordinal ?? 0;
    // Most lines hold no list item: look only where a 是 stands or a list is running. The next 是
    // is remembered, so the search runs through the text once, not once per line.
    if (nextShi !== -1 && nextShi < scanFrom) nextShi = text.indexOf('是', scanFrom);
    const items =
      (nextShi !== -1 && nextShi < l.end) || running > 0
        ? findInlineItems(text, scanFrom, l.end, (found) => (found.length > 0 ? found[found.length - 1]!.ordinal : running), running > 0)
        : [];
    for (let k = 0; k < items.length; k++) {
      const it = items[k]!;
      const nextStart = k + 1 < items.length ? items[k + 1]!.markerSpan.start : content.end;
      const sectionSpan = trimSpan(text, it.markerSpan.start, nextStart);
      const titleSpan = itemTitleSpan(text, it.markerSpan.end, sectionSpan.end);
      const h: Heading = {
        kind: 'inline',
        rank: KIND_RANK.inline,
        ordinal: it.ordinal,
        marker: it.marker,
        title: text.slice(titleSpan.start, titleSpan.end),
        line: i,
        markerSpan: it.markerSpan,
        headingSpan: { start: it.markerSpan.start, end: titleSpan.end },
        sectionSpan,
        sectionEndLine: i,
        parent,
        children: [],
        missingShi: it.missingShi,
        figureCount: 0,
      };
      attach(h);
      runningList.set(key, h);
    }
    lastContentEnd = content.end;
    lastContentLine = i;
  }
  while (stack.length > 0) close(stack.pop()!);

  const bodyStart = lines.lines[bodyStartLine]?.start ?? text.length;
  const bodySpan: Span = { start: bodyStart, end: Math.max(bodyStart, lastContentEnd) };
  const quantities = findQuantities(text, bodySpan.start, bodySpan.end);
  countFigures(headings, quantities);
  const { figures, sentences } = readFigures(text, quantities);

  const stats = countCharacters(text);
  const blockHeadings = headings.filter((h) => h.kind !== 'inline' && h.kind !== 'plain').length;
  const inlineItems = headings.length - blockHeadings;
  const isReport =
    stats.hanCharacters >= 50 &&
    stats.hanCharacters >= 0.3 * stats.nonBlankCharacters &&
    (blockHeadings >= 2 || inlineItems >= 2 || (title !== undefined && stats.hanCharacters >= 200));

  return {
    text, lines, format, title, frontMatter, signOff,
    roots, headings, paragraphs, partBreaks, quantities, figures, sentences, bodySpan, isReport, stats,
  };
}

/** An inline item's own words are usually a short phrase; a long first clause is cut at its first comma. */
const LONG_ITEM_TITLE = 24;

function itemTitleSpan(text: string, start: number, end: number): Span {
  const stop = indexOfAny(text, ITEM_TITLE_END, start, end);
  let span = trimSpan(text, start, stop >= 0 ? stop : end);
  // The clause punctuation before the next item on the line is not part of this item's title.
  while (span.end > span.start && /[，,、]/.test(text[span.end - 1]!)) span = { start: span.start, end: span.end - 1 };
  if (span.end - span.start > LONG_ITEM_TITLE) {
    const clause = text.slice(span.start, span.end).search(/[，,]/);
    if (clause >= 4) return { start: span.start, end: span.start + clause };
  }
  return span;
}

/** Sets each heading's figure count: the quantities whose start lies in its section. */
function countFigures(headings: readonly Heading[], quantities: readonly Quantity[]): void {
  const start = (q: Quantity) => q.span.start;
  for (const h of headings) h.figureCount = lowerBound(quantities, h.sectionSpan.end, start) - lowerBound(quantities, h.sectionSpan.start, start);
}

/** Enough text to tell a report from anything else: the counts need not cover a 10 MB paste. */
const CLASSIFY_SAMPLE = 256 * 1024;

function countCharacters(text: string): { hanCharacters: number; nonBlankCharacters: number } {
  let han = 0;
  let nonBlank = 0;
  const n = Math.min(text.length, CLASSIFY_SAMPLE);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || isBlankCode(c)) continue;
    nonBlank++;
    if (isHan(c)) han++;
  }
  return { hanCharacters: han, nonBlankCharacters: nonBlank };
}

/** A top-level heading's title may say which part of the report it opens: `三、2026年工作安排`. */
function partOfChapter(title: string): { part?: PartTitle['kind'] } {
  const kind = partTitleOf(title)?.kind;
  return kind ? { part: kind } : {};
}

/**
 * Lines that open a part of the report with numbering of its own: an attachment (`附件1`), a
 * glossary (`名词解释`), or an unnumbered title (`2026年工作安排`) after which the top-level
 * numbering starts again at one.
 */
function findPartTitles(text: string, lines: LineIndex, matches: readonly (BlockHeadingMatch | undefined)[], from: number, to: number): Map<number, PartTitle> {
  const found = new Map<number, PartTitle>();
  /** The highest ordinal seen of each marker kind since the last part began. */
  let seen = new Map<string, number>();
  let topKind: string | undefined;
  /** Whether a heading stood since the last part began: a title right under a part's title is its subtitle. */
  let headingSincePart = true;
  for (let i = from; i <= to; i++) {
    const m = matches[i];
    if (m) {
      if (m.rank >= 1 && !m.tentative) {
        topKind ??= m.kind;
        seen.set(m.kind, Math.max(seen.get(m.kind) ?? 0, m.ordinal));
        headingSincePart = true;
      }
      continue;
    }
    const l = lines.lines[i]!;
    // A part's title is short: longer lines are body text, and are not copied to be looked at.
    if (l.end - l.start > 48) continue;
    const content = text.slice(l.start, l.end).trim();
    if (!isPartTitle(content)) continue;
    const title = partTitleOf(content);
    const next = nextHeading(matches, i + 1, Math.min(to, i + 4));
    // An attachment or glossary always starts a part; another title does when the numbering
    // starts again after it: at one, of a kind that had gone past one, or of a part it names.
    const restarts = next !== undefined && next.ordinal === 1 && ((seen.get(next.kind) ?? 0) >= 2 || (title !== undefined && next.kind === (topKind ?? next.kind)));
    if ((title && (title.kind === 'glossary' || title.kind === 'appendix')) || (restarts && headingSincePart)) {
      found.set(i, title ?? { kind: 'other' });
      seen = new Map();
      topKind = undefined;
      headingSincePart = false;
    }
  }
  return found;
}

function nextHeading(matches: readonly (BlockHeadingMatch | undefined)[], from: number, to: number): BlockHeadingMatch | undefined {
  for (let i = from; i <= to; i++) if (matches[i] && matches[i]!.rank >= 1 && !matches[i]!.tentative) return matches[i];
  return undefined;
}

/**
 * Whether a tentative item heading (`3.5G网络…`) at line `i` is one: it must continue the items
 * before it (`2.` then `3.5G…`), or, as a first item, be followed by item 2 before the next
 * heading of a higher level. Else it is body text that opens with a decimal (`12.4宪法宣传周`).
 */
function tentativeItemJudge(matches: readonly (BlockHeadingMatch | undefined)[]): (i: number, previousOrdinal: number) => boolean {
  return (i, previousOrdinal) => {
    const m = matches[i]!;
    if (m.ordinal === previousOrdinal + 1 && previousOrdinal > 0) return true;
    if (m.ordinal !== 1 || previousOrdinal !== 0) return false;
    // Look ahead, a bounded distance, for the item numbered 2 under the same parent.
    for (let k = i + 1; k < Math.min(matches.length, i + 400); k++) {
      const n = matches[k];
      if (!n) continue;
      if (n.rank < m.rank) return false;
      if (n.kind === m.kind) return n.ordinal === 2;
    }
    return false;
  };
}
