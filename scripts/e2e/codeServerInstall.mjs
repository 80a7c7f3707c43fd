// Installing code-server for the end-to-end tests, shared by code-server.mjs and run.mjs:
// code-server@4.100.3 once into ${XDG_CACHE_HOME:-~/.cache}/report-review-e2e/ (needs the npm registry
// and the Debian packages libkrb5-dev, pkg-config and ripgrep; see ../shared/E2E-NOTES.md).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CODE_SERVER_VERSION = '4.100.3';
export const CACHE = path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'report-review-e2e');
export const CODE_SERVER_DIR = path.join(CACHE, `code-server-${CODE_SERVER_VERSION}`);
export const CODE_SERVER_ENTRY = path.join(CODE_SERVER_DIR, 'node_modules/code-server/out/node/entry.js');
const COMPLETE_MARK = path.join(CODE_SERVER_DIR, '.complete');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const ARTIFACTS = path.resolve(process.env.REPORT_REVIEW_E2E_ARTIFACTS || path.join(os.tmpdir(), 'report-review-e2e'));
export const SUITE = path.resolve(process.env.REPORT_REVIEW_E2E_SUITE || path.join(ROOT, 'out/test/e2e/index'));
const RIPGREP_CACHE = 'vscode-ripgrep-cache-1.15.11'; // @vscode/ripgrep 1.15.11 in VS Code 1.100
const RIPGREP_TARBALL = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

const t0 = Date.now();
const stamp = () => `[${((Date.now() - t0) / 1000).toFixed(1).padStart(5)}s]`;
const log = (...a) => console.log(stamp(), ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The workspace the suite and the UI check open: test/e2e/workspace, else samples/. */
export function workspaceSource() {
  if (process.env.REPORT_REVIEW_E2E_WORKSPACE) return path.resolve(process.env.REPORT_REVIEW_E2E_WORKSPACE);
  const e2e = path.join(ROOT, 'test/e2e/workspace');
  return fs.existsSync(e2e) ? e2e : path.join(ROOT, 'samples');
}

export function codeServerInstalled() {
  return fs.existsSync(COMPLETE_MARK) && fs.existsSync(CODE_SERVER_ENTRY);
}

function which(cmd) {
  for (const d of (process.env.PATH || '').split(path.delimiter)) {
    const p = path.join(d, cmd);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch {}
  }
  return null;
}

/** Debian packages the install needs and lacks (installing them is the CI script's job). */
export function missingInstallDeps() {
  const missing = [];
  const krb5 = ['/usr/include/krb5.h', '/usr/include/gssapi/gssapi.h', '/usr/include/x86_64-linux-gnu/krb5.h']
    .some((p) => fs.existsSync(p)) || spawnSync('pkg-config', ['--exists', 'krb5-gssapi']).status === 0;
  if (!krb5) missing.push('libkrb5-dev');
  if (!which('pkg-config')) missing.push('pkg-config');
  if (!which('rg')) missing.push('ripgrep');
  return missing;
}

/** Installs code-server@4.100.3 into the cache folder once; returns its entry script. */
export async function ensureCodeServer() {
  if (codeServerInstalled()) return CODE_SERVER_ENTRY;
  fs.mkdirSync(CACHE, { recursive: true });
  // One installer at a time: a lock folder, taken over when older than 15 minutes.
  const lock = `${CODE_SERVER_DIR}.lock`;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? 0);
      if (age > 15 * 60_000) {
        fs.rmSync(lock, { recursive: true, force: true });
        continue;
      }
      log(`waiting for another code-server install (${lock})`);
      await sleep(5000);
      if (codeServerInstalled()) return CODE_SERVER_ENTRY;
    }
  }
  try {
    if (codeServerInstalled()) return CODE_SERVER_ENTRY;
    const missing = missingInstallDeps();
    if (missing.length) {
      throw new Error(
        `cannot install code-server ${CODE_SERVER_VERSION}: missing Debian package(s) ${missing.join(', ')}.\n` +
          `  Install them first: apt-get install -y --no-install-recommends libkrb5-dev pkg-config ripgrep`,
      );
    }
    fs.rmSync(CODE_SERVER_DIR, { recursive: true, force: true });
    const tmp = path.join(CODE_SERVER_DIR, 'tmp');
    fs.mkdirSync(path.join(tmp, RIPGREP_CACHE), { recursive: true });
    fs.writeFileSync(
      path.join(CODE_SERVER_DIR, 'package.json'),
      JSON.stringify({ name: 'report-review-e2e-code-server', private: true, version: '0.0.0' }, null, 2) + '\n',
    );
    // @vscode/ripgrep's postinstall downloads rg from GitHub (unreachable): seed its cache with Debian's rg.
    const rg = fs.realpathSync(which('rg'));
    const tar = spawnSync('tar', ['czf', path.join(tmp, RIPGREP_CACHE, RIPGREP_TARBALL), '-C', path.dirname(rg), path.basename(rg)], { stdio: 'inherit' });
    if (tar.status !== 0) throw new Error('could not seed the ripgrep cache (tar failed)');
    const logFile = path.join(CACHE, `install-code-server-${CODE_SERVER_VERSION}.log`);
    log(`installing code-server@${CODE_SERVER_VERSION} into ${CODE_SERVER_DIR} (about a minute, ~300 MB; log: ${logFile})`);
    const out = fs.openSync(logFile, 'w');
    const npm = spawn('npm', ['install', '--foreground-scripts', '--no-audit', '--no-fund', '--no-save', `code-server@${CODE_SERVER_VERSION}`], {
      cwd: CODE_SERVER_DIR,
      stdio: ['ignore', out, out],
      env: {
        ...process.env,
        TMPDIR: tmp, // where @vscode/ripgrep looks for its cache
        // as root, code-server's install script demands unsafe-perm; node-pty's postinstall runs `npx node-gyp`
        npm_config_unsafe_perm: 'true',
        npm_config_yes: 'true',
      },
    });
    const code = await new Promise((resolve) => {
      npm.on('error', (e) => {
        fs.writeSync(out, `\nspawn npm: ${e.message}\n`);
        resolve(-1);
      });
      npm.on('exit', (c) => resolve(c ?? -1));
    });
    fs.closeSync(out);
    const rgBin = path.join(CODE_SERVER_DIR, 'node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg');
    if (code !== 0 || !fs.existsSync(CODE_SERVER_ENTRY) || !fs.existsSync(rgBin)) {
      const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-25).join('\n');
      throw new Error(`npm install code-server@${CODE_SERVER_VERSION} failed (exit ${code}); last lines of ${logFile}:\n${tail}`);
    }
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.writeFileSync(COMPLETE_MARK, `${new Date().toISOString()}\n`);
    log(`code-server installed in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    return CODE_SERVER_ENTRY;
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}
