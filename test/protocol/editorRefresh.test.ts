/**
 * What a client sees without editing: the outline registered again when a document switches
 * language or the message language changes, the size limit in bytes, hovers on a flagged figure
 * and between inline items, and workspace symbols of reports that are not open.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DidChangeConfigurationNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbol,
  DocumentSymbolRequest,
  HoverRequest,
  MarkupContent,
  WorkspaceSymbolRequest,
} from 'vscode-languageserver-protocol/node';
import { sample } from '../helpers/shared';
import { startServer, TestServer } from '../helpers/lspClient';

const until = async (what: string, check: () => boolean, ms = 5000) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('language server: outlines refreshed without an edit', function () {
  let server: TestServer;
  before(async function () {
    server = await startServer('en', 'file:///reports', { documentSymbolDynamic: true, foldingRefresh: true });
    await until('the outline to be registered', () => server.registrations.includes('register textDocument/documentSymbol'));
  });
  after(async function () {
    await server?.stop();
  });

  it('registers the outline dynamically where the client allows it, and again when a document switches language', async function () {
    const uri = 'file:///reports/draft.txt';
    // Too few headings and figures to read as a report by itself: plain text gets no outline.
    const text = '一、工作情况\n今年做了一些事情。\n二、下一步\n';
    await server.open(uri, 'plaintext', text);
    assert.deepEqual(await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }), []);
    const before = server.registrations.length;
    // "Treat This File as a Report": the editor closes the document and opens it in the report language, same version.
    await server.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'report', version: 1, text } });
    await until('the outline to be registered again', () => server.registrations.slice(before).includes('register textDocument/documentSymbol'));
    await until('folding to be refreshed', () => server.registrations.slice(before).includes('refresh foldingRange'));
    assert.deepEqual(server.registrations.slice(before).filter((r) => r.endsWith('documentSymbol')), ['unregister textDocument/documentSymbol', 'register textDocument/documentSymbol']);
    const symbols = (await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => s.name), ['一、工作情况', '二、下一步']);
  });

  it('registers the outline again when the message language changes, and its details follow', async function () {
    const uri = 'file:///reports/qinghe.txt';
    await server.open(uri, 'plaintext', sample('qinghe-2024.txt'));
    const detail = async () => ((await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[])[0]!.detail;
    assert.match((await detail()) ?? '', /^4 subsections · \d+ figures$/);
    const before = server.registrations.length;
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { reportReview: { messageLanguage: 'zh-cn' } } });
    await until('the outline to be registered again', () => server.registrations.slice(before).includes('register textDocument/documentSymbol'));
    assert.match((await detail()) ?? '', /^4 个小节 · \d+ 项数据$/);
    const unchanged = server.registrations.length;
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { reportReview: { messageLanguage: 'zh-cn', rules: { 'heading-sequence': 'off' } } } });
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(server.registrations.length, unchanged, 'another setting does not re-register the outline');
  });
});

describe('language server: hovers, size limit and workspace symbols', function () {
  let server: TestServer;
  let dir: string;
  before(async function () {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-review-ws-'));
    server = await startServer('zh-cn', pathToFileURL(dir).toString());
  });
  after(async function () {
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const hoverText = async (uri: string, text: string, at: number) => {
    const pos = (() => {
      const before = text.slice(0, at).split('\n');
      return { line: before.length - 1, character: before[before.length - 1]!.length };
    })();
    const h = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: pos });
    // Unescaped, to read as the user does.
    return h ? (h.contents as MarkupContent).value.replace(/\\(.)/g, '$1') : undefined;
  };

  it('shows a flagged figure\'s finding once (the editor shows its diagnostic), with the arithmetic', async function () {
    const uri = 'file:///elsewhere/a.txt';
    const text = sample('qinghe-2024.txt').replace(/\r\n/g, '\n');
    const pushed = await server.open(uri, 'report', text);
    const rate = pushed.diagnostics.find((d) => d.code === 'rate-mismatch')!;
    const value = (await hoverText(uri, text, text.indexOf('95.9%') + 1))!;
    assert.match(value, /1769 \/ 1847 = 95\.78%\(文中 95\.9%\)/);
    assert.ok(!value.includes('rate-mismatch'), `the diagnostic "${rate.message}" is not repeated:\n${value}`);
    // A count the finding rests on still names it: the editor shows no diagnostic there.
    const count = (await hoverText(uri, text, text.indexOf('1769件') + 1))!;
    assert.match(count, /rate-mismatch/);
  });

  it('answers on the punctuation between two inline items with the item before it', async function () {
    const uri = 'file:///elsewhere/b.txt';
    const text = '一、主要工作\n(一)强化保障。一是健全机制，二是落实制度；三是强化考核。\n';
    await server.open(uri, 'report', text);
    assert.match((await hoverText(uri, text, text.indexOf('，')))!, /^一、主要工作 › \(一\)强化保障 › 一是健全机制\n/);
    assert.match((await hoverText(uri, text, text.indexOf('；')))!, / › 二是落实制度\n/);
    assert.match((await hoverText(uri, text, text.indexOf('强化保障')))!, /\n3 个并列项 · /);
  });

  it('counts the size limit in megabytes of the file, not in characters', async function () {
    // 120 000 Chinese characters: 0.11 MB of characters, 0.34 MB of UTF-8.
    const body = '一、主要工作\n调解矛盾纠纷2316件,调解成功2204件,成功率达95.3%。\n';
    const text = body + '全年持续推进法治政府建设各项工作。\n'.repeat(Math.ceil(120_000 / 17));
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { reportReview: { maxCheckedSizeMB: 0.2 } } });
    try {
      const pushed = await server.open('file:///elsewhere/big.txt', 'report', text);
      assert.deepEqual(pushed.diagnostics, [], 'larger than 0.2 MB in bytes, so not checked');
      assert.ok(server.messages.some((m) => m.includes('超过 0.2 MB')), JSON.stringify(server.messages));
    } finally {
      await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { reportReview: {} } });
    }
  });

  it('finds headings of the workspace\'s reports that are not open, and reads an open one as edited', async function () {
    const report = (name: string, section: string) => `${name}人民政府关于2024年度法治政府建设情况的报告\n一、主要工作\n(一)${section}。全年办理案件45件。\n(二)深化普法宣传。开展活动32场。\n二、存在问题\n`;
    fs.mkdirSync(path.join(dir, 'districts'));
    fs.writeFileSync(path.join(dir, 'districts', 'east.txt'), report('东城区', '规范涉企行政检查'));
    fs.writeFileSync(path.join(dir, 'districts', 'west.txt'), report('西城区', '推进行政复议规范化'));
    const hits = async (query: string) =>
      ((await server.connection.sendRequest(WorkspaceSymbolRequest.type, { query })) as { name: string; location: { uri: string } }[])
        .filter((s) => s.location.uri.includes('/districts/'))
        .map((s) => `${path.basename(decodeURIComponent(s.location.uri))} ${s.name}`);
    assert.deepEqual(await hits('涉企行政检查'), ['east.txt (一)规范涉企行政检查']);
    assert.deepEqual(await hits('行政复议规范化'), ['west.txt (一)推进行政复议规范化']);
    // Opened and edited: the editor's text wins over the file on disk.
    const westUri = pathToFileURL(path.join(dir, 'districts', 'west.txt')).toString();
    await server.open(westUri, 'plaintext', report('西城区', '加强行政应诉工作'));
    assert.deepEqual(await hits('行政复议规范化'), []);
    assert.deepEqual(await hits('行政应诉工作'), ['west.txt (一)加强行政应诉工作']);
  });
});
