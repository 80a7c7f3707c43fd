import * as assert from 'node:assert/strict';
import { matchBlockHeading } from '../../server/src/analysis/headings';

function match(line: string, markdown = false) {
  const m = matchBlockHeading(line, 0, line.length, markdown);
  return m && { kind: m.kind, ordinal: m.ordinal, marker: m.marker, title: line.slice(m.titleSpan.start, m.titleSpan.end) };
}

describe('block heading markers', () => {
  it('recognises every level in its common spellings', () => {
    const cases: [string, string, number, string, string][] = [
      ['一、总体情况', 'chapter', 1, '一、', '总体情况'],
      ['十一、其他事项', 'chapter', 11, '十一、', '其他事项'],
      ['(三)规范决策程序', 'section', 3, '(三)', '规范决策程序'],
      ['（十二）加强监督', 'section', 12, '（十二）', '加强监督'],
      ['1.开展评查', 'item', 1, '1.', '开展评查'],
      ['2．推行柔性执法', 'item', 2, '2．', '推行柔性执法'],
      ['3、强化培训', 'item', 3, '3、', '强化培训'],
      ['１２．全角数字', 'item', 12, '１２．', '全角数字'],
      ['10. 带空格', 'item', 10, '10.', '带空格'],
      ['(1)畅通渠道', 'subitem', 1, '(1)', '畅通渠道'],
      ['（2）强化审理', 'subitem', 2, '（2）', '强化审理'],
      ['①推行调解', 'circled', 1, '①', '推行调解'],
      ['⑤第五项', 'circled', 5, '⑤', '第五项'],
    ];
    for (const [line, kind, ordinal, marker, title] of cases) {
      assert.deepEqual(match(line), { kind, ordinal, marker, title }, line);
    }
  });

  it('takes the title up to the first sentence end, leaving the body on the line', () => {
    assert.equal(match('(一)提高政治站位,深入学习贯彻法治思想。健全落实制度……')!.title, '提高政治站位,深入学习贯彻法治思想');
    assert.equal(match('1.做优行政复议;全年受理……')!.title, '做优行政复议');
    assert.equal(match('一、存在问题:一是……')!.title, '存在问题');
  });

  it('allows indentation with ideographic spaces', () => {
    assert.equal(match('\u3000\u3000二、工作打算')!.marker, '二、');
  });

  it('does not take false friends for headings', () => {
    const notHeadings = [
      '2024年,我局在县委领导下……',
      '二十大精神深入人心',
      '八五普法规划顺利实施',
      '1+8示范点位建设',
      '一是加强领导',
      '一、',
      '(一)',
      '正文中的一、二、三',
      '《关于(一)的通知》',
    ];
    for (const line of notHeadings) assert.equal(match(line), undefined, line);
  });

  it('reads an item number followed by a digit as tentative: a heading or a decimal, as the numbering decides', () => {
    for (const line of ['12.4宪法宣传周期间开展活动', '1.5万元专项经费全部到位', '3.5G网络覆盖所有乡镇', '2．2024年重点任务', '3.15消费者权益日']) {
      const m = matchBlockHeading(line, 0, line.length, false);
      assert.equal(m?.kind, 'item', line);
      assert.equal(m?.tentative, true, line);
    }
    assert.equal(matchBlockHeading('3.加快建设', 0, 6, false)?.tentative, undefined);
  });

  it('reads Markdown headings with and without numbers', () => {
    assert.deepEqual(match('## 一、主要工作', true), { kind: 'chapter', ordinal: 1, marker: '一、', title: '主要工作' });
    assert.deepEqual(match('### (二)推进监管 ###', true), { kind: 'section', ordinal: 2, marker: '(二)', title: '推进监管' });
    assert.deepEqual(match('**三、存在问题**', true), { kind: 'chapter', ordinal: 3, marker: '三、', title: '存在问题' });
    const plain = matchBlockHeading('## 概述', 0, 5, true)!;
    assert.equal(plain.kind, 'plain');
    assert.equal(plain.rank, 1);
    assert.equal(match('## 一、主要工作', false), undefined, 'a # line in plain text is not a heading');
  });
});
