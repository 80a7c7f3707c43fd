/**
 * The language server: maps each LSP request to one call into the analysis library, over the
 * cached report model of the document's current version. Runs over stdio (`--stdio`, for any
 * editor) or Node IPC (`--node-ipc`, as the VS Code client starts it).
 */
import {
  createConnection,
  InitializeParams,
  InitializeResult,
  NotificationType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache, servedLanguage } from './lsp/analysisCache';
import { toDiagnostics } from './lsp/diagnostics';
import { documentSymbols } from './lsp/documentSymbols';
import { foldingRanges } from './lsp/folding';
import { Language, languageOf } from './lsp/locale';
import { selectionRange } from './lsp/selectionRanges';
import { workspaceSymbols } from './lsp/workspaceSymbols';

/** Sent once per document when a plain-text file turns out to be a report, so a client can switch its language. */
export const DocumentKindNotification = new NotificationType<{ uri: string; isReport: boolean }>('reportReview/documentKind');

/** Quiet time after the last keystroke before a document is analysed again. */
const DEBOUNCE_MS = 200;

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const cache = new AnalysisCache((uri, rule, error) => connection.console.error(`check ${rule} failed on ${uri}: ${error}`));
let language: Language = 'zh';
let relatedInformation = false;
const pending = new Map<string, NodeJS.Timeout>();
const announcedKind = new Map<string, boolean>();

connection.onInitialize((params: InitializeParams): InitializeResult => {
  language = languageOf(params.locale);
  relatedInformation = params.capabilities.textDocument?.publishDiagnostics?.relatedInformation === true;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      documentSymbolProvider: { label: 'Report Review' },
      foldingRangeProvider: true,
      selectionRangeProvider: true,
      workspaceSymbolProvider: true,
    },
    serverInfo: { name: 'report-review', version: '0.1.0' },
  };
});

/** Markdown keeps VS Code's own outline: the server adds findings (and hovers) only. */
const outlineServed = (doc: TextDocument) => servedLanguage(doc.languageId) !== 'markdown';

function publish(doc: TextDocument): void {
  const analysis = cache.getReport(doc);
  if (servedLanguage(doc.languageId) === 'plaintext') {
    const isReport = analysis !== undefined;
    if (announcedKind.get(doc.uri) !== isReport) {
      announcedKind.set(doc.uri, isReport);
      void connection.sendNotification(DocumentKindNotification, { uri: doc.uri, isReport });
    }
  }
  const diagnostics = analysis ? toDiagnostics(analysis.findings, analysis.model, doc.uri, language, relatedInformation) : [];
  // A newer version may have arrived while this one was analysed: never publish stale results.
  if (documents.get(doc.uri)?.version !== doc.version) return;
  void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
}

function schedule(doc: TextDocument, delay: number): void {
  const previous = pending.get(doc.uri);
  if (previous) clearTimeout(previous);
  pending.set(
    doc.uri,
    setTimeout(() => {
      pending.delete(doc.uri);
      const current = documents.get(doc.uri);
      if (!current) return;
      try {
        publish(current);
      } catch (e) {
        connection.console.error(`analysis failed on ${doc.uri}: ${e instanceof Error ? e.stack : String(e)}`);
      }
    }, delay),
  );
}

// TextDocuments reports an open as a content change too; only real edits wait for the debounce.
const justOpened = new Set<string>();
documents.onDidOpen((e) => {
  justOpened.add(e.document.uri);
  schedule(e.document, 0);
});
documents.onDidChangeContent((e) => {
  if (justOpened.delete(e.document.uri)) return;
  schedule(e.document, DEBOUNCE_MS);
});
documents.onDidClose((e) => {
  const t = pending.get(e.document.uri);
  if (t) clearTimeout(t);
  pending.delete(e.document.uri);
  cache.delete(e.document.uri);
  justOpened.delete(e.document.uri);
  announcedKind.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

/** Runs a request handler so that a failure answers empty instead of taking the server down. */
function guarded<T>(name: string, empty: T, f: () => T): T {
  try {
    return f();
  } catch (e) {
    connection.console.error(`${name} failed: ${e instanceof Error ? e.stack : String(e)}`);
    return empty;
  }
}

connection.onDocumentSymbol((params) =>
  guarded('documentSymbol', [], () => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || !outlineServed(doc)) return [];
    const a = cache.getReport(doc);
    return a ? documentSymbols(a.model, language) : [];
  }),
);

connection.onFoldingRanges((params) =>
  guarded('foldingRange', [], () => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || !outlineServed(doc)) return [];
    const a = cache.getReport(doc);
    return a ? foldingRanges(a.model) : [];
  }),
);

connection.onSelectionRanges((params) =>
  guarded('selectionRange', [], () => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || !outlineServed(doc)) return [];
    const a = cache.getReport(doc);
    return a ? params.positions.map((p) => selectionRange(a.model, p)) : [];
  }),
);

connection.onWorkspaceSymbol((params) =>
  guarded('workspaceSymbol', [], () => {
    const reports: { uri: string; model: import('./analysis/reportModel').ReportModel }[] = [];
    for (const doc of documents.all()) {
      if (!outlineServed(doc)) continue;
      const a = cache.getReport(doc);
      if (a) reports.push({ uri: doc.uri, model: a.model });
    }
    return workspaceSymbols(reports, params.query);
  }),
);

documents.listen(connection);
connection.listen();
