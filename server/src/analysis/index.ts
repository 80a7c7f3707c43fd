/**
 * The analysis library's public face: text in, report model and findings out.
 * Nothing here imports an editor or protocol; the server, the command line and the tests are
 * adapters over these functions.
 */
import { ALL_CHECKS } from './checks/index';
import { Check, CheckResults, runChecks } from './findings';
import { parseReport, ParseOptions } from './parseReport';
import { ReportModel } from './reportModel';

export interface Analysis extends CheckResults {
  readonly model: ReportModel;
}

export interface AnalyzeOptions extends ParseOptions {
  /** Analyse even when the text does not read as a report (the user said it is one). */
  readonly forceReport?: boolean;
  readonly checks?: readonly Check[];
}

/** Parses a document and runs every check on it. A text that is not a report gets no findings. */
export function analyzeReport(text: string, options: AnalyzeOptions = {}): Analysis {
  const model = parseReport(text, options);
  if (!model.isReport && !options.forceReport) return { model, findings: [], failures: [] };
  return { model, ...runChecks(model, options.checks ?? ALL_CHECKS) };
}

export { parseReport } from './parseReport';
export type { ParseOptions } from './parseReport';
export type { ReportModel, Heading, Paragraph, ReportFormat } from './reportModel';
export type { Finding, Severity, LocalizedText, RelatedSpan, Check } from './findings';
export { outlineOf, formatOutlineText } from './outline';
export type { OutlineNode } from './outline';
export { LineIndex } from './text';
export type { Span, LinePosition } from './text';
export { ALL_CHECKS } from './checks/index';
