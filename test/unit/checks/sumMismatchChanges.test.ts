import * as assert from 'node:assert/strict';
import { allFindings, check } from '../../helpers/findings';

const rule = 'sum-mismatch';

describe('sum-mismatch: changes, gaps and tables in clauses', () => {
  it('reads last year\'s figure stated after the difference (较上年增加97家,上年为315家) as its earlier end', () => {
    const [f, ...rest] = check(rule, '全市规上工业企业达到383家,较上年增加97家,上年为315家。');
    assert.equal(rest.length, 0);
    assert.equal(f!.at, '383家');
    assert.match(f!.zh, /^315 \+ 97 = 412,与 383家 不符\(上年315家,增加 97家\)/);
    assert.equal(check(rule, '移送涉嫌犯罪案件34件,比上年增加9件(上年同期为28件)。').length, 1);
    for (const s of ['全市规上工业企业达到383家,较上年增加68家,上年为315家。', '移送涉嫌犯罪案件34件,比上年增加9件(上年同期为25件)。', '全市规上工业企业达到383家,较上年增加68家,上年新增315家。']) {
      assert.deepEqual(check(rule, s), [], s);
    }
  });

  it('reads the gap to another subject\'s rate stated in the sentence (高于城镇居民2.9个百分点), beyond the rounding of all three', () => {
    const [f, ...rest] = check(rule, '农村居民人均可支配收入增长6.4%,高于城镇居民2.9个百分点,城镇居民人均可支配收入增长4.4%。');
    assert.equal(rest.length, 0);
    assert.equal(f!.at, '2.9个百分点');
    assert.equal(f!.zh, '6.4% 比 4.4% 高 2.0 个百分点,文中为“高于城镇居民2.9个百分点”(城镇居民人均可支配收入增长4.4%)');
    assert.deepEqual(f!.related, ['6.4%', '4.4%']);
    assert.equal(check(rule, '出口增长3.2%,高于进口1.9个百分点,进口增长5.1%。').length, 1, 'higher said of a lower rate');
    for (const s of [
      '农村居民人均可支配收入增长6.4%,高于城镇居民2.0个百分点,城镇居民人均可支配收入增长4.4%。',
      // 6.36 − 4.44 = 1.92: three rounded figures allow a gap of 1.9.
      '农村居民人均可支配收入增长6.4%,高于城镇居民1.9个百分点,城镇居民人均可支配收入增长4.4%。',
      '地区生产总值增长5.6%,高于全国0.6个百分点。',
      '农村居民人均可支配收入增长6.4%,高于城镇居民2.9个百分点,城镇居民人均消费支出增长4.4%。',
    ]) {
      assert.deepEqual(check(rule, s), [], s);
    }
  });

  it('reads two kinds of one noun in clauses, then 合计, as a table; not two stages of it, nor what stands before a semicolon', () => {
    const [f, ...rest] = check(rule, '明确免罚事项19项;全年不予处罚案件86件,减轻处罚案件54件,合计130件。');
    assert.equal(rest.length, 0);
    assert.equal(f!.zh, '分项之和为 140(86 + 54),与合计 130件 不符');
    assert.deepEqual(check(rule, '全年不予处罚案件86件,减轻处罚案件54件,合计140件。'), []);
    assert.deepEqual(check(rule, '受理案件120件,办结案件100件,合计210件。'), []);
    // The total a `其中` breaks down is no row of the table after it.
    assert.equal(check(rule, '开展述法82个,其中书面述法37个,现场述法14个,合计47个。')[0]!.zh, '分项之和为 51(37 + 14),与合计 47个 不符');
    assert.deepEqual(check(rule, '开展述法82个,其中书面述法37个,现场述法14个,合计51个。'), []);
  });

  it('reads a change to a level with a verb of no direction (由26户调整为22户) and what was done of a whole in its own clause, then the rest', () => {
    assert.equal(check(rule, '省属企业户数由上年的26户调整为22户,减少6户。')[0]!.zh, '26 − 6 = 20,与 22户 不符(省属企业户数由上年的26户,减少 6户)');
    assert.deepEqual(check(rule, '省属企业户数由上年的26户调整为22户,减少4户。'), []);
    assert.deepEqual(allFindings('内设机构由14个调整为16个。'), [], 'a verb of no direction is contradicted by neither end');
    assert.equal(check(rule, '交办的25项整改任务已完成25项,其余2项按序时推进。')[0]!.zh, '分项之和为 27(25 + 2),与合计 25项 不符');
    assert.deepEqual(check(rule, '交办的27项整改任务已完成25项,其余2项按序时推进。'), []);
  });

  it('reads a base, what is added on it and the stock they make (在现有38个…基础上新增12个,使…总数达到46个)', () => {
    assert.match(check(rule, '在现有38个点位基础上新增非现场执法点位12个,使全市点位总数达到46个。')[0]!.zh, /^38 \+ 12 = 50,与 46个 不符/);
    assert.match(check(rule, '在已建成41.6万亩的基础上新建高标准农田3万亩,使全县累计建成面积达到41.5万亩。')[0]!.zh, /^41\.6 \+ 3 = 44\.6,与 41\.5万亩 不符/);
    for (const s of ['在现有38个点位基础上新增非现场执法点位12个,使全市点位总数达到50个。', '在已建成41.6万亩的基础上新建高标准农田3万亩,使全县累计建成面积达到44.6万亩。', '力争在2025年底1936家的基础上新增150家以上、总数突破2000家。']) {
      assert.deepEqual(check(rule, s), [], s);
    }
  });

  it('reads no flow of a `、` list as the stock a comparison with last year\'s end speaks of', () => {
    // 6917 + 386 = 7303 is the stock; neither 新领证 nor 注销 is it.
    assert.deepEqual(allFindings('年末持证执法人员7303人;全年新领证件529人、注销证件143人,较上年末的6917人净增386人。'), []);
    assert.equal(check(rule, '全市持证执法人员7303人,较上年末的6917人净增396人。').length, 1, 'the stock itself is still checked');
  });

  it('reads a base and what is added on it against the total capacity they make (总装机达到)', () => {
    assert.match(check(rule, '在2025年286万千瓦的基础上,新增光伏装机45万千瓦,全县电力总装机达到321万千瓦。')[0]!.zh, /^286 \+ 45 = 331,与 321万千瓦 不符/);
    assert.deepEqual(allFindings('在2025年286万千瓦的基础上,新增光伏装机45万千瓦,全县电力总装机达到331万千瓦。'), []);
  });

  it('reads what was accepted and what was refused as siblings, never the rest of one another', () => {
    // The rest is of the applications received, stated in the sentence before: no whole here.
    assert.deepEqual(allFindings('全市共收到复议申请4120件。经审查,依法受理3681件,不予受理296件,其余143件经告知后转送有关机关。'), []);
    // A third disposition after the refused: the two are not all of the applications, and no slip is guessed.
    assert.deepEqual(allFindings('全年收到复议申请418件,依法受理354件,不予受理37件,经告知转送或申请人撤回27件。'), []);
  });

  it('takes the count in the parts\' own unit before one in a unit akin to it (项, not 个) as their total', () => {
    assert.deepEqual(allFindings('全县梳理公布权责清单事项3186项,涉及28个县直部门,其中行政许可176项、行政处罚2410项、行政强制96项。'), []);
    assert.equal(allFindings('全县梳理公布权责清单事项2186项,涉及28个县直部门,其中行政许可176项、行政处罚2410项、行政强制96项。').length, 1);
  });

  it('reads the difference stated right after a change\'s later end by a verb of its own (缩短至…,缩短N天; 提高到…,五年提高N元)', () => {
    assert.match(check(rule, '平均办理时长由上年的46天缩短至39天,缩短6天。')[0]!.zh, /^46 − 6 = 40,与 39天 不符/);
    assert.deepEqual(allFindings('平均办理时长由上年的46天缩短至39天,缩短7天、缩短15.2%。'), []);
    assert.match(check(rule, '城乡居民基础养老金由每人每月126元提高到198元,五年提高62元。')[0]!.zh, /^126 \+ 62 = 188,与 198元 不符/);
    assert.match(check(rule, '建成区面积由2020年的21.4平方公里扩展到27.9平方公里,增加6.1平方公里。')[0]!.zh, /^21\.4 \+ 6\.1 = 27\.5/);
    assert.match(check(rule, '办事窗口由上年的74个整合为58个,减少14个。')[0]!.zh, /^74 − 14 = 60,与 58个 不符/);
    assert.deepEqual(allFindings('办事窗口由上年的74个整合为58个,减少16个。'), []);
  });

  it('reads a share, the share of a named year before it and the points between (比2020年的2.47%提高0.51个百分点)', () => {
    assert.match(check(rule, '全社会研发经费投入强度达到2.36%,比2020年的1.94%提高0.38个百分点。')[0]!.zh, /^1\.94% \+ 0\.38个百分点 = 2\.32%,与 2\.36% 不符/);
    assert.deepEqual(allFindings('全社会研发经费投入强度达到2.36%,比2020年的1.94%提高0.42个百分点。'), []);
  });

  it('reads no flow as the stock compared with last year\'s end, across a comma too', () => {
    assert.deepEqual(allFindings('全年新增持证执法人员74人,因调离、退休等注销29人,较上年末的1105人净增45人。'), []);
  });

  it('reads 由年初的A增至B as a change, and no net change as one of a flow', () => {
    assert.deepEqual(allFindings('全年新设立经营主体4126户,注销1385户,净增2741户;经营主体总量由年初的31264户增至34005户,增长8.8%。其中企业8412户,占经营主体总量的24.7%。'), [], '8412 / 34005 = 24.7%, of the later end');
    assert.equal(check('growth-mismatch', '经营主体总量由年初的31264户增至34005户,增长9.8%。').length, 1);
  });

  it('reads a count smaller than the two after it as their sibling (共…138件,需修改6件,拟废止2件,其余130件)', () => {
    assert.deepEqual(allFindings('共梳理各类政策文件216件,需修改9件,拟废止4件,其余203件继续执行。'), []);
    assert.equal(allFindings('共梳理各类政策文件216件,需修改9件,拟废止4件,其余213件继续执行。').length, 0, 'no whole is asserted where neither reading fits');
  });
});
