import * as assert from 'node:assert/strict';
import { check } from '../../helpers/findings';

const rule = 'part-exceeds-total';

describe('part-exceeds-total', () => {
  it('flags a 其中 list whose sum passes its total, skipping an aside in brackets', () => {
    const [f, ...rest] = check(rule, '审结99件(含2020年转结7件),其中:维持69件、驳回6件、撤销1件、确认违法2件、终止22件。');
    assert.equal(rest.length, 0);
    assert.equal(f!.severity, 'error');
    assert.equal(f!.at, '99件');
    assert.match(f!.zh, /之和为 100\(69 \+ 6 \+ 1 \+ 2 \+ 22\),超过总数 审结99件/);
    assert.deepEqual(f!.related, ['69件', '6件', '1件', '2件', '22件']);
  });

  it('flags a single part larger than its total', () => {
    const [f] = check(rule, '来电咨询399人次,其中老年人来电咨询414人次。');
    assert.equal(f!.at, '414人次');
    assert.match(f!.zh, /大于其总数/);
    assert.equal(check(rule, '受理案件50件(含疑难案件60件)。').length, 1);
  });

  it('is silent on parts within their total, and on clauses that may overlap', () => {
    for (const s of [
      '来电咨询399人次,其中老年人来电咨询14人次;现场来访咨询2411人次,其中老年人265人次。',
      '结案278件,其中纠错行政行为13件,经和解调解结案26件。',
      '组织行政执法培训579人,其中继续教育526人,通过考试取得行政执法证515人。',
      '公证事项共1279件,其中国内民事公证1148件,涉外公证131件。',
      '审查文件共95件,其中会议纪要64件、一般性文件19件、政府合同12件。',
      '受理案件200余件,其中疑难案件210件。',
      '受理案件150件,其中调解成功率90%。',
    ]) {
      assert.deepEqual(check(rule, s), [], s);
    }
  });
});
