/**
 * `parseReport`: text in, report model out. Heading forms are in `headingForms.ts`, their
 * matching in `headings.ts`, the parts of a report in `structure.ts`, figures in `figures.ts`.
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

/**
 * Parses one version of a document into its report model. Never throws on any string. The work
 * is done in passes, each linear in the text: the heading marker a line may open with; the front
 * matter, sign-off and the titles of the report's parts; the heading tree with its inline items;
 * then the quantities and figures of the body.
 */
export function parseReport(text: string, options: ParseOptions = {}): ReportModel {
  const format: ReportFormat = options.format ?? 'plain';
  const markdown = format === 'markdown';
  const lines = new LineIndex(text);
  const lineCount = lines.lineCount;

  const matches = matchHeadingLines(text, lines, markdown);
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

  const outline = new OutlineBuilder(text, lines.lines[bodyStartLine]?.start ?? text.length, bodyStartLine);
  const partTitles = findPartTitles(text, lines, matches, bodyStartLine, bodyEndLine);
  const acceptTentative = tentativeItemJudge(matches);
  let inFence = false;
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
    if (m?.tentative && !acceptTentative(i, outline.lastOrdinalOf(m))) m = undefined;
    const part = partTitles.get(i);
    if (!m && part) {
      outline.openPart(i, content, part);
      continue;
    }
    // A `#` title inside the body ranks 0 and is kept out of the outline like the front matter's.
    const opened = m && m.rank >= 1 ? outline.openBlock(i, m, content) : undefined;
    outline.addLine(i, content, opened ? m!.markerSpan.end : l.start, l.end);
  }
  const { headings, roots, paragraphs, partBreaks, contentEnd } = outline.finish();

  const bodyStart = lines.lines[bodyStartLine]?.start ?? text.length;
  const bodySpan: Span = { start: bodyStart, end: Math.max(bodyStart, contentEnd) };
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

/** The block heading each line opens with, if any (none inside Markdown code fences). */
function matchHeadingLines(text: string, lines: LineIndex, markdown: boolean): (BlockHeadingMatch | undefined)[] {
  const matches: (BlockHeadingMatch | undefined)[] = new Array(lines.lineCount);
  let inFence = false;
  for (let i = 0; i < lines.lineCount; i++) {
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
  return matches;
}

/**
 * The heading tree, built line by line: parts, block headings on the stack of open sections, and
 * the inline items (`一是…`) of each line, whose lists run across lines under one parent.
 */
class OutlineBuilder {
  private readonly headings: Heading[] = [];
  private readonly roots: Heading[] = [];
  private readonly paragraphs: Paragraph[] = [];
  private readonly partBreaks: number[] = [];
  private readonly stack: Heading[] = [];
  /** The inline list running under each parent (the root's is keyed by null). */
  private readonly runningList = new Map<Heading | null, Heading>();
  /** The next 是 at or after the line being read: the search runs through the text once, not once per line. */
  private nextShi: number;

  constructor(
    private readonly text: string,
    private lastContentEnd: number,
    private lastContentLine: number,
  ) {
    this.nextShi = text.indexOf('是');
  }

  /** The number of the last heading of `m`'s form under the section `m` would open in. */
  lastOrdinalOf(m: BlockHeadingMatch): number {
    const parent = [...this.stack].reverse().find((h) => h.rank < m.rank);
    const siblings = parent ? parent.children : this.roots;
    for (let k = siblings.length - 1; k >= 0; k--) if (siblings[k]!.kind === m.kind) return siblings[k]!.ordinal;
    return 0;
  }

  /**
   * A part (the year's tasks after the review, a glossary, an attachment) ends every open
   * section: its headings belong to it and number afresh.
   */
  openPart(line: number, content: Span, part: PartTitle): void {
    while (this.stack.length > 0) this.close(this.stack.pop()!);
    this.runningList.clear();
    this.partBreaks.push(line);
    const h: Heading = {
      kind: 'part', rank: KIND_RANK.part, ordinal: 0, marker: '', title: this.text.slice(content.start, content.end).replace(/[:：]$/, ''),
      line, markerSpan: { start: content.start, end: content.start }, headingSpan: content,
      sectionSpan: { start: content.start, end: content.end }, sectionEndLine: line, parent: undefined, children: [],
      missingShi: false, figureCount: 0, part: part.kind,
    };
    this.attach(h);
    this.stack.push(h);
    this.lastContentEnd = content.end;
    this.lastContentLine = line;
    this.paragraphs.push({ line, span: content });
  }

  /** A block heading: it closes the open sections of its rank or below and opens its own. */
  openBlock(line: number, m: BlockHeadingMatch, content: Span): Heading {
    while (this.stack.length > 0 && this.stack[this.stack.length - 1]!.rank >= m.rank) this.close(this.stack.pop()!);
    const parent = this.stack[this.stack.length - 1];
    const title = this.text.slice(m.titleSpan.start, m.titleSpan.end);
    const h: Heading = {
      kind: m.kind,
      rank: m.rank,
      ordinal: m.ordinal,
      marker: m.marker,
      title,
      line,
      markerSpan: m.markerSpan,
      headingSpan: { start: m.markerSpan.start, end: m.titleSpan.end },
      sectionSpan: { start: m.markerSpan.start, end: content.end },
      sectionEndLine: line,
      parent,
      children: [],
      missingShi: false,
      figureCount: 0,
      ...(parent === undefined || parent.kind === 'part' ? partOfChapter(title) : {}),
    };
    this.attach(h);
    this.stack.push(h);
    return h;
  }

  /** A line of content: a paragraph, with the inline items found from `scanFrom` to `lineEnd`. */
  addLine(line: number, content: Span, scanFrom: number, lineEnd: number): void {
    const { text } = this;
    this.paragraphs.push({ line, span: content });
    const parent = this.stack[this.stack.length - 1];
    const key = parent ?? null;
    const running = this.runningList.get(key)?.ordinal ?? 0;
    // Most lines hold no list item: look only where a 是 stands or a list is running.
    if (this.nextShi !== -1 && this.nextShi < scanFrom) this.nextShi = text.indexOf('是', scanFrom);
    const items =
      (this.nextShi !== -1 && this.nextShi < lineEnd) || running > 0
        ? findInlineItems(text, scanFrom, lineEnd, (found) => (found.length > 0 ? found[found.length - 1]!.ordinal : running), running > 0)
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
        line,
        markerSpan: it.markerSpan,
        headingSpan: { start: it.markerSpan.start, end: titleSpan.end },
        sectionSpan,
        sectionEndLine: line,
        parent,
        children: [],
        missingShi: it.missingShi,
        figureCount: 0,
      };
      this.attach(h);
      this.runningList.set(key, h);
    }
    this.lastContentEnd = content.end;
    this.lastContentLine = line;
  }

  finish(): { headings: Heading[]; roots: Heading[]; paragraphs: Paragraph[]; partBreaks: number[]; contentEnd: number } {
    while (this.stack.length > 0) this.close(this.stack.pop()!);
    return { headings: this.headings, roots: this.roots, paragraphs: this.paragraphs, partBreaks: this.partBreaks, contentEnd: this.lastContentEnd };
  }

  private close(h: Heading): void {
    h.sectionSpan = { start: h.sectionSpan.start, end: Math.max(this.lastContentEnd, h.headingSpan.end) };
    h.sectionEndLine = Math.max(this.lastContentLine, h.line);
  }

  private attach(h: Heading): void {
    this.headings.push(h);
    if (h.parent) h.parent.children.push(h);
    else this.roots.push(h);
  }
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
