/** Folding by section, and the front matter and sign-off as regions. */
import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver';
import { ReportModel } from '../analysis/reportModel';

/** Like VS Code's Markdown service: past this, ranges are dropped rather than flooding the editor. */
export const MAX_FOLDING_RANGES = 5000;

export function foldingRanges(model: ReportModel): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const fm = model.frontMatter;
  if (fm && fm.endLine > fm.startLine) ranges.push({ startLine: fm.startLine, endLine: fm.endLine, kind: FoldingRangeKind.Region });
  for (const h of model.headings) {
    if (h.sectionEndLine > h.line) ranges.push({ startLine: h.line, endLine: h.sectionEndLine });
    if (ranges.length >= MAX_FOLDING_RANGES) break;
  }
  const so = model.signOff;
  if (so && so.endLine > so.startLine && ranges.length < MAX_FOLDING_RANGES) ranges.push({ startLine: so.startLine, endLine: so.endLine, kind: FoldingRangeKind.Region });
  return ranges;
}
