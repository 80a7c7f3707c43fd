#!/usr/bin/env node
// `npm run test:e2e` (which runs `npm run build` first): the end-to-end tests in whichever real
// editors this machine can run.
//  - VS Code: through code-server + headless chromium (scripts/e2e/code-server.mjs) when
//    /usr/bin/chromium exists and code-server 4.100.3 is installed in the cache or can be installed
//    from the npm registry; otherwise through @vscode/test-electron (scripts/e2e/electron.mjs), which
//    downloads desktop VS Code. REPORT_REVIEW_E2E_RUNNER=code-server|electron forces one.
//  - Neovim: scripts/e2e/neovim.mjs when `nvim` is on PATH.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, CODE_SERVER_DIR, CODE_SERVER_VERSION, codeServerInstalled, missingInstallDeps } from './codeServerInstall.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const t0 = Date.now();

function onPath(cmd) {
  return (process.env.PATH || '').split(path.delimiter).some((d) => {
    try {
      fs.accessSync(path.join(d, cmd), fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Which VS Code runner, and why. */
function pickRunner() {
  const forced = process.env.REPORT_REVIEW_E2E_RUNNER;
  if (forced === 'code-server' || forced === 'electron') return { runner: forced, why: `REPORT_REVIEW_E2E_RUNNER=${forced}` };
  if (!fs.existsSync(CHROMIUM)) return { runner: 'electron', why: `no browser at ${CHROMIUM} for code-server` };
  if (codeServerInstalled()) return { runner: 'code-server', why: `${CHROMIUM} exists and code-server ${CODE_SERVER_VERSION} is installed in ${CODE_SERVER_DIR}` };
  const missing = missingInstallDeps();
  if (missing.length) return { runner: 'electron', why: `code-server is not installed and cannot be: missing Debian package(s) ${missing.join(', ')}` };
  const view = spawnSync('npm', ['view', `code-server@${CODE_SERVER_VERSION}`, 'version'], { encoding: 'utf8', timeout: 30_000 });
  if (view.status === 0 && view.stdout.trim() === CODE_SERVER_VERSION)
    return { runner: 'code-server', why: `${CHROMIUM} exists and code-server@${CODE_SERVER_VERSION} is on the npm registry (will be installed into ${CODE_SERVER_DIR})` };
  const reason = view.error?.message || (view.stderr || '').split('\n').find((l) => /ERR/.test(l)) || `exit ${view.status}`;
  return { runner: 'electron', why: `the npm registry does not answer for code-server@${CODE_SERVER_VERSION} (${reason.trim()})` };
}

function runNode(script) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(HERE, script)], { stdio: 'inherit' });
    child.on('error', () => resolve(1));
    child.on('exit', (code, signal) => resolve(signal ? 1 : code ?? 1));
  });
}

const summary = [];
const { runner, why } = pickRunner();
console.log(`e2e: VS Code runner: ${runner} — ${why}`);
let t = Date.now();
const vscodeCode = await runNode(runner === 'code-server' ? 'code-server.mjs' : 'electron.mjs');
summary.push(`VS Code (${runner}): ${vscodeCode === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - t) / 1000).toFixed(1)} s`);

let nvimCode = 0;
if (onPath('nvim')) {
  console.log('\ne2e: Neovim: nvim is on PATH');
  t = Date.now();
  nvimCode = await runNode('neovim.mjs');
  summary.push(`Neovim: ${nvimCode === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
} else {
  console.log('\ne2e: Neovim: skipped — nvim is not on PATH (apt-get install neovim)');
  summary.push('Neovim: skipped (no nvim on PATH)');
}

console.log(`\ne2e summary (${((Date.now() - t0) / 1000).toFixed(1)} s):\n  ${summary.join('\n  ')}`);
process.exit(vscodeCode === 0 && nvimCode === 0 ? 0 : 1);
