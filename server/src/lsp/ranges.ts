/** Converting the analysis's offsets to LSP ranges and back. */
import { Position, Range } from 'vscode-languageserver';
import { ReportModel } from '../analysis/reportModel';
import { Span } from '../analysis/text';

export function rangeOf(model: ReportModel, span: Span): Range {
  return { start: model.lines.positionAt(span.start), end: model.lines.positionAt(span.end) };
}

export function offsetOf(model: ReportModel, position: Position): number {
  return model.lines.offsetAt(position);
}
