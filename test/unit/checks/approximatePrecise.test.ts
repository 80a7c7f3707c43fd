import * as assert from 'node:assert/strict';
import { check } from '../../helpers/findings';

const rule = 'approximate-precise';

describe('approximate-precise', () => {
  it('notes a precise figure marked approximate, as info', () => {
    const [f] = check(rule, '化解矛盾纠纷357余件。');
    assert.equal(f!.severity, 'info');
    assert.equal(f!.at, '357余件');
    assert.equal(check(rule, '培训执法人员35多人次。').length, 1);
  });
  it('leaves round approximations and bounds alone', () => {
    for (const s of ['开展活动200余场次,发放资料300多份,培训1.5万余人,覆盖10余个乡镇,满意率98%以上。', '办理案件8余件。']) {
      assert.deepEqual(check(rule, s), [], s);
    }
  });
});
