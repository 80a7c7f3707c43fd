/**
 * Entry point of the end-to-end suite inside a real VS Code extension host (test-electron or
 * code-server): runs the mocha suites beside this file and records the result in the files named
 * by REPORT_REVIEW_E2E_RESULTS and REPORT_REVIEW_E2E_LOG, because the host's console is lost
 * when it exits.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

interface TestResult {
  title: string;
  state: 'passed' | 'failed';
  error?: string;
}

export async function run(): Promise<void> {
  const log: string[] = [];
  const write = (line: string) => {
    log.push(line);
    console.log(line);
  };
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  for (const f of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, f));
  const tests: TestResult[] = [];
  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run((n) => resolve(n));
    runner.on('pass', (t) => {
      tests.push({ title: t.fullTitle(), state: 'passed' });
      write(`  ✔ ${t.fullTitle()}`);
    });
    runner.on('fail', (t, err: Error) => {
      tests.push({ title: t.fullTitle(), state: 'failed', error: `${err.message}\n${err.stack ?? ''}` });
      write(`  ✗ ${t.fullTitle()}\n    ${err.message}`);
    });
  });
  const passes = tests.filter((t) => t.state === 'passed').length;
  write(`e2e suite: ${passes} passed, ${failures} failed`);
  const results = process.env.REPORT_REVIEW_E2E_RESULTS;
  if (results) fs.writeFileSync(results, JSON.stringify({ passes, failures, tests }, null, 2));
  const logFile = process.env.REPORT_REVIEW_E2E_LOG;
  if (logFile) fs.writeFileSync(logFile, log.join('\n') + '\n');
  if (failures > 0) throw new Error(`${failures} end-to-end test(s) failed`);
}
