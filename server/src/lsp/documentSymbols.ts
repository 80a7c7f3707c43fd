/** Outline, breadcrumbs, sticky scroll and Go to Symbol: the heading tree as document symbols. */
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import { FORM_OF, OutlineIcon } from '../analysis/headingForms';
import { Heading, ReportModel } from '../analysis/reportModel';
import { Language } from './locale';
import { rangeOf } from './ranges';

/** Longest symbol name shown; the rest of a heading-less first sentence is cut with an ellipsis. */
const MAX_NAME = 80;

/** The outline icon each heading form names (`headingForms.ts`), as an LSP symbol kind. */
const ICON: Record<OutlineIcon, SymbolKind> = {
  package: SymbolKind.Package,
  module: SymbolKind.Module,
  namespace: SymbolKind.Namespace,
  class: SymbolKind.Class,
  method: SymbolKind.Method,
  field: SymbolKind.Field,
  enumMember: SymbolKind.EnumMember,
  string: SymbolKind.String,
};

export function symbolName(h: Heading): string {
  const name = (h.marker + h.title).replace(/\s+/g, ' ');
  return name.length > MAX_NAME ? name.slice(0, MAX_NAME - 1) + '…' : name;
}

export function symbolDetail(h: Heading, language: Language): string {
  const blocks = h.children.filter((c) => c.kind !== 'inline').length;
  const items = h.children.length - blocks;
  const parts: string[] = [];
  if (language === 'zh') {
    if (blocks > 0) parts.push(`${blocks} 个小节`);
    else if (items > 0) parts.push(`${items} 个并列项`);
    if (h.figureCount > 0) parts.push(`${h.figureCount} 项数据`);
  } else {
    if (blocks > 0) parts.push(`${blocks} subsection${blocks === 1 ? '' : 's'}`);
    else if (items > 0) parts.push(`${items} list item${items === 1 ? '' : 's'}`);
    if (h.figureCount > 0) parts.push(`${h.figureCount} figure${h.figureCount === 1 ? '' : 's'}`);
  }
  return parts.join(' · ');
}

export function documentSymbols(model: ReportModel, language: Language): DocumentSymbol[] {
  const convert = (h: Heading): DocumentSymbol => {
    const range = rangeOf(model, h.sectionSpan);
    const selectionRange = rangeOf(model, h.headingSpan);
    return {
      name: symbolName(h),
      detail: symbolDetail(h, language),
      kind: ICON[FORM_OF[h.kind].icon],
      range,
      selectionRange,
      children: h.children.map(convert),
    };
  };
  return model.roots.map(convert);
}
