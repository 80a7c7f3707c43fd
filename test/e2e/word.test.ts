/**
 * Word reports and the figures table in a real VS Code: **Open Word Report** on a `.docx` made with
 * the `docx` writer opens a read-only report document whose outline, diagnostics and hovers are
 * those of the same report as text, which follows the file when it changes on disk; **Export
 * Figures** writes a CSV that parses back.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SONGLING_REPORT, wordFile } from '../helpers/wordDocs';
import { parseCsv } from '../helpers/csv';

async function waitFor<T>(what: string, check: () => T | undefined | false, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function codes(uri: vscode.Uri): string[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'report-review').map((d) => String(typeof d.code === 'object' ? d.code.value : d.code));
}

describe('Word reports in VS Code', function () {
  this.timeout(90_000);
  let file: vscode.Uri;
  let doc: vscode.TextDocument;
  let previousLanguage: string | undefined;

  before(async function () {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'a workspace folder is open');
    file = vscode.Uri.joinPath(folder.uri, 'songling-2025.docx');
    await vscode.workspace.fs.writeFile(file, await wordFile());
    // Restored afterwards: the user settings are shared with the UI check that runs after the suite.
    previousLanguage = vscode.workspace.getConfiguration('reportReview').inspect<string>('messageLanguage')?.globalValue;
    await vscode.workspace.getConfiguration('reportReview').update('messageLanguage', 'zh-cn', vscode.ConfigurationTarget.Global);
  });

  after(async function () {
    await vscode.workspace.getConfiguration('reportReview').update('messageLanguage', previousLanguage, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
  });

  it('opens the extracted text as a read-only report document named after the file', async function () {
    const opened = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('reportReview.openWordReport', file);
    assert.ok(opened, 'the command returns the document');
    doc = opened;
    assert.equal(doc.uri.scheme, 'report-review-word');
    assert.equal(doc.uri.path, file.path);
    assert.equal(doc.languageId, 'report');
    assert.equal(vscode.window.activeTextEditor?.document, doc);
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    assert.equal(tab?.label, 'songling-2025.docx', 'the tab names the Word file');
    assert.equal(doc.lineAt(2).text, '一、主要工作和成效', 'automatic numbering rendered');
    // Served by a read-only file system: the editor marks it read-only, and writing it is refused.
    assert.equal(vscode.workspace.fs.isWritableFileSystem('report-review-word'), false);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.writeFile(doc.uri, new TextEncoder().encode('x'))));
    assert.equal(doc.isDirty, false);
  });

  it('gives the outline of the numbered headings', async function () {
    let symbols: vscode.DocumentSymbol[] = [];
    const deadline = Date.now() + 30_000;
    while (symbols.length === 0 && Date.now() < deadline) {
      symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', doc.uri)) ?? [];
      if (symbols.length === 0) await new Promise((r) => setTimeout(r, 200));
    }
    assert.deepEqual(symbols.map((s) => s.name), ['一、主要工作和成效', '二、存在的问题', '三、下一步工作打算']);
    assert.deepEqual(symbols[0]!.children.map((c) => c.name), ['（一）深化行政复议体制改革', '（二）加强普法宣传']);
    assert.deepEqual(symbols[0]!.children[0]!.children.map((c) => c.name), ['1.规范执法监督', '2.推进公共法律服务']);
  });

  it('publishes the findings of the deliberate mistakes, the table row too', async function () {
    await waitFor('diagnostics', () => codes(doc.uri).filter((c) => c === 'rate-mismatch').length === 2 && codes(doc.uri).includes('sum-mismatch'));
    const diagnostics = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'report-review');
    assert.deepEqual(diagnostics.map((d) => `${d.range.start.line + 1}:${doc.getText(d.range)}`).sort(), ['15:96%', '5:95.4%', '7:13次']);
    assert.ok(diagnostics.some((d) => d.message === '调解成功率应为 94.4%(1180件 / 1250件),文中为 95.4%'), diagnostics.map((d) => d.message).join(' | '));
  });

  it('hovers over a figure with its arithmetic', async function () {
    const at = doc.positionAt(doc.getText().indexOf('95.4%') + 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
    assert.match(text, /1180 \/ 1250 = 94\\?\.4%/);
  });

  it('opens the overview of the Word report', async function () {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('reportReview.showOverview');
    const tab = await waitFor('the overview tab', () =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('reportReview.overview')));
    await waitFor('the overview titled after the Word file', () => tab.label.includes('songling-2025.docx') || vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.input instanceof vscode.TabInputWebview && t.label.includes('songling-2025.docx')));
    await vscode.window.tabGroups.close(vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview));
  });

  it('exports the figures table as a CSV with a byte order mark that parses back', async function () {
    await vscode.window.showTextDocument(doc);
    const target = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'songling-figures.csv');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('reportReview.exportFigures', target);
    assert.equal(written?.toString(), target.toString());
    const bytes = await vscode.workspace.fs.readFile(target);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with BOM');
    const rows = parseCsv(new TextDecoder().decode(bytes.subarray(3)));
    // The columns of `report-review figures`: the file and the Word paragraph first.
    assert.deepEqual(rows[0], ['文件', 'Word 位置', '章节', '行', '列', '原文', '指标', '数值', '单位', '限定词', '类型', '关联', '问题']);
    const amount = rows.find((r) => r[5] === '5229万元');
    assert.ok(amount, 'a row for 5229万元');
    assert.deepEqual([amount[0], amount[1], amount[7], amount[8], amount[10]], [file.fsPath, '第9段“全县建成村(社区)公共法…”', '52290000', '元', '金额']);
    const rate = rows.find((r) => r[5] === '95.4%')!;
    assert.match(rate[12]!, /rate-mismatch/);
    assert.ok(rows.every((r) => r.length === 13), 'every row has every column');
    await vscode.workspace.fs.delete(target);
  });

  it('reads the file again when it changes on disk', async function () {
    // The same report with its first mistake corrected: 1180 / 1250 is 94.4%.
    const fixed = SONGLING_REPORT.map((b) => ('text' in b && !('heading' in b) ? { text: b.text.replace('95.4%', '94.4%') } : b));
    await vscode.workspace.fs.writeFile(file, await wordFile(fixed));
    await waitFor('the new text', () => doc.getText().includes('调解成功率94.4%'));
    await waitFor('the corrected rate to clear', () => codes(doc.uri).filter((c) => c === 'rate-mismatch').length === 1);
    assert.ok(codes(doc.uri).includes('sum-mismatch'), 'the other findings stay');
  });

  it('says why a file that is not a readable .docx cannot be opened', async function () {
    const bad = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'broken.docx');
    await vscode.workspace.fs.writeFile(bad, (await wordFile()).subarray(0, 200));
    const opened = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('reportReview.openWordReport', bad);
    assert.equal(opened, undefined, 'nothing opens');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.scheme === 'report-review-word' && d.uri.path === bad.path));
    await vscode.workspace.fs.delete(bad);
  });
});
