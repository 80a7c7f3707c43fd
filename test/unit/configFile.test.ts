import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CONFIG_FILE_NAME, ConfigFiles } from '../../server/src/configFile';
import { readRegularFile } from '../../server/src/files';

describe('.reportreview.json files', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-review-configfile-'));
    fs.mkdirSync(path.join(dir, 'sub'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (file: string, text: string, mtime: number) => {
    fs.writeFileSync(file, text);
    fs.utimesSync(file, mtime, mtime);
  };

  it('reads and parses a file once, not on every request, and again when it changes', () => {
    const file = path.join(dir, CONFIG_FILE_NAME);
    write(file, '{"rules": {"heading-sequence": "off"}}', 1_000_000);
    let reads = 0;
    let now = 0;
    const files = new ConfigFiles(
      (f, max) => {
        reads++;
        return readRegularFile(f, max);
      },
      undefined,
      () => now,
    );
    const report = path.join(dir, 'sub', 'r.txt');
    for (let i = 0; i < 100; i++) assert.deepEqual(files.configFor(report, dir).config.rules, { 'heading-sequence': 'off' });
    assert.equal(reads, 1);
    write(file, '{"rules": {"heading-sequence": "error"}}', 2_000_000);
    assert.deepEqual(files.configFor(report, dir).config.rules, { 'heading-sequence': 'error' });
    assert.equal(reads, 2);
    // A nearer file is found once the editor says one was created, or a moment later if it does not.
    write(path.join(dir, 'sub', CONFIG_FILE_NAME), '{"rules": {"rate-mismatch": "off"}}', 3_000_000);
    assert.deepEqual(files.configFor(report, dir).config.rules, { 'heading-sequence': 'error' });
    files.invalidate();
    assert.deepEqual(files.configFor(report, dir).config.rules, { 'rate-mismatch': 'off' });
    write(path.join(dir, 'sub', CONFIG_FILE_NAME), '{"rules": {"rate-mismatch": "off"}}', 3_000_000);
    fs.rmSync(path.join(dir, CONFIG_FILE_NAME));
    fs.renameSync(path.join(dir, 'sub', CONFIG_FILE_NAME), path.join(dir, CONFIG_FILE_NAME));
    fs.writeFileSync(path.join(dir, 'sub', CONFIG_FILE_NAME), '{"rules": {"sum-mismatch": "off"}}');
    now += 5000;
    assert.deepEqual(files.configFor(report, dir).config.rules, { 'sum-mismatch': 'off' }, 'looked for again after a while');
    fs.rmSync(path.join(dir, 'sub', CONFIG_FILE_NAME));
    assert.deepEqual(files.configFor(report, dir).config.rules, { 'rate-mismatch': 'off' }, 'a deleted file is noticed at once');
  });

  it('does not read a file past the size cap, and says so', () => {
    fs.writeFileSync(path.join(dir, CONFIG_FILE_NAME), `{"dismissed": [${'{"fingerprint": "x:1"},'.repeat(100)}{"fingerprint": "x:2"}]}`);
    const loaded = new ConfigFiles(readRegularFile, 1024).configFor(path.join(dir, 'r.txt'));
    assert.deepEqual(loaded.config.dismissed, []);
    assert.match(loaded.problems[0]!, /larger than .* MB \(\d+ bytes\); not read/);
  });

  it('neither blocks on a FIFO nor reads a device named .reportreview.json', function () {
    if (process.platform === 'win32') this.skip();
    execFileSync('mkfifo', [path.join(dir, CONFIG_FILE_NAME)]);
    assert.equal(new ConfigFiles().configFor(path.join(dir, 'r.txt')).file, undefined, 'a FIFO is not a config file');
    fs.rmSync(path.join(dir, CONFIG_FILE_NAME));
    fs.symlinkSync('/dev/zero', path.join(dir, CONFIG_FILE_NAME));
    assert.equal(new ConfigFiles().configFor(path.join(dir, 'r.txt')).file, undefined, 'nor is /dev/zero');
    const zero = readRegularFile('/dev/zero', 1024);
    assert.ok(!zero.ok && zero.problem === 'notRegular' && zero.kind === 'device');
  });
});
