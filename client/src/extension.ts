/**
 * The VS Code client: starts the language server and keeps the editor side small. Everything a
 * user sees (outline, folding, diagnostics) comes from the server; the client only starts it,
 * switches plain-text reports to the `report` language, and offers its commands (Word reports
 * open as read-only documents, `wordReports.ts`; the figures table, `exportFigures.ts`).
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { exportFigures } from './exportFigures';
import { OverviewPanel } from './overviewPanel';
import { WordReports } from './wordReports';
import { LanguageClient, LanguageClientOptions, NotificationType, ServerOptions, TransportKind } from 'vscode-languageclient/node';

const DocumentKindNotification = new NotificationType<{ uri: string; isReport: boolean }>('reportReview/documentKind');

let client: LanguageClient | undefined;

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

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const wordReports = new WordReports();
  context.subscriptions.push(
    wordReports,
    vscode.commands.registerCommand('reportReview.openWordReport', (uri?: vscode.Uri) => wordReports.openCommand(uri)),
    vscode.commands.registerCommand('reportReview.exportFigures', (target?: vscode.Uri) => exportFigures(client, (uri) => wordReports.placesOf(uri), target)),
    vscode.commands.registerCommand('reportReview.restartServer', async () => {
      await client?.stop();
      await start(context);
    }),
    vscode.commands.registerCommand('reportReview.showOverview', () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a report first.'));
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
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
