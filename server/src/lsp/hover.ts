/**
 * Hovers: on a heading, the section's summary; on a figure, what it counts and the arithmetic of
 * every check it takes part in; on the title or first line, the report at a glance. All from the
 * cached model and findings of the document version, so they answer at once.
 */
import { Hover, MarkupKind, Position } from 'vscode-languageserver';
import { Finding } from '../analysis/findings';
import { ReportModel } from '../analysis/reportModel';
import { describeFigure, figureAt, headingAt, summarizeReport, summarizeSection } from '../analysis/summaries';
import { figureMarkdown, reportMarkdown, sectionMarkdown } from '../analysis/summaryText';
import { Language } from './locale';
import { offsetOf, rangeOf } from './ranges';

export function hover(model: ReportModel, findings: readonly Finding[], position: Position, language: Language): Hover | null {
  if (position.line < 0 || position.line >= model.lines.lineCount) return null;
  const offset = offsetOf(model, position);
  const figure = figureAt(model, offset);
  if (figure) {
    return {
      contents: { kind: MarkupKind.Markdown, value: figureMarkdown(model, describeFigure(model, findings, figure), language) },
      range: rangeOf(model, figure.quantity.span),
    };
  }
  const heading = headingAt(model, offset);
  if (heading) {
    return {
      contents: { kind: MarkupKind.Markdown, value: sectionMarkdown(model, summarizeSection(model, findings, heading), language) },
      range: rangeOf(model, heading.headingSpan),
    };
  }
  const firstLine = model.lines.lines.find((l) => l.end > l.start)?.index ?? 0;
  const onTitle = model.title !== undefined ? position.line === model.title.line : position.line === firstLine;
  if (onTitle) {
    const line = model.lines.lines[position.line]!;
    return {
      contents: { kind: MarkupKind.Markdown, value: reportMarkdown(summarizeReport(model, findings), language) },
      range: rangeOf(model, { start: line.start, end: line.end }),
    };
  }
  return null;
}
