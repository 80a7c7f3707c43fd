/**
 * Hovers: on a heading, the section's summary; on a figure, what it counts and the arithmetic of
 * every check it takes part in; on the title or first line, the report at a glance. All from the
 * cached model and findings of the document version, so they answer at once.
 */
import { Hover, MarkupKind, Position } from 'vscode-languageserver';
import { Finding } from '../analysis/findings';
import { Heading, ReportModel } from '../analysis/reportModel';
import { describeFigure, figureAt, headingAt, summarizeReport, summarizeSection } from '../presentation/summaries';
import { figureMarkdown, reportMarkdown, sectionMarkdown } from '../presentation/summaryText';
import { Language } from './locale';
import { offsetOf, rangeOf } from './ranges';

/** Punctuation that parts inline items (`一是…，二是…`). */
const ITEM_SEPARATOR = /[，,；;。、：:\s]/;

/**
 * The inline item just before `offset` when it is on the punctuation after the item's words
 * (`一是健全机制，二是…`: the `，`), which belongs to no heading's words but to the item.
 */
function itemBefore(model: ReportModel, offset: number): Heading | undefined {
  let at = offset;
  while (at > 0 && ITEM_SEPARATOR.test(model.text[at] ?? '') && !/[\r\n]/.test(model.text[at] ?? '')) {
    const h = headingAt(model, at - 1);
    if (h) return h.kind === 'inline' ? h : undefined;
    at--;
  }
  return undefined;
}

export function hover(model: ReportModel, findings: readonly Finding[], position: Position, language: Language): Hover | null {
  if (position.line < 0 || position.line >= model.lines.lineCount) return null;
  const offset = offsetOf(model, position);
  const figure = figureAt(model, offset);
  if (figure) {
    // A finding on the figure itself is shown by the editor above the hover (its diagnostic):
    // listing it again here showed it twice. Findings it only takes part in stay.
    const q = figure.quantity.span;
    const elsewhere = findings.filter((f) => !(f.span.start <= q.start && f.span.end >= q.end));
    return {
      contents: { kind: MarkupKind.Markdown, value: figureMarkdown(model, describeFigure(model, elsewhere, figure), language) },
      range: rangeOf(model, figure.quantity.span),
    };
  }
  const heading = headingAt(model, offset) ?? itemBefore(model, offset);
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
