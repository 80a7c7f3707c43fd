/**
 * The command line on Word files and the figures table: `check`, `outline` and `summary` read a
 * `.docx` made with the `docx` writer as they read the same report saved as text; `figures` writes a
 * CSV that a spreadsheet reads back.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../server/src/cli/main';
import { analyzeReport } from '../../server/src/analysis/index';
import { REPO_ROOT } from '../helpers/shared';
import { parseCsv } from '../helpers/csv';
import { wordFile, wordText } from '../helpers/wordDocs';

function run(args: string[], language: 'zh' | 'en' = 'zh') {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = runCli(args, { stdout: (s) => stdout.push(s), stderr: (s) => stderr.push(s), language });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

const HEADER_ZH = ['文件', 'Word 位置', '章节', '行', '列', '原文', '指标', '数值', '单位', '限定词', '类型', '关联', '问题'];

describe('report-review on Word files', () => {
  let tmp: string;
  let docx: string;
  let txt: string;
  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'report-review-word-'));
    docx = path.join(tmp, 'songling-2025.docx');
    txt = path.join(tmp, 'songling-2025.txt');
    fs.writeFileSync(docx, await wordFile());
    fs.writeFileSync(txt, wordText());
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('check gives the same findings on the .docx as on the same report saved as text', () => {
    const fromWord = run(['check', '--format', 'json', docx]);
    const fromText = run(['check', '--format', 'json', txt]);
    assert.equal(fromWord.code, 1, 'errors found');
    assert.equal(fromText.code, 1);
    const strip = (f: Record<string, unknown>) => {
      const { file: _file, place: _place, ...rest } = f;
      return rest;
    };
    const word = JSON.parse(fromWord.stdout) as Record<string, unknown>[];
    const text = JSON.parse(fromText.stdout) as Record<string, unknown>[];
    assert.deepEqual(word.map(strip), text.map(strip));
    // The three planted mistakes: a rate, a sum, and a rate in the table.
    assert.deepEqual(word.map((f) => `${f.line} ${f.rule}`), ['5 rate-mismatch', '7 sum-mismatch', '15 rate-mismatch']);
  });

  it('names the Word paragraph (and table row) of each finding besides the line', () => {
    const r = run(['check', docx]);
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], `${docx}:5:61: error rate-mismatch 调解成功率应为 94.4%(1180件 / 1250件),文中为 95.4% [第5段“全年共收到行政复议申请1…”]`);
    assert.match(lines[2]!, /\[第21段,表格1第3行“人民调解员培训\(人次\) …”\]$/);
    const json = JSON.parse(run(['check', '--format', 'json', docx], 'en').stdout) as { place?: string }[];
    assert.equal(json[1]!.place, 'paragraph 7 “开展行政执法案卷评查3次…”');
    assert.ok(!('place' in (JSON.parse(run(['check', '--format', 'json', txt]).stdout)[0] as object)), 'a text file has no Word place');
    const sarif = JSON.parse(run(['check', '--format', 'sarif', docx]).stdout) as { runs: { results: { locations: { logicalLocations?: { name: string; kind: string }[] }[] }[] }[] };
    assert.deepEqual(sarif.runs[0]!.results[0]!.locations[0]!.logicalLocations, [{ name: '第5段“全年共收到行政复议申请1…”', kind: 'paragraph' }], 'SARIF names the Word paragraph too');
    const plain = JSON.parse(run(['check', '--format', 'sarif', txt]).stdout) as { runs: { results: { locations: object[] }[] }[] };
    assert.ok(!('logicalLocations' in plain.runs[0]!.results[0]!.locations[0]!));
  });

  it('outline and summary read the .docx, its automatic numbering as headings', () => {
    const fromWord = run(['outline', '--format', 'json', docx]);
    assert.equal(fromWord.code, 0);
    assert.deepEqual(JSON.parse(fromWord.stdout), JSON.parse(run(['outline', '--format', 'json', txt]).stdout));
    const nodes = JSON.parse(fromWord.stdout) as { marker: string; title: string; children: { marker: string; children: { marker: string }[] }[] }[];
    assert.deepEqual(nodes.map((n) => n.marker + n.title), ['一、主要工作和成效', '二、存在的问题', '三、下一步工作打算']);
    assert.deepEqual(nodes[0]!.children.map((c) => c.marker), ['（一）', '（二）']);
    assert.deepEqual(nodes[0]!.children[0]!.children.map((c) => c.marker), ['1.', '2.']);
    const summary = run(['summary', docx]);
    assert.equal(summary.code, 0);
    assert.match(summary.stdout, /松岭县司法局2025年度法治政府建设情况报告/);
  });

  it('reads the .docx files of a folder, and names a bad one without losing the others', () => {
    const dir = path.join(tmp, 'districts');
    fs.mkdirSync(dir);
    fs.copyFileSync(docx, path.join(dir, 'a-songling.docx'));
    fs.writeFileSync(path.join(dir, 'b-broken.docx'), fs.readFileSync(docx).subarray(0, 300));
    const ole = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    fs.writeFileSync(path.join(dir, 'c-old.doc'), ole);
    const r = run(['check', dir]);
    assert.equal(r.code, 2, 'unreadable files make the exit code 2');
    assert.equal(r.stdout.split('\n').length, 3, 'the readable report is checked in full');
    assert.match(r.stderr, /b-broken\.docx: 文件已损坏或不完整/);
    assert.match(r.stderr, /c-old\.doc: 这是旧版 Word 文档\(\.doc\)/);
    assert.match(r.stderr, /检查了 1 份报告:3 个错误/);
  });

  it('reads a Word document saved under a text name as the Word document it is', () => {
    const renamed = path.join(tmp, 'renamed.txt');
    fs.copyFileSync(docx, renamed);
    const r = run(['check', '--format', 'json', renamed]);
    assert.deepEqual((JSON.parse(r.stdout) as { rule: string; place?: string }[]).map((f) => [f.rule, Boolean(f.place)]), [['rate-mismatch', true], ['sum-mismatch', true], ['rate-mismatch', true]]);
  });

  it('says what is wrong with a password-protected or empty .docx', async () => {
    const locked = path.join(tmp, 'locked.docx');
    const ole = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    Buffer.from('EncryptedPackage', 'utf16le').copy(ole, 1024);
    fs.writeFileSync(locked, ole);
    const empty = path.join(tmp, 'empty.docx');
    fs.writeFileSync(empty, await wordFile([{ text: '' }]));
    const r = run(['check', locked, empty], 'en');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /locked\.docx: the document is password-protected/);
    assert.match(r.stderr, /empty\.docx: the document has no text/);
  });

  it('figures writes a CSV with a byte order mark and CRLF that parses back, one row per figure', () => {
    const r = run(['figures', docx]);
    assert.equal(r.code, 0);
    assert.ok(r.stdout.startsWith('\uFEFF'), 'UTF-8 with BOM, so Excel and WPS show the Chinese');
    const lines = r.stdout.split('\n');
    assert.ok(lines.every((l) => l.endsWith('\r')), 'every line ends in CRLF');
    const rows = parseCsv(r.stdout.slice(1).replace(/\r(?=\n|$)/g, '') + '\n');
    assert.deepEqual(rows[0], HEADER_ZH);
    const figures = analyzeReport(wordText(), { forceReport: true }).model.figures.length;
    assert.equal(rows.length - 1, figures, 'one row per figure');
    assert.ok(rows.every((row) => row.length === HEADER_ZH.length), 'every row has every column');
    const by = (written: string) => {
      const row = rows.find((x) => x[5] === written);
      assert.ok(row, `a row for ${written}`);
      return Object.fromEntries(HEADER_ZH.map((h, i) => [h, row[i]!]));
    };
    const amount = by('5229万元');
    assert.deepEqual([amount['数值'], amount['单位'], amount['类型'], amount['行'], amount['列']], ['52290000', '元', '金额', '9', '58']);
    assert.equal(amount['章节'], '一、主要工作和成效 › （一）深化行政复议体制改革 › 2.推进公共法律服务');
    assert.equal(amount['Word 位置'], '第9段“全县建成村(社区)公共法…”');
    assert.deepEqual([by('200余场次')['限定词'], by('200余场次')['数值']], ['余', '200']);
    assert.deepEqual([by('约3.6万份')['限定词'], by('约3.6万份')['数值'], by('约3.6万份')['单位']], ['约', '36000', '份']);
    assert.deepEqual([by('98%以上')['限定词'], by('98%以上')['类型']], ['以上', '比率']);
    const base = by('1250件');
    assert.equal(base['类型'], '计数、合计');
    assert.match(base['关联']!, /【不一致】调解成功率 95.4% 的分母:1180 \/ 1250 = 94.4%/);
    assert.equal(by('1180件')['类型'], '计数、分项');
    assert.equal(by('95.4%')['问题'], 'error rate-mismatch: 调解成功率应为 94.4%(1180件 / 1250件),文中为 95.4%');
    assert.equal(by('172件')['关联'], '是总数 186(收到行政复议申请)的一部分');
    assert.equal(by('148个')['关联'], '', 'a figure in no relation has none');
    assert.equal(by('96%')['指标'], '人民调解员培训(人次)', 'a table row is named by its first cell');
  });

  it('figures of a folder and of a sample report parse back with every column, JSON with the same rows', () => {
    const sample = path.join(REPO_ROOT, 'samples', 'qinghe-2024.txt');
    const csv = run(['figures', sample, docx], 'en');
    assert.equal(csv.code, 0);
    const rows = parseCsv(csv.stdout.slice(1).replace(/\r(?=\n|$)/g, '') + '\n');
    assert.equal(rows[0]![0], 'file');
    const sampleRows = rows.filter((r) => r[0] === sample);
    const expected = analyzeReport(fs.readFileSync(sample, 'utf8'), { forceReport: true }).model.figures.length;
    assert.equal(sampleRows.length, expected);
    assert.ok(sampleRows.length > 50);
    assert.ok(rows.every((r) => r.length === rows[0]!.length));
    assert.ok(sampleRows.every((r) => r[1] === ''), 'a text file has no Word place');
    assert.ok(sampleRows.some((r) => /rate-mismatch/.test(r[12]!)), 'the sample\'s planted rate mistake is on its row');
    const json = JSON.parse(run(['figures', '--format', 'json', sample]).stdout) as { file: string; written: string; value: number; unit: string; roles: string[] }[];
    assert.equal(json.length, expected);
    assert.deepEqual(json.map((j) => j.written), sampleRows.map((r) => r[5]));
    assert.ok(json.every((j) => j.file === sample && typeof j.value === 'number' && j.roles.length > 0));
  });

  it('figures refuses other formats and needs a file', () => {
    assert.equal(run(['figures', docx, '--format', 'sarif']).code, 2);
    assert.equal(run(['figures']).code, 2);
    const missing = run(['figures', path.join(tmp, 'nothing.docx')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /文件不存在/);
  });
});
