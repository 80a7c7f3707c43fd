/**
 * The extension in a real VS Code, through the `vscode` API only: activation, outline,
 * diagnostics and their updates, hovers, quick fixes, settings and the overview.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'report-review.report-review';

/** Resolves when `check` holds, re-checking on every `event` and every 200 ms; rejects after `ms`. */
async function waitFor<T>(what: string, check: () => T | undefined | false, event?: vscode.Event<unknown>, ms = 30_000): Promise<T> {
  const first = check();
  if (first) return first;
  return new Promise<T>((resolve, reject) => {
    const disposables: vscode.Disposable[] = [];
    const done = (v: T) => {
      disposables.forEach((d) => d.dispose());
      clearInterval(timer);
      clearTimeout(timeout);
      resolve(v);
    };
    const test = () => {
      const v = check();
      if (v) done(v);
    };
    if (event) disposables.push(event(test));
    // Language features answer on request, without an event: poll them too.
    const timer = setInterval(test, 200);
    const timeout = setTimeout(() => {
      disposables.forEach((d) => d.dispose());
      clearInterval(timer);
      reject(new Error(`timed out waiting for ${what}`));
    }, ms);
  });
}

function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'report-review');
}

function codes(uri: vscode.Uri): string[] {
  return ours(uri).map((d) => String(typeof d.code === 'object' ? d.code.value : d.code));
}

/** The document symbols once the language server answers with some (it starts after activation). */
async function symbolsOf(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  let symbols: vscode.DocumentSymbol[] = [];
  const deadline = Date.now() + 30_000;
  while (symbols.length === 0 && Date.now() < deadline) {
    symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
    if (symbols.length === 0) await new Promise((r) => setTimeout(r, 200));
  }
  return symbols;
}

describe('Report Review in VS Code', function () {
  this.timeout(90_000);
  const report = workspaceFile('qinghe-2024.txt');
  let doc: vscode.TextDocument;
  let previousLanguage: string | undefined;

  before(async function () {
    // Findings in Chinese whatever the workbench's language, as a Chinese reviewer would set it.
    previousLanguage = vscode.workspace.getConfiguration('reportReview').inspect<string>('messageLanguage')?.globalValue;
    await vscode.workspace.getConfiguration('reportReview').update('messageLanguage', 'zh-cn', vscode.ConfigurationTarget.Global);
    doc = await vscode.workspace.openTextDocument(report);
    await vscode.window.showTextDocument(doc);
  });

  after(async function () {
    await vscode.workspace.getConfiguration('reportReview').update('messageLanguage', previousLanguage, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('activates for a plain-text report and switches it to the report language', async function () {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is loaded`);
    await waitFor('activation', () => ext.isActive);
    const switched = await waitFor(
      'the report language',
      () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === report.toString() && d.languageId === 'report'),
      vscode.workspace.onDidOpenTextDocument,
    );
    doc = switched;
  });

  it('gives the heading tree as document symbols', async function () {
    const symbols = await symbolsOf(report);
    assert.equal(symbols.length, 5);
    assert.ok(symbols[0]!.name.startsWith('一、'), symbols[0]!.name);
    assert.ok(symbols[0]!.children.some((c) => c.name.startsWith('(一)')));
    assert.ok(symbols[1]!.range.contains(new vscode.Position(10, 0)), 'the section range covers its body');
  });

  it('publishes findings with rule ids as codes, and updates them after an edit', async function () {
    await waitFor('diagnostics', () => codes(report).includes('rate-mismatch'), vscode.languages.onDidChangeDiagnostics);
    const all = codes(report);
    assert.ok(ours(report).some((d) => d.message === '调解成功率应为 95.78%(1769件 / 1847件),文中为 95.9%'), ours(report).map((d) => d.message).join(' | '));
    for (const rule of ['heading-sequence', 'rate-mismatch', 'rate-out-of-range', 'rate-granularity']) assert.ok(all.includes(rule), `${rule} in ${all.join(', ')}`);
    const rate = ours(report).find((d) => d.code === 'rate-mismatch' || (typeof d.code === 'object' && d.code.value === 'rate-mismatch'))!;
    const edit = new vscode.WorkspaceEdit();
    const current = doc.getText(rate.range);
    assert.equal(current, '95.9%');
    edit.replace(report, rate.range, '95.8%');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('the fixed rate to clear', () => !codes(report).includes('rate-mismatch'), vscode.languages.onDidChangeDiagnostics);
    await vscode.commands.executeCommand('undo');
    await waitFor('the finding to return', () => codes(report).includes('rate-mismatch'), vscode.languages.onDidChangeDiagnostics);
  });

  it('hovers over a heading with its summary and over a rate with its arithmetic', async function () {
    const text = doc.getText();
    const heading = doc.positionAt(text.indexOf('一、') + 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', report, heading);
    const headingText = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
    assert.match(headingText, /subsection|小节/);
    const rate = doc.positionAt(text.indexOf('95.9%') + 1);
    const rateHovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', report, rate);
    const rateText = rateHovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
    assert.match(rateText, /1769 \/ 1847 = 95\\?\.78%/);
    assert.match(rateText, /文中 95\\?\.9%/, 'messages in Chinese, as the settings ask');
  });

  it('offers a quick fix that corrects the rate, and applying it changes the text', async function () {
    const rate = ours(report).find((d) => String(typeof d.code === 'object' ? d.code.value : d.code) === 'rate-mismatch')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', report, rate.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.edit && a.isPreferred);
    assert.ok(fix, actions.map((a) => a.title).join(' | '));
    assert.ok(actions.some((a) => a.command?.command === 'reportReview.dismissFinding'), 'dismiss is offered too');
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.equal(doc.getText(rate.range), '95.8%');
    await waitFor('the fixed rate to clear', () => !codes(report).includes('rate-mismatch'), vscode.languages.onDidChangeDiagnostics);
    await vscode.commands.executeCommand('undo');
  });

  it('drops a rule\'s findings when the settings turn it off', async function () {
    const config = vscode.workspace.getConfiguration('reportReview');
    await waitFor('heading findings', () => codes(report).includes('heading-sequence'), vscode.languages.onDidChangeDiagnostics);
    await config.update('rules.heading-sequence', 'off', vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor('heading findings to go', () => !codes(report).includes('heading-sequence'), vscode.languages.onDidChangeDiagnostics);
    } finally {
      await config.update('rules.heading-sequence', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor('heading findings to return', () => codes(report).includes('heading-sequence'), vscode.languages.onDidChangeDiagnostics);
  });

  it('opens the overview beside the report', async function () {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('reportReview.showOverview');
    await waitFor(
      'the overview tab',
      () =>
        vscode.window.tabGroups.all
          .flatMap((g) => g.tabs)
          .some((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('reportReview.overview')),
      vscode.window.tabGroups.onDidChangeTabs,
    );
  });

  it('reads a document in the report language, even an untitled one', async function () {
    const untitled = await vscode.workspace.openTextDocument({ language: 'report', content: '一、总体情况\n调解纠纷200件,调解成功190件,成功率96%。\n(一)甲\n(一)乙\n' });
    await vscode.window.showTextDocument(untitled);
    await waitFor('findings on the untitled report', () => codes(untitled.uri).includes('rate-mismatch') && codes(untitled.uri).includes('heading-sequence'), vscode.languages.onDidChangeDiagnostics);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('leaves a plain-text file that is not a report alone', async function () {
    const notes = workspaceFile('notes.txt');
    const notesDoc = await vscode.workspace.openTextDocument(notes);
    await vscode.window.showTextDocument(notesDoc);
    // Requests are answered in order after the open: once two have come back, the server has
    // read the file and would have published anything it had to say.
    const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', notes)) ?? [];
    await vscode.commands.executeCommand('vscode.executeFoldingRangeProvider', notes);
    assert.equal(symbols.length, 0);
    assert.equal(notesDoc.languageId, 'plaintext');
    assert.deepEqual(ours(notes), []);
  });
});
