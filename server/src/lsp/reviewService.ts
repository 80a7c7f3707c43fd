/**
 * The review service: everything the language server knows and answers, without the connection.
 * It owns the analysis of each document version, the configuration (each folder's
 * `.reportreview.json` under the editor's settings, read once and kept until it changes) and the
 * configured findings with their fingerprints, computed once per document version. `server.ts`
 * maps LSP messages to its methods; tests call them directly on in-memory documents.
 *
 * Made in the manner of the Markdown language service (`createLanguageService({ workspace, logger })`):
 * what it needs from outside — the configuration files, the dismissal writer, a way to log and to
 * tell the user — comes in through `ReviewHost`.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeAction,
  CodeActionKind,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Hover,
  InitializeParams,
  InitializeResult,
  Position,
  ResponseError,
  SelectionRange,
  SymbolInformation,
} from 'vscode-languageserver';
import { truncationNotice } from '../analysis/bounds';
import { ConfiguredFinding, configureFindings, DismissedFinding, EMPTY_CONFIG, mergeConfigs, ReviewConfig } from '../analysis/config';
import { FigureRow, figuresTable } from '../presentation/figuresTable';
import { Analysis } from '../analysis/index';
import { Overview, overviewOf } from '../presentation/overview';
import { ReportModel } from '../analysis/reportModel';
import type { LoadedConfig } from '../configFile';
import type { DismissalOutcome } from '../dismissal';
import { AnalysisCache, DocumentLike, servedLanguage } from './analysisCache';
import { codeActions, DISMISS_COMMAND, parseDismissArguments } from './codeActions';
import { toDiagnostics } from './diagnostics';
import { documentSymbols } from './documentSymbols';
import { foldingRanges } from './folding';
import { hover } from './hover';
import { Language, languageOf, pick } from './locale';
import { selectionRange } from './selectionRanges';
import { DEFAULT_SETTINGS, ServerSettings, settingsConfig } from './settings';
import { workspaceSymbols } from './workspaceSymbols';

/** What the service needs from the process it runs in. */
export interface ReviewHost {
  /** The nearest `.reportreview.json` at or above a file, not above `stopAt`: read from disk by the server. */
  readonly readConfig: (file: string, stopAt: string) => LoadedConfig;
  /** Adds a dismissal to the team's file beside a report. */
  readonly recordDismissal: (report: string, folder: string, entry: DismissedFinding) => DismissalOutcome;
  readonly log: (message: string) => void;
  /** Shows the user a message (`window/showMessage`). */
  readonly tell: (kind: 'info' | 'warning' | 'error', message: string) => void;
  /** A plain-text document turned out to be a report, or stopped being one: the client may switch its language. */
  readonly announceKind: (uri: string, isReport: boolean) => void;
  /** The workspace folders' reports that are not open, read from disk within a budget (Go to Symbol in Workspace). */
  readonly indexedReports?: (folders: readonly string[]) => Iterable<{ uri: string; model: ReportModel }>;
}

/** What the connection needs to know of the client, beyond the capabilities the service answers with. */
export interface ClientAbilities {
  readonly canPullConfiguration: boolean;
  readonly canWatchFiles: boolean;
  readonly clientHasFolders: boolean;
  /** The outline may be registered by the server, and so registered again. */
  readonly dynamicSymbols: boolean;
  readonly foldingRefresh: boolean;
}

/** What the server publishes for one document version. */
export interface Publication {
  readonly uri: string;
  readonly version: number;
  readonly diagnostics: Diagnostic[];
}

/** One document version as reviewed: its analysis and its findings as configured. */
interface Review {
  readonly version: number;
  readonly languageId: string;
  /** The configuration generation it was made under: a change of settings or files makes a new one. */
  readonly generation: number;
  readonly analysis: Analysis;
  readonly findings: readonly ConfiguredFinding[];
}

/** How long a folder's configuration is trusted, for clients that do not report changed files. */
const UNWATCHED_CONFIG_TTL_MS = 2000;

export class ReviewService {
  private readonly cache: AnalysisCache;
  private editorLanguage: Language = 'zh';
  private language: Language = 'zh';
  private settings: ServerSettings = DEFAULT_SETTINGS;
  private relatedInformation = false;
  private versionedEdits = false;
  private canWatchFiles = false;
  private workspaceFolders: string[] = [];
  /** Bumped by every change of settings, configuration files or workspace folders. */
  private generation = 0;
  /** Each folder's configuration file, read once per generation (and, unwatched, per TTL). */
  private readonly configs = new Map<string, { readonly loaded: LoadedConfig; readonly at: number; readonly generation: number }>();
  private readonly reviews = new Map<string, Review>();
  private readonly announcedKind = new Map<string, boolean>();
  private readonly reportedConfigProblems = new Set<string>();
  /** Documents whose user was told they are too large to check, or that their findings were cut: told once. */
  private readonly toldTooLarge = new Set<string>();
  private readonly toldTruncated = new Set<string>();

  constructor(
    private readonly host: ReviewHost,
    private readonly now: () => number = Date.now,
  ) {
    this.cache = new AnalysisCache((uri, rule, error) => host.log(`check ${rule} failed on ${uri}: ${error}`));
    this.cache.maxCheckedBytes = DEFAULT_SETTINGS.maxCheckedBytes;
  }

  /** Reads what the client can do, and answers with what the server offers. */
  initialize(params: InitializeParams): InitializeResult & ClientAbilities {
    const caps = params.capabilities;
    this.editorLanguage = languageOf(params.locale);
    this.language = this.editorLanguage;
    this.relatedInformation = caps.textDocument?.publishDiagnostics?.relatedInformation === true;
    this.versionedEdits = caps.workspace?.workspaceEdit?.documentChanges === true;
    this.canWatchFiles = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    const clientHasFolders = caps.workspace?.workspaceFolders === true;
    // Where the client allows it the outline is registered dynamically (by the server), so that it
    // can be registered again when what it shows changes without a new document version.
    const dynamicSymbols = caps.textDocument?.documentSymbol?.dynamicRegistration === true;
    this.workspaceFolders = (params.workspaceFolders ?? []).map((f) => filePath(f.uri)).filter((p): p is string => p !== undefined);
    if (this.workspaceFolders.length === 0 && params.rootUri) {
      const root = filePath(params.rootUri);
      if (root) this.workspaceFolders = [root];
    }
    return {
      capabilities: {
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
      canPullConfiguration: caps.workspace?.configuration === true,
      canWatchFiles: this.canWatchFiles,
      clientHasFolders,
      dynamicSymbols,
      foldingRefresh: caps.workspace?.foldingRange?.refreshSupport === true,
    };
  }

  /** The language messages are written in: the setting, or the editor's under `auto`. */
  get messageLanguage(): Language {
    return this.language;
  }

  /** Takes new settings; true when the message language changed (outlines already shown must follow it). */
  applySettings(next: ServerSettings): boolean {
    if (next.maxCheckedBytes !== this.cache.maxCheckedBytes) this.cache.clear();
    const before = this.language;
    this.settings = next;
    this.cache.maxCheckedBytes = next.maxCheckedBytes;
    this.language = next.messageLanguage === 'auto' ? this.editorLanguage : next.messageLanguage;
    this.generation++;
    return this.language !== before;
  }

  changeWorkspaceFolders(addedUris: readonly string[], removedUris: readonly string[]): void {
    const removed = new Set(removedUris.map(filePath));
    const added = addedUris.map(filePath).filter((p): p is string => p !== undefined);
    this.workspaceFolders = [...this.workspaceFolders.filter((f) => !removed.has(f)), ...added];
    this.configurationChanged();
  }

  /** A `.reportreview.json` was created, changed or deleted (or written by a dismissal). */
  configurationChanged(): void {
    this.configs.clear();
    this.reportedConfigProblems.clear();
    this.generation++;
  }

  /** Whether a changed file is a configuration file the service reads. */
  isConfigFile(uri: string): boolean {
    return uri.endsWith('.reportreview.json');
  }

  closed(uri: string): void {
    this.cache.delete(uri);
    this.reviews.delete(uri);
    this.announcedKind.delete(uri);
    this.toldTooLarge.delete(uri);
    this.toldTruncated.delete(uri);
  }

  /**
   * The diagnostics of a document version, telling the user once what concerns them (a file too
   * large to check, findings cut to the limits, a configuration file with problems).
   */
  publish(doc: DocumentLike): Publication {
    const review = this.review(doc, { refreshConfig: true });
    if (servedLanguage(doc.languageId) === 'plaintext' && this.served(doc)) {
      const isReport = review !== undefined;
      if (this.announcedKind.get(doc.uri) !== isReport) {
        this.announcedKind.set(doc.uri, isReport);
        if (this.settings.autoDetectReports) this.host.announceKind(doc.uri, isReport);
      }
    }
    if (review && this.cache.tooLargeToCheck(doc) && !this.toldTooLarge.has(doc.uri)) {
      this.toldTooLarge.add(doc.uri);
      const mb = Number((this.settings.maxCheckedBytes / 1024 / 1024).toFixed(2));
      this.host.tell(
        'info',
        this.language === 'zh'
          ? `报告审校:此文件超过 ${mb} MB,只生成大纲,不检查数字。可在设置 reportReview.maxCheckedSizeMB 中调整上限。`
          : `Report Review: this file is larger than ${mb} MB, so it is outlined but its figures are not checked. The limit is the setting reportReview.maxCheckedSizeMB.`,
      );
    }
    if (review?.analysis.truncated && !this.toldTruncated.has(doc.uri)) {
      this.toldTruncated.add(doc.uri);
      this.host.tell('warning', pick(truncationNotice(review.analysis.truncated), this.language));
    }
    const diagnostics = review ? toDiagnostics(review.findings, review.analysis.model, doc.uri, this.language, this.relatedInformation) : [];
    return { uri: doc.uri, version: doc.version, diagnostics };
  }

  documentSymbols(doc: DocumentLike): DocumentSymbol[] {
    if (!this.outlineServed(doc) || !this.report(doc)) return [];
    return this.cache.derived(doc, `symbols:${this.language}`, (a) => documentSymbols(a.model, this.language)) ?? [];
  }

  foldingRanges(doc: DocumentLike): FoldingRange[] {
    if (!this.outlineServed(doc) || !this.report(doc)) return [];
    return this.cache.derived(doc, 'folding', (a) => foldingRanges(a.model)) ?? [];
  }

  selectionRanges(doc: DocumentLike, positions: readonly Position[]): SelectionRange[] {
    const a = this.outlineServed(doc) ? this.report(doc) : undefined;
    return a ? positions.map((p) => selectionRange(a.model, p)) : [];
  }

  /** Headings of the open reports, as edited, then of the workspace's reports that are not open. */
  workspaceSymbols(docs: Iterable<DocumentLike>, query: string): SymbolInformation[] {
    const reports: { uri: string; model: ReportModel }[] = [];
    const open = new Set<string>();
    for (const doc of docs) {
      open.add(filePath(doc.uri) ?? doc.uri);
      const a = this.outlineServed(doc) ? this.report(doc) : undefined;
      if (a) reports.push({ uri: doc.uri, model: a.model });
    }
    if (this.host.indexedReports && (this.settings.languages.includes('report') || this.settings.languages.includes('plaintext'))) {
      for (const r of this.host.indexedReports(this.workspaceFolders)) if (!open.has(filePath(r.uri) ?? r.uri)) reports.push(r);
    }
    return workspaceSymbols(reports, query);
  }

  hover(doc: DocumentLike, position: Position): Hover | null {
    const review = this.review(doc);
    if (!review) return null;
    return hover(review.analysis.model, review.findings.map((c) => c.finding), position, this.language);
  }

  overview(doc: DocumentLike): Overview | null {
    const review = this.review(doc);
    if (!review) return null;
    return overviewOf(review.analysis.model, review.findings.map((c) => c.finding), this.language);
  }

  /** Every figure of the report as a row of the figures table, with the findings as published. */
  figures(doc: DocumentLike): { rows: FigureRow[]; language: Language } | null {
    const review = this.review(doc);
    if (!review) return null;
    return { rows: figuresTable(review.analysis.model, review.findings.map((c) => c.finding)), language: this.language };
  }

  codeActions(doc: DocumentLike, diagnostics: readonly Diagnostic[]): CodeAction[] {
    const review = this.review(doc);
    if (!review) return [];
    const file = filePath(doc.uri);
    const target = {
      uri: doc.uri,
      version: doc.version,
      model: review.analysis.model,
      versionedEdits: this.versionedEdits,
      canDismiss: file !== undefined && this.folderOf(file) !== undefined,
    };
    return codeActions(target, review.findings, diagnostics, this.language);
  }

  /**
   * The dismiss command: records the finding in the team's file beside the report. Only for a
   * report open in the editor (`isOpen`), saved in a workspace folder: the command writes beside no
   * other file, however a client calls it. Null when done, else the error to answer with.
   */
  dismiss(command: string, rawArguments: unknown, isOpen: (uri: string) => boolean): ResponseError<void> | null {
    if (command !== DISMISS_COMMAND) return new ResponseError(-32601, `unknown command ${command}`);
    const refuse = (zh: string, en: string) => {
      this.host.tell('warning', this.language === 'zh' ? `报告审校:未能忽略此问题:${zh}` : `Report Review: the finding was not dismissed: ${en}`);
      return new ResponseError<void>(-32602, en);
    };
    const args = parseDismissArguments(rawArguments);
    if (!args) return refuse('命令参数无效', 'the command arguments are not valid');
    const file = isOpen(args.uri) ? filePath(args.uri) : undefined;
    if (!file) return refuse('此报告未在编辑器中打开,或不是磁盘上的文件', 'the report is not open in the editor, or not a file on disk');
    const folder = this.folderOf(file);
    if (!folder) return refuse('此报告不在工作区文件夹内', 'the report is not inside a workspace folder');
    const outcome = this.host.recordDismissal(file, folder, { fingerprint: args.fingerprint, rule: args.rule, ...(args.what ? { what: args.what } : {}) });
    const name = '.reportreview.json';
    if (!outcome.ok) return refuse(`${outcome.file ?? name}:${outcome.reason.zh}`, `${outcome.file ?? name}: ${outcome.reason.en}`);
    this.configurationChanged();
    return null;
  }

  private served(doc: DocumentLike): boolean {
    const lang = servedLanguage(doc.languageId);
    return lang !== undefined && this.settings.languages.includes(lang);
  }

  /** Markdown keeps VS Code's own outline: the server adds findings (and hovers) only. */
  private outlineServed(doc: DocumentLike): boolean {
    return this.served(doc) && servedLanguage(doc.languageId) !== 'markdown';
  }

  /** The analysis if the document is a report the server reads, else undefined. */
  private report(doc: DocumentLike): Analysis | undefined {
    return this.served(doc) ? this.cache.getReport(doc) : undefined;
  }

  /**
   * The review of this document version, made once per version and configuration generation.
   * Requests (hovers, code actions, the overview) read what the publish made: no disk access.
   */
  private review(doc: DocumentLike, options: { refreshConfig?: boolean } = {}): Review | undefined {
    const analysis = this.report(doc);
    if (!analysis) return undefined;
    const known = this.reviews.get(doc.uri);
    if (known && known.version === doc.version && known.languageId === doc.languageId && known.generation === this.generation && known.analysis === analysis) return known;
    const config = this.configFor(doc, options.refreshConfig === true);
    const review: Review = {
      version: doc.version,
      languageId: doc.languageId,
      generation: this.generation,
      analysis,
      findings: configureFindings(analysis.findings, analysis.model, config),
    };
    this.reviews.set(doc.uri, review);
    return review;
  }

  /** The workspace folder that holds a file, if any. */
  private folderOf(file: string): string | undefined {
    return this.workspaceFolders.filter((f) => file === f || file.startsWith(f + path.sep)).sort((a, b) => b.length - a.length)[0];
  }

  /**
   * `.reportreview.json` (nearest to the file, within its workspace folder) under the editor's
   * settings. For a file outside every workspace folder only its own folder is looked at: the
   * search does not climb to folders the user never opened. Read once per folder; re-read after
   * a change the client reports, or, for a client that reports none, on a publish after a while.
   */
  private configFor(doc: DocumentLike, refresh: boolean): ReviewConfig {
    const file = filePath(doc.uri);
    let fromFile: LoadedConfig | undefined;
    if (file) {
      const stopAt = this.folderOf(file) ?? path.dirname(file);
      const key = `${path.dirname(file)}\u0000${stopAt}`;
      const cached = this.configs.get(key);
      const stale = !cached || cached.generation !== this.generation || (refresh && !this.canWatchFiles && this.now() - cached.at >= UNWATCHED_CONFIG_TTL_MS);
      if (stale) {
        fromFile = this.host.readConfig(file, stopAt);
        this.configs.set(key, { loaded: fromFile, at: this.now(), generation: this.generation });
      } else fromFile = cached.loaded;
    }
    if (fromFile?.file && fromFile.problems.length > 0 && !this.reportedConfigProblems.has(fromFile.file)) {
      this.reportedConfigProblems.add(fromFile.file);
      this.host.tell(
        'warning',
        this.language === 'zh'
          ? `${fromFile.file} 有问题,已忽略出错的部分:${fromFile.problems.join(';')}`
          : `${fromFile.file} has problems; the parts in error are ignored: ${fromFile.problems.join('; ')}`,
      );
    }
    return mergeConfigs(fromFile?.config ?? EMPTY_CONFIG, settingsConfig(this.settings));
  }
}

function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
