/**
 * The report model: everything the features need to know about one version of a document,
 * computed once by `parseReport` and shared by the outline, folding, selection, diagnostics,
 * hovers and the command line.
 */
import type { Figure, Sentence } from './figures';
import type { FrontMatter, SignOff } from './frontMatter';
import type { HeadingKind } from './headingForms';
import type { Quantity } from './quantities';
import type { PartKind } from './structure';
import type { LineIndex, Span } from './text';

export type ReportFormat = 'plain' | 'markdown';

export interface Heading {
  readonly kind: HeadingKind;
  /** Nesting rank (1 for `一、` … 5 for `①`, 6 for inline items; Markdown plain headings by `#`). */
  readonly rank: number;
  readonly ordinal: number;
  /** The marker as written: `一、`, `（一）`, `1．`, `一是`, or `三` for a list item missing its 是. */
  readonly marker: string;
  /** The heading text without its marker, up to the first sentence end. */
  readonly title: string;
  /** Zero-based line of the marker. */
  readonly line: number;
  readonly markerSpan: Span;
  /** Marker and title together: what a reader sees as the heading. */
  readonly headingSpan: Span;
  /** The whole section: from the marker to the end of its last line of body (trailing blanks excluded). */
  sectionSpan: Span;
  /** Zero-based line on which the section ends. */
  sectionEndLine: number;
  readonly parent: Heading | undefined;
  readonly children: Heading[];
  /** For an inline item: true when it was written without its 是 (`三法治督察…`). */
  readonly missingShi: boolean;
  /** Quantities stated in the section, including its subsections. */
  figureCount: number;
  /** For a part or a top-level heading whose title says so: which part of the report it opens. */
  readonly part?: PartKind;
}

export interface Paragraph {
  readonly line: number;
  /** The line's text without surrounding blanks. */
  readonly span: Span;
}

export interface ReportModel {
  readonly text: string;
  readonly lines: LineIndex;
  readonly format: ReportFormat;
  /** The report's title, from the front matter or a Markdown `#` heading. */
  readonly title: { readonly text: string; readonly line: number; readonly span: Span } | undefined;
  readonly frontMatter: FrontMatter | undefined;
  readonly signOff: SignOff | undefined;
  /** Top-level headings (those with no parent), in document order. */
  readonly roots: readonly Heading[];
  /** Every heading, block and inline, in document order. */
  readonly headings: readonly Heading[];
  readonly paragraphs: readonly Paragraph[];
  /** Lines that open an attachment (`附件1`, `附件:…`): heading numbering starts again after each. */
  readonly partBreaks: readonly number[];
  readonly quantities: readonly Quantity[];
  /** The quantities read in context (label, sentence, cues), in the same order. */
  readonly figures: readonly Figure[];
  /** The sentences that state at least one figure, in order. */
  readonly sentences: readonly Sentence[];
  /** The span from the first body line to the end of the last body line (between front matter and sign-off). */
  readonly bodySpan: Span;
  /**
   * Whether the text reads as a report (mostly Chinese, with report headings). A README, a log or
   * code opened as plain text is not one, and gets neither outline nor findings.
   */
  readonly isReport: boolean;
  /** Character counts of the text's first 256 K characters, which decide `isReport`. */
  readonly stats: { readonly hanCharacters: number; readonly nonBlankCharacters: number };
}
