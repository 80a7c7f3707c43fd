#!/usr/bin/env node
// End-to-end tests in desktop VS Code through @vscode/test-electron, for machines that can download
// VS Code from update.code.visualstudio.com (on machines that cannot, use scripts/e2e/code-server.mjs).
//
//   node scripts/e2e/electron.mjs           (after `npm run build`)
//
// Environment: REPORT_REVIEW_E2E_ARTIFACTS, REPORT_REVIEW_E2E_SUITE, REPORT_REVIEW_E2E_WORKSPACE as for
// code-server.mjs; REPORT_REVIEW_E2E_VSCODE picks the VS Code version (default: stable). VS Code is
// downloaded into ${XDG_CACHE_HOME:-~/.cache}/report-review-e2e/vscode-test, outside the repository.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ARTIFACTS, CACHE, ROOT, SUITE, workspaceSource } from './codeServerInstall.mjs';
import { copyWorkspace } from './code-server.mjs';

const require = createRequire(path.join(ROOT, 'package.json'));
const { runTests } = require('@vscode/test-electron');

const t0 = Date.now();
fs.mkdirSync(ARTIFACTS, { recursive: true });
const RESULTS = path.join(ARTIFACTS, 'results.json');
const SUITE_LOG = path.join(ARTIFACTS, 'suite.log');
for (const f of [RESULTS, SUITE_LOG]) fs.rmSync(f, { force: true });

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'report-review-e2e-electron-'));
const workspace = copyWorkspace(workspaceSource(), path.join(scratch, 'workspace'));
const cachePath = path.join(CACHE, 'vscode-test');
fs.mkdirSync(cachePath, { recursive: true });

console.log(`test-electron: VS Code ${process.env.REPORT_REVIEW_E2E_VSCODE || 'stable'} (cache ${cachePath})`);
console.log(`suite: ${SUITE}; workspace copy of ${workspaceSource()}`);
let code = 1;
let error = null;
try {
  code = await runTests({
    version: process.env.REPORT_REVIEW_E2E_VSCODE || 'stable',
    cachePath,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: SUITE,
    launchArgs: [workspace, '--disable-extensions'],
    extensionTestsEnv: { REPORT_REVIEW_E2E_RESULTS: RESULTS, REPORT_REVIEW_E2E_LOG: SUITE_LOG },
  });
} catch (e) {
  // runTests rejects when VS Code exits non-zero (a failing suite) or cannot be downloaded.
  error = e?.message ?? String(e);
  code = 1;
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}

if (fs.existsSync(SUITE_LOG)) {
  console.log(`----- suite log (${SUITE_LOG})`);
  process.stdout.write(fs.readFileSync(SUITE_LOG, 'utf8'));
  console.log('-----');
}
let passes = 0;
let failures = 0;
if (fs.existsSync(RESULTS)) {
  const r = JSON.parse(fs.readFileSync(RESULTS, 'utf8'));
  passes = r.passes ?? 0;
  failures = r.failures ?? 0;
} else if (!error) error = `the suite wrote no results to ${RESULTS}`;
if (error) console.log(`test-electron: ${error}`);
if (code === 0 && (error || failures > 0 || passes === 0)) code = 1;
if (code !== 0 && failures === 0) failures = 1; // the run failed without a failing test: count the run
console.log(`total ${((Date.now() - t0) / 1000).toFixed(1)} s; artifacts: ${ARTIFACTS}`);
console.log(`e2e: ${passes} passed, ${failures} failed`);
process.exit(code);
