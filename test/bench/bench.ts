/**
 * `npm run bench`: speed and memory, measured and printed (a table, then one JSON line).
 * Not a test: nothing here asserts a time.
 *
 * Inputs are made by repeating the sample reports (and the corpus in ../shared, when present) to
 * about 100 KB, 1 MB and 10 MB. Measured: the analysis alone (parse, every check, the report
 * summary) in MB/s; the floor (one regular expression finding every number); and, over LSP with
 * the built server on stdio, start-up, didOpen → diagnostics, documentSymbol, foldingRange and
 * hover latency, a burst of 50 edits, and resident memory with ten 100 KB reports open.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { analyzeReport } from '../../server/src/analysis/index';
import { summarizeReport } from '../../server/src/presentation/summaries';
import { REPO_ROOT, sharedDir } from '../helpers/shared';

const KB = 1024;
const MB = 1024 * KB;

function sources(): string[] {
  const texts = fs.readdirSync(path.join(REPO_ROOT, 'samples')).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(REPO_ROOT, 'samples', f), 'utf8'));
  const shared = sharedDir();
  if (shared) {
    const dir = path.join(shared, 'corpus');
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) texts.push(fs.readFileSync(path.join(dir, f), 'utf8'));
  }
  return texts;
}

/** Reports repeated until the UTF-8 size reaches `bytes`. */
function makeReport(texts: readonly string[], bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const t = texts[i % texts.length]!;
    parts.push(t);
    size += Buffer.byteLength(t) + 1;
  }
  return parts.join('\n');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(f: () => void, runs: number): number {
  f(); // warm up
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    f();
    ts.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(ts);
}

const NUMBER = /[0-9０-９]+(?:[.．][0-9０-９]+)?/g;

interface SizeResult {
  label: string;
  bytes: number;
  analysisMs: number;
  mbPerS: number;
  floorMs: number;
  ratio: number;
  findings: number;
}

function benchAnalysis(texts: string[]): SizeResult[] {
  const out: SizeResult[] = [];
  for (const [label, bytes, runs] of [['100 KB', 100 * KB, 31], ['1 MB', MB, 15], ['10 MB', 10 * MB, 5]] as const) {
    const text = makeReport(texts, bytes);
    const real = Buffer.byteLength(text);
    let findings = 0;
    const analysisMs = time(() => {
      const a = analyzeReport(text, { forceReport: true });
      summarizeReport(a.model, a.findings);
      findings = a.findings.length;
    }, runs);
    let count = 0;
    const floorMs = time(() => {
      count = 0;
      NUMBER.lastIndex = 0;
      while (NUMBER.exec(text)) count++;
    }, runs);
    out.push({ label, bytes: real, analysisMs, mbPerS: real / MB / (analysisMs / 1000), floorMs, ratio: analysisMs / floorMs, findings });
  }
  return out;
}

interface LspResult {
  startupMs: number;
  openToDiagnosticsMs: number;
  documentSymbolMs: number;
  foldingRangeMs: number;
  hoverMs: number;
  burstLastEditToDiagnosticsMs: number;
  staleVersionsPublished: number;
  rssTenReportsMB: number;
}

async function benchLsp(texts: string[]): Promise<LspResult> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiters: { uri: string; version: number; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  const published: PublishDiagnosticsParams[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    published.push(p);
    for (let i = waiters.length - 1; i >= 0; i--) {
      if (waiters[i]!.uri === p.uri && waiters[i]!.version === p.version) waiters.splice(i, 1)[0]!.resolve(p);
    }
  });
  const diagnosticsFor = (uri: string, version: number) => new Promise<PublishDiagnosticsParams>((resolve) => waiters.push({ uri, version, resolve }));
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
  const startupMs = performance.now() - t0;
  await connection.sendNotification(InitializedNotification.type, {});

  const big = makeReport(texts, MB);
  const uri = 'file:///bench/big.txt';
  const opens: number[] = [];
  for (let i = 0; i < 5; i++) {
    const u = `${uri}?${i}`;
    const t = performance.now();
    const d = diagnosticsFor(u, 1);
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: u, languageId: 'plaintext', version: 1, text: big } });
    await d;
    opens.push(performance.now() - t);
  }
  const target = `${uri}?0`;
  const latency = async (f: () => Promise<unknown>) => {
    const ts: number[] = [];
    for (let i = 0; i < 21; i++) {
      const t = performance.now();
      await f();
      ts.push(performance.now() - t);
    }
    return median(ts);
  };
  const documentSymbolMs = await latency(() => connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: target } }));
  const foldingRangeMs = await latency(() => connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: target } }));
  const hoverMs = await latency(() => connection.sendRequest(HoverRequest.type, { textDocument: { uri: target }, position: { line: 2, character: 1 } }));

  // A burst of 50 keystrokes: only the last version's diagnostics may be published.
  const before = published.length;
  let version = 1;
  const last = diagnosticsFor(target, 51);
  let lastEdit = 0;
  for (let i = 0; i < 50; i++) {
    version++;
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: target, version },
      contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '字' }],
    });
    lastEdit = performance.now();
  }
  await last;
  const burstLastEditToDiagnosticsMs = performance.now() - lastEdit;
  const staleVersionsPublished = published.slice(before).filter((p) => p.uri === target && p.version !== 51).length;

  // Ten 100 KB reports open.
  const fresh = spawn(process.execPath, [path.join(REPO_ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const c2 = createProtocolConnection(new StreamMessageReader(fresh.stdout!), new StreamMessageWriter(fresh.stdin!));
  const w2: { uri: string; resolve: () => void }[] = [];
  c2.onNotification(PublishDiagnosticsNotification.type, (p) => {
    for (let i = w2.length - 1; i >= 0; i--) if (w2[i]!.uri === p.uri) w2.splice(i, 1)[0]!.resolve();
  });
  c2.listen();
  await c2.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
  await c2.sendNotification(InitializedNotification.type, {});
  const small = makeReport(texts, 100 * KB);
  for (let i = 0; i < 10; i++) {
    const u = `file:///bench/r${i}.txt`;
    const done = new Promise<void>((resolve) => w2.push({ uri: u, resolve }));
    await c2.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: u, languageId: 'plaintext', version: 1, text: small } });
    await done;
  }
  await new Promise((r) => setTimeout(r, 300));
  const status = fs.readFileSync(`/proc/${fresh.pid}/status`, 'utf8');
  const rssTenReportsMB = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
  fresh.kill();
  child.kill();
  connection.dispose();
  c2.dispose();
  return { startupMs, openToDiagnosticsMs: median(opens), documentSymbolMs, foldingRangeMs, hoverMs, burstLastEditToDiagnosticsMs, staleVersionsPublished, rssTenReportsMB };
}

async function main(): Promise<void> {
  const texts = sources();
  const analysis = benchAnalysis(texts);
  const lsp = await benchLsp(texts);
  const f = (x: number, d = 1) => x.toFixed(d);
  console.log(`Report Review benchmark — node ${process.version}, ${texts.length} source reports${sharedDir() ? ' (samples + corpus)' : ' (samples only)'}`);
  console.log('');
  console.log('size      bytes       analysis ms   MB/s    floor ms   analysis/floor   findings');
  for (const r of analysis) {
    console.log(`${r.label.padEnd(8)}  ${String(r.bytes).padStart(9)}   ${f(r.analysisMs, 2).padStart(11)}   ${f(r.mbPerS).padStart(5)}   ${f(r.floorMs, 2).padStart(8)}   ${f(r.ratio).padStart(14)}   ${String(r.findings).padStart(8)}`);
  }
  const oneMb = analysis[1]!;
  const tenMb = analysis[2]!;
  console.log(`linearity: 10 MB took ${f(tenMb.analysisMs / oneMb.analysisMs, 2)}× the 1 MB time for ${f(tenMb.bytes / oneMb.bytes, 2)}× the bytes`);
  console.log('');
  console.log('over LSP (dist/server.js, stdio)                     ms');
  console.log(`start-up to initialize result                ${f(lsp.startupMs).padStart(10)}`);
  console.log(`didOpen 1 MB → publishDiagnostics            ${f(lsp.openToDiagnosticsMs).padStart(10)}`);
  console.log(`documentSymbol (1 MB)                        ${f(lsp.documentSymbolMs).padStart(10)}`);
  console.log(`foldingRange (1 MB)                          ${f(lsp.foldingRangeMs).padStart(10)}`);
  console.log(`hover (1 MB)                                 ${f(lsp.hoverMs, 2).padStart(10)}`);
  console.log(`50-edit burst: last edit → its diagnostics   ${f(lsp.burstLastEditToDiagnosticsMs).padStart(10)}   (includes the 200 ms debounce)`);
  console.log(`stale versions published during the burst    ${String(lsp.staleVersionsPublished).padStart(10)}`);
  console.log(`resident memory, ten 100 KB reports open     ${f(lsp.rssTenReportsMB).padStart(10)} MB`);
  console.log(JSON.stringify({ analysis, lsp }));
}

void main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
