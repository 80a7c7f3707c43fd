/**
 * The built server (dist/server.js) over stdio, as any LSP client sees it.
 */
import * as assert from 'node:assert/strict';
import {
  CodeAction,
  CodeActionRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DocumentSymbol,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  MarkupContent,
  SelectionRangeRequest,
  TextDocumentEdit,
  TextEdit,
  WorkspaceSymbolRequest,
} from 'vscode-languageserver-protocol/node';
import { MAX_FINDINGS_PER_DOCUMENT, MAX_RELATED_PER_FINDING } from '../../server/src/analysis/bounds';
import { sample } from '../helpers/shared';
import { startServer, TestServer } from '../helpers/lspClient';

const YUNXI = 'file:///reports/yunxi-2023.txt';

function names(symbols: DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => [`${'  '.repeat(depth)}${s.name}`, ...names(s.children ?? [], depth + 1)]);
}

describe('language server over stdio', function () {
  let server: TestServer;
  let opened = 0;
  /**
   * Opens a sample under a URI of its own, so that every test reads the documents it opened
   * itself and runs alone (\`--grep\`) or in any order.
   */
  const fresh = async (name: string, languageId = 'plaintext') => {
    const uri = `file:///reports/${++opened}/${name}`;
    return { uri, pushed: await server.open(uri, languageId, sample(name)) };
  };
  before(async function () {
    // The reports are in a workspace folder (that does not exist on disk): dismissing is offered.
    server = await startServer('zh-cn', 'file:///reports');
  });
  after(async function () {
    await server?.stop();
  });

  it('pushes heading-sequence diagnostics on open, with rule codes and related information', async function () {
    const pushed = await server.open(YUNXI, 'plaintext', sample('yunxi-2023.txt'));
    const rows = pushed.diagnostics.map((d) => `${d.range.start.line + 1}:${d.code}:${d.source}`);
    assert.deepEqual(rows, [
      '19:growth-mismatch:report-review',
      '20:heading-sequence:report-review',
      '20:part-exceeds-total:report-review',
      '26:heading-sequence:report-review',
    ]);
    const skipped = pushed.diagnostics.find((d) => d.code === 'heading-sequence')!;
    assert.match(String(skipped.message), /跳号.*缺少“2、”/);
    assert.equal(skipped.relatedInformation?.[0]?.location.range.start.line, 18);
    assert.equal(skipped.relatedInformation?.[0]?.location.uri, YUNXI);
  });

  it('answers documentSymbol with the heading tree, sections as ranges and figure counts as detail', async function () {
    const { uri } = await fresh('qinghe-2024.txt');
    const symbols = (await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    const list = names(symbols);
    assert.equal(symbols.length, 5, 'five top-level sections 一、 to 五、');
    assert.ok(list.includes('        ①推行调解和解'), list.join('\n'));
    assert.ok(list.includes('    一是健全领导机制'), list.join('\n'));
    const first = symbols[0]!;
    assert.equal(first.range.start.line, 2);
    assert.equal(first.range.end.line, 6, 'the section 一、 runs to the line before 二、');
    assert.equal(first.selectionRange.start.line, 2);
    assert.match(first.detail ?? '', /^4 个小节 · \d+ 项数据$/);
  });

  it('answers foldingRange by section', async function () {
    const { uri } = await fresh('qinghe-2024.txt');
    const ranges = await server.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
    assert.ok(ranges);
    const lines = ranges!.map((r) => `${r.startLine}-${r.endLine}`);
    assert.ok(lines.includes('2-6'), lines.join(' '));
    assert.ok(lines.includes('12-17'), '1.做优行政复议 folds over its (1)–(3)');
  });

  it('answers selectionRange from sentence to paragraph to sections', async function () {
    const { uri } = await fresh('qinghe-2024.txt');
    const [range] = (await server.connection.sendRequest(SelectionRangeRequest.type, {
      textDocument: { uri },
      positions: [{ line: 15, character: 3 }],
    }))!;
    const chain: string[] = [];
    for (let r: typeof range | undefined = range; r; r = r.parent) chain.push(`${r.range.start.line}:${r.range.start.character}-${r.range.end.line}`);
    // sentence, paragraph (line 16), ① section = paragraph, (2) section, 1. section, (二), 二、, document
    assert.equal(chain[0], '15:0-15');
    assert.ok(chain.includes('14:0-16'), chain.join(' '));
    assert.ok(chain.includes('12:0-17'), chain.join(' '));
    assert.equal(chain[chain.length - 1], '0:0-35');
  });

  it('answers workspace/symbol across the open reports', async function () {
    const qinghe = await fresh('qinghe-2024.txt');
    const yunxi = await fresh('yunxi-2023.txt');
    const found = await server.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '行政复议' });
    const hits = (found as { name: string; location: { uri: string } }[]).map((s) => `${s.location.uri} ${s.name}`);
    assert.ok(hits.includes(`${qinghe.uri} 1.做优行政复议`), hits.join('\n'));
    assert.ok(hits.includes(`${yunxi.uri} （一）行政复议和行政应诉`), hits.join('\n'));
  });

  it('re-publishes for the newest version after edits, and fixing the numbering clears the finding', async function () {
    const { uri } = await fresh('yunxi-2023.txt');
    const text = sample('yunxi-2023.txt');
    const lines = text.split('\r\n');
    assert.match(lines[19]!, /^3、/);
    assert.match(lines[20]!, /^4、/);
    // Two quick edits: only the newest version's diagnostics may arrive.
    const pushed = server.diagnostics(uri, (p) => p.version === 3);
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 19, character: 0 }, end: { line: 19, character: 1 } }, text: 'X' }],
    });
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 3 },
      contentChanges: [
        { range: { start: { line: 19, character: 0 }, end: { line: 19, character: 1 } }, text: '2' },
        { range: { start: { line: 20, character: 0 }, end: { line: 20, character: 1 } }, text: '3' },
      ],
    });
    const after = await pushed;
    assert.deepEqual(after.diagnostics.filter((d) => d.code === 'heading-sequence').map((d) => d.range.start.line + 1), [26]);
  });

  it('gives Markdown reports diagnostics but leaves their outline to the editor', async function () {
    const { uri, pushed } = await fresh('bailuwan-2024.md', 'markdown');
    assert.deepEqual(pushed.diagnostics.map((d) => `${d.range.start.line + 1}:${d.code}`), ['17:sum-mismatch', '23:rate-mismatch']);
    const symbols = await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    assert.deepEqual(symbols, []);
  });

  it('gives a plain-text file that is not a report nothing', async function () {
    const uri = 'file:///project/README.txt';
    const pushed = await server.open(uri, 'plaintext', 'Build with make.\n1. Install\n2. Run\n3. Enjoy\n');
    assert.deepEqual(pushed.diagnostics, []);
    assert.deepEqual(await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }), []);
  });

  it('reads the language ids other editors send for plain text (Neovim: its filetype `text`, or none)', async function () {
    for (const [uri, languageId] of [['file:///nvim/a.txt', 'text'], ['file:///nvim/b.txt', '']] as const) {
      const pushed = await server.open(uri, languageId, sample('yunxi-2023.txt'));
      assert.equal(pushed.diagnostics.length, 4, languageId);
      const symbols = await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
      assert.equal(symbols?.length, 4, languageId);
    }
  });

  it('answers requests for unknown documents with an empty result, and keeps running', async function () {
    const symbols = await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: 'file:///nowhere.txt' } });
    assert.deepEqual(symbols, []);
    const { uri } = await fresh('qinghe-2024.txt');
    const ranges = await server.connection.sendRequest(SelectionRangeRequest.type, {
      textDocument: { uri },
      positions: [{ line: 9999, character: 9999 }],
    });
    assert.equal(ranges?.length, 1);
  });

  it('offers quick fixes naming their diagnostic: the computed rate, the count instead, and dismissing', async function () {
    const diagnostics = (await server.open('file:///reports/qinghe-copy.txt', 'plaintext', sample('qinghe-2024.txt'))).diagnostics;
    const rate = diagnostics.find((d) => d.code === 'rate-mismatch')!;
    const actions = (await server.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: 'file:///reports/qinghe-copy.txt' },
      range: rate.range,
      context: { diagnostics: [rate] },
    })) as CodeAction[];
    assert.deepEqual(actions.map((a) => a.title), [
      '改比率:按 1769件 / 1847件 将“95.9%”改为“95.8%”',
      '改分子:若比率无误,将“调解成功1769件”改为“1771件”(1771 / 1847 得 95.9%)',
      '忽略此问题(rate-mismatch,记入 .reportreview.json)',
    ]);
    assert.deepEqual(actions[0]!.diagnostics, [rate]);
    assert.equal(actions[0]!.isPreferred, true, 'the rate, which its own counts contradict, is the preferred fix');
    assert.equal(actions[1]!.isPreferred, undefined);
    const count = (actions[1]!.edit!.documentChanges![0] as TextDocumentEdit).edits[0] as TextEdit;
    assert.equal(count.newText, '1771');
    assert.equal(sample('qinghe-2024.txt').split(/\r?\n/)[count.range.start.line]!.slice(count.range.start.character, count.range.end.character), '1769');
    const change = actions[0]!.edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(change.textDocument, { uri: 'file:///reports/qinghe-copy.txt', version: 1 });
    const edit = change.edits[0] as TextEdit;
    assert.equal(edit.newText, '95.8');
    assert.equal(edit.range.start.line, 24);
    assert.equal(actions[2]!.command!.command, 'reportReview.dismissFinding');
  });

  it('ties each fix to its own diagnostic: the same sentence twice, each line fixed on its own line', async function () {
    const uri = 'file:///reports/twice.txt';
    const sentence = '调解矛盾纠纷2316件,调解成功2204件,成功率达95.3%。';
    const pushed = await server.open(uri, 'report', `一、情况\n${sentence}\n${sentence}\n`);
    const rates = pushed.diagnostics.filter((d) => d.code === 'rate-mismatch');
    assert.deepEqual(rates.map((d) => d.range.start.line), [1, 2]);
    for (const d of rates) {
      const actions = (await server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
      const edit = (actions[0]!.edit!.documentChanges![0] as TextDocumentEdit).edits[0] as TextEdit;
      assert.equal(edit.range.start.line, d.range.start.line);
    }
  });

  it('turns a rule off when the settings say so, republishing every open report', async function () {
    const { uri } = await fresh('qinghe-2024.txt');
    const republished = server.diagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'heading-sequence'));
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { reportReview: { rules: { 'heading-sequence': 'off' } } } });
    const after = await republished;
    assert.ok(after.diagnostics.some((d) => d.code === 'rate-mismatch'));
    const back = server.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'heading-sequence'));
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { reportReview: {} } });
    await back;
  });

  it('hovers over every heading with its section summary, and over a rate with its arithmetic', async function () {
    const { uri: QINGHE } = await fresh('qinghe-2024.txt');
    const symbols = (await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: QINGHE } })) as DocumentSymbol[];
    const all: DocumentSymbol[] = [];
    const walk = (s: DocumentSymbol) => {
      all.push(s);
      s.children?.forEach(walk);
    };
    symbols.forEach(walk);
    assert.ok(all.length > 40);
    for (const s of all) {
      const h = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: QINGHE }, position: s.selectionRange.start });
      const value = (h?.contents as MarkupContent).value;
      assert.match(value, / 段 · \d+ 字 · \d+ 项数据/, s.name);
      assert.ok(value.split('\n')[0]!.endsWith(s.name.replace(/[()\\.]/g, (c) => '\\' + c).slice(-4)), `${s.name}: ${value.split('\n')[0]}`);
    }
    const rate = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: QINGHE }, position: { line: 24, character: 88 } });
    assert.match((rate?.contents as MarkupContent).value, /✗ 1769 \/ 1847 = 95\\\.78%/);
    const title = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: QINGHE }, position: { line: 0, character: 2 } });
    assert.match((title?.contents as MarkupContent).value, /- 发文单位:青禾县司法局/);
    const none = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: QINGHE }, position: { line: 28, character: 10 } });
    assert.equal(none, null);
  });

  it('answers the overview request with sections and findings', async function () {
    const { uri } = await fresh('qinghe-2024.txt');
    const o = (await server.connection.sendRequest('reportReview/overview', { uri })) as { sections: unknown[]; findings: { line: number }[] };
    assert.equal(o.sections.length, 5);
    assert.ok(o.findings.some((f) => f.line === 24));
  });

  it('outlines but does not check a report past the size limit, and says so once', async function () {
    const checked = await fresh('qinghe-2024.txt');
    const uri = 'file:///reports/big-copy.txt';
    const republished = server.diagnostics(checked.uri, (p) => p.diagnostics.length === 0);
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { reportReview: { maxCheckedSizeMB: 0.001 } } });
    await republished;
    const pushed = await server.open(uri, 'plaintext', sample('qinghe-2024.txt'));
    assert.deepEqual(pushed.diagnostics, []);
    const symbols = await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    assert.equal(symbols?.length, 5, 'still outlined');
    const told = server.messages.filter((m) => m.includes('只生成大纲'));
    assert.ok(told.length >= 1, JSON.stringify(server.messages));
    const again = server.diagnostics(uri, (p) => p.version === 2);
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '字' }],
    });
    await again;
    assert.equal(server.messages.filter((m) => m.includes('只生成大纲') && m.length > 0).length, told.length, 'told once per document');
    const restored = server.diagnostics(uri, (p) => p.diagnostics.length > 0);
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { reportReview: {} } });
    await restored;
  });

  it('clears diagnostics when a document closes', async function () {
    const { uri } = await fresh('yunxi-2023.txt');
    const cleared = server.diagnostics(uri, (p) => p.diagnostics.length === 0 && p.version === undefined);
    await server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    await cleared;
    assert.deepEqual(server.stderr.join('').match(/Error|failed/g) ?? [], []);
  });
});

describe('language server on pastes built to hurt', function () {
  let server: TestServer;
  before(async function () {
    server = await startServer('zh-cn');
  });
  after(async function () {
    await server?.stop();
  });

  it('survives the blow-up shapes and publishes a bounded result', async function () {
    this.timeout(30000);
    for (const [i, unit] of ['共1件、', '其中9件、', '受理2件包括区局、'].entries()) {
      const uri = `file:///pastes/chain-${i}.txt`;
      const text = '一、情况\n' + unit.repeat(Math.round(50_000 / unit.length));
      const pushed = await server.open(uri, 'report', text);
      // Before the bound, 50 KB of `共1件、` made a publish of 269 MB.
      assert.ok(JSON.stringify(pushed).length < 2 * text.length, `${unit}: a publish of ${JSON.stringify(pushed).length} characters`);
      assert.ok(pushed.diagnostics.length <= MAX_FINDINGS_PER_DOCUMENT);
      assert.ok(pushed.diagnostics.every((d) => (d.relatedInformation?.length ?? 0) <= MAX_RELATED_PER_FINDING));
      const symbols = await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
      assert.equal(symbols?.length, 1, 'and it still answers');
    }
  });

  it('cuts a document past the limit to its first findings, and says so once', async function () {
    const uri = 'file:///pastes/rates.txt';
    const text = '一、情况\n' + '出庭应诉率达102%,'.repeat(MAX_FINDINGS_PER_DOCUMENT + 300);
    const pushed = await server.open(uri, 'report', text);
    assert.equal(pushed.diagnostics.length, MAX_FINDINGS_PER_DOCUMENT);
    const told = () => server.messages.filter((m) => m.includes(`只列出前 ${MAX_FINDINGS_PER_DOCUMENT} 个`)).length;
    assert.equal(told(), 1, JSON.stringify(server.messages));
    const again = server.diagnostics(uri, (p) => p.version === 2);
    await server.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '字' }],
    });
    assert.equal((await again).diagnostics.length, MAX_FINDINGS_PER_DOCUMENT);
    assert.equal(told(), 1, 'told once per document, not on every edit');
  });
});

describe('language server in English', function () {
  it('speaks the locale given at initialize', async function () {
    const server = await startServer('en');
    try {
      const pushed = await server.open(YUNXI, 'report', sample('yunxi-2023.txt'));
      assert.match(String(pushed.diagnostics.find((d) => d.code === 'heading-sequence')!.message), /^Skipped level-3 heading number: "3、" follows "1、"; "2、" is missing$/);
    } finally {
      await server.stop();
    }
  });
});
