/**
 * The language server: maps each LSP message to one method of the review service
 * (`lsp/reviewService.ts`), which owns the analyses, the configuration and the findings. What
 * stays here is the connection itself: debouncing edits, publishing, and what to ask the client.
 * Runs over stdio (`--stdio`, for any editor) or Node IPC (`--node-ipc`, as the VS Code client starts it).
 */
import {
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  Disposable,
  DocumentSymbolRequest,
  MessageType,
  NotificationType,
  ProposedFeatures,
  RequestType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAME, ConfigFiles } from './configFile';
import { recordDismissal } from './dismissal';
import { ReviewService } from './lsp/reviewService';
import { readSettings } from './lsp/settings';
import { WorkspaceIndex } from './lsp/workspaceIndex';
import { DOCUMENT_KIND_NOTIFICATION, DocumentKindParams, DocumentParams, FIGURES_REQUEST, FiguresResult, OVERVIEW_REQUEST, OverviewResult } from './protocol';
import { VERSION } from './version';

export const DocumentKindNotification = new NotificationType<DocumentKindParams>(DOCUMENT_KIND_NOTIFICATION);
export const OverviewRequest = new RequestType<DocumentParams, OverviewResult, void>(OVERVIEW_REQUEST);
export const FiguresRequest = new RequestType<DocumentParams, FiguresResult, void>(FIGURES_REQUEST);

/** Quiet time after the last keystroke before a document is analysed again. */
const DEBOUNCE_MS = 200;

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
/** `.reportreview.json` files found and parsed, shared by every folder's lookup. */
const configFiles = new ConfigFiles();
/** Reports of the workspace folders that are not open, for Go to Symbol in Workspace. */
const workspaceIndex = new WorkspaceIndex();
const service = new ReviewService({
  readConfig: (file, stopAt) => configFiles.configFor(file, stopAt),
  recordDismissal,
  log: (message) => connection.console.error(message),
  tell,
  announceKind: (uri, isReport) => void connection.sendNotification(DocumentKindNotification, { uri, isReport }),
  indexedReports: (folders) => workspaceIndex.reports(folders),
});
let canPullConfiguration = false;
let canWatchFiles = false;
let clientHasFolders = false;
const pending = new Map<string, NodeJS.Timeout>();
/**
 * The outline is registered dynamically where the client allows it, so that it can be registered
 * again when what it shows changes without an edit: VS Code keeps a document's symbols until its
 * version changes, so a file switched to the report language (same version) or a change of
 * `messageLanguage` would otherwise show the old outline until the next keystroke.
 */
let dynamicSymbols = false;
let foldingRefresh = false;
let symbolRegistration: Disposable | undefined;
let outlineRefresh: Promise<void> = Promise.resolve();
let outlineTimer: NodeJS.Timeout | undefined;
/** The language each closed document had, so that a reopen in another language (a switch) is seen. */
const closedAs = new Map<string, string>();

/**
 * Tells the user something with a `window/showMessage` notification. Not the library's
 * `showInformationMessage`, which sends a request: a client that does not answer it would leave a
 * rejected promise behind, and every client understands the notification.
 */
function tell(kind: 'info' | 'warning' | 'error', message: string): void {
  const type = kind === 'info' ? MessageType.Info : kind === 'warning' ? MessageType.Warning : MessageType.Error;
  void connection.sendNotification(ShowMessageNotification.type, { type, message });
}

// Last line of defence: whatever slips through is logged, and the server keeps serving.
process.on('unhandledRejection', (reason) => connection.console.error(`unhandled rejection: ${reason instanceof Error ? reason.stack : String(reason)}`));
process.on('uncaughtException', (e) => connection.console.error(`uncaught exception: ${e.stack ?? String(e)}`));

connection.onInitialize((params) => {
  const { capabilities, ...client } = service.initialize(params);
  ({ canPullConfiguration, canWatchFiles, clientHasFolders, dynamicSymbols, foldingRefresh } = client);
  return { capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental, ...capabilities }, serverInfo: { name: 'report-review', version: VERSION } };
});

connection.onInitialized(async () => {
  if (dynamicSymbols) await registerOutline();
  if (clientHasFolders) {
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      service.changeWorkspaceFolders(e.added.map((f) => f.uri), e.removed.map((f) => f.uri));
      configFiles.invalidate();
      republishAll();
    });
  }
  // The parsed configuration is kept until its file changes: ask to hear of changes (the VS Code
  // client watches the file itself; other clients may only do so when asked).
  if (canWatchFiles) {
    await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] }).catch(() => undefined);
  }
  if (canPullConfiguration) {
    await connection.client.register(DidChangeConfigurationNotification.type, { section: 'reportReview' }).catch(() => undefined);
    await refreshSettings();
  }
});

/** (Re-)registers the document symbol provider: the client then asks every open outline again. */
function registerOutline(): Promise<void> {
  outlineRefresh = outlineRefresh
    .then(async () => {
      symbolRegistration?.dispose();
      // No selector of its own: the client's document selector applies, as for a static registration.
      symbolRegistration = await connection.client.register(DocumentSymbolRequest.type, { documentSelector: null, label: 'Report Review' });
    })
    .catch((e) => connection.console.warn(`could not register the outline: ${e instanceof Error ? e.message : String(e)}`));
  return outlineRefresh;
}

/** What outlines and folding show changed without a new document version: have the client ask again. */
function refreshOutline(): void {
  if (outlineTimer) clearTimeout(outlineTimer);
  outlineTimer = setTimeout(() => {
    outlineTimer = undefined;
    if (dynamicSymbols) void registerOutline();
    if (foldingRefresh) void connection.languages.foldingRange.refresh().catch(() => undefined);
  }, 20);
}

/** New settings; symbol details are in the message language, so outlines shown follow a change of it at once. */
function applySettings(raw: unknown): void {
  if (service.applySettings(readSettings(raw))) refreshOutline();
}

async function refreshSettings(): Promise<void> {
  if (!canPullConfiguration) return;
  try {
    const [raw] = await connection.workspace.getConfiguration([{ section: 'reportReview' }]);
    applySettings(raw);
  } catch (e) {
    connection.console.warn(`could not read settings: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function publish(doc: TextDocument): void {
  const publication = service.publish(doc);
  // A newer version may have arrived while this one was analysed: never publish stale results.
  if (documents.get(doc.uri)?.version !== doc.version) return;
  void connection.sendDiagnostics(publication);
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

/** Settings or `.reportreview.json` changed: every open document's diagnostics are redone, none left stale. */
function republishAll(): void {
  for (const doc of documents.all()) schedule(doc, 0);
}

// TextDocuments reports an open as a content change too; only real edits wait for the debounce.
const justOpened = new Set<string>();
documents.onDidOpen((e) => {
  justOpened.add(e.document.uri);
  // A close and an open in another language is the editor switching the document's language
  // ("Treat This File as a Report"): the outline it showed for the old language is stale.
  const before = closedAs.get(e.document.uri);
  closedAs.delete(e.document.uri);
  if (before !== undefined && before !== e.document.languageId) refreshOutline();
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
  justOpened.delete(e.document.uri);
  service.closed(e.document.uri);
  closedAs.set(e.document.uri, e.document.languageId);
  // Only the last few are needed (a switch reopens at once); the map must not grow with every file.
  if (closedAs.size > 256) closedAs.delete(closedAs.keys().next().value!);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onDidChangeConfiguration(async (change) => {
  if (canPullConfiguration) await refreshSettings();
  else applySettings((change.settings as { reportReview?: unknown } | undefined)?.reportReview);
  republishAll();
});

connection.onDidChangeWatchedFiles((change) => {
  workspaceIndex.invalidate();
  if (change.changes.some((c) => service.isConfigFile(c.uri))) {
    configFiles.invalidate();
    service.configurationChanged();
    republishAll();
  }
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

/** The open document a request names, and the handler's answer for it (`empty` when it is not open). */
function onDocument<T>(name: string, empty: T, uri: string, f: (doc: TextDocument) => T): T {
  return guarded(name, empty, () => {
    const doc = documents.get(uri);
    return doc ? f(doc) : empty;
  });
}

connection.onDocumentSymbol((p) => onDocument('documentSymbol', [], p.textDocument.uri, (doc) => service.documentSymbols(doc)));
connection.onFoldingRanges((p) => onDocument('foldingRange', [], p.textDocument.uri, (doc) => service.foldingRanges(doc)));
connection.onSelectionRanges((p) => onDocument('selectionRange', [], p.textDocument.uri, (doc) => service.selectionRanges(doc, p.positions)));
connection.onHover((p) => onDocument('hover', null, p.textDocument.uri, (doc) => service.hover(doc, p.position)));
connection.onCodeAction((p) => onDocument('codeAction', [], p.textDocument.uri, (doc) => service.codeActions(doc, p.context.diagnostics)));
connection.onRequest(OverviewRequest, (p) => onDocument('overview', null, p.uri, (doc) => service.overview(doc)));
connection.onRequest(FiguresRequest, (p) => onDocument('figures', null, p.uri, (doc) => service.figures(doc)));
connection.onWorkspaceSymbol((p) => guarded('workspaceSymbol', [], () => service.workspaceSymbols(documents.all(), p.query)));

connection.onExecuteCommand((p) => {
  const outcome = service.dismiss(p.command, p.arguments?.[0], (uri) => documents.get(uri) !== undefined);
  if (outcome) return outcome;
  configFiles.invalidate();
  republishAll();
  return null;
});

documents.listen(connection);
connection.listen();
