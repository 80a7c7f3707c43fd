/**
 * **Report Review: Export Figures**: the figures table of the open report, as the server computes it
 * (`reportReview/figures`), written as `report-review figures` writes it — the same columns, the
 * file and a Word report's paragraph first — as CSV in UTF-8 with a byte order mark, so that Excel
 * and WPS open it with the Chinese shown.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, RequestType } from 'vscode-languageclient/node';
import { csvHeader, csvLine, FigureRow, FILE_COLUMNS } from '../../server/src/presentation/figuresTable';
import { placeText, WordPlace } from '../../server/src/word/docx';
import { WORD_SCHEME } from './wordReports';
import { say } from './language';
import { DocumentParams, FIGURES_REQUEST, FiguresResult } from '../../server/src/protocol';

const FiguresRequest = new RequestType<DocumentParams, FiguresResult, void>(FIGURES_REQUEST);


/** Where the table goes by default: beside the report (a Word report's beside its `.docx`). */
function defaultTarget(doc: vscode.TextDocument): vscode.Uri | undefined {
  const uri = doc.uri;
  if (uri.scheme === 'file' || uri.scheme === WORD_SCHEME) {
    const file = uri.with({ scheme: 'file' });
    const base = path.basename(file.fsPath).replace(/\.[^.]+$/, '');
    return vscode.Uri.file(path.join(path.dirname(file.fsPath), `${base}-数字明细.csv`));
  }
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, 'figures.csv') : undefined;
}

/**
 * Writes the table of the active report. `target` (for tests and key bindings) skips the save
 * dialog. Returns the file written, or undefined when there was nothing to write.
 */
export async function exportFigures(client: LanguageClient | undefined, placesOf: (uri: vscode.Uri) => readonly (WordPlace | undefined)[] | undefined, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc) {
    void vscode.window.showInformationMessage(say({ zh: '请先打开一份报告。', en: 'Open a report first.' }));
    return undefined;
  }
  let table: { rows: FigureRow[]; language: 'zh' | 'en' } | null = null;
  try {
    table = client ? await client.sendRequest(FiguresRequest, { uri: doc.uri.toString() }) : null;
  } catch (e) {
    client?.error('figures request failed', e);
  }
  if (table === null) {
    void vscode.window.showInformationMessage(say({ zh: '此文档未被识别为报告,没有可导出的数字明细表。', en: 'This document is not read as a report: there is no figures table to export.' }));
    return undefined;
  }
  const file = target instanceof vscode.Uri ? target : await vscode.window.showSaveDialog({
    filters: { CSV: ['csv'] },
    saveLabel: say({ zh: '导出数字明细表', en: 'Export Figures' }),
    ...(defaultTarget(doc) ? { defaultUri: defaultTarget(doc)! } : {}),
  });
  if (!file) return undefined;
  const { rows, language } = table;
  const name = doc.uri.scheme === 'file' || doc.uri.scheme === WORD_SCHEME ? doc.uri.fsPath : doc.uri.toString();
  const places = doc.uri.scheme === WORD_SCHEME ? placesOf(doc.uri) : undefined;
  const lines = [csvHeader(language, FILE_COLUMNS), ...rows.map((r) => csvLine(r, language, [name, places ? placeText(places[r.line - 1], language) ?? '' : '']))];
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(`\uFEFF${lines.map((l) => `${l}\r\n`).join('')}`));
  if (!(target instanceof vscode.Uri)) void vscode.window.showInformationMessage(say({ zh: `已将 ${rows.length} 个数字写入 ${path.basename(file.fsPath)}。`, en: `${rows.length} figures written to ${path.basename(file.fsPath)}.` }));
  return file;
}
