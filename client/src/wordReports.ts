/**
 * Word reports in the editor: **Report Review: Open Word Report** (and the Explorer's context menu
 * on a `.docx`) opens the text extracted from the file (`server/src/word/docx.ts`) as a read-only
 * document in the report language, so the outline, diagnostics, hovers and overview work on it as on
 * a `.txt`. Its URI is the file's path under the `report-review-word` scheme, so its tab is named
 * after the Word file; it is read again whenever the file changes on disk.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { isWordFileName, readWordReport, WordRead } from '../../server/src/word/docx';

export const WORD_SCHEME = 'report-review-word';

/** The messages of the reader in the editor's display language. */
function reason(read: Exclude<WordRead, { ok: true }>): string {
  return vscode.env.language.toLowerCase().startsWith('zh') ? read.message.zh : read.message.en;
}

/** The read-only document of a Word file: `report-review-word:/path/to/报告.docx`. */
export function wordDocumentUri(file: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: WORD_SCHEME, path: file.path });
}

export class WordReports implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  /** The watcher of each open Word file and the last text read from it. */
  private readonly open = new Map<string, { watcher: vscode.Disposable; text: string | undefined }>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor() {
    this.disposables.push(
      vscode.workspace.registerTextDocumentContentProvider(WORD_SCHEME, this),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (doc.uri.scheme !== WORD_SCHEME) return;
        this.open.get(doc.uri.toString())?.watcher.dispose();
        this.open.delete(doc.uri.toString());
      }),
      this.changed,
    );
  }

  /** Reads the Word file; a problem is thrown as a message the user can act on. */
  private async read(file: vscode.Uri): Promise<string> {
    const bytes = await vscode.workspace.fs.readFile(file);
    const read = readWordReport(bytes);
    if (!read.ok) throw new Error(reason(read));
    return read.text;
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const key = uri.toString();
    const file = uri.with({ scheme: 'file' });
    let entry = this.open.get(key);
    if (!entry) {
      entry = { watcher: this.watch(file, uri), text: undefined };
      this.open.set(key, entry);
    }
    try {
      entry.text = await this.read(file);
    } catch (e) {
      // Word saves through a temporary file: a read half way through keeps the text read before.
      if (entry.text !== undefined) {
        void vscode.window.showWarningMessage(vscode.l10n.t('{0} could not be read again ({1}); showing the text read before.', path.basename(file.fsPath), e instanceof Error ? e.message : String(e)));
        return entry.text;
      }
      throw e;
    }
    return entry.text;
  }

  private watch(file: vscode.Uri, uri: vscode.Uri): vscode.Disposable {
    const folder = vscode.Uri.file(path.dirname(file.fsPath));
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, path.basename(file.fsPath)));
    const fire = () => this.changed.fire(uri);
    return vscode.Disposable.from(watcher, watcher.onDidChange(fire), watcher.onDidCreate(fire));
  }

  /** The command: the file given by the Explorer, else the active Word file's, else one picked in a dialog. */
  async openCommand(arg?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
    let file = arg instanceof vscode.Uri ? arg : undefined;
    if (!file) {
      const active = vscode.window.activeTextEditor?.document.uri;
      if (active?.scheme === WORD_SCHEME) file = active.with({ scheme: 'file' });
    }
    if (!file) {
      const picked = await vscode.window.showOpenDialog({
        canSelectMany: false,
        filters: { [vscode.l10n.t('Word documents')]: ['docx', 'doc'] },
        openLabel: vscode.l10n.t('Open Word Report'),
      });
      file = picked?.[0];
    }
    if (!file) return undefined;
    if (file.scheme !== 'file') {
      void vscode.window.showErrorMessage(vscode.l10n.t('Only Word files on this computer can be opened.'));
      return undefined;
    }
    if (!isWordFileName(file.fsPath)) {
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} is not a Word document (.docx).', path.basename(file.fsPath)));
      return undefined;
    }
    // Read once here, so that a bad file gets its reason rather than an empty editor.
    try {
      await this.read(file);
    } catch (e) {
      void vscode.window.showErrorMessage(`${path.basename(file.fsPath)}: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
    let doc = await vscode.workspace.openTextDocument(wordDocumentUri(file));
    if (doc.languageId !== 'report') doc = await vscode.languages.setTextDocumentLanguage(doc, 'report');
    await vscode.window.showTextDocument(doc, { preview: false });
    return doc;
  }

  dispose(): void {
    for (const e of this.open.values()) e.watcher.dispose();
    this.open.clear();
    for (const d of this.disposables) d.dispose();
  }
}
