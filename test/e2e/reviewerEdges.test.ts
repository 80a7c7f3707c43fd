/**
 * What a reviewer meets in the editor without editing (issue 12): a file treated as a report gets
 * its outline, folding and findings at once; every text follows reportReview.messageLanguage at
 * once; a GBK report opened as UTF-8 is said and reopened as GB18030; hovers, quick fixes and
 * workspace symbols as a reviewer needs them. In a real VS Code, through the `vscode` API only.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'report-review.report-review';

interface Api {
  readonly encodingHints: readonly string[];
  overviewHtml(): string | undefined;
}

/** Polls `check` (which may ask VS Code something) until it gives a value; rejects after `ms`. */
async function eventually<T>(what: string, check: () => Promise<T | undefined | false> | T | undefined | false, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

const codeOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);
const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'report-review');
const symbols = async (uri: vscode.Uri) => (await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
const hoverText = async (uri: vscode.Uri, at: vscode.Position) =>
  ((await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at)) ?? [])
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')))
    .join('\n')
    .replace(/\\(.)/g, '$1');

describe('What a reviewer meets in the editor', function () {
  this.timeout(120_000);
  const config = () => vscode.workspace.getConfiguration('reportReview');
  let api: Api;
  let previousLanguage: string | undefined;

  before(async function () {
    const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID);
    assert.ok(ext);
    api = ext.isActive ? ext.exports : await ext.activate();
    previousLanguage = config().inspect<string>('messageLanguage')?.globalValue;
    await config().update('messageLanguage', 'zh-cn', vscode.ConfigurationTarget.Global);
  });

  after(async function () {
    await config().update('messageLanguage', previousLanguage, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('1. gives a file treated as a report its outline, folding and findings at once, without an edit', async function () {
    const uri = workspaceFile('meeting-draft.txt');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    // It does not read as a report by itself: plain text, no outline (asked twice, so the server has answered).
    await symbols(uri);
    assert.deepEqual(await symbols(uri), []);
    assert.equal(doc.languageId, 'plaintext');
    await vscode.commands.executeCommand('reportReview.treatAsReport');
    const outline = await eventually('the outline of the report', async () => {
      const s = await symbols(uri);
      return s.length > 0 && s;
    });
    assert.deepEqual(outline.map((s) => s.name), ['一、会议议定事项', '三、下次会议安排']);
    const folding = await eventually('folding ranges', async () => {
      const r = (await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', uri)) ?? [];
      return r.length > 0 && r;
    });
    assert.ok(folding.some((r) => r.start === 1), JSON.stringify(folding));
    await eventually('the numbering finding', () => ours(uri).some((d) => codeOf(d) === 'heading-sequence'));
    const version = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())!.version;
    assert.equal(version, doc.version, 'no edit was needed');
  });

  it('2. follows reportReview.messageLanguage at once: outline details, overview frame and findings, English labels', async function () {
    const uri = workspaceFile('qinghe-2024.txt');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    await eventually('a Chinese outline', async () => /个小节/.test((await symbols(uri))[0]?.detail ?? ''));
    await vscode.commands.executeCommand('reportReview.showOverview');
    await eventually('a Chinese overview', () => /各部分问题分布/.test(api.overviewHtml() ?? '') && /第 \d+ 行/.test(api.overviewHtml() ?? ''));
    await config().update('messageLanguage', 'en', vscode.ConfigurationTarget.Global);
    const detail = await eventually('an English outline, without an edit', async () => {
      const d = (await symbols(uri))[0]?.detail ?? '';
      return /subsections/.test(d) && d;
    });
    assert.match(detail, /^4 subsections · \d+ figures$/);
    const html = await eventually('an English overview', () => {
      const h = api.overviewHtml() ?? '';
      return /Findings by section/.test(h) && /Rate of .*should be|should be \d/.test(h) && h;
    });
    assert.match(html, />line \d+</);
    assert.doesNotMatch(html, /各部分问题分布|第 \d+ 行|项数据/);
    // The English message quotes the figure with its label, as the report words it.
    const granularity = await eventually('English findings', () => ours(uri).find((d) => codeOf(d) === 'rate-granularity' && /cannot come/.test(d.message)));
    assert.match(granularity.message, /^胜诉率 70% cannot come from whole counts out of 6 .*已审结6 件$/);
    await config().update('messageLanguage', 'zh-cn', vscode.ConfigurationTarget.Global);
    await eventually('the outline back in Chinese', async () => /个小节/.test((await symbols(uri))[0]?.detail ?? ''));
    await eventually('the overview back in Chinese', () => /各部分问题分布/.test(api.overviewHtml() ?? ''));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('3. says a GBK report opened as UTF-8 is garbled, and reopens it as GB18030', async function () {
    const uri = workspaceFile('songling-town-2024.txt');
    const garbled = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(garbled);
    assert.ok(garbled.getText().includes('\ufffd'), 'VS Code read it as UTF-8');
    await eventually('the hint', () => api.encodingHints.includes(uri.toString()));
    await vscode.commands.executeCommand('reportReview.reopenAsGb18030', uri);
    const doc = await eventually('the report decoded', () =>
      vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.getText().startsWith('松岭镇人民政府2024年度法治政府建设工作情况')),
    );
    assert.equal(doc.encoding, 'gb18030');
    const outline = await eventually('its outline', async () => {
      const s = await symbols(uri);
      return s.length > 0 && s;
    });
    assert.deepEqual(outline.map((s) => s.name), ['一、主要工作', '二、存在的问题', '三、2025年工作打算']);
    assert.equal(api.encodingHints.filter((u) => u === uri.toString()).length, 1, 'said once');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('4. hovers: a flagged figure\'s finding once, findings before key figures, items counted, the comma between items', async function () {
    const uri = workspaceFile('qinghe-2024.txt');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    await eventually('diagnostics', () => ours(uri).some((d) => codeOf(d) === 'rate-mismatch'));
    const text = doc.getText();
    const rate = await hoverText(uri, doc.positionAt(text.indexOf('95.9%') + 1));
    assert.match(rate, /1769 \/ 1847 = 95\.78%/);
    assert.doesNotMatch(rate, /rate-mismatch/, 'the editor shows the diagnostic above the hover: not twice');
    const section = await hoverText(uri, doc.positionAt(text.indexOf('二、') + 1));
    assert.ok(section.indexOf('发现') > 0 && section.indexOf('发现') < section.indexOf('主要数据'), section);
    const items = await vscode.workspace.openTextDocument({ language: 'report', content: '一、总体情况\n(一)强化保障。一是健全机制，二是落实制度；三是强化考核。\n' });
    await vscode.window.showTextDocument(items);
    const itemsText = items.getText();
    assert.match(await eventually('a hover on (一)', async () => (await hoverText(items.uri, items.positionAt(itemsText.indexOf('强化保障')))) || undefined), /3 个并列项/);
    assert.match(await hoverText(items.uri, items.positionAt(itemsText.indexOf('，'))), /› 一是健全机制/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    // The overview's key figures all say what they count.
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('reportReview.showOverview');
    const html = await eventually('the overview', () => /主要|各部分/.test(api.overviewHtml() ?? '') && api.overviewHtml());
    const labels = [...html.matchAll(/<li><a href="#" data-line="\d+">([^<]*) <b>/g)].map((m) => m[1]!);
    assert.ok(labels.length > 5, html);
    for (const l of labels) assert.doesNotMatch(l, /^(|同比增长|同比下降|增长|提升)$/, `a bare key-figure label: "${l}"`);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('5. quick fixes: the numbering fixed as its message says; the rate or the count, each named', async function () {
    const uri = workspaceFile('qinghe-2024.txt');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const repeated = await eventually('the repeated (三)', () => ours(uri).find((d) => codeOf(d) === 'heading-sequence' && /重复/.test(d.message)));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, repeated.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.edit && a.isPreferred);
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    assert.match(fix.title, /^将“\(三\)”改为“\(四\)”/);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.equal(doc.getText(repeated.range), '(四)');
    await eventually('the finding to clear', () => !ours(uri).some((d) => codeOf(d) === 'heading-sequence' && /重复/.test(d.message)));
    await vscode.commands.executeCommand('undo');
    const rate = await eventually('the rate finding', () => ours(uri).find((d) => codeOf(d) === 'rate-mismatch'));
    const rateActions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, rate.range, vscode.CodeActionKind.QuickFix.value);
    const titles = rateActions.filter((a) => a.edit).map((a) => a.title);
    assert.deepEqual(titles, ['改比率:按 1769件 / 1847件 将“95.9%”改为“95.8%”', '改分子:若比率无误,将“调解成功1769件”改为“1771件”(1771 / 1847 得 95.9%)']);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('7. finds a heading of a report in the workspace that was never opened (Ctrl+T)', async function () {
    const never = workspaceFile('beishan-2024.txt');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === never.toString()), 'not open');
    const found = await eventually('the workspace symbol', async () => {
      const s = (await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '交叉评查')) ?? [];
      return s.find((x) => x.location.uri.toString() === never.toString());
    });
    assert.equal(found.name, '(二)开展行政执法案卷交叉评查');
    assert.equal(found.location.range.start.line, 4);
  });
});
