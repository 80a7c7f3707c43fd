#!/usr/bin/env node
// The language server in a second real editor: headless Neovim (0.7+) runs test/e2e/neovim/probe.lua,
// which starts `node dist/server.js --stdio`, opens a copy of qinghe-2024.txt and records diagnostics,
// document symbols and a hover on the first 一、 heading; this script checks them.
//
//   node scripts/e2e/neovim.mjs             (after `npm run build`)
//
// Environment: REPORT_REVIEW_E2E_ARTIFACTS (result JSON and the LSP log go there),
// REPORT_REVIEW_E2E_WORKSPACE as for code-server.mjs, NVIM_BIN (default: nvim on PATH).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ARTIFACTS, ROOT, workspaceSource } from './codeServerInstall.mjs';

const FILE = 'qinghe-2024.txt';
const TIMEOUT_MS = 60_000;
const NVIM = process.env.NVIM_BIN || 'nvim';
const t0 = Date.now();

const checks = [];
const check = (name, ok, detail = '') => {
  checks.push({ name, ok: !!ok });
  console.log(`  ${ok ? '✔' : '✗'} ${name}${detail ? ` — ${detail}` : ''}`);
};

async function main() {
  const server = path.join(ROOT, 'dist/server.js');
  const probe = path.join(ROOT, 'test/e2e/neovim/probe.lua');
  const source = path.join(workspaceSource(), FILE);
  for (const f of [server, probe, source]) if (!fs.existsSync(f)) throw new Error(`${f} missing${f === server ? ' (npm run build)' : ''}`);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const resultFile = path.join(ARTIFACTS, 'neovim-result.json');
  fs.rmSync(resultFile, { force: true });

  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'report-review-e2e-nvim-'));
  try {
    const ws = path.join(scratch, 'workspace');
    fs.mkdirSync(ws);
    fs.copyFileSync(source, path.join(ws, FILE));
    const xdg = {};
    for (const d of ['config', 'data', 'state', 'cache', 'run']) fs.mkdirSync((xdg[d] = path.join(scratch, d)), { recursive: true, mode: 0o700 });

    console.log(`neovim: ${NVIM} --headless -u NONE -i NONE -n -c 'luafile ${path.relative(ROOT, probe)}' (server ${path.relative(ROOT, server)}, file ${FILE})`);
    const child = spawn(NVIM, ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${probe}`], {
      cwd: ws,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        XDG_CONFIG_HOME: xdg.config,
        XDG_DATA_HOME: xdg.data,
        XDG_STATE_HOME: xdg.state,
        XDG_CACHE_HOME: xdg.cache,
        XDG_RUNTIME_DIR: xdg.run,
        TMPDIR: scratch,
        PROBE_NODE: process.execPath,
        PROBE_SERVER: server,
        PROBE_FILE: path.join(ws, FILE),
        PROBE_ROOT: ws,
        PROBE_OUT: resultFile,
        PROBE_TIMEOUT_MS: String(Math.floor(TIMEOUT_MS / 3)),
      },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, TIMEOUT_MS);
    const code = await new Promise((resolve) => {
      child.on('error', (e) => resolve(`spawn error: ${e.message}`));
      child.on('exit', (c, s) => resolve(s ?? c));
    });
    clearTimeout(timer);
    const lspLog = [path.join(xdg.cache, 'nvim/lsp.log'), path.join(xdg.state, 'nvim/lsp.log')].find((p) => fs.existsSync(p));
    if (lspLog) fs.copyFileSync(lspLog, path.join(ARTIFACTS, 'neovim-lsp.log'));
    console.log(`  nvim exited with ${code}${timedOut ? ` (killed after ${TIMEOUT_MS / 1000} s)` : ''} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    if (output.trim()) console.log(`  nvim output: ${output.trim().split('\n').slice(0, 10).join('\n  ')}`);

    check('probe wrote its result', fs.existsSync(resultFile), resultFile);
    if (!fs.existsSync(resultFile)) return;
    const r = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
    if (r.timings_ms) console.log(`  probe timings (ms): ${Object.entries(r.timings_ms).sort((a, b) => a[1] - b[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    check('probe ran without error', !r.error && code === 0, r.error ?? '');

    const diags = Array.isArray(r.diagnostics) ? r.diagnostics : [];
    const rate = diags.filter((d) => d.code === 'rate-mismatch');
    check('≥1 diagnostic with code rate-mismatch', rate.length >= 1,
      `${diags.length} diagnostics; codes ${[...new Set(diags.map((d) => d.code))].join(', ')}${rate[0] ? `; "${rate[0].message}"` : ''}`);

    const symbols = Array.isArray(r.symbols) ? r.symbols : [];
    check('5 top-level symbols, the first named 一、…', symbols.length === 5 && String(symbols[0]?.name).startsWith('一、'),
      `${symbols.length}: ${symbols.map((s) => String(s.name).slice(0, 12)).join(' | ')}`);

    const text = hoverText(r.hover);
    check('hover on the first 一、 heading is non-empty and has › or 段', text.trim() !== '' && /[›段]/.test(text),
      JSON.stringify(text.replace(/\s+/g, ' ').slice(0, 100)));
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** The text of a Hover's contents: MarkupContent, MarkedString or MarkedString[]. */
function hoverText(hover) {
  if (!hover || typeof hover !== 'object') return '';
  const one = (c) => (typeof c === 'string' ? c : c && typeof c === 'object' ? String(c.value ?? '') : '');
  return Array.isArray(hover.contents) ? hover.contents.map(one).join('\n') : one(hover.contents);
}

try {
  await main();
} catch (e) {
  check('neovim test ran', false, e.message);
}
const passed = checks.filter((c) => c.ok).length;
const failed = checks.length - passed;
console.log(`neovim: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
