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
});
