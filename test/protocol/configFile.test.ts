/**
 * The built server over stdio and the team's `.reportreview.json`: dismissing a finding writes
 * it, and the server honours, reloads and bounds what it reads.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeAction,
  CodeActionRequest,
  DidChangeWatchedFilesNotification,
  ExecuteCommandRequest,
} from 'vscode-languageserver-protocol/node';
import { sample } from '../helpers/shared';
import { startServer } from '../helpers/lspClient';

describe('dismissing a finding', function () {
  it('records it in .reportreview.json beside the workspace and stops reporting it', async function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-review-dismiss-'));
    const file = path.join(dir, 'report.txt');
    const text = sample('qinghe-2024.txt');
    fs.writeFileSync(file, text);
    const uri = pathToFileURL(file).href;
    const server = await startServer('zh-cn', pathToFileURL(dir).href);
    try {
      const before = await server.open(uri, 'plaintext', text);
      const rate = before.diagnostics.find((d) => d.code === 'rate-mismatch')!;
      const actions = (await server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: rate.range, context: { diagnostics: [rate] } })) as CodeAction[];
      const dismiss = actions.find((a) => a.command?.command === 'reportReview.dismissFinding')!;
      const republished = server.diagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'rate-mismatch'));
      await server.connection.sendRequest(ExecuteCommandRequest.type, { command: dismiss.command!.command, arguments: dismiss.command!.arguments });
      const after = await republished;
      assert.equal(after.diagnostics.length, before.diagnostics.length - 1);
      const saved = JSON.parse(fs.readFileSync(path.join(dir, '.reportreview.json'), 'utf8'));
      assert.equal(saved.dismissed.length, 1);
      assert.equal(saved.dismissed[0].rule, 'rate-mismatch');
      assert.equal(saved.dismissed[0].what, '95.9%');
    } finally {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the comments, layout and other keys of the team\'s file', async function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-review-dismiss-'));
    const file = path.join(dir, 'report.txt');
    const text = sample('qinghe-2024.txt');
    fs.writeFileSync(file, text);
    const team = '{\r\n\t// the team\'s rules\r\n\t"rules": { "approximate-precise": "off" },\r\n\t"owner": "法制科",\r\n\t"dismissed": [ ]\r\n}\r\n';
    fs.writeFileSync(path.join(dir, '.reportreview.json'), team);
    const uri = pathToFileURL(file).href;
    const server = await startServer('zh-cn', pathToFileURL(dir).href);
    try {
      const rate = (await server.open(uri, 'plaintext', text)).diagnostics.find((d) => d.code === 'rate-mismatch')!;
      const actions = (await server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: rate.range, context: { diagnostics: [rate] } })) as CodeAction[];
      const dismiss = actions.find((a) => a.command?.command === 'reportReview.dismissFinding')!;
      await server.connection.sendRequest(ExecuteCommandRequest.type, { command: dismiss.command!.command, arguments: dismiss.command!.arguments });
      const saved = fs.readFileSync(path.join(dir, '.reportreview.json'), 'utf8');
      const fp = (dismiss.command!.arguments![0] as { fingerprint: string }).fingerprint;
      assert.equal(saved, team.replace('"dismissed": [ ]', `"dismissed": [\r\n\t\t{ "fingerprint": "${fp}", "rule": "rate-mismatch", "what": "95.9%" }\r\n\t]`));
    } finally {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes only for an open report inside a workspace folder, with valid arguments', async function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-review-dismiss-'));
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'report-review-outside-'));
    const server = await startServer('zh-cn', pathToFileURL(dir).href);
    const execute = (args: unknown) => server.connection.sendRequest(ExecuteCommandRequest.type, { command: 'reportReview.dismissFinding', arguments: [args] }).then(() => 'done', (e: Error) => e.message);
    const fingerprint = 'rate-mismatch:0123456789ab';
    try {
      const stray = pathToFileURL(path.join(outside, 'r.txt')).href;
      assert.match(await execute({ uri: stray, fingerprint, rule: 'rate-mismatch', what: '' }), /not open in the editor/);
      const text = sample('qinghe-2024.txt');
      const pushed = await server.open(stray, 'plaintext', text);
      const rate = pushed.diagnostics.find((d) => d.code === 'rate-mismatch')!;
      const actions = (await server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: stray }, range: rate.range, context: { diagnostics: [rate] } })) as CodeAction[];
      assert.ok(!actions.some((a) => a.command), 'no dismissal offered outside the workspace');
      assert.match(await execute({ uri: stray, fingerprint, rule: 'rate-mismatch', what: '' }), /not inside a workspace folder/);
      const inside = pathToFileURL(path.join(dir, 'r.txt')).href;
      await server.open(inside, 'plaintext', text);
      assert.match(await execute({ uri: inside, rule: 'rate-mismatch' }), /arguments are not valid/);
      assert.match(await execute({ uri: inside, fingerprint: 'x', rule: 'rate-mismatch' }), /arguments are not valid/);
      assert.match(await execute({ uri: inside, fingerprint, rule: 'no-such-rule' }), /arguments are not valid/);
      assert.deepEqual(fs.readdirSync(outside), []);
      assert.deepEqual(fs.readdirSync(dir), []);
      assert.ok(server.messages.some((m) => m.includes('未能忽略此问题')), 'the user is told');
    } finally {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('.reportreview.json in the server', function () {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-review-config-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function openIn(configText: string | Buffer) {
    fs.writeFileSync(path.join(dir, '.reportreview.json'), configText);
    const file = path.join(dir, 'report.txt');
    const text = sample('qinghe-2024.txt');
    fs.writeFileSync(file, text);
    const server = await startServer('zh-cn', pathToFileURL(dir).href);
    return { server, pushed: await server.open(pathToFileURL(file).href, 'plaintext', text) };
  }

  it('applies the rule levels of a file saved with a byte order mark', async function () {
    const { server, pushed } = await openIn('\ufeff{"rules": {"rate-mismatch": "off", "heading-sequence": "error"}}');
    try {
      assert.ok(!pushed.diagnostics.some((d) => d.code === 'rate-mismatch'), 'rate-mismatch is off');
      assert.ok(pushed.diagnostics.some((d) => d.code === 'heading-sequence' && d.severity === 1), 'heading-sequence is an error');
      assert.deepEqual(server.messages, [], 'and nothing to complain about');
    } finally {
      await server.stop();
    }
  });

  it('reloads the file when the editor reports it changed', async function () {
    const { server, pushed } = await openIn('{"rules": {"rate-mismatch": "off"}}');
    try {
      assert.ok(!pushed.diagnostics.some((d) => d.code === 'rate-mismatch'));
      const config = path.join(dir, '.reportreview.json');
      fs.writeFileSync(config, '{"rules": {}}');
      const uri = pathToFileURL(path.join(dir, 'report.txt')).href;
      const republished = server.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'rate-mismatch'));
      await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
      await republished;
    } finally {
      await server.stop();
    }
  });

  it('does not climb above a report outside every workspace folder', async function () {
    // The report is in dir/outside/deep; dir holds a config that would turn the rule off.
    fs.writeFileSync(path.join(dir, '.reportreview.json'), '{"rules": {"rate-mismatch": "off"}}');
    const deep = path.join(dir, 'outside', 'deep');
    fs.mkdirSync(deep, { recursive: true });
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'report-review-ws-'));
    const server = await startServer('zh-cn', pathToFileURL(workspace).href);
    try {
      const text = sample('qinghe-2024.txt');
      const far = await server.open(pathToFileURL(path.join(deep, 'r.txt')).href, 'plaintext', text);
      assert.ok(far.diagnostics.some((d) => d.code === 'rate-mismatch'), 'the config two folders up is not read');
      const near = await server.open(pathToFileURL(path.join(dir, 'r.txt')).href, 'plaintext', text);
      assert.ok(!near.diagnostics.some((d) => d.code === 'rate-mismatch'), 'one in the report\'s own folder is');
    } finally {
      await server.stop();
      fs.rmSync(workspace, { recursive: true, force: true });
    }
  });

  it('keeps publishing with 150 000 dismissals', async function () {
    this.timeout(30000);
    const dismissed = Array.from({ length: 150_000 }, (_, i) => `{"fingerprint":"rate-mismatch:${i.toString(16).padStart(12, '0')}","rule":"rate-mismatch"}`);
    const { server, pushed } = await openIn(`{"dismissed":[\n${dismissed.join(',\n')}\n]}\n`);
    try {
      assert.ok(pushed.diagnostics.some((d) => d.code === 'rate-mismatch'), JSON.stringify(pushed.diagnostics.map((d) => d.code)));
    } finally {
      await server.stop();
    }
  });
});

