/** Smart select: sentence › paragraph › inline item › section › parent section › whole report. */
import { Position, SelectionRange } from 'vscode-languageserver';
import { ReportModel, Heading } from '../analysis/reportModel';
import { sentenceAt } from '../analysis/sentences';
import { Span, trimSpan } from '../analysis/text';
import { offsetOf, rangeOf } from './ranges';

function innermostHeading(model: ReportModel, offset: number): Heading | undefined {
  let found: Heading | undefined;
  let level: readonly Heading[] = model.roots;
  for (;;) {
    const h = level.find((c) => c.sectionSpan.start <= offset && offset <= c.sectionSpan.end);
    if (!h) return found;
    found = h;
    level = h.children;
  }
}

export function selectionRange(model: ReportModel, position: Position): SelectionRange {
  const offset = offsetOf(model, position);
  const line = model.lines.lines[model.lines.lineAt(offset)]!;
  const paragraph = trimSpan(model.text, line.start, line.end);
  const spans: Span[] = [];
  if (paragraph.end > paragraph.start) {
    spans.push(sentenceAt(model.text, paragraph.start, paragraph.end, offset));
    spans.push(paragraph);
  }
  for (let h = innermostHeading(model, offset); h; h = h.parent) spans.push(h.sectionSpan);
  spans.push({ start: 0, end: model.text.length });
  // Each range must contain the one before it; drop repeats and anything that does not nest.
  let result: SelectionRange | undefined;
  const kept: Span[] = [];
  for (const s of spans) {
    const prev = kept[kept.length - 1];
    if (prev && (s.start > prev.start || s.end < prev.end || (s.start === prev.start && s.end === prev.end))) continue;
    kept.push(s);
  }
  for (let i = kept.length - 1; i >= 0; i--) {
    result = result ? { range: rangeOf(model, kept[i]!), parent: result } : { range: rangeOf(model, kept[i]!) };
  }
  return result!;
}
