import * as assert from 'node:assert/strict';
import { analyzeReport } from '../../server/src/analysis/index';

function findings(text: string) {
  return analyzeReport(text, { forceReport: true }).findings.map((f) => ({
    rule: f.rule,
    line: analyzeReport(text, { forceReport: true }).model.lines.positionAt(f.span.start).line + 1,
    zh: f.message.zh,
    related: f.related.length,
  }));
}

describe('heading-sequence', () => {
  it('is silent on correct numbering that restarts under each parent', () => {
    const text = '一、甲\n(一)子\n1.项\n2.项\n(二)子\n1.项\n(1)细\n(2)细\n①点\n②点\n二、乙\n(一)子\n一是甲。二是乙。三是丙。\n(二)子\n';
    assert.deepEqual(findings(text), []);
  });

  it('flags a repeated number, with the previous heading as related information', () => {
    const f = findings('一、甲\n(一)子\n(二)丑\n(三)寅\n(三)卯\n二、乙\n');
    assert.equal(f.length, 1);
    assert.equal(f[0]!.line, 5);
    assert.match(f[0]!.zh, /编号重复.*“\(三\)”.*应为“\(四\)”/);
    assert.equal(f[0]!.related, 1);
  });

  it('flags a number repeated in place of the next once, not again at the heading after it', () => {
    const f = findings('一、甲\n(一)子\n(二)丑\n(三)寅\n(三)卯\n(五)辰\n二、乙\n');
    assert.equal(f.length, 1, '(三)(三)(五): the second (三) is the missing (四)');
    assert.match(f[0]!.zh, /编号重复.*应为“\(四\)”/);
  });

  it('flags a skipped number once, not every heading after it', () => {
    const f = findings('一、甲\n1、项\n3、项\n4、项\n二、乙\n');
    assert.equal(f.length, 1);
    assert.equal(f[0]!.line, 3);
    assert.match(f[0]!.zh, /跳号.*缺少“2、”/);
  });

  it('flags numbers out of order, and two swapped once, at the first of them', () => {
    const f = findings('一、甲\n三、丙\n二、乙\n');
    assert.deepEqual(f.map((x) => x.line), [2]);
    assert.match(f[0]!.zh, /顺序颠倒:“三、”出现在“二、”之前/);
    assert.equal(f[0]!.related, 2);
    const inline = findings('一、甲\n一是甲。二是乙。三是丙。四是丁。\n六是己。\n五是戊。\n');
    assert.equal(inline.length, 1);
    assert.match(inline[0]!.zh, /顺序颠倒:“六是”出现在“五是”之前/);
    const g = findings('一、甲\n二、乙\n四、丁\n三、丙\n六、己\n');
    assert.deepEqual(g.map((x) => x.zh.replace(/:.*/, '')), ['一级标题编号顺序颠倒', '一级标题编号跳号']);
    const h = findings('一、甲\n三、丙\n一、甲二\n');
    assert.match(h[0]!.zh, /跳号/, 'not a swap: the one after is no missing number');
  });

  it('accepts any first number and numbering that starts again at one', () => {
    // A file may start in its second part; a level may be numbered straight through the document;
    // a part, a paragraph's list or the text pasted twice starts again at one.
    assert.deepEqual(findings('（二）乙\n（三）丙\n'), []);
    assert.deepEqual(findings('三、丙\n四、丁\n'), []);
    assert.deepEqual(findings('一、甲\n(一)子\n(二)丑\n二、乙\n(三)寅\n(四)卯\n'), []);
    assert.deepEqual(findings('一、甲\n二、乙\n三、丙\n一、甲\n二、乙\n三、丙\n'), []);
    assert.equal(findings('一、甲\n(一)子\n(二)丑\n二、乙\n(四)寅\n(六)卯\n').length, 1, 'a gap is still a gap');
  });

  it('takes a heading identical to an earlier one for repeated text, not a numbering slip', () => {
    assert.deepEqual(findings('一、甲\n(一)子\n(二)丑\n(三)寅\n(二)丑\n(三)寅\n'), []);
    assert.equal(findings('一、甲\n(一)子\n(二)丑\n(三)寅\n(二)卯\n').length, 1);
  });

  it('numbers an attachment, a glossary and the tasks after an unnumbered title afresh, as parts of their own', () => {
    const text = '一、甲\n二、乙\n三、丙\n附件1\n2024年度重点任务清单\n一、任务\n二、措施\n附件:说明\n一、背景\n';
    assert.deepEqual(findings(text), []);
    const a = analyzeReport(text, { forceReport: true });
    assert.deepEqual(a.model.partBreaks, [3, 7]);
    assert.deepEqual(a.model.roots.map((h) => h.kind + ':' + h.marker + h.title), ['chapter:一、甲', 'chapter:二、乙', 'chapter:三、丙', 'part:附件1', 'part:附件:说明']);
    const tasks = analyzeReport('2025年工作回顾\n(一)甲\n(二)乙\n(三)丙\n2026年工作安排\n(一)丁\n(二)戊\n名词解释\n1.甲:说明。\n2.乙:说明。\n', { forceReport: true });
    assert.deepEqual(tasks.model.roots.map((h) => `${h.title}:${h.children.length}`), ['2025年工作回顾:3', '2026年工作安排:2', '名词解释:2']);
    assert.deepEqual(tasks.findings, []);
  });

  it('reads `3.5G…` as heading 3 where the numbering runs on, and `12.4…` as body text where it does not', () => {
    const a = analyzeReport('一、甲\n1.乙\n2.丙\n3.5G网络覆盖全部乡镇。\n4.12345热线:接通率提升。\n二、丁\n12.4宪法宣传周开展活动。\n', { forceReport: true });
    assert.deepEqual(a.model.headings.map((h) => h.marker), ['一、', '1.', '2.', '3.', '4.', '二、']);
    assert.deepEqual(a.findings, []);
  });

  it('reads a section marker that a web copy broke after its bracket', () => {
    const a = analyzeReport('一、甲\n（一）子\n（二）丑\n（\n三）寅卯辰。\n（四）巳\n', { forceReport: true });
    assert.deepEqual(a.model.headings.map((h) => h.marker), ['一、', '（一）', '（二）', '（三）', '（四）']);
    assert.deepEqual(a.findings, []);
  });

  it('flags inline lists that break, and an item missing its 是', () => {
    const f = findings('一、甲\n(一)子。一是甲。二是乙。四是丁。\n(二)子。一是甲。二是乙。三法治督察抓实抓细。\n');
    assert.deepEqual(f.map((x) => x.line), [2, 3]);
    assert.match(f[0]!.zh, /跳号.*缺少“三是”/);
    assert.match(f[1]!.zh, /缺少“是”.*应为“三是”/);
  });

  it('accepts an inline list that restarts at 一是', () => {
    assert.deepEqual(findings('一、甲\n一是甲。二是乙。\n另有两点:一是丙。二是丁。\n'), []);
  });

  it('counts each marker form on its own under one parent', () => {
    // `1.` items and `(一)` sections side by side under 一、 are two sequences, both correct.
    assert.deepEqual(findings('一、甲\n1.项\n2.项\n二、乙\n(一)子\n(二)子\n'), []);
  });

  it('reads numbers written inline in a section as part of its run (（一）…。（二）…。（三）…, then （四）)', () => {
    assert.deepEqual(findings('一、甲\n(一)子\n二、安排\n(一)立法。计划审议草案10件。(二)执法。开展整治。(三)监督。强化复议。\n(四)队伍。加强培训。\n'), []);
    assert.deepEqual(findings('一、甲\n1.防返贫。监测2860户。2.资金。投入12.6亿元。3.收入。增长10.6%。\n4.帮扶。选派1260名。\n二、乙\n'), []);
    const f = findings('一、甲\n(一)立法。计划审议草案10件。(二)执法。开展整治。\n(四)队伍。加强培训。\n');
    assert.equal(f.length, 1, '(三) is written nowhere: still a skip');
    assert.match(f[0]!.zh, /“\(二\)”之后是“\(四\)”,缺少“\(三\)”/);
    assert.equal(findings('一、甲\n(一)立法。依照第(二)项办理。\n(三)队伍。\n').length, 1, 'a number inside a sentence is a reference, not an item');
  });

  it('speaks English too', () => {
    const f = analyzeReport('一、甲\n(一)子\n(一)丑\n', { forceReport: true }).findings;
    assert.match(f[0]!.message.en, /Repeated level-2 heading number: "\(一\)" follows "\(一\)"; expected "\(二\)"/);
  });

  it('offers the fix its message spells out: 是 added to an inline item', () => {
    const text = '一、甲\n(一)子。一是健全机制。二是压实责任。三落实制度。\n';
    const a = analyzeReport(text, { forceReport: true });
    const f = a.findings.find((x) => x.rule === 'heading-sequence')!;
    assert.match(f.message.zh, /应为“三是”/);
    assert.equal(text.slice(f.fix!.span.start, f.fix!.span.end), '三');
    assert.equal(f.fix!.replacement, '三是');
  });

  it('renumbers a repeated number and the ones numbered on from it, but guesses no fix for a skip', () => {
    const text = '一、甲\n(一)子\n(二)丑\n(三)寅\n(三)卯\n(四)辰\n(五)巳\n二、乙\n1.项\n3.项\n';
    const a = analyzeReport(text, { forceReport: true });
    const [repeated, skipped] = a.findings.filter((x) => x.rule === 'heading-sequence');
    const edits = [repeated!.fix!, ...(repeated!.fix!.also ?? [])].map((e) => `${text.slice(e.span.start, e.span.end)}→${e.replacement}`);
    assert.deepEqual(edits, ['(三)→(四)', '(四)→(五)', '(五)→(六)']);
    assert.equal(skipped!.fix, undefined, '1. then 3.: a point may be missing, not misnumbered');
  });
});
