/**
 * `parseReport`: text in, report model out, in one pass over the lines.
 */
import { readFigures } from './figures';
import { findFrontMatter, findSignOff } from './frontMatter';
import { BlockHeadingMatch, findInlineItems, KIND_RANK, matchBlockHeading } from './headings';
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
/** A line that opens an attachment, whose headings number afresh: `附件1`, `附件:2024年…清单`, `附表2`. */
const ATTACHMENT = /^[#*\s]*(附件|附表)\s*[0-9０-９一二三四五六七八九十]*\s*([:：]|$)/;

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
    if (!inFence) matches[i] = matchBlockHeading(text, l.start, l.end, markdown);
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
    const m = matches[i];
    let scanFrom = l.start;
    if (!m && content.end - content.start <= 60 && ATTACHMENT.test(text.slice(content.start, content.end))) {
      // An attachment ends every open section: its headings belong to it, not to the report's last one.
      while (stack.length > 0) close(stack.pop()!);
      runningList.clear();
      partBreaks.push(i);
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
