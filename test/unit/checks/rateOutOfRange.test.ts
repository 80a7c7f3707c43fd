import * as assert from 'node:assert/strict';
import { check } from '../../helpers/findings';

const rule = 'rate-out-of-range';

describe('rate-out-of-range', () => {
  it('flags a share above 100%', () => {
    const [f] = check(rule, '行政机关负责人出庭应诉率达102%。');
    assert.equal(f!.severity, 'error');
    assert.equal(f!.at, '102%');
    assert.match(f!.zh, /超过 100%/);
    assert.equal(check(rule, '结案率为100.5%。').length, 1);
    assert.equal(check(rule, '累计完成1,206个行政村生活污水治理,占全市行政村总数的106.2%。').length, 1, 'a share written 占…的');
    assert.equal(check(rule, '按病组付费的医保基金支出占住院统筹基金支出的103.6%。').length, 1);
  });
  it('leaves rates that may pass 100% alone', () => {
    for (const s of ['同比增长200%。', '增长率达150%。', '任务完成率达120%。', '出庭应诉率达100%。', '资金使用率105%。', '较上年提高了130%。', '高中阶段毛入学率为101.3%。', '新增耕地2860亩,完成年度任务(2650亩)的108%。', '新增就业3.42万人,完成目标任务3.2万人的106.9%。', '人均收入3.2万元,相当于全国平均水平(2.9万元)的110%。']) {
      assert.deepEqual(check(rule, s), [], s);
    }
  });

  it('leaves ratios of an end to a start alone (国有资产保值增值率)', () => {
    assert.deepEqual(check(rule, '强化国资监管,国有资产保值增值率达到103.8%。'), []);
    assert.equal(check(rule, '村级党组织覆盖率达到103.8%。').length, 1, 'a share of all of them still may not pass 100%');
  });
});
