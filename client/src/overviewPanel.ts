/**
 * Report Review: Show Overview — a webview beside the report, kept up to date as the report is
 * edited; clicking a section, figure or finding reveals it in the editor.
 */
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { LanguageClient, RequestType } from 'vscode-languageclient/node';
import type { Overview } from '../../server/src/presentation/overview';
import { messageLanguage, say } from './language';
import { overviewHtml } from './overviewHtml';
import { DocumentParams, OVERVIEW_REQUEST, OverviewResult } from '../../server/src/protocol';

const OverviewRequest = new RequestType<DocumentParams, OverviewResult, void>(OVERVIEW_REQUEST);

/** Quiet time after an edit before the view is redrawn. */
const REFRESH_MS = 300;

export class OverviewPanel implements vscode.Disposable {
  static readonly viewType = 'reportReview.overview';
  private static current: OverviewPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;

  static show(client: () => LanguageClient | undefined, document: vscode.TextDocument): OverviewPanel {
    if (OverviewPanel.current) {
      OverviewPanel.current.document = document;
      OverviewPanel.current.panel.reveal(vscode.ViewColumn.Beside, true);
      void OverviewPanel.current.refresh();
      return OverviewPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(OverviewPanel.viewType, say({ zh: '报告概览', en: 'Report Overview' }), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      localResourceRoots: [],
      retainContextWhenHidden: false,
    });
    OverviewPanel.current = new OverviewPanel(panel, client, document);
    return OverviewPanel.current;
  }

  /** For tests: the panel now open, if any. */
  static get open(): OverviewPanel | undefined {
    return OverviewPanel.current;
  }

  /** For tests: the HTML last shown. */
  get html(): string {
    return this.panel.webview.html;
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly client: () => LanguageClient | undefined,
    private document: vscode.TextDocument,
  ) {
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: { type?: string; line?: number; character?: number }) => {
        if (m.type === 'reveal' && typeof m.line === 'number') void this.reveal(m.line, m.character ?? 0);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document) this.scheduleRefresh();
      }),
      // The frame follows reportReview.messageLanguage at once; the server's findings follow when it republishes.
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('reportReview.messageLanguage')) this.scheduleRefresh();
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (e.uris.some((u) => u.toString() === this.document.uri.toString())) this.scheduleRefresh();
      }),
    );
    void this.refresh();
  }

  private scheduleRefresh(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_MS);
  }

  /** Redraws from the server's overview of the document's current version. */
  async refresh(): Promise<void> {
    const client = this.client();
    let overview: Overview | null = null;
    try {
      overview = client ? await client.sendRequest(OverviewRequest, { uri: this.document.uri.toString() }) : null;
    } catch (e) {
      client?.error('overview request failed', e);
    }
    const language = messageLanguage();
    this.panel.title = `${language === 'zh' ? '概览' : 'Overview'}: ${path.basename(this.document.fileName)}`;
    this.panel.webview.html = overviewHtml(overview, {
      nonce: randomBytes(16).toString('base64'),
      cspSource: this.panel.webview.cspSource,
      language,
      fileName: path.basename(this.document.fileName),
    });
  }

  private async reveal(line: number, character: number): Promise<void> {
    const editor = await vscode.window.showTextDocument(this.document, { viewColumn: vscode.ViewColumn.One, preserveFocus: false });
    const position = new vscode.Position(line, character);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    if (OverviewPanel.current === this) OverviewPanel.current = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.panel.dispose();
    while (this.disposables.length) this.disposables.pop()?.dispose();
  }
}
