/**
 * The heading forms reports use, one row each: how a marker of the form is recognised, how it
 * nests, how a number is written back in its style, what messages call it and which icon the
 * outline gives it. Matching (`headings.ts`), the numbering check, the outline and the hovers all
 * read this table, so a new form (`第一章`, `第一节`) is one row here and one pattern in the grammar
 * (`syntaxes/report.tmLanguage.json`).
 */
import { formatChineseOrdinal, formatCircled, parseChineseNumeral, parseCircled } from './chineseNumerals';
import { LocalizedText } from './findings';
import { toFullWidthDigits, toHalfWidth } from './text';

/** The heading levels of GB/T 9704 practice, outermost first, and the inline enumeration item. */
export type HeadingKind = 'chapter' | 'section' | 'item' | 'subitem' | 'circled' | 'plain' | 'part' | 'inline';

/** The outline's icon for a form, named as LSP names symbol kinds; the server maps the name to its number. */
export type OutlineIcon = 'package' | 'module' | 'namespace' | 'class' | 'method' | 'field' | 'enumMember' | 'string';

/** A marker found at the start of a line: its number, where it ends, and whether it may be a decimal. */
export interface MarkerMatch {
  readonly ordinal: number;
  readonly end: number;
  /** `3.5G网络…`: an item number followed by a digit, which the parser decides from the numbering around it. */
  readonly tentative?: boolean;
}

export interface HeadingForm {
  readonly kind: HeadingKind;
  /** Nesting rank: a heading belongs to the nearest heading before it of a smaller rank. */
  readonly rank: number;
  /** What a message calls a heading of this form. */
  readonly name: LocalizedText;
  readonly icon: OutlineIcon;
  /**
   * The marker of this form at `text[at]`, within the line (up to `lineEnd`). Absent for forms
   * found otherwise: inline items inside paragraphs, Markdown `#` headings, part titles.
   */
  readonly match?: (text: string, at: number, lineEnd: number) => MarkerMatch | undefined;
  /** The marker of `ordinal` in the style of the marker `like` (its brackets, digit width and separator). */
  readonly markerFor: (like: string, ordinal: number) => string;
  /**
   * Whether a run of this form may start again at one without a slip: a paragraph's own `1. 2.`
   * list does, a second `(一)` after `(一)` does not.
   */
  readonly restartsFreely: boolean;
}

const CN = '[一二三四五六七八九十]';
const DIGIT = '[0-9０-９]';
// Sticky patterns, tried at the first non-blank character of a line.
const CHAPTER = new RegExp(`(${CN}{1,3})、`, 'y');
const SECTION = new RegExp(`[(（](${CN}{1,3})[)）]`, 'y');
// `1.` `1．` `1、`; when a digit follows (`12.4宪法宣传周`, `3.5G网络`) the match is tentative.
const ITEM = new RegExp(`(${DIGIT}{1,2})[ \\t]*[.．、]`, 'y');
const SUBITEM = new RegExp(`[(（](${DIGIT}{1,2})[)）]`, 'y');

function sticky(re: RegExp, text: string, at: number, lineEnd: number): RegExpExecArray | undefined {
  re.lastIndex = at;
  const m = re.exec(text);
  return m && at + m[0].length <= lineEnd ? m : undefined;
}

/** `ordinal` in the digit width the marker uses (`１２` for a full-width marker). */
function digitsLike(marker: string, ordinal: number): string {
  const digits = String(ordinal);
  return /[０-９]/.test(marker) ? toFullWidthDigits(digits) : digits;
}

function chineseMarker(re: RegExp, max: number) {
  return (text: string, at: number, lineEnd: number): MarkerMatch | undefined => {
    const m = sticky(re, text, at, lineEnd);
    const ordinal = m ? parseChineseNumeral(m[1]!) : undefined;
    return m && ordinal !== undefined && ordinal > 0 && ordinal < max ? { ordinal, end: at + m[0].length } : undefined;
  };
}

/** Block forms in the order they are tried at a line's start, then the forms found otherwise. */
export const HEADING_FORMS: readonly HeadingForm[] = [
  {
    kind: 'section',
    rank: 2,
    name: { zh: '二级标题', en: 'level-2 heading' },
    icon: 'namespace',
    match: chineseMarker(SECTION, 1000),
    markerFor: (like, n) => like[0] + formatChineseOrdinal(n) + like[like.length - 1],
    restartsFreely: false,
  },
  {
    kind: 'subitem',
    rank: 4,
    name: { zh: '四级标题', en: 'level-4 heading' },
    icon: 'method',
    match: (text, at, lineEnd) => {
      const m = sticky(SUBITEM, text, at, lineEnd);
      const ordinal = m ? Number(toHalfWidth(m[1]!)) : 0;
      return m && ordinal > 0 ? { ordinal, end: at + m[0].length } : undefined;
    },
    markerFor: (like, n) => like[0] + digitsLike(like, n) + like[like.length - 1],
    restartsFreely: true,
  },
  {
    kind: 'circled',
    rank: 5,
    name: { zh: '五级标题', en: 'level-5 heading' },
    icon: 'field',
    match: (text, at) => {
      const ordinal = parseCircled(text[at]!);
      return ordinal !== undefined ? { ordinal, end: at + 1 } : undefined;
    },
    markerFor: (_like, n) => formatCircled(n),
    restartsFreely: true,
  },
  {
    kind: 'chapter',
    rank: 1,
    name: { zh: '一级标题', en: 'level-1 heading' },
    icon: 'module',
    match: chineseMarker(CHAPTER, 100),
    markerFor: (like, n) => formatChineseOrdinal(n) + like.slice(-1),
    restartsFreely: false,
  },
  {
    kind: 'item',
    rank: 3,
    name: { zh: '三级标题', en: 'level-3 heading' },
    icon: 'class',
    match: (text, at, lineEnd) => {
      const m = sticky(ITEM, text, at, lineEnd);
      const ordinal = m ? Number(toHalfWidth(m[1]!)) : 0;
      if (!m || ordinal <= 0) return undefined;
      const end = at + m[0].length;
      const next = text.charCodeAt(end);
      const digitFollows = (next >= 0x30 && next <= 0x39) || (next >= 0xff10 && next <= 0xff19);
      return digitFollows ? { ordinal, end, tentative: true } : { ordinal, end };
    },
    markerFor: (like, n) => digitsLike(like, n) + like.replace(/^[0-9０-９]+\s*/, ''),
    restartsFreely: true,
  },
  {
    kind: 'inline',
    rank: 6,
    name: { zh: '并列项', en: 'list item' },
    icon: 'enumMember',
    markerFor: (_like, n) => formatChineseOrdinal(n) + '是',
    restartsFreely: true,
  },
  {
    kind: 'part',
    rank: 0,
    name: { zh: '部分', en: 'part' },
    icon: 'package',
    markerFor: (like) => like,
    restartsFreely: true,
  },
  {
    // A Markdown heading without a number: its rank comes from its `#` count.
    kind: 'plain',
    rank: 0,
    name: { zh: '标题', en: 'heading' },
    icon: 'string',
    markerFor: (like) => like,
    restartsFreely: true,
  },
];

export const FORM_OF: Readonly<Record<HeadingKind, HeadingForm>> = Object.fromEntries(HEADING_FORMS.map((f) => [f.kind, f])) as Record<HeadingKind, HeadingForm>;

/** The forms a line's opening marker may take, in the order they are tried. */
export const BLOCK_FORMS: readonly (HeadingForm & { match: NonNullable<HeadingForm['match']> })[] = HEADING_FORMS.filter(
  (f): f is HeadingForm & { match: NonNullable<HeadingForm['match']> } => f.match !== undefined,
);
