import * as assert from 'node:assert/strict';
import { parseReport } from '../../server/src/analysis/parseReport';
import { isPartTitle, partAt, partTitleOf, periodAt } from '../../server/src/analysis/structure';

describe('structure of a report', () => {
  it('reads the titles of parts', () => {
    assert.deepEqual(['名词解释', '附件2', '指标说明：', '2026年工作安排', '一、2025年工作回顾', '存在的问题和不足'].map((t) => partTitleOf(t.replace(/^一、/, ''))?.kind), ['glossary', 'appendix', 'glossary', 'plan', 'review', 'problems']);
    assert.equal(partTitleOf('加强法治宣传'), undefined);
    assert.ok(isPartTitle('2026年工作安排'));
    assert.ok(!isPartTitle('今年要重点做好以下工作。'), 'a sentence is no title');
    assert.ok(!isPartTitle('——在市第十六届人民代表大会第五次会议上'));
  });

  it('tells the period each stretch of text speaks of, by the innermost heading that says', () => {
    const text = [
      '一、2025年工作回顾',
      '全年受理案件120件。',
      '（一）“十四五”时期主要成就',
      '五年累计受理案件560件。',
      '二、2026年工作安排',
      '力争受理案件办结率达到98%。',
    ].join('\n');
    const m = parseReport(text);
    const at = (s: string) => text.indexOf(s);
    assert.equal(periodAt(m, at('全年受理')), 'past');
    assert.equal(periodAt(m, at('五年累计')), 'longPast');
    assert.equal(periodAt(m, at('力争')), 'plan');
    assert.equal(partAt(m, at('力争')), 'plan');
  });

  it('puts a glossary after the last chapter in a part of its own', () => {
    const m = parseReport('一、甲\n1.子\n2.丑\n二、乙\n名词解释\n1.“两重”:说明。\n2.“两新”:说明。\n');
    assert.deepEqual(m.roots.map((h) => `${h.kind}:${h.title}:${h.children.length}`), ['chapter:甲:2', 'chapter:乙:0', 'part:名词解释:2']);
  });
});
