import * as assert from 'node:assert/strict';
import { CodeAction, TextDocumentEdit, TextEdit } from 'vscode-languageserver';
import { configureFindings, EMPTY_CONFIG } from '../../server/src/analysis/config';
import { analyzeReport } from '../../server/src/analysis/index';
import { ActionTarget, codeActions } from '../../server/src/lsp/codeActions';
import { toDiagnostics } from '../../server/src/lsp/diagnostics';

const SENTENCE = '调解矛盾纠纷2316件,调解成功2204件,成功率达95.3%。';
const TEXT = `一、情况\n${SENTENCE}\n${SENTENCE}\n`;

function setUp(text: string, versionedEdits = true) {
  const a = analyzeReport(text, { forceReport: true });
  const target: ActionTarget = { uri: 'file:///r.txt', version: 7, model: a.model, versionedEdits, canDismiss: true };
  const configured = configureFindings(a.findings, a.model, EMPTY_CONFIG);
  const diagnostics = toDiagnostics(configured, a.model, target.uri, 'zh', true).filter((d) => d.code === 'rate-mismatch');
  return { a, configured, target, diagnostics };
}

const fixOf = (actions: CodeAction[]) => actions.find((x) => x.isPreferred);

describe('quick fixes', () => {
  it('edits the line of its own diagnostic when the same sentence is written twice', () => {
    const { configured, target, diagnostics } = setUp(TEXT);
    assert.equal(diagnostics.length, 2);
    assert.equal(diagnostics[0]!.data.fingerprint, diagnostics[1]!.data.fingerprint, 'one fingerprint for both');
    for (const d of diagnostics) {
      const change = fixOf(codeActions(target, configured, [d], 'zh'))!.edit!.documentChanges![0] as TextDocumentEdit;
      assert.equal((change.edits[0] as TextEdit).range.start.line, d.range.start.line);
    }
  });

  it('is a versioned edit, so a client refuses it once the document has changed', () => {
    const { configured, target, diagnostics } = setUp(TEXT);
    const change = fixOf(codeActions(target, configured, [diagnostics[0]!], 'zh'))!.edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(change.textDocument, { uri: 'file:///r.txt', version: 7 });
    assert.equal((change.edits[0] as TextEdit).newText, '95.2');
  });

  it('offers no fix for a diagnostic whose range no longer holds its finding, but still the dismissal', () => {
    const { diagnostics } = setUp(TEXT);
    // The text has moved since the diagnostic was published: a fix at its old range would corrupt it.
    const edited = setUp(TEXT.replace('调解矛盾纠纷', '全年调解矛盾纠纷'));
    const actions = codeActions(edited.target, edited.configured, [diagnostics[0]!], 'zh');
    assert.equal(fixOf(actions), undefined);
    assert.deepEqual(actions.map((x) => x.command?.command), ['reportReview.dismissFinding']);
  });

  it('falls back to plain changes for a client without versioned edits', () => {
    const { configured, target, diagnostics } = setUp(TEXT, false);
    const edit = fixOf(codeActions(target, configured, [diagnostics[1]!], 'zh'))!.edit!;
    assert.equal(edit.changes!['file:///r.txt']![0]!.range.start.line, 2);
  });

  it('offers the rate and the count as two fixes, each saying which figure it changes', () => {
    const { configured, target, diagnostics } = setUp('一、情况\n调解矛盾纠纷1847件,调解成功1769件,调解成功率95.9%。\n');
    const actions = codeActions(target, configured, [diagnostics[0]!], 'en');
    const titles = actions.filter((x) => x.edit).map((x) => x.title);
    assert.deepEqual(titles, [
      'Change the rate: "95.9%" to "95.8%", from 1769件 / 1847件',
      'Change the count: if the rate is right, "1769件" to "1771件" (1771 / 1847 gives 95.9%)',
    ]);
    assert.equal(actions.filter((x) => x.isPreferred).length, 1, 'only the rate is preferred');
    const count = (actions[1]!.edit!.documentChanges![0] as TextDocumentEdit).edits[0] as TextEdit;
    assert.equal(count.newText, '1771');
  });

  it('offers no count fix where no whole count gives the stated rate', () => {
    // 7 cases: 5/7 = 71.43%, 6/7 = 85.71%; no count makes 80%, so only the rate can be changed.
    const { configured, target, diagnostics } = setUp('一、情况\n应出庭7件,实际出庭5件,出庭率80%。\n');
    assert.equal(diagnostics.length, 1, 'the rate is flagged');
    const edits = codeActions(target, configured, [diagnostics[0]!], 'zh').filter((x) => x.edit);
    assert.deepEqual(edits.map((x) => x.title), ['将“80”改为“71”']);
  });

  it('renumbers a repeated heading and those after it in one edit', () => {
    const text = '一、甲\n(一)子\n(二)丑\n(二)寅\n(三)卯\n';
    const a = analyzeReport(text, { forceReport: true });
    const target: ActionTarget = { uri: 'file:///r.txt', version: 3, model: a.model, versionedEdits: false, canDismiss: false };
    const configured = configureFindings(a.findings, a.model, EMPTY_CONFIG);
    const [d] = toDiagnostics(configured, a.model, target.uri, 'zh', true).filter((x) => x.code === 'heading-sequence');
    const [fix] = codeActions(target, configured, [d!], 'zh');
    assert.equal(fix!.title, '将“(二)”改为“(三)”,其后 1 个编号顺延');
    assert.deepEqual(fix!.edit!.changes!['file:///r.txt']!.map((e) => `${e.range.start.line}:${e.newText}`), ['3:(三)', '4:(四)']);
  });
});
