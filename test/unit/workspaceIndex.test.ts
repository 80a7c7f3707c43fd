import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as iconv from 'iconv-lite';
import { WorkspaceIndex } from '../../server/src/lsp/workspaceIndex';

const REPORT = (name: string) => `${name}人民政府关于2024年度法治政府建设情况的报告\n一、主要工作\n(一)规范行政执法。全年办理行政复议案件45件,审结41件。\n(二)深化普法宣传。开展活动32场。\n二、存在问题\n三、下一步打算\n`;

describe('the workspace index (Go to Symbol in Workspace)', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-review-index-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads the reports of the folder and below, GBK ones too, and leaves other files out', () => {
    fs.mkdirSync(path.join(dir, 'districts'));
    fs.writeFileSync(path.join(dir, 'districts', 'east.txt'), REPORT('东城区'));
    fs.writeFileSync(path.join(dir, 'districts', 'west.txt'), iconv.encode(REPORT('西城区'), 'gbk'));
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'Notes. 1. Nothing here.\n');
    fs.writeFileSync(path.join(dir, 'code.js'), REPORT('不读'));
    fs.mkdirSync(path.join(dir, 'node_modules'));
    fs.writeFileSync(path.join(dir, 'node_modules', 'x.txt'), REPORT('依赖'));
    const found = new WorkspaceIndex().reports([dir]).map((r) => `${path.basename(decodeURIComponent(r.uri))} ${r.model.title?.text}`);
    assert.deepEqual(found, ['east.txt 东城区人民政府关于2024年度法治政府建设情况的报告', 'west.txt 西城区人民政府关于2024年度法治政府建设情况的报告']);
  });

  it('stays within its budget of files and bytes', () => {
    for (let i = 0; i < 6; i++) fs.writeFileSync(path.join(dir, `r${i}.txt`), REPORT(`第${i}区`));
    assert.equal(new WorkspaceIndex({ maxFiles: 3, maxFileBytes: 1 << 20, maxTotalBytes: 1 << 20, maxDepth: 4 }).reports([dir]).length, 3);
    const size = fs.statSync(path.join(dir, 'r0.txt')).size;
    assert.equal(new WorkspaceIndex({ maxFiles: 100, maxFileBytes: 1 << 20, maxTotalBytes: size * 2, maxDepth: 4 }).reports([dir]).length, 2);
    assert.equal(new WorkspaceIndex({ maxFiles: 100, maxFileBytes: size - 1, maxTotalBytes: 1 << 20, maxDepth: 4 }).reports([dir]).length, 0);
  });

  it('reads a changed file again, and finds a new one once invalidated', () => {
    let now = 0;
    const index = new WorkspaceIndex(undefined, () => now);
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, REPORT('甲区'));
    assert.equal(index.reports([dir])[0]!.model.title?.text.slice(0, 2), '甲区');
    fs.writeFileSync(file, REPORT('乙县') + '四、附件\n');
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
    assert.equal(index.reports([dir])[0]!.model.title?.text.slice(0, 2), '乙县');
    fs.writeFileSync(path.join(dir, 'b.txt'), REPORT('丙镇'));
    assert.equal(index.reports([dir]).length, 1, 'the folder is walked again only after a while');
    index.invalidate();
    assert.equal(index.reports([dir]).length, 2);
  });
});
