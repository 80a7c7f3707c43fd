/**
 * Word reports in the editor: **Report Review: Open Word Report** (and the Explorer's context menu
 * on a `.docx`) opens the text extracted from the file (`server/src/word/docx.ts`) as a read-only
 * document in the report language, so the outline, diagnostics, hovers and overview work on it as on
 * a `.txt`.
 *
 * The text is served by a read-only file system under the `report-review-word` scheme, at the Word
 * file's own path: the tab bears the Word file's name, the editor refuses edits (and says the file
 * is read-only), and when the Word file changes on disk the file system reports a change, on which
 * VS Code reads the text again.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { isWordFileName, readWordReport, WordPlace, WordRead } from '../../server/src/word/docx';
import { say } from './language';

export const WORD_SCHEME = 'report-review-word';

/** How often an open Word file's modification time is looked at, besides the editor's own watcher. */
const POLL_MS = 1000;
/** Changes are reported this long after the last one: Word writes a file in several steps. */
const SETTLE_MS = 300;
/** A document closed this long, and not opened again, is no longer followed. */
const CLOSED_MS = 2000;

/** The messages of the reader in the editor's display language. */
function reason(read: Exclude<WordRead, { ok: true }>): string {
  return vscode.env.language.toLowerCase().startsWith('zh') ? read.message.zh : read.message.en;
}

/** The read-only document of a Word file: `report-review-word:/path/to/报告.docx`. */
export function wordDocumentUri(file: vscode.Uri): vscode.Uri {
  return vscode.Uri.from({ scheme: WORD_SCHEME, path: file.path });
}

function wordFileOf(uri: vscode.Uri): vscode.Uri {
  return vscode.Uri.file(uri.fsPath);
}

interface Watched {
  readonly dispose: () => void;
  /** The last text read, kept for a read that fails while Word is saving, and where its lines stand in the file. */
  text: Uint8Array | undefined;
  places: readonly (WordPlace | undefined)[] | undefined;
}

export class WordReports implements vscode.FileSystemProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;
  private readonly watched = new Map<string, Watched>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor() {
    this.disposables.push(
      vscode.workspace.registerFileSystemProvider(WORD_SCHEME, this, { isReadonly: true, isCaseSensitive: process.platform !== 'win32' }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (doc.uri.scheme !== WORD_SCHEME) return;
        // A change of language closes and reopens the document: stop following the file only when
        // it stays closed.
        const key = doc.uri.toString();
        setTimeout(() => {
          if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) return;
          this.watched.get(key)?.dispose();
          this.watched.delete(key);
        }, CLOSED_MS);
      }),
      this.changed,
    );
  }

  /** Reads the Word file's text; a problem is thrown as a message the user can act on. */
  private async extract(file: vscode.Uri): Promise<{ text: Uint8Array; places: readonly (WordPlace | undefined)[] }> {
    const bytes = await vscode.workspace.fs.readFile(file);
    const read = readWordReport(bytes);
    if (!read.ok) throw new Error(reason(read));
    return { text: new TextEncoder().encode(read.text), places: read.places };
  }

  /** Where each line of an open Word report stands in the Word file (paragraph, table row). */
  placesOf(uri: vscode.Uri): readonly (WordPlace | undefined)[] | undefined {
    return this.watched.get(uri.toString())?.places;
  }

  async stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    const s = await vscode.workspace.fs.stat(wordFileOf(uri));
    return { type: vscode.FileType.File, ctime: s.ctime, mtime: s.mtime, size: s.size, permissions: vscode.FilePermission.Readonly };
  }

  async readFile(uri: vscode.Uri): Promise<Uint8Array> {
    const key = uri.toString();
    let entry = this.watched.get(key);
    if (!entry) {
      entry = { dispose: this.follow(uri), text: undefined, places: undefined };
      this.watched.set(key, entry);
    }
    try {
      const read = await this.extract(wordFileOf(uri));
      entry.text = read.text;
      entry.places = read.places;
    } catch (e) {
      // Word saves through a temporary file: a read half way through keeps the text read before.
      if (entry.text !== undefined) {
        void vscode.window.showWarningMessage(say({ zh: `无法重新读取 ${path.basename(uri.fsPath)}(${e instanceof Error ? e.message : String(e)}),仍显示此前读取的文字。`, en: `${path.basename(uri.fsPath)} could not be read again (${e instanceof Error ? e.message : String(e)}); showing the text read before.` }));
        return entry.text;
      }
      throw vscode.FileSystemError.Unavailable(e instanceof Error ? e.message : String(e));
    }
    return entry.text;
  }

  /**
   * Reports a change of the text whenever the Word file changes: through the editor's watcher, and
   * by looking at the file's time every second, which works where no watcher reaches (a folder
   * outside the workspace, a network drive).
   */
  private follow(uri: vscode.Uri): () => void {
    const file = uri.fsPath;
    let timer: NodeJS.Timeout | undefined;
    const fire = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => this.changed.fire([{ type: vscode.FileChangeType.Changed, uri }]), SETTLE_MS);
    };
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(path.dirname(file)), path.basename(file)));
    const subscriptions = vscode.Disposable.from(watcher, watcher.onDidChange(fire), watcher.onDidCreate(fire));
    const poll = (now: fs.Stats, before: fs.Stats) => {
      if (now.mtimeMs !== before.mtimeMs || now.size !== before.size) fire();
    };
    fs.watchFile(file, { interval: POLL_MS, persistent: false }, poll);
    return () => {
      if (timer) clearTimeout(timer);
      subscriptions.dispose();
      fs.unwatchFile(file, poll);
    };
  }

  watch(): vscode.Disposable {
    // Changes are followed per open document (`follow`), from its first read.
    return new vscode.Disposable(() => undefined);
  }

  readDirectory(): [string, vscode.FileType][] {
    return [];
  }

  createDirectory(): void {
    throw vscode.FileSystemError.NoPermissions(say({ zh: 'Word 报告的文字是只读的。', en: 'The text of a Word report is read-only.' }));
  }

  writeFile(): void {
    throw vscode.FileSystemError.NoPermissions(say({ zh: 'Word 报告的文字是只读的。', en: 'The text of a Word report is read-only.' }));
  }

  delete(): void {
    throw vscode.FileSystemError.NoPermissions(say({ zh: 'Word 报告的文字是只读的。', en: 'The text of a Word report is read-only.' }));
  }

  rename(): void {
    throw vscode.FileSystemError.NoPermissions(say({ zh: 'Word 报告的文字是只读的。', en: 'The text of a Word report is read-only.' }));
  }

  /** The command: the file given by the Explorer, else the active Word report's, else one picked in a dialog. */
  async openCommand(arg?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
    let file = arg instanceof vscode.Uri ? arg : undefined;
    if (!file) {
      const active = vscode.window.activeTextEditor?.document.uri;
      if (active?.scheme === WORD_SCHEME) file = wordFileOf(active);
    }
    if (!file) {
      const picked = await vscode.window.showOpenDialog({
        canSelectMany: false,
        filters: { [say({ zh: 'Word 文档', en: 'Word documents' })]: ['docx', 'doc'] },
        openLabel: say({ zh: '打开 Word 报告', en: 'Open Word Report' }),
      });
      file = picked?.[0];
    }
    if (!file) return undefined;
    if (file.scheme !== 'file') {
      void vscode.window.showErrorMessage(say({ zh: '只能打开本机上的 Word 文件。', en: 'Only Word files on this computer can be opened.' }));
      return undefined;
    }
    if (!isWordFileName(file.fsPath)) {
      void vscode.window.showErrorMessage(say({ zh: `${path.basename(file.fsPath)} 不是 Word 文档(.docx)。`, en: `${path.basename(file.fsPath)} is not a Word document (.docx).` }));
      return undefined;
    }
    // Read once here, so that a bad file gets its reason rather than an editor with an error in it.
    try {
      await this.extract(file);
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
    for (const e of this.watched.values()) e.dispose();
    this.watched.clear();
    for (const d of this.disposables) d.dispose();
  }
}
