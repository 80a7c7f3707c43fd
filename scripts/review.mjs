// `npm run review`: the quick start's first command. Prints the outline of each sample report,
// then the findings in all of them, as `report-review` would. The samples hold deliberate
// mistakes, so `check` exits 1; that is the expected result here, and this script says so
// instead of letting npm report a failure.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'bin', 'report-review.js');
const samples = path.join(root, 'samples');
const files = fs.readdirSync(samples).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => path.join('samples', f));

const run = (args) => spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: 'inherit' }).status;
if (run(['outline', ...files]) !== 0) process.exit(2);
const status = run(['check', 'samples']);
if (status === 2) process.exit(2);
console.log(
  status === 1
    ? '\nThe samples contain deliberate mistakes, so `report-review check` exited 1 (errors found), as it should.'
    : '\n`report-review check` found no errors.',
);
