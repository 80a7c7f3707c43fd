/**
 * The language server: maps each LSP request to one call into the analysis library, over the
 * cached report model of the document's current version. Runs over stdio (`--stdio`, for any
 * editor) or Node IPC (`--node-ipc`, as the VS Code client starts it).
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  Disposable,
  DocumentSymbolRequest,
  InitializeParams,
  InitializeResult,
  MessageType,
  NotificationType,
  ProposedFeatures,
  RequestType,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { truncationNotice } from './analysis/bounds';
import { applyConfig, mergeConfigs, ReviewConfig } from './analysis/config';
import { Overview, overviewOf } from './analysis/overview';
import { ReportModel } from './analysis/reportModel';
import { CONFIG_FILE_NAME, ConfigFiles } from './configFile';
import { recordDismissal } from './dismissal';
import { AnalysisCache, servedLanguage } from './lsp/analysisCache';
import { codeActions, DISMISS_COMMAND, parseDismissArguments } from './lsp/codeActions';
import { toDiagnostics } from './lsp/diagnostics';
import { documentSymbols } from './lsp/documentSymbols';
import { foldingRanges } from './lsp/folding';
import { hover } from './lsp/hover';
import { Language, languageOf, pick } from './lsp/locale';
import { selectionRange } from './lsp/selectionRanges';
import { DEFAULT_SETTINGS, readSettings, ServerSettings, settingsConfig } from './lsp/settings';
import { WorkspaceIndex } from './lsp/workspaceIndex';
import { workspaceSymbols } from './lsp/workspaceSymbols';

/** Sent once per document when a plain-text file turns out to be a report, so a client can switch its language. */
export const DocumentKindNotification = new NotificationType<{ uri: string; isReport: boolean }>('reportReview/documentKind');

/** The overview view's data for one document (null when it is not a report). */
export const OverviewRequest = new RequestType<{ uri: string }, Overview | null, void>('reportReview/overview');

/** Quiet time after the last keystroke before a document is analysed again. */
const DEBOUNCE_MS = 200;

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const cache = new AnalysisCache((uri, rule, error) => connection.console.error(`check ${rule} failed on ${uri}: ${error}`));
/** The editor's display language, from `initialize`; `language` is what messages use. */
let editorLanguage: Language = 'zh';
let language: Language = 'zh';
let relatedInformation = false;
let versionedEdits = false;
let canPullConfiguration = false;
let canWatchFiles = false;
let clientHasFolders = false;
let settings: ServerSettings = DEFAULT_SETTINGS;
cache.maxCheckedBytes = DEFAULT_SETTINGS.maxCheckedBytes;
/** Reports of the workspace folders that are not open, for Go to Symbol in Workspace. */
const workspaceIndex = new WorkspaceIndex();
/**
 * The outline is registered dynamically where the client allows it, so that it can be registered
 * again when what it shows changes without an edit: VS Code keeps a document's symbols until its
 * version changes, so a file switched to the report language (same version) or a change of
 * `messageLanguage` would otherwise show the old outline until the next keystroke.
 */
let dynamicSymbols = false;
let symbolRegistration: Disposable | undefined;
let outlineRefresh: Promise<void> = Promise.resolve();
let outlineTimer: NodeJS.Timeout | undefined;
let foldingRefresh = false;
/** The language each closed document had, so that a reopen in another language (a switch) is seen. */
const closedAs = new Map<string, string>();
let workspaceFolders: string[] = [];
const pending = new Map<string, NodeJS.Timeout>();
const announcedKind = new Map<string, boolean>();
const reportedConfigProblems = new Set<string>();
/** `.reportreview.json` files found and parsed once, reloaded when they change. */
const configFiles = new ConfigFiles();
/** Documents whose user was told they are too large to check: told once, not on every keystroke. */
const toldTooLarge = new Set<string>();
/** Documents whose user was told their findings were cut to the limits: told once, likewise. */
const toldTruncated = new Set<string>();

connection.onInitialize((params: InitializeParams): InitializeResult => {
  editorLanguage = languageOf(params.locale);
  language = editorLanguage;
  relatedInformation = params.capabilities.textDocument?.publishDiagnostics?.relatedInformation === true;
  canPullConfiguration = params.capabilities.workspace?.configuration === true;
  versionedEdits = params.capabilities.workspace?.workspaceEdit?.documentChanges === true;
  canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  clientHasFolders = params.capabilities.workspace?.workspaceFolders === true;
  dynamicSymbols = params.capabilities.textDocument?.documentSymbol?.dynamicRegistration === true;
  foldingRefresh = params.capabilities.workspace?.foldingRange?.refreshSupport === true;
  workspaceFolders = (params.workspaceFolders ?? []).map((f) => filePath(f.uri)).filter((p): p is string => p !== undefined);
  if (workspaceFolders.length === 0 && params.rootUri) {
    const root = filePath(params.rootUri);
    if (root) workspaceFolders = [root];
  }
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      ...(dynamicSymbols ? {} : { documentSymbolProvider: { label: 'Report Review' } }),
      foldingRangeProvider: true,
      selectionRangeProvider: true,
      workspaceSymbolProvider: true,
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      executeCommandProvider: { commands: [DISMISS_COMMAND] },
      // Which folders are the workspace decides where dismissals may be written: keep up with them.
      ...(clientHasFolders ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } } : {}),
    },
    serverInfo: { name: 'report-review', version: '0.1.0' },
  };
});

connection.onInitialized(async () => {
  if (dynamicSymbols) await registerOutline();
  if (clientHasFolders) {
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      const removed = new Set(e.removed.map((f) => filePath(f.uri)));
      const added = e.added.map((f) => filePath(f.uri)).filter((p): p is string => p !== undefined);
      workspaceFolders = [...workspaceFolders.filter((f) => !removed.has(f)), ...added];
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

async function refreshSettings(): Promise<void> {
  if (!canPullConfiguration) return;
  try {
    const [raw] = await connection.workspace.getConfiguration([{ section: 'reportReview' }]);
    applySettings(readSettings(raw));
  } catch (e) {
    connection.console.warn(`could not read settings: ${e instanceof Error ? e.message : String(e)}`);
  }
}

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

function applySettings(next: ServerSettings): void {
  if (next.maxCheckedBytes !== cache.maxCheckedBytes) cache.clear();
  const before = language;
  settings = next;
  cache.maxCheckedBytes = next.maxCheckedBytes;
  language = next.messageLanguage === 'auto' ? editorLanguage : next.messageLanguage;
  // Symbol details are in the message language: outlines already shown must follow it at once.
  if (language !== before) refreshOutline();
}

function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The workspace folder that holds a file, if any. */
function folderOf(file: string): string | undefined {
  return workspaceFolders.filter((f) => file === f || file.startsWith(f + path.sep)).sort((a, b) => b.length - a.length)[0];
}

/**
 * `.reportreview.json` (nearest to the file, within its workspace folder) under the editor's
 * settings. For a file outside every workspace folder only its own folder is looked at: the search
 * does not climb to folders the user never opened.
 */
function configFor(doc: TextDocument): ReviewConfig {
  const file = filePath(doc.uri);
  const fromFile = file ? configFiles.configFor(file, folderOf(file) ?? path.dirname(file)) : undefined;
  if (fromFile?.file && fromFile.problems.length > 0 && !reportedConfigProblems.has(fromFile.file)) {
    reportedConfigProblems.add(fromFile.file);
    tell('warning', 
      language === 'zh'
        ? `${fromFile.file} 有问题,已忽略出错的部分:${fromFile.problems.join(';')}`
        : `${fromFile.file} has problems; the parts in error are ignored: ${fromFile.problems.join('; ')}`,
    );
  }
  return mergeConfigs(fromFile?.config ?? { rules: {}, dismissed: [] }, settingsConfig(settings));
}

const served = (doc: TextDocument) => {
  const lang = servedLanguage(doc.languageId);
  return lang !== undefined && settings.languages.includes(lang);
};
/** Markdown keeps VS Code's own outline: the server adds findings (and hovers) only. */
const outlineServed = (doc: TextDocument) => served(doc) && servedLanguage(doc.languageId) !== 'markdown';

function reportOf(doc: TextDocument) {
  return served(doc) ? cache.getReport(doc) : undefined;
}

function publish(doc: TextDocument): void {
  const analysis = reportOf(doc);
  if (servedLanguage(doc.languageId) === 'plaintext' && served(doc)) {
    const isReport = analysis !== undefined;
    if (announcedKind.get(doc.uri) !== isReport) {
      announcedKind.set(doc.uri, isReport);
      if (settings.autoDetectReports) void connection.sendNotification(DocumentKindNotification, { uri: doc.uri, isReport });
    }
  }
  if (analysis && cache.tooLargeToCheck(doc) && !toldTooLarge.has(doc.uri)) {
    toldTooLarge.add(doc.uri);
    const mb = Number((settings.maxCheckedBytes / 1024 / 1024).toFixed(2));
    tell('info', 
      language === 'zh'
        ? `报告审校:此文件超过 ${mb} MB,只生成大纲,不检查数字。可在设置 reportReview.maxCheckedSizeMB 中调整上限。`
        : `Report Review: this file is larger than ${mb} MB, so it is outlined but its figures are not checked. The limit is the setting reportReview.maxCheckedSizeMB.`,
    );
  }
  if (analysis?.truncated && !toldTruncated.has(doc.uri)) {
    toldTruncated.add(doc.uri);
    tell('warning', pick(truncationNotice(analysis.truncated), language));
  }
  const findings = analysis ? applyConfig(analysis.findings, analysis.model, configFor(doc)) : [];
  const diagnostics = analysis ? toDiagnostics(findings, analysis.model, doc.uri, language, relatedInformation) : [];
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
  cache.delete(e.document.uri);
  announcedKind.delete(e.document.uri);
  justOpened.delete(e.document.uri);
  toldTooLarge.delete(e.document.uri);
  toldTruncated.delete(e.document.uri);
  closedAs.set(e.document.uri, e.document.languageId);
  // Only the last few are needed (a switch reopens at once); the map must not grow with every file.
  if (closedAs.size > 256) closedAs.delete(closedAs.keys().next().value!);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onDidChangeConfiguration(async (change) => {
  if (canPullConfiguration) await refreshSettings();
  else applySettings(readSettings((change.settings as { reportReview?: unknown } | undefined)?.reportReview));
  republishAll();
});

connection.onDidChangeWatchedFiles((change) => {
  workspaceIndex.invalidate();
  if (change.changes.some((c) => c.uri.endsWith(CONFIG_FILE_NAME))) {
    configFiles.invalidate();
    reportedConfigProblems.clear();
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

connection.onDocumentSymbol((params) =>
  guarded('documentSymbol', [], () => {
    const doc = documents.get(params.textDocument.uri);
    const a = doc && outlineServed(doc) ? reportOf(doc) : undefined;
    return a && doc ? cache.derived(doc, `symbols:${language}`, (x) => documentSymbols(x.model, language)) ?? [] : [];
  }),
);

connection.onFoldingRanges((params) =>
  guarded('foldingRange', [], () => {
    const doc = documents.get(params.textDocument.uri);
    const a = doc && outlineServed(doc) ? reportOf(doc) : undefined;
    return a && doc ? cache.derived(doc, 'folding', (x) => foldingRanges(x.model)) ?? [] : [];
  }),
);

connection.onSelectionRanges((params) =>
  guarded('selectionRange', [], () => {
    const doc = documents.get(params.textDocument.uri);
    const a = doc && outlineServed(doc) ? reportOf(doc) : undefined;
    return a ? params.positions.map((p) => selectionRange(a.model, p)) : [];
  }),
);

connection.onWorkspaceSymbol((params) =>
  guarded('workspaceSymbol', [], () => {
    const reports: { uri: string; model: ReportModel }[] = [];
    const open = new Set<string>();
    for (const doc of documents.all()) {
      open.add(filePath(doc.uri) ?? doc.uri);
      const a = outlineServed(doc) ? reportOf(doc) : undefined;
      if (a) reports.push({ uri: doc.uri, model: a.model });
    }
    // Then the workspace's reports that are not open, read from disk (an open one is read as edited).
    if (settings.languages.includes('report') || settings.languages.includes('plaintext')) {
      for (const r of workspaceIndex.reports(workspaceFolders)) if (!open.has(filePath(r.uri) ?? r.uri)) reports.push(r);
    }
    return workspaceSymbols(reports, params.query);
  }),
);

connection.onRequest(OverviewRequest, (params) =>
  guarded('overview', null, () => {
    const doc = documents.get(params.uri);
    const a = doc ? reportOf(doc) : undefined;
    if (!doc || !a) return null;
    return overviewOf(a.model, applyConfig(a.findings, a.model, configFor(doc)), language);
  }),
);

connection.onHover((params) =>
  guarded('hover', null, () => {
    const doc = documents.get(params.textDocument.uri);
    const a = doc ? reportOf(doc) : undefined;
    if (!doc || !a) return null;
    return hover(a.model, applyConfig(a.findings, a.model, configFor(doc)), params.position, language);
  }),
);

connection.onCodeAction((params) =>
  guarded('codeAction', [], () => {
    const doc = documents.get(params.textDocument.uri);
    const a = doc ? reportOf(doc) : undefined;
    if (!doc || !a) return [];
    const findings = applyConfig(a.findings, a.model, configFor(doc));
    const file = filePath(doc.uri);
    const target = { uri: doc.uri, version: doc.version, model: a.model, versionedEdits, canDismiss: file !== undefined && folderOf(file) !== undefined };
    return codeActions(target, findings, params.context.diagnostics, language);
  }),
);

connection.onExecuteCommand((params) => {
  if (params.command !== DISMISS_COMMAND) return new ResponseError(-32601, `unknown command ${params.command}`);
  const refuse = (zh: string, en: string) => {
    tell('warning', language === 'zh' ? `报告审校:未能忽略此问题:${zh}` : `Report Review: the finding was not dismissed: ${en}`);
    return new ResponseError(-32602, en);
  };
  const args = parseDismissArguments(params.arguments?.[0]);
  if (!args) return refuse('命令参数无效', 'the command arguments are not valid');
  // Only for a report open in the editor, saved in a workspace folder: the command writes the
  // team's file beside no other file, however a client calls it.
  const file = documents.get(args.uri) ? filePath(args.uri) : undefined;
  if (!file) return refuse('此报告未在编辑器中打开,或不是磁盘上的文件', 'the report is not open in the editor, or not a file on disk');
  const folder = folderOf(file);
  if (!folder) return refuse('此报告不在工作区文件夹内', 'the report is not inside a workspace folder');
  const outcome = recordDismissal(file, folder, { fingerprint: args.fingerprint, rule: args.rule, ...(args.what ? { what: args.what } : {}) });
  if (!outcome.ok) return refuse(`${outcome.file ?? CONFIG_FILE_NAME}:${outcome.reason.zh}`, `${outcome.file ?? CONFIG_FILE_NAME}: ${outcome.reason.en}`);
  configFiles.invalidate();
  republishAll();
  return null;
});

documents.listen(connection);
connection.listen();
