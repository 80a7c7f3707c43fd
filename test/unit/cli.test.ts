import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { MAX_FINDINGS_PER_DOCUMENT } from '../../server/src/analysis/bounds';
import { cliLanguage, MAX_INPUT_BYTES, runCli } from '../../server/src/cli/main';
import { REPO_ROOT } from '../helpers/shared';

function run(args: string[], language: 'zh' | 'en' = 'zh') {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = runCli(args, { stdout: (s) => stdout.push(s), stderr: (s) => stderr.push(s), language });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

const SAMPLES = path.join(REPO_ROOT, 'samples');
const REPORT = '一、总体情况\n(一)加强领导。一是健全机制。二是压实责任。\n(三)推进执法\n全年审查规范性文件和重大行政决策事项,开展执法监督检查,办理行政复议案件。\n二、下一步打算\n';

describe('report-review command line', () => {
  let tmp: string;
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'report-review-cli-'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('prints the outline as JSON with 1-based lines', () => {
    const r = run(['outline', path.join(SAMPLES, 'qinghe-2024.txt'), '--format', 'json']);
    assert.equal(r.code, 0);
    const nodes = JSON.parse(r.stdout);
    assert.equal(nodes.length, 5);
    const first = nodes[0];
    assert.deepEqual(Object.keys(first).sort(), ['children', 'endLine', 'figures', 'kind', 'level', 'line', 'marker', 'title'].sort());
    assert.deepEqual([first.level, first.marker, first.line, first.endLine], [1, '一、', 3, 7]);
    assert.equal(first.children[0].marker, '(一)');
    assert.equal(first.children[0].level, 2);
  });

  it('prints the outline as indented text', () => {
    const r = run(['outline', path.join(SAMPLES, 'yunxi-2023.txt')]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^\s+4  一、2023年法治政府建设主要工作$/m);
    assert.match(r.stdout, /^\s+6      １．强化党政主要负责人履职$/m);
  });

  it('prints findings as file:line:column: severity rule message', () => {
    const file = path.join(tmp, 'report.txt');
    fs.writeFileSync(file, REPORT);
    const r = run(['check', file]);
    assert.equal(r.stdout, `${file}:3:1: warning heading-sequence 二级标题编号跳号:“(一)”之后是“(三)”,缺少“(二)”`);
    assert.equal(r.code, 0, 'warnings alone do not fail the run');
    assert.match(r.stderr, /检查了 1 份报告:0 个错误,1 个警告/);
  });

  it('prints findings as one JSON array with 1-based ranges', () => {
    const file = path.join(tmp, 'report.txt');
    fs.writeFileSync(file, REPORT);
    const r = run(['check', '--format=json', file], 'en');
    assert.deepEqual(JSON.parse(r.stdout), [
      {
        file, line: 3, column: 1, endLine: 3, endColumn: 4, severity: 'warning', rule: 'heading-sequence',
        message: 'Skipped level-2 heading number: "(三)" follows "(一)"; "(二)" is missing',
      },
    ]);
  });

  it('checks every report in a directory, reads GBK, and reports unreadable files without stopping', () => {
    const dir = path.join(tmp, 'mixed');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'a-gbk.txt'), iconv.encode(REPORT, 'gbk'));
    fs.writeFileSync(path.join(dir, 'b-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    fs.writeFileSync(path.join(dir, 'c-empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'd-readme.md'), '# Notes\n\nNothing Chinese here.\n');
    fs.writeFileSync(path.join(dir, 'e-utf8.txt'), REPORT);
    const r = run(['check', dir]);
    assert.deepEqual(r.stdout.split('\n').map((l) => path.basename(l.split(':')[0]!)), ['a-gbk.txt', 'e-utf8.txt']);
    assert.match(r.stderr, /b-binary\.txt: 这是二进制文件,不是文本报告/);
    assert.match(r.stderr, /检查了 2 份报告.*1 个文件无法读取/);
    assert.equal(r.code, 2, 'an unreadable file makes the exit code 2');
  });

  it('prints SARIF 2.1.0 with rule ids, regions, related locations and fingerprints', () => {
    const r = run(['check', '--format', 'sarif', path.join(SAMPLES, 'qinghe-2024.txt')], 'en');
    const sarif = JSON.parse(r.stdout);
    assert.equal(sarif.version, '2.1.0');
    const run0 = sarif.runs[0];
    assert.equal(run0.tool.driver.name, 'report-review');
    const rate = run0.results.find((x: { ruleId: string }) => x.ruleId === 'rate-mismatch');
    assert.equal(rate.level, 'error');
    assert.equal(rate.locations[0].physicalLocation.region.startLine, 25);
    assert.equal(rate.relatedLocations.length, 2);
    assert.match(rate.partialFingerprints['reportReview/v1'], /^rate-mismatch:/);
    assert.ok(run0.results.some((x: { level: string }) => x.level === 'note'), 'info becomes note');
  });

  it('honours the nearest .reportreview.json: rule levels and dismissed findings', () => {
    const dir = path.join(tmp, 'configured');
    fs.mkdirSync(path.join(dir, 'sub'), { recursive: true });
    const file = path.join(dir, 'sub', 'r.txt');
    fs.writeFileSync(file, '一、情况\n调解矛盾纠纷2316件,调解成功2204件,成功率达95.3%。\n(一)甲\n(一)乙\n');
    const before = JSON.parse(run(['check', '--format', 'sarif', file]).stdout).runs[0].results;
    assert.deepEqual(before.map((x: { ruleId: string }) => x.ruleId).sort(), ['heading-sequence', 'rate-mismatch']);
    const fp = before.find((x: { ruleId: string }) => x.ruleId === 'rate-mismatch').partialFingerprints['reportReview/v1'];
    fs.writeFileSync(path.join(dir, '.reportreview.json'), JSON.stringify({ rules: { 'heading-sequence': 'error' }, dismissed: [{ fingerprint: fp, rule: 'rate-mismatch' }] }));
    const r = run(['check', file]);
    assert.equal(r.stdout, `${file}:4:1: error heading-sequence 二级标题编号重复:“(一)”紧接在“(一)”之后,应为“(二)”`);
    assert.equal(r.code, 1);
  });

  it('honours a .reportreview.json saved with a byte order mark, and one with comments', () => {
    const dir = path.join(tmp, 'bom');
    fs.mkdirSync(dir);
    const file = path.join(dir, 'r.txt');
    fs.writeFileSync(file, '一、情况\n(一)甲\n(一)乙\n');
    fs.writeFileSync(path.join(dir, '.reportreview.json'), '\ufeff{"rules": {"heading-sequence": "error"}}');
    const r = run(['check', file]);
    assert.match(r.stdout, /:3:1: error heading-sequence/);
    assert.equal(r.code, 1);
    fs.writeFileSync(path.join(dir, '.reportreview.json'), '{\n  // quiet for now\n  "rules": {"heading-sequence": "off"},\n}\n');
    assert.equal(run(['check', file]).stdout, '');
  });

  it('returns at once with a message for a FIFO named *.txt and for /dev/zero, and says what it skipped', function () {
    if (process.platform === 'win32') this.skip();
    const dir = path.join(tmp, 'special');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'a.txt'), REPORT);
    execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    fs.symlinkSync(SAMPLES, path.join(dir, 'samples-link'));
    const r = run(['check', dir]);
    assert.match(r.stderr, /pipe\.txt: 这是命名管道\(FIFO\),未读取/);
    assert.match(r.stderr, /samples-link: 指向文件夹的符号链接,未进入/);
    assert.match(r.stderr, /检查了 1 份报告/);
    assert.equal(r.code, 2, 'a file that cannot be read is a problem');
    const named = run(['check', path.join(dir, 'pipe.txt')], 'en');
    assert.match(named.stderr, /pipe\.txt: is a named pipe \(FIFO\), not read/);
    const zero = run(['check', '/dev/zero'], 'en');
    assert.match(zero.stderr, /\/dev\/zero: is a device, not read/);
    assert.equal(zero.code, 2);
    // Past the size cap a file is not read at all (a sparse file: no time spent writing it).
    const huge = path.join(dir, 'huge.txt');
    fs.writeFileSync(huge, '');
    fs.truncateSync(huge, MAX_INPUT_BYTES + 1);
    assert.match(run(['check', huge], 'en').stderr, /huge\.txt: larger than 32 MB, not read/);
  });

  it('reads file names after -- as files, even when they start with -', () => {
    const dir = path.join(tmp, 'dashes');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, '-r.txt'), REPORT);
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      assert.equal(run(['check', '-r.txt']).code, 2, 'an unknown option without --');
      const r = run(['check', '--', '-r.txt', '--help']);
      assert.match(r.stdout, /^-r\.txt:3:1: warning heading-sequence/);
      assert.match(r.stderr, /--help: 文件不存在/);
    } finally {
      process.chdir(cwd);
    }
  });

  it('exits 3 on an internal failure, not 1 (which means an error was found)', () => {
    const file = path.join(tmp, 'report.txt');
    fs.writeFileSync(file, REPORT);
    const stderr: string[] = [];
    const code = runCli(['check', file], { stdout: () => { throw new Error('disk on fire'); }, stderr: (s) => stderr.push(s), language: 'en' });
    assert.equal(code, 3);
    assert.match(stderr.join('\n'), /internal error: Error: disk on fire/);
  });

  it('writes SARIF and JSON as it goes, cut to the limits, with relative URIs percent-encoded', () => {
    const dir = path.join(tmp, 'big');
    fs.mkdirSync(dir);
    const file = path.join(dir, '报告 #1.txt');
    fs.writeFileSync(file, '一、情况\n' + '出庭应诉率达102%,'.repeat(MAX_FINDINGS_PER_DOCUMENT + 100));
    const cwd = process.cwd();
    process.chdir(tmp);
    try {
      const chunks: string[] = [];
      const stderr: string[] = [];
      const code = runCli(['check', '--format', 'sarif', path.join('big', '报告 #1.txt')], { stdout: (s) => chunks.push(s), stderr: (s) => stderr.push(s), language: 'en' });
      assert.equal(code, 1);
      assert.ok(chunks.length > MAX_FINDINGS_PER_DOCUMENT, 'one write per result, not one string for the whole log');
      const results = JSON.parse(chunks.join('\n')).runs[0].results;
      assert.equal(results.length, MAX_FINDINGS_PER_DOCUMENT);
      assert.equal(results[0].locations[0].physicalLocation.artifactLocation.uri, 'big/%E6%8A%A5%E5%91%8A%20%231.txt');
      assert.match(stderr.join('\n'), /only the first 2000 are listed/);
      const json = run(['check', '--format', 'json', path.join('big', '报告 #1.txt')]);
      assert.equal(JSON.parse(json.stdout).length, MAX_FINDINGS_PER_DOCUMENT);
    } finally {
      process.chdir(cwd);
    }
  });

  it('says clearly what is wrong with the usage', () => {
    assert.equal(run([]).code, 2);
    const r = run(['check', '--format', 'xml', 'x.txt']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--format 只接受 text、json、sarif 或 markdown/);
    assert.equal(run(['frobnicate']).code, 2);
    assert.equal(run(['outline']).code, 2);
    assert.equal(run(['outline', 'a.txt', 'b.txt', '--format', 'json']).code, 2);
    const missing = run(['check', path.join(tmp, 'does-not-exist.txt')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /does-not-exist\.txt: 文件不存在/);
    assert.equal(run(['--help']).code, 0);
  });

  it('picks its language from the environment, Chinese by default', () => {
    assert.equal(cliLanguage({}), 'zh');
    assert.equal(cliLanguage({ LANG: 'zh_CN.UTF-8' }), 'zh');
    assert.equal(cliLanguage({ LANG: 'en_US.UTF-8' }), 'en');
    assert.equal(cliLanguage({ LANG: 'en_US.UTF-8', REPORT_REVIEW_LANG: 'zh' }), 'zh');
  });

  it('runs as the installed bin, with the exit code the run earned', () => {
    const bin = path.join(REPO_ROOT, 'bin', 'report-review.js');
    const found = spawnSync(process.execPath, [bin, 'check', SAMPLES], { encoding: 'utf8' });
    assert.equal(found.status, 1, 'the samples hold errors: exit code 1');
    assert.match(found.stdout, /yunxi-2023\.txt:20:1: warning heading-sequence/);
    assert.match(found.stdout, /qinghe-2024\.txt:25:\d+: error rate-mismatch/);
    const clean = path.join(tmp, 'clean.txt');
    fs.writeFileSync(clean, '一、总体情况\n调解矛盾纠纷200件,调解成功190件,成功率95%。\n二、下一步打算\n');
    const ok = spawnSync(process.execPath, [bin, 'check', clean], { encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    assert.equal(ok.stdout, '');
    const bad = spawnSync(process.execPath, [bin, 'check', '--nope'], { encoding: 'utf8' });
    assert.equal(bad.status, 2);
  });

  it('prints findings as Markdown for a review note, with the arithmetic of each', () => {
    const r = run(['check', path.join(SAMPLES, 'qinghe-2024.txt'), '--format', 'markdown']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^## .*qinghe\\-2024\\.txt — 青禾县司法局关于2024年度法治政府建设情况的报告$/m);
    assert.match(r.stdout, /^- \*\*第 25 行\*\* 错误 `rate-mismatch`:调解成功率应为 95\\\.78%/m);
    assert.match(r.stdout, /^  - 算式:`1769 \/ 1847 = 95\.78%`$/m);
    const en = run(['check', path.join(SAMPLES, 'qinghe-2024.txt'), '--format=markdown'], 'en');
    assert.match(en.stdout, /^  - arithmetic: `1769 \/ 1847 = 95\.78%`$/m);
  });

  it('names every reason for its exit code: an unreadable file (2) does not hide an error found (1)', () => {
    const r = run(['check', path.join(SAMPLES, 'qinghe-2024.txt'), path.join(tmp, 'missing.txt')]);
    assert.equal(r.code, 2, 'the higher code wins');
    assert.match(r.stderr, /退出码 2:1 个文件无法读取\(2\),发现错误\(1\)$/);
    const en = run(['check', path.join(SAMPLES, 'qinghe-2024.txt'), path.join(tmp, 'missing.txt')], 'en');
    assert.match(en.stderr, /exit code 2: 1 file\(s\) unreadable \(2\), errors found \(1\)$/);
    assert.doesNotMatch(run(['check', path.join(SAMPLES, 'qinghe-2024.txt')]).stderr, /无法读取/);
  });

  it('counts an empty file as no report, and says it was not checked', () => {
    const empty = path.join(tmp, 'empty.txt');
    fs.writeFileSync(empty, '');
    const blank = path.join(tmp, 'blank.txt');
    fs.writeFileSync(blank, '\n  \r\n');
    const r = run(['check', empty, blank]);
    assert.equal(r.code, 0);
    assert.match(r.stderr, /empty\.txt: 文件为空,未检查/);
    assert.match(r.stderr, /检查了 0 份报告/);
  });
});
