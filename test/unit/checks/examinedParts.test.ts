import * as assert from 'node:assert/strict';
import { allFindings, check } from '../../helpers/findings';

const rule = 'part-exceeds-total';

// What an examination found is among what it examined; what was put right is among what was found.
describe('what an examination found', () => {
  it('reads the things found with a problem as part of the things examined', () => {
    // A head left out (存在问题的), the examined noun again (问题文件), a unit of the things (户).
    assert.equal(check(rule, '全年抽查环评报告表94份,发现质量问题的103份。')[0]!.at, '103份');
    assert.equal(check(rule, '全年审查各乡镇报送备案的规范性文件52件,发现并督促纠正问题文件57件。').length, 1);
    assert.equal(check(rule, '随机抽查个体工商户865户,发现问题913户。').length, 1);
    // The labels stop at `、`; the finding's words do not.
    assert.equal(check(rule, '审查新出台的涉及经营主体经济活动的政策措施208件,发现并纠正排除、限制竞争的政策措施211件。').length, 1);
    // Looked at with the finding (核查发现), of the things just counted.
    const [f] = check(rule, '全年以告知承诺方式办理证明事项3862件,经核查发现虚假承诺的3901件。');
    assert.equal(f!.zh, '分项 经核查发现虚假承诺的3901件 大于其总数 以告知承诺方式办理证明事项3862件');
    assert.deepEqual(allFindings('全年抽查环评报告表94份,发现质量问题的13份。随机抽查个体工商户865户,发现问题91户。'), []);
  });

  it('reads what a second look confirmed as part of what the first found', () => {
    assert.equal(check(rule, '全年卫片执法发现疑似违法图斑1462个,经现场核查确认违法图斑1513个。').length, 1);
    assert.deepEqual(allFindings('全年卫片执法发现疑似违法图斑1462个,经现场核查确认违法图斑513个。'), []);
  });

  it('leaves problems found alone, which may be many to a thing, and other steps', () => {
    assert.deepEqual(allFindings('检查建筑工地86个,发现质量安全问题213个。'), []);
    assert.deepEqual(allFindings('抽查行政处罚案卷120件,发现裁量不当问题131件。'), []);
    assert.deepEqual(allFindings('检查企业64家,发现环境问题87个,立案查处91件。'), []);
    // Cases concluded may include those brought the year before.
    assert.deepEqual(allFindings('全年受理行政复议申请124件,审结131件。'), []);
  });

  it('reads what was put right as part of the problems found (发现问题…,已整改到位…)', () => {
    const [f, ...rest] = check(rule, '检查预算单位57家,发现问题线索96条,已整改到位102条。');
    assert.equal(rest.length, 0);
    assert.equal(f!.at, '102条');
    assert.deepEqual(allFindings('检查预算单位57家,发现问题线索96条,已整改到位88条。'), []);
  });
});
