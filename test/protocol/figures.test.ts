/**
 * The figures request over the protocol, as Export Figures asks it: the built server answers the
 * figures table of a Word report's text (any URI scheme), with the findings it publishes, in the
 * language it speaks; nothing for a document that is not a report.
 */
import * as assert from 'node:assert/strict';
import { startServer, TestServer } from '../helpers/lspClient';
import { wordText } from '../helpers/wordDocs';

interface Row {
  written: string;
  value: number;
  unit: string;
  roles: string[];
  section: string[];
  findings: { rule: string; message: { zh: string; en: string } }[];
}

describe('language server: the figures table', function () {
  this.timeout(30_000);
  let server: TestServer;
  before(async () => {
    server = await startServer('en');
  });
  after(async () => server.stop());

  it('answers the rows of a Word report opened under its own scheme, findings as published', async () => {
    const uri = 'report-review-word:/reports/songling-2025.docx';
    const pushed = await server.open(uri, 'report', wordText());
    assert.equal(pushed.diagnostics.length, 3);
    const table = (await server.connection.sendRequest('reportReview/figures', { uri })) as { rows: Row[]; language: string };
    assert.equal(table.language, 'en');
    const amount = table.rows.find((r) => r.written === '5229万元')!;
    assert.deepEqual([amount.value, amount.unit, amount.roles], [52290000, '元', ['amount']]);
    assert.deepEqual(amount.section, ['一、主要工作和成效', '（一）深化行政复议体制改革', '2.推进公共法律服务']);
    const withFindings = table.rows.filter((r) => r.findings.length > 0 && r.findings.some((f) => /^(rate|sum)-mismatch$/.test(f.rule)));
    assert.ok(withFindings.some((r) => r.written === '95.4%' && r.findings[0]!.rule === 'rate-mismatch'));
    assert.ok(withFindings.some((r) => r.written === '13次' && r.findings[0]!.rule === 'sum-mismatch'));
  });

  it('answers nothing for a plain-text file that is not a report', async () => {
    const uri = 'file:///reports/notes.txt';
    await server.open(uri, 'plaintext', 'Shopping list: eggs, 12 apples, bread.\n');
    assert.equal(await server.connection.sendRequest('reportReview/figures', { uri }), null);
  });
});
