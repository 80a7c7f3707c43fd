/**
 * The VS Code client: starts the language server and keeps the editor side small. Everything a
 * user sees (outline, folding, diagnostics) comes from the server; the client only starts it,
 * switches plain-text reports to the `report` language, and offers its commands (Word reports
 * open as read-only documents, `wordReports.ts`; the figures table, `exportFigures.ts`).
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { misdecoding } from './encodingHint';
import { exportFigures } from './exportFigures';
import { say } from './language';
import { OverviewPanel } from './overviewPanel';
import { WordReports } from './wordReports';
import { LanguageClient, LanguageClientOptions, NotificationType, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { DOCUMENT_KIND_NOTIFICATION, DocumentKindParams } from '../../server/src/protocol';

const DocumentKindNotification = new NotificationType<DocumentKindParams>(DOCUMENT_KIND_NOTIFICATION);


let client: LanguageClient | undefined;

/** Documents whose user was told they look wrongly decoded: told once, not on every open. */
const toldEncoding = new Set<string>();

/** What the extension offers its end-to-end tests (the value `activate` returns). */
export interface ReportReviewApi {
  /** Documents found to be wrongly decoded, and offered to be reopened as GB18030. */
  readonly encodingHints: readonly string[];
  /** The HTML the overview shows now, if it is open. */
  overviewHtml(): string | undefined;
}
const encodingHints: string[] = [];

/** Encodings that a GBK report is rightly read with. */
const CHINESE_ENCODINGS = new Set(['gb18030', 'gbk', 'gb2312', 'cp936']);

/**
 * A report saved in GBK whose name does not make VS Code guess its encoding opens as garbage:
 * say so once, and offer VS Code's own reopening with an encoding, as GB18030 (a superset of GBK).
 */
function checkEncoding(doc: vscode.TextDocument): void {
  if (doc.uri.scheme !== 'file' || !['plaintext', 'report'].includes(doc.languageId)) return;
  if (CHINESE_ENCODINGS.has(doc.encoding?.toLowerCase?.() ?? '')) return;
  const key = doc.uri.toString();
  if (toldEncoding.has(key)) return;
  const bad = misdecoding(doc.getText());
  if (!bad) return;
  toldEncoding.add(key);
  encodingHints.push(key);
  const name = path.basename(doc.fileName);
  const encoding = !doc.encoding || /^utf-?8$/i.test(doc.encoding) ? 'UTF-8' : doc.encoding;
  const reopen = say({ zh: '以 GB18030 重新打开', en: 'Reopen as GB18030' });
  const message = say({
    zh: `报告审校:“${name}”按 ${encoding} 解码后有 ${bad.count} 个无法识别的字符,可能是以 GBK/GB18030 保存的报告。`,
    en: `Report Review: "${name}" decoded as ${encoding} has ${bad.count} characters that cannot be right; it is probably a report saved in GBK/GB18030.`,
  });
  void vscode.window.showWarningMessage(message, reopen).then((choice) => {
    if (choice === reopen) void vscode.commands.executeCommand('reportReview.reopenAsGb18030', doc.uri);
  });
}

async function reopenAsGb18030(uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  const target = uri ?? vscode.window.activeTextEditor?.document.uri;
  if (!target) return undefined;
  try {
    const doc = await vscode.workspace.openTextDocument(target, { encoding: 'gb18030' });
    await vscode.window.showTextDocument(doc);
    return doc;
  } catch (e) {
    // A document with unsaved edits cannot be decoded again.
    void vscode.window.showErrorMessage(say({ zh: `报告审校:未能以 GB18030 重新打开:${e instanceof Error ? e.message : String(e)}`, en: `Report Review: could not reopen as GB18030: ${e instanceof Error ? e.message : String(e)}` }));
    return undefined;
  }
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'report' },
      { language: 'plaintext', scheme: 'file' },
      { language: 'plaintext', scheme: 'untitled' },
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
    ],
    diagnosticCollectionName: 'report-review',
    // Dismissals and rule levels in .reportreview.json apply as soon as the file changes.
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.reportreview.json') },
  };
  return new LanguageClient('reportReview', vscode.l10n.t('Report Review'), serverOptions, clientOptions);
}

async function switchToReportLanguage(uri: string): Promise<void> {
  if (!vscode.workspace.getConfiguration('reportReview').get<boolean>('autoDetectReports', true)) return;
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  if (doc && doc.languageId === 'plaintext') await vscode.languages.setTextDocumentLanguage(doc, 'report');
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  client = createClient(context);
  await client.start();
  context.subscriptions.push(
    client.onNotification(DocumentKindNotification, (p) => {
      if (p.isReport) void switchToReportLanguage(p.uri);
    }),
  );
}

export async function activate(context: vscode.ExtensionContext): Promise<ReportReviewApi> {
  const wordReports = new WordReports();
  context.subscriptions.push(
    wordReports,
    vscode.commands.registerCommand('reportReview.openWordReport', (uri?: vscode.Uri) => wordReports.openCommand(uri)),
    vscode.commands.registerCommand('reportReview.exportFigures', (target?: vscode.Uri) => exportFigures(client, (uri) => wordReports.placesOf(uri), target)),
    vscode.workspace.onDidOpenTextDocument(checkEncoding),
    vscode.commands.registerCommand('reportReview.reopenAsGb18030', reopenAsGb18030),
    vscode.commands.registerCommand('reportReview.restartServer', async () => {
      await client?.stop();
      await start(context);
    }),
    vscode.commands.registerCommand('reportReview.showOverview', () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc) {
        void vscode.window.showInformationMessage(say({ zh: '请先打开一份报告。', en: 'Open a report first.' }));
        return;
      }
      OverviewPanel.show(() => client, doc);
    }),
    vscode.commands.registerCommand('reportReview.treatAsReport', async () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (doc) await vscode.languages.setTextDocumentLanguage(doc, 'report');
    }),
  );
  await start(context);
  for (const doc of vscode.workspace.textDocuments) checkEncoding(doc);
  return { encodingHints, overviewHtml: () => OverviewPanel.open?.html };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
