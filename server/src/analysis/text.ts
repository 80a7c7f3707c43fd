/**
 * Offsets, lines and ranges of a document's text.
 *
 * Everything in the analysis is addressed by UTF-16 offsets into the original string, because
 * that is what JavaScript strings index by and what LSP positions count by default; converting
 * to line/character happens once, at the edge (server, CLI).
 */

/** A half-open span `[start, end)` of UTF-16 offsets into the document text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A zero-based line and UTF-16 character, as LSP counts them. */
export interface LinePosition {
  readonly line: number;
  readonly character: number;
}

/** One physical line of the document, without its line break. */
export interface Line {
  /** Zero-based line number. */
  readonly index: number;
  /** Offset of the first character of the line. */
  readonly start: number;
  /** Offset just past the last character, before `\r\n`, `\n` or `\r`. */
  readonly end: number;
}

/**
 * Splits text into lines once and converts between offsets and positions.
 * Accepts `\n`, `\r\n` and a lone `\r` as line ends (old Mac files and some web copies use it).
 */
export class LineIndex {
  readonly lines: readonly Line[];

  constructor(readonly text: string) {
    const lines: Line[] = [];
    let start = 0;
    const n = text.length;
    if (text.indexOf('\r') < 0) {
      // Most files end their lines with `\n` alone: the native search finds them several times faster.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
        lines.push({ index: lines.length, start, end: i });
        start = i + 1;
      }
      lines.push({ index: lines.length, start, end: n });
      this.lines = lines;
      return;
    }
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 /* \n */ || c === 13 /* \r */) {
        lines.push({ index: lines.length, start, end: i });
        if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
        start = i + 1;
      }
    }
    lines.push({ index: lines.length, start, end: n });
    this.lines = lines;
  }

  get lineCount(): number {
    return this.lines.length;
  }

  lineText(line: number): string {
    const l = this.lines[line];
    return l ? this.text.slice(l.start, l.end) : '';
  }

  /** The line containing `offset` (a line break belongs to the line it ends). */
  lineAt(offset: number): number {
    const lines = this.lines;
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset: number): LinePosition {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(clamped);
    const l = this.lines[line]!;
    return { line, character: Math.min(clamped, l.end) - l.start };
  }

  /** Offset of a position; positions past a line's end clamp to it, past the last line to the text's end. */
  offsetAt(position: LinePosition): number {
    if (position.line < 0) return 0;
    const l = this.lines[position.line];
    if (!l) return this.text.length;
    return l.start + Math.max(0, Math.min(position.character, l.end - l.start));
  }
}

/** Characters that end a sentence in Chinese and Western punctuation. */
export const SENTENCE_END = /[。！？；!?;]/;

/** Horizontal white space, including the ideographic space U+3000 used to indent Chinese paragraphs. */
export function isBlank(ch: string): boolean {
  return isBlankCode(ch.charCodeAt(0));
}

/** `isBlank` by code unit: the hot loops read code units, not one-character strings. */
export function isBlankCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0 || c === 0xfeff;
}

/** The span of `text[start, end)` with leading and trailing blanks removed. */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isBlankCode(text.charCodeAt(start))) start++;
  while (end > start && isBlankCode(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** Whether a code unit is a CJK unified ideograph (the basic block and extension A). */
export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

/** Converts full-width ASCII (`１２３．％（`) to half-width, leaving everything else alone. Same length. */
export function toHalfWidth(s: string): string {
  return /[\uff01-\uff5e]/.test(s) ? s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : s;
}

/** Converts ASCII digits and the decimal point to full width (`95.3` → `９５．３`). Same length. */
export function toFullWidthDigits(s: string): string {
  return s.replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** The first index whose key is at least `x`, in an array sorted by key. */
export function lowerBound<T>(items: readonly T[], x: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Code units of `chars` as a set, for `indexOfAny`. */
export function codeSet(chars: string): ReadonlySet<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}

/**
 * The first offset in `[from, to)` holding one of `codes`, or -1. Bounded by `to`: a global
 * regular expression searched from `lastIndex` would run on to the end of the text, and doing
 * that once per line is quadratic.
 */
export function indexOfAny(text: string, codes: ReadonlySet<number>, from: number, to: number): number {
  for (let i = from; i < to; i++) if (codes.has(text.charCodeAt(i))) return i;
  return -1;
}

/** A lookup table over all UTF-16 code units: faster than a Set in loops over every character. */
export function codeTable(chars: string): Uint8Array {
  const table = new Uint8Array(65536);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

/** The offsets where a pattern matches a text, for asking whether a span holds a match. */
export class SortedOffsets {
  private readonly offsets: number[] = [];

  constructor(text: string, pattern: RegExp) {
    const re = new RegExp(pattern.source, 'g');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      this.offsets.push(m.index);
      if (m[0].length === 0) re.lastIndex++;
    }
  }

  /** Whether a match starts inside `span`. */
  some(span: Span): boolean {
    const i = lowerBound(this.offsets, span.start, (x) => x);
    return i < this.offsets.length && this.offsets[i]! < span.end;
  }
}

/** The item whose span holds `offset`, in an array of non-overlapping spans in document order. */
export function itemAt<T>(items: readonly T[], offset: number, spanOf: (t: T) => Span): T | undefined {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spanOf(items[mid]!);
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return items[mid];
  }
  return undefined;
}
