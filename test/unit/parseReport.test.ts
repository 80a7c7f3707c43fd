import * as assert from 'node:assert/strict';
import { parseReport } from '../../server/src/analysis/parseReport';
import { outlineOf, OutlineNode } from '../../server/src/analysis/outline';

/** The outline flattened to `line level marker+title` strings, which reads well in a failing diff. */
function flat(text: string, format: 'plain' | 'markdown' = 'plain'): string[] {
  const out: string[] = [];
  const walk = (n: OutlineNode) => {
    out.push(`${n.line} ${n.level} ${n.marker}${n.title}`);
    n.children.forEach(walk);
  };
  outlineOf(parseReport(text, { format })).forEach(walk);
  return out;
}

const REPORT = [
  '某县司法局关于2024年度工作情况的报告',
  '2024年,我局坚持依法行政,现将有关情况报告如下:',
  '一、主要工作',
  '(一)强化组织领导。全年召开会议12次。一是健全机制。二是压实责任。',
  '1.完善制度。制定文件5件。',
  '(1)细化清单。',
  '①明确事项。',
  '②规范流程。',
  '(2)加强考核。',
  '2.抓好落实。',
  '(二)推进依法行政',
  '一是规范决策。审查文件95件。',
  '二是严格执法。',
  '二、存在问题',
  '基层力量薄弱。',
  '某县司法局',
  '2025年1月20日',
].join('\n');

describe('parseReport', () => {
  it('builds the heading tree with inline items, skipping front matter and sign-off', () => {
    assert.deepEqual(flat(REPORT), [
      '3 1 一、主要工作',
      '4 2 (一)强化组织领导',
      '4 3 一是健全机制',
      '4 3 二是压实责任',
      '5 3 1.完善制度',
      '6 4 (1)细化清单',
      '7 5 ①明确事项',
      '8 5 ②规范流程',
      '9 4 (2)加强考核',
      '10 3 2.抓好落实',
      '11 2 (二)推进依法行政',
      '12 3 一是规范决策',
      '13 3 二是严格执法',
      '14 1 二、存在问题',
    ]);
    const model = parseReport(REPORT);
    assert.equal(model.title?.text, '某县司法局关于2024年度工作情况的报告');
    assert.deepEqual(model.signOff, { startLine: 15, endLine: 16, issuerLines: [15], dateLine: 16 });
    assert.equal(model.isReport, true);
  });

  it('gives each section the lines up to the next heading of its level or above', () => {
    const model = parseReport(REPORT);
    const byTitle = new Map(model.headings.map((h) => [h.title, h]));
    assert.equal(byTitle.get('主要工作')!.sectionEndLine, 12);
    assert.equal(byTitle.get('强化组织领导')!.sectionEndLine, 9);
    assert.equal(byTitle.get('完善制度')!.sectionEndLine, 8);
    assert.equal(byTitle.get('存在问题')!.sectionEndLine, 14, 'the sign-off is not part of the last section');
    // An inline item runs to the next item on its line, or to its line's end.
    const item = byTitle.get('健全机制')!;
    assert.equal(model.text.slice(item.sectionSpan.start, item.sectionSpan.end), '一是健全机制。');
  });

  it('counts the figures each section states', () => {
    const model = parseReport(REPORT);
    const byTitle = new Map(model.headings.map((h) => [h.title, h]));
    assert.equal(byTitle.get('强化组织领导')!.figureCount, 2); // 12次, 5件
    assert.equal(byTitle.get('推进依法行政')!.figureCount, 1); // 95件
    assert.equal(byTitle.get('主要工作')!.figureCount, 3);
  });

  it('starts at whatever level the report starts, with no title and no 一、', () => {
    const text = '2023年,我区扎实推进各项工作。\n（一）加强领导\n１．健全制度\n２．压实责任\n（二）推进执法\n';
    assert.deepEqual(flat(text), ['2 1 （一）加强领导', '3 2 １．健全制度', '4 2 ２．压实责任', '5 1 （二）推进执法']);
    assert.equal(parseReport(text).title, undefined);
  });

  it('reads CRLF, a lone CR, a BOM and full-width forms alike', () => {
    const lines = ['\ufeff一、总体情况', '(一)加强领导。一是健全机制,二是压实责任。', '二、下一步打算'];
    const expected = ['1 1 一、总体情况', '2 2 (一)加强领导', '2 3 一是健全机制', '2 3 二是压实责任', '3 1 二、下一步打算'];
    assert.deepEqual(flat(lines.join('\r\n')), expected);
    assert.deepEqual(flat(lines.join('\r')), expected);
    assert.deepEqual(flat(lines.join('\n')), expected);
  });

  it('recognises web-page chrome and a metadata table as front matter', () => {
    const text = [
      '索引号: | 0001/2022-1 | 文件编号: | |',
      '发布时间:2025-02-25 16:49:43 信息来源:某区司法局',
      '朗读',
      '2024年以来,某区持续推进法治政府建设。',
      '一、工作推进情况',
      '(一)加强领导',
    ].join('\n');
    const model = parseReport(text);
    assert.deepEqual(model.frontMatter, { startLine: 0, endLine: 2 });
    assert.deepEqual(flat(text), ['5 1 一、工作推进情况', '6 2 (一)加强领导']);
  });

  it('keeps sentences that merely contain 一是 or numbers out of the outline', () => {
    const text = [
      '一、总体情况',
      '全面贯彻党的二十大精神,落实“八五”普法规划,建成“1+8”示范点位7个。',
      '12.4宪法宣传周期间开展活动30场。唯一是指定的窗口,统一是原则。',
      '2024年,全区受理案件71件。',
      '二、下一步打算',
    ].join('\n');
    assert.deepEqual(flat(text), ['1 1 一、总体情况', '5 1 二、下一步打算']);
  });

  it('recognises an inline list item written without its 是, only to continue a list', () => {
    const text = '一、工作情况\n(一)统筹推进。一是部署有方。二是责任压实。三法治督察抓实抓细。\n(二)三年来持续推进。三项制度落实到位。\n';
    const model = parseReport(text);
    const items = model.headings.filter((h) => h.kind === 'inline');
    assert.deepEqual(items.map((h) => [h.marker, h.title, h.missingShi]), [
      ['一是', '部署有方', false],
      ['二是', '责任压实', false],
      ['三', '法治督察抓实抓细', true],
    ]);
  });

  it('lists inline items at line starts under their heading, across lines', () => {
    const text = '(一)坚持党的领导\n概述段落。\n一是狠抓关键少数。内容。\n二是狠抓谋划部署。\n三是狠抓督查考核。\n(二)下一项';
    assert.deepEqual(flat(text), [
      '1 1 (一)坚持党的领导', '3 2 一是狠抓关键少数', '4 2 二是狠抓谋划部署', '5 2 三是狠抓督查考核', '6 1 (二)下一项',
    ]);
  });

  it('ignores a lone 二是 that no list precedes', () => {
    const text = '一、情况\n问题之二是基层力量不足,二是指第二个方面。\n二、打算\n';
    assert.deepEqual(flat(text), ['1 1 一、情况', '3 1 二、打算']);
  });

  it('reads Markdown reports, skipping fenced code', () => {
    const text = [
      '# 某市2024年法治政府建设工作报告',
      '',
      '2024年,某市坚持依法行政。',
      '',
      '## 一、主要成效',
      '',
      '### (一)健全决策机制',
      '',
      '```',
      '二、这不是标题',
      '```',
      '',
      '## 二、存在问题',
    ].join('\n');
    const model = parseReport(text, { format: 'markdown' });
    assert.equal(model.title?.text, '某市2024年法治政府建设工作报告');
    assert.deepEqual(flat(text, 'markdown'), ['5 1 一、主要成效', '7 2 (一)健全决策机制', '13 1 二、存在问题']);
  });

  it('tells a report from text that is not one', () => {
    assert.equal(parseReport(REPORT).isReport, true);
    const readme = '# My project\n\n1. Install it\n2. Run it\n\nSome notes in English, with a few words of 中文.\n';
    assert.equal(parseReport(readme, { format: 'markdown' }).isReport, false);
    const log = '2024-01-01 12:00:00 INFO started\n2024-01-01 12:00:01 WARN 1. retry\n2. done\n';
    assert.equal(parseReport(log).isReport, false);
    const code = 'function f() {\n  return 1;\n}\n';
    assert.equal(parseReport(code).isReport, false);
    assert.equal(parseReport('').isReport, false);
  });

  it('never throws and keeps spans inside the text on odd input', () => {
    const inputs = ['', '__', '**', '## **', '\n\n\n', '一、', '(一', '（（（一）', '一是', '\r', '\ud800一、标题', '\u0000\u0000', '1.'.repeat(1000), '一、标题\n'.repeat(500)];
    for (const text of inputs.flatMap((t) => [t, t])) {
      const model = parseReport(text, { format: inputs.indexOf(text) % 2 ? 'markdown' : 'plain' });
      parseReport(text, { format: 'markdown' });
      for (const h of model.headings) {
        assert.ok(h.sectionSpan.start >= 0 && h.sectionSpan.end <= text.length && h.sectionSpan.start <= h.sectionSpan.end);
        assert.ok(h.headingSpan.start >= h.sectionSpan.start && h.headingSpan.end <= h.sectionSpan.end);
      }
    }
  });
});
