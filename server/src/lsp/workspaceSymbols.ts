/** Go to Symbol in Workspace: headings of every open report, matched the way VS Code's pickers match. */
import { SymbolInformation } from 'vscode-languageserver';
import { Heading, ReportModel } from '../analysis/reportModel';
import { symbolName } from './documentSymbols';
import { rangeOf } from './ranges';
import { SymbolKind } from 'vscode-languageserver';

/** Whether every character of the query appears in the name in order (case-insensitive). */
export function fuzzyMatches(query: string, name: string): boolean {
  if (query === '') return true;
  const q = query.toLowerCase().replace(/\s+/g, '');
  const n = name.toLowerCase();
  let at = 0;
  for (const ch of q) {
    at = n.indexOf(ch, at);
    if (at < 0) return false;
    at += ch.length;
  }
  return true;
}

export const MAX_WORKSPACE_SYMBOLS = 1000;

export function workspaceSymbols(documents: Iterable<{ uri: string; model: ReportModel }>, query: string): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  for (const { uri, model } of documents) {
    const walk = (h: Heading, container: string | undefined) => {
      if (out.length >= MAX_WORKSPACE_SYMBOLS) return;
      const name = symbolName(h);
      // Inline items are too many and too alike to be worth a workspace-wide match.
      if (h.kind !== 'inline' && fuzzyMatches(query, name)) {
        const info: SymbolInformation = { name, kind: SymbolKind.String, location: { uri, range: rangeOf(model, h.headingSpan) } };
        if (container !== undefined) info.containerName = container;
        out.push(info);
      }
      for (const c of h.children) walk(c, name);
    };
    for (const r of model.roots) walk(r, model.title?.text);
  }
  return out;
}
