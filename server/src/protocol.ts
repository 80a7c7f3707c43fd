/**
 * The requests and notifications the server adds to LSP: their method names and the shapes they
 * carry, declared once for the server and the VS Code client (and readable by any other client).
 * Each side makes its `RequestType` from these with its own protocol library.
 */
import type { FigureRow } from './presentation/figuresTable';
import type { Overview } from './presentation/overview';

/** Sent once per document when a plain-text file turns out to be a report, so a client can switch its language. */
export const DOCUMENT_KIND_NOTIFICATION = 'reportReview/documentKind';
export interface DocumentKindParams {
  readonly uri: string;
  readonly isReport: boolean;
}

/** The overview view's data for one document (null when it is not a report). */
export const OVERVIEW_REQUEST = 'reportReview/overview';
export type OverviewResult = Overview | null;

/** The figures table of one document, in the message language (null when it is not a report). */
export const FIGURES_REQUEST = 'reportReview/figures';
export type FiguresResult = { readonly rows: FigureRow[]; readonly language: 'zh' | 'en' } | null;

/** Parameters of both requests: the document. */
export interface DocumentParams {
  readonly uri: string;
}
