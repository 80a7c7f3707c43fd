import * as assert from 'node:assert/strict';
import { check } from '../../helpers/findings';

const rule = 'baseline-mismatch';
const report = (review: string, plan: string) => `一、2025年工作回顾\n${review}\n二、2026年工作安排\n${plan}\n`;

describe('baseline-mismatch', () => {
  it('warns when a target built on last year\'s figure gives it otherwise than the review', () => {
    const text = report('全县地区生产总值达到312.6亿元,增长6.4%。', '主要预期目标是:地区生产总值在上年321.6亿元的基础上增长6.5%左右。');
    const [f, ...rest] = check(rule, text);
    assert.equal(rest.length, 0);
    assert.equal(f!.severity, 'warning');
    assert.equal(f!.at, '321.6亿元');
    assert.match(f!.zh, /上年基数 321\.6亿元 与第 2 行回顾中的 312\.6亿元 不一致/);
    assert.deepEqual(f!.related, ['312.6亿元']);
  });
  it('reads the indicator named after last year (在去年城镇新增就业…), its words in either order', () => {
    const text = report('新增城镇就业5.82万人,城镇调查失业率5.1%。', '坚持就业优先,在去年城镇新增就业5.28万人的基础上,进一步加大帮扶力度。');
    assert.match(check(rule, text)[0]!.zh, /上年基数 5\.28万人 与第 2 行回顾中的 5\.82万人 不一致/);
    assert.deepEqual(check(rule, text.replace('5.28万人', '5.82万人')), []);
    // Another indicator of the same unit is not it.
    assert.deepEqual(check(rule, report('新增城镇就业5.82万人。', '在去年农村劳动力转移就业5.28万人的基础上,继续推进。')), []);
  });
  it('is silent where the figures agree, round alike, or the review names the indicator otherwise or twice', () => {
    for (const text of [
      report('全县地区生产总值达到312.6亿元。', '地区生产总值在上年312.6亿元的基础上增长6.5%左右。'),
      report('全县地区生产总值达到312.58亿元。', '地区生产总值在上年312.6亿元的基础上增长6.5%左右。'),
      report('全县一般公共预算收入18.4亿元,其中税收收入12.9亿元。', '地方税收收入在上年13.9亿元的基础上增长5%。'),
      report('全县地区生产总值达到312.6亿元;按新口径,全县地区生产总值为321.6亿元。', '地区生产总值在上年321.6亿元的基础上增长6.5%左右。'),
      report('规上工业增加值增长8.1%。', '地区生产总值在上年321.6亿元的基础上增长6.5%左右。'),
      // Not a target: last year's base in the review is the sentence's own comparison.
      '一、2025年工作回顾\n全县地区生产总值达到312.6亿元。在上年298.1亿元的基础上增长6.4%。\n',
    ]) {
      assert.deepEqual(check(rule, text), [], text);
    }
  });
});
