import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DismissalFs, NODE_DISMISSAL_FS, recordDismissal } from '../../server/src/dismissal';

const ENTRY = { fingerprint: 'rate-mismatch:1a2b3c4d5e6f', rule: 'rate-mismatch', what: '95.3%' };

/** A team's file: rules, comments, CRLF and 260 dismissals, as the team had. */
function teamFile(): string {
  const dismissed = Array.from({ length: 260 }, (_, i) => `\t\t{ "fingerprint": "sum-mismatch:${i.toString(16).padStart(12, '0')}", "rule": "sum-mismatch" }`);
  return `{\r\n\t// agreed with the bureau\r\n\t"rules": { "approximate-precise": "off" },\r\n\t"dismissed": [\r\n${dismissed.join(',\r\n')}\r\n\t]\r\n}\r\n`;
}

const failure = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

describe('recording a dismissal on disk', () => {
  let folder: string;
  let config: string;
  let report: string;
  beforeEach(() => {
    folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'report-review-dismissal-')));
    config = path.join(folder, '.reportreview.json');
    report = path.join(folder, 'report.txt');
    fs.writeFileSync(report, '一、情况\n');
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  const leftovers = () => fs.readdirSync(folder).filter((f) => f.endsWith('.tmp'));

  it('inserts one entry and keeps the rest of the file byte for byte', () => {
    fs.writeFileSync(config, teamFile());
    const outcome = recordDismissal(report, folder, ENTRY);
    assert.deepEqual(outcome, { ok: true, file: config, changed: true });
    const after = fs.readFileSync(config, 'utf8');
    const end = teamFile().lastIndexOf('\r\n\t]');
    assert.equal(after, teamFile().slice(0, end) + ',\r\n\t\t{ "fingerprint": "rate-mismatch:1a2b3c4d5e6f", "rule": "rate-mismatch", "what": "95.3%" }' + teamFile().slice(end));
    assert.deepEqual(recordDismissal(report, folder, ENTRY), { ok: true, file: config, changed: false });
    assert.deepEqual(leftovers(), []);
  });

  it('keeps the file\'s permissions', function () {
    if (process.platform === 'win32') this.skip();
    fs.writeFileSync(config, '{}');
    fs.chmodSync(config, 0o640);
    assert.ok(recordDismissal(report, folder, ENTRY).ok);
    assert.equal(fs.statSync(config).mode & 0o777, 0o640);
  });

  it('leaves the file as it was when the disk fills up while the new text is written', () => {
    fs.writeFileSync(config, teamFile());
    const before = fs.readFileSync(config);
    // Half the new text reaches the temporary file, then the disk is full.
    const full: DismissalFs = {
      ...NODE_DISMISSAL_FS,
      writeNew(file, data, mode) {
        fs.writeFileSync(file, data.subarray(0, data.length >> 1), { mode, flag: 'wx' });
        throw failure('ENOSPC');
      },
    };
    const outcome = recordDismissal(report, folder, ENTRY, full);
    assert.ok(!outcome.ok);
    assert.match(outcome.reason.en, /writing failed \(ENOSPC: simulated\); the file was left as it was/);
    assert.ok(fs.readFileSync(config).equals(before), 'byte for byte as it was');
    assert.deepEqual(leftovers(), [], 'and no temporary file left behind');
  });

  it('leaves the file as it was on a read-only disk, and when the rename fails', () => {
    fs.writeFileSync(config, teamFile());
    const before = fs.readFileSync(config);
    const readOnly: DismissalFs = { ...NODE_DISMISSAL_FS, writeNew: () => { throw failure('EROFS'); } };
    assert.ok(!recordDismissal(report, folder, ENTRY, readOnly).ok);
    const noRename: DismissalFs = { ...NODE_DISMISSAL_FS, rename: () => { throw failure('EIO'); } };
    assert.ok(!recordDismissal(report, folder, ENTRY, noRename).ok);
    assert.ok(fs.readFileSync(config).equals(before));
    assert.deepEqual(leftovers(), []);
  });

  it('never overwrites a file when it creates its temporary one', () => {
    // The real writeNew refuses to overwrite: a temporary name already taken is an error, not a clobber.
    const taken = path.join(folder, 'taken.tmp');
    fs.writeFileSync(taken, 'x');
    assert.throws(() => NODE_DISMISSAL_FS.writeNew(taken, Buffer.from('y'), 0o644), /EEXIST/);
    assert.equal(fs.readFileSync(taken, 'utf8'), 'x');
  });

  it('does not overwrite a change made by someone else while it edited', () => {
    fs.writeFileSync(config, teamFile());
    const racing: DismissalFs = {
      ...NODE_DISMISSAL_FS,
      writeNew(file, data, mode) {
        NODE_DISMISSAL_FS.writeNew(file, data, mode);
        fs.appendFileSync(config, ' ');
      },
    };
    const outcome = recordDismissal(report, folder, ENTRY, racing);
    assert.ok(!outcome.ok && /changed while it was being edited/.test(outcome.reason.en));
    assert.equal(fs.readFileSync(config, 'utf8'), teamFile() + ' ');
    assert.deepEqual(leftovers(), []);
  });

  it('refuses a symbolic link, and a file outside the workspace folder', function () {
    if (process.platform === 'win32') this.skip();
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'report-review-outside-'));
    try {
      const elsewhere = path.join(outside, 'victim.json');
      fs.writeFileSync(elsewhere, '{"keep": true}');
      fs.symlinkSync(elsewhere, config);
      const linked = recordDismissal(report, folder, ENTRY);
      assert.ok(!linked.ok && /symbolic link/.test(linked.reason.en));
      assert.equal(fs.readFileSync(elsewhere, 'utf8'), '{"keep": true}');
      fs.rmSync(config);
      // A folder inside the workspace that is a link to one outside it.
      fs.symlinkSync(outside, path.join(folder, 'linked'));
      fs.writeFileSync(path.join(outside, '.reportreview.json'), '{}');
      const through = recordDismissal(path.join(folder, 'linked', 'r.txt'), folder, ENTRY);
      assert.ok(!through.ok && /not inside the workspace folder/.test(through.reason.en));
      assert.equal(fs.readFileSync(path.join(outside, '.reportreview.json'), 'utf8'), '{}');
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('creates the file at the workspace folder when there is none', () => {
    fs.mkdirSync(path.join(folder, 'sub'));
    const outcome = recordDismissal(path.join(folder, 'sub', 'r.txt'), folder, ENTRY);
    assert.deepEqual(outcome, { ok: true, file: config, changed: true });
    assert.deepEqual(JSON.parse(fs.readFileSync(config, 'utf8')).dismissed, [ENTRY]);
  });

  it('refuses to rewrite what it cannot edit in place, and says why', () => {
    fs.writeFileSync(config, '{"dismissed": {"fingerprint": "a"}}');
    const outcome = recordDismissal(report, folder, ENTRY);
    assert.ok(!outcome.ok && /not an array/.test(outcome.reason.en));
    assert.equal(fs.readFileSync(config, 'utf8'), '{"dismissed": {"fingerprint": "a"}}');
  });
});
