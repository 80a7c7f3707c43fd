import * as assert from 'node:assert/strict';
import { check } from '../../helpers/findings';

const rule = 'restated-mismatch';

describe('restated-mismatch', () => {
  it('warns when one specific metric is stated twice with different values', () => {
    const text = '一、总体情况\n全年受理行政复议申请151件,审结120件。\n二、具体工作\n(一)复议\n全年受理行政复议申请115件。\n';
    const [f, ...rest] = check(rule, text);
    assert.equal(rest.length, 0);
    assert.equal(f!.severity, 'warning');
    assert.equal(f!.at, '115件');
    assert.match(f!.zh, /“受理行政复议申请”前后不一致:此处为 115件,第 2 行为 151件/);
    assert.deepEqual(f!.related, ['151件']);
  });
  it('stays silent on other periods, plans, short labels and equal values', () => {
    for (const text of [
      '全年受理行政复议申请151件。去年受理行政复议申请115件。',
      '2024年受理行政复议申请151件。2023年受理行政复议申请115件。',
      '一、工作情况\n全年受理行政复议申请151件。\n二、2025年工作计划\n力争受理行政复议申请200件。\n',
      '解答法律咨询2914人次。开展进企业服务,解答法律咨询86人次。',
      '全年受理行政复议申请151件。全年受理行政复议申请151件。',
    ]) {
      assert.deepEqual(check(rule, text), [], text);
    }
  });
});
