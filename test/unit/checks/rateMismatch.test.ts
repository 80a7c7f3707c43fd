import * as assert from 'node:assert/strict';
import { allFindings, check } from '../../helpers/findings';

const rule = 'rate-mismatch';

describe('rate-mismatch', () => {
  it('flags a rate its counts contradict, with the arithmetic, both counts and a fix', () => {
    const [f, ...rest] = check(rule, '调解矛盾纠纷2316件,调解成功2204件,成功率达95.3%。');
    assert.equal(rest.length, 0);
    assert.equal(f!.severity, 'error');
    assert.equal(f!.at, '95.3%');
    assert.equal(f!.zh, '成功率应为 95.16%(2204件 / 2316件),文中为 95.3%');
    assert.match(f!.en, /^成功率 should be 95\.16% \(2204 \/ 2316\), the text says 95\.3%$/);
    assert.deepEqual(f!.related, ['2204件', '2316件']);
    assert.equal(f!.fix, '95.2');
  });

  it('reads a list of indicators that names each rate before a colon, past the item\'s number', () => {
    const list = (rate: string) => `附件\n甲县主要指标完成情况\n1.行政复议纠错率：${rate}（纠错12件/审结150件）。\n2.重大决策目录完成率：均为100%（完成6项/目录6项）。\n`;
    const [f, ...rest] = check(rule, list('10.0%'));
    assert.equal(rest.length, 0);
    assert.equal(f!.at, '10.0%');
    assert.match(f!.zh, /^行政复议纠错率应为 8%\(12件 \/ 150件\)/);
    assert.deepEqual(check(rule, list('8.0%')), []);
    assert.deepEqual(check(rule, '主要做法：85%的事项实现网上办理，受理200件，办结180件。'), [], 'a colon after no rate word names nothing');
  });

  it('shows a rate of a change as the difference over the earlier end (由400项压减至300项、压减率)', () => {
    const [f, ...rest] = check(rule, '行政审批事项由400项压减至300项、压减率30.0%。');
    assert.equal(rest.length, 0);
    assert.equal(f!.zh, '压减率应为 25%((400项 − 300项) / 400项),文中为 30.0%');
    assert.match(f!.en, /\(\(400 − 300\) \/ 400\)/);
    assert.deepEqual(check(rule, '行政审批事项由400项压减至300项、压减率25.0%。'), []);
  });

  it('takes a target as set, not as a rounded count: 完成年度目标3万人的 is of 30 000', () => {
    const [f, ...rest] = check(rule, '城镇新增就业3.45万人,完成年度目标3万人的110.0%。');
    assert.equal(rest.length, 0);
    assert.match(f!.zh, /应为 115%/);
    assert.deepEqual(check(rule, '城镇新增就业3.45万人,完成年度目标3万人的115.0%。'), []);
    assert.deepEqual(check(rule, '城镇新增就业3.45万人,占全市从业人员3万人的110.0%。'), [], 'a count of people is rounded: 3万 may be 3.1万');
    assert.equal(check(rule, '务工规模8.40万人,完成省定目标8万人的95.2%。').length, 1, 'the whole named is the denominator: 8/8.4 is no reading');
    assert.deepEqual(check(rule, '务工规模8.40万人,完成省定目标8万人的105.0%。'), []);
  });

  it('reads other spellings: full-width digits and punctuation, spaces, 百分之, 为/达到', () => {
    const [wide] = check(rule, '调解矛盾纠纷２３１６件，调解成功２２０４件，成功率达９５．３％。');
    assert.equal(wide!.fix, '９５．２', 'the fix keeps full-width digits');
    assert.equal(check(rule, '受理200件,调解成功190件,调解成功率为百分之九十。')[0]!.fix, undefined, 'no digits forced into words');
    assert.equal(check(rule, '审结 47 件,纠错 19 件,纠错率 43%。').length, 1);
    assert.equal(check(rule, '受理200件,调解成功190件,调解成功率为百分之九十。').length, 1);
    assert.equal(check(rule, '办结案件300件,按期办结285件,按期办结率达到96%;').length, 1);
    assert.equal(check(rule, '盗窃案件破案率仅为40.0%(250起中破获90起)。').length, 1, 'an adverb before 为 is no part of the rate\'s name');
    assert.deepEqual(check(rule, '盗窃案件破案率仅为36.0%(250起中破获90起)。'), []);
  });

  it('accepts rates that round half up or truncate to the stated value', () => {
    const consistent = [
      '调解矛盾纠纷200件,调解成功190件,成功率95%。',
      '审结47件,纠错19件,纠错率40%。',
      '审结47件,纠错19件,纠错率40.4%。',
      '结案数74件,败诉7件,败诉率9.46%。',
      '受理3件,办结2件,办结率66.7%。',
      '受理3件,办结2件,办结率66.6%。',
      '应当出庭82件,实际出庭82件,出庭应诉率100%。',
      '调解2316件,调解成功2204件,成功率达95.2%。',
      '调解2316件,调解成功2204件,成功率达95.1%。',
    ];
    for (const s of consistent) assert.deepEqual(check(rule, s), [], s);
  });

  it('checks bounds as bounds and says nothing of estimates', () => {
    assert.deepEqual(check(rule, '调解2316件,调解成功2204件,成功率达95%以上。'), []);
    assert.equal(check(rule, '调解2316件,调解成功2204件,成功率达96%以上。')[0]?.zh, '成功率实为 95.16%(2204件 / 2316件),文中为 96%');
    assert.equal(check(rule, '调解2316件,调解成功2204件,成功率达96%以上。')[0]?.fix, undefined);
    assert.deepEqual(check(rule, '调解2316件,调解成功2204件,成功率约96%。'), []);
  });

  it('stays silent when the numerator is not stated or the counts are approximate', () => {
    const silent = [
      '行政诉讼案件收案14件,办结8件,胜诉率93%。',
      '调解200余件,调解成功190件,成功率98%。',
      '全区152人参考,通过率达88%。',
      '培训1200人次,满意率达98.5%。',
    ];
    for (const s of silent) assert.deepEqual(check(rule, s), [], s);
  });

  it('reads a complement, a sum of listed parts, and a share of one count in another', () => {
    assert.deepEqual(check(rule, '完成抽检4826批次,检出不合格样品97批次,抽检合格率97.99%。'), []);
    const [c] = check(rule, '完成抽检4826批次,检出不合格样品97批次,抽检合格率98.99%。');
    assert.equal(c!.zh, '抽检合格率应为 97.99%(1 − 97批次 / 4826批次),文中为 98.99%');
    assert.deepEqual(check(rule, '毕业生1036人,其中升学612人、就业397人,升学就业率97.39%。'), []);
    assert.deepEqual(check(rule, '全县9所中心学校中已有7所建成智慧校园,占比77.7%。'), []);
  });

  it('reads a share of a whole named with 中, and a rate over the base the text leaves out', () => {
    const [f] = check(rule, '全县182个行政村中,已建成劝导站176个,覆盖率98.4%。');
    assert.equal(f!.severity, 'warning');
    assert.deepEqual(check(rule, '全县182个行政村中,已建成劝导站176个,覆盖率96.7%。'), []);
    assert.equal(check(rule, '全市30个国控、省控断面中,水质优良的断面27个,优良比例为85.0%。').length, 1, 'a whole of two kinds joined by 、');
    assert.deepEqual(check(rule, '全市30个国控、省控断面中,水质优良的断面27个,优良比例为90.0%。'), []);
    assert.deepEqual(check(rule, '成交价款3.28亿元,较起始价溢价1.06亿元,溢价率47.7%。'), []);
  });

  it('reads listed parts as the whole, and allows for counts rounded to 万', () => {
    assert.deepEqual(check(rule, '办理建议 126 件、提案 183 件,除不宜公开的 18 件外,其余 291 件已公开,公开率 94.2%。'), []);
    assert.deepEqual(check(rule, '排查调处矛盾纠纷 2.36 万件,调解成功 2.31 万件,调解成功率 97.7%。'), []);
    assert.equal(check(rule, '排查调处矛盾纠纷 2.36 万件,调解成功 2.31 万件,调解成功率 99.7%。').length, 1);
  });

  it('takes only the counts after the previous rate of the sentence', () => {
    assert.deepEqual(check(rule, '结案数13件,败诉2件,败诉率15.38%;结案数61件,败诉5件,败诉率8.2%。'), []);
    assert.equal(check(rule, '结案数13件,败诉2件,败诉率15.38%,结案数61件,败诉5件,败诉率8.5%。').length, 1);
  });

  it('with several candidate denominators, accepts any that agrees, else warns naming the one used', () => {
    assert.deepEqual(check(rule, '收案61件,受理55件,审结47件,纠错19件,纠错率40%。'), []);
    const [f] = check(rule, '收案61件,受理55件,审结47件,纠错19件,纠错率45%。');
    assert.equal(f!.severity, 'warning');
    assert.match(f!.zh, /分母按最近的“审结47件”推断/);
  });

  it('takes the words before an outcome in a rate\'s name for its base: 派单办结率 is of what was assigned', () => {
    assert.deepEqual(check(rule, '热线受理诉求31.6万件,派单19.4万件,派单办结率99.2%。'), []);
    assert.equal(check(rule, '热线受理诉求31.6万件,派单19.4万件,办结19.1万件,派单办结率99.2%。').length, 1);
  });

  it('reads a count that includes what was carried over against the intake and the carry-over together', () => {
    assert.deepEqual(check(rule, '全年受理争议案件5230件;审结5174件(含上年结转146件),结案率96.2%。'), []);
    assert.equal(check(rule, '全年受理争议案件5230件;审结5174件(含上年结转146件),结案率93.2%。').length, 1);
  });

  it('reads a numerator named by its verb and object (持有…证件 for 持证率), as an abbreviation spread out', () => {
    assert.equal(check(rule, '全区行政执法人员846人,其中持有执法证件812人,持证率97.0%。').length, 1);
    assert.deepEqual(check(rule, '全区行政执法人员846人,其中持有执法证件812人,持证率96.0%。'), []);
    assert.deepEqual(check(rule, '全区行政执法人员846人,其中女性干部312人,持证率97.0%。'), [], 'a part that names something else is no numerator');
  });

  it('takes the words before 整改, 覆盖, 处置 in a rate\'s name for its base, and a rate each thing has (均) for no share', () => {
    assert.deepEqual(check(rule, '全年收到群众评价52.6万条,其中差评734条,差评整改率100%。'), []);
    assert.deepEqual(check(rule, '全市接入平台的餐饮单位9800家,其中养老机构食堂126家,养老机构食堂覆盖率100%。'), []);
    assert.equal(check(rule, '排查安全隐患212处,已整改198处,隐患整改率96.4%。').length, 1, '198/212 = 93.4%: what was rectified is still the numerator');
    assert.deepEqual(check(rule, '全市12个乡镇中,5个镇的污水收集率均超过90%。'), []);
  });

  it('keeps a list of rates sharing a value (均为) and a share after 占 of a part singled out by 其中', () => {
    assert.equal(check(rule, '共计16件,均在规定时限内报送备案,报备率、报备及时率均为94%。').length, 1, '16 of 16 is 100%');
    assert.equal(check(rule, '全年批准用地18.2万亩,其中重点项目用地11.6万亩、民生项目用地4.1万亩,重点项目用地占68.7%。').length, 1, '11.6/18.2 = 63.7%');
  });

  it('takes no sibling with a share of its own for the whole of a bare 占', () => {
    assert.deepEqual(check(rule, '其中甲类企业7.64万户,占70.2%,丁类企业0.28万户,占2.6%。'), []);
    assert.equal(check(rule, '全县36个乡镇中,污水处理率达标的有12个,占35.3%。').length, 1, '12/36 = 33.3%: a whole named with 中 is still one');
  });

  it('reads no share where the rate is of another kind, of a kind within the base, or an average', () => {
    assert.deepEqual(check(rule, '排查一般隐患3120项,整改3086项,整改率98.9%,重大隐患整改率100%。'), [], '重大, not the 一般 counted');
    assert.equal(check(rule, '排查重大隐患126项,整改119项,重大隐患整改率96.4%。').length, 1, '119/126 = 94.4%');
    assert.deepEqual(check(rule, '审议议题共计132个,会前经合法性审查的涉法议题57个,审查率100%。'), [], 'the rate of the 涉法 topics');
    assert.equal(check(rule, '受理案件2316件,调解成功案件2204件,调解成功率95.3%。').length, 1, 'a qualifier that is what is measured');
    assert.deepEqual(check(rule, '其中,8座污水处理厂平均运行负荷率仅为46.2%。'), [], 'an average is no share of the eight');
  });

  it('reads a rate of a cut against last year over what is left and the cut together', () => {
    assert.deepEqual(check(rule, '共计保留行政许可事项286项,比上年精简24项,精简率7.7%。'), [], '24 / 310 = 7.7%');
    assert.equal(check(rule, '共计保留行政许可事项286项,比上年精简24项,精简率9.7%。').length, 1);
  });

  it('takes no sibling of a named count for its base: only the whole the list is of', () => {
    // 17 / (73 + 19) = 18.5% fits by chance; 17 / 128 = 13.3% is the rate the words state.
    assert.equal(check(rule, '全年审结复议案件128件,其中维持73件、驳回19件、撤销或确认违法等依法纠错17件、终止19件,纠错率18.5%。').length, 1);
    assert.deepEqual(check(rule, '全年审结复议案件128件,其中维持73件、驳回19件、撤销或确认违法等依法纠错17件、终止19件,纠错率13.3%。'), []);
  });

  it('reads a part named in quotes after 其中 as what its rate counts, but not a word of a quoted name', () => {
    assert.equal(check(rule, '依申请政务服务事项1208项,其中可“全程网办”事项1022项,全程网办率达到89.6%。').length, 1, '1022 / 1208 = 84.6%');
    assert.deepEqual(check(rule, '依申请政务服务事项1208项,其中可“全程网办”事项1022项,全程网办率达到84.6%。'), []);
    assert.deepEqual(check(rule, '全县归集涉企信用信息16.4万条,“双公示”信息0.92万条,上网公示率100%。'), [], 'the 双公示 records are the population');
  });

  it('reads a whole named in the part\'s unit (户数) or with its two words swapped (专利申请 for 申请专利)', () => {
    assert.equal(check(rule, '全镇纳入监测对象418户1370人,已消除风险352户,占监测户数的88.2%。').length, 1, '352 / 418 = 84.2%');
    assert.deepEqual(check(rule, '全镇纳入监测对象418户1370人,已消除风险352户,占监测户数的84.2%。'), []);
    assert.equal(check(rule, '全年申请专利1936件,其中发明专利702件,占专利申请总量的40.3%。').length, 1, '702 / 1936 = 36.3%');
    assert.deepEqual(check(rule, '全年申请专利1936件,其中发明专利702件,占专利申请总量的36.3%。'), []);
  });

  it('reads all of a whole named with 中 when the next clause says all of them did it', () => {
    assert.deepEqual(check(rule, '一审行政诉讼案件88件;需出庭的73件案件中,行政机关负责人全部出庭应诉,出庭应诉率100%。'), [], '73 of 73');
    assert.equal(check(rule, '需出庭的73件案件中,行政机关负责人全部出庭应诉,出庭应诉率95%。').length, 1);
  });

  it('takes no upheld decisions (决定维持) for the base of a rate of correction', () => {
    assert.deepEqual(check(rule, '审结案件中,决定维持9400件,作出撤销、变更、确认违法、责令履行等纠错决定2110件,纠错率12.6%。'), []);
  });

  it('reads a rate of the period\'s own cases (当年破案率) over no count of all cases solved', () => {
    assert.deepEqual(check(rule, '全年破获刑事案件6120起,其中破获往年积案940起,当年立案当年破案5180起,当年破案率58.4%。'), []);
    assert.equal(check(rule, '办结信访事项300件,按期办结285件,按期办结率91%。').length, 1, 'a manner (按期) keeps its base');
  });

  it('reaches over a semicolon only for a numerator with no noun of its own, or one sharing a word with the base', () => {
    assert.deepEqual(check(rule, '完成老旧小区改造38个,惠及居民1.52万户;启动城中村改造项目2个,完成房屋征收签约3,280户,签约率97.6%。'), []);
    assert.equal(check(rule, '全年审结行政复议案件1,210件;法定期限内审结1,188件,按期结案率96.2%。').length, 1, '1188 / 1210 = 98.2%');
    assert.equal(check(rule, '共排查纠纷1,320件,其中婚姻家庭纠纷266件;调解成功1,288件,调解成功率95.1%。').length, 1, '1288 / 1320 = 97.6%');
    assert.equal(check(rule, '审结4820件,仲裁结案率95.2%;审结案件中,以调解方式结案3110件,调解率68.5%。').length, 1, 'the clause names its whole: 3110 / 4820 = 64.5%');
  });

  it('reads a rate of completion over the task a count is followed by', () => {
    assert.deepEqual(check(rule, '全年完成防沙治沙任务27.5万亩,其中沙化土地治理16.2万亩,超额完成市下达的25万亩任务,完成率110.0%。'), []);
    assert.equal(check(rule, '全年完成防沙治沙任务27.5万亩,超额完成市下达的25万亩任务,完成率90.9%。').length, 1);
  });

  it('reads a rate over the base its words name (以…为基数, 按…计算), and over no count of another name', () => {
    assert.deepEqual(check(rule, '牲畜存栏142.6万头只;牲畜出栏90.3万头只,以上一年度末存栏为基数计算,出栏率达到61.2%。'), []);
    assert.equal(check(rule, '家庭医生签约服务26.4万人,按常住人口61.5万人计算,签约率46.5%。').length, 1, '26.4 / 61.5 = 42.9%');
    assert.deepEqual(check(rule, '家庭医生签约服务26.4万人,按常住人口61.5万人计算,签约率42.9%。'), []);
  });

  it('reads all of a count that ends its clause when the next clause says all did it, unless it names a kind of them', () => {
    assert.equal(check(rule, '开庭审理案件164件,行政机关负责人全部出庭应诉,出庭应诉率95%。').length, 1);
    assert.deepEqual(check(rule, '排查隐患164项,重大隐患全部整改,整改率95%。'), [], 'the major ones are a kind of those counted');
  });

  it('pairs 应 and 实 before the same verb for the rate right after them, and only that one', () => {
    assert.equal(check(rule, '应考1,732人,实考1,716人,参考率97.1%。').length, 1, '1716 / 1732 = 99.1%');
    assert.deepEqual(check(rule, '应考1,732人,实考1,716人,参考率99.1%,合格率100%。'), []);
  });

  it('reads a name parted from its noun by a gloss in brackets, and a whole with 中 right after its unit', () => {
    assert.equal(check(rule, '国考断面118个,其中水质优良（达到或优于Ⅲ类）断面109个,优良比例88.2%。').length, 1, '109 / 118 = 92.4%');
    assert.equal(check(rule, '重点人群7.26万人中签约5.98万人,重点人群签约率86.1%。').length, 1, '5.98 / 7.26 = 82.4%');
    assert.deepEqual(check(rule, '重点人群7.26万人中签约5.98万人,重点人群签约率82.4%。'), []);
  });

  it('reads a share of the plan (完成年度计划的) as what was done over the plan, and nothing without both', () => {
    assert.equal(check(rule, '年度计划投资186.0亿元,实际完成投资204.6亿元,完成年度计划的104.0%。').length, 1, '204.6 / 186.0 = 110.0%');
    assert.deepEqual(check(rule, '年度计划投资186.0亿元,实际完成投资204.6亿元,完成年度计划的110.0%。'), []);
    assert.deepEqual(check(rule, '十项民生实事中9项全面完成,“城区午餐供餐”1项因建设周期原因完成年度计划的86%。'), [], 'a project\'s own plan');
  });

  it('pairs what should be done with what was, either order, with 实际 or the bare verb', () => {
    assert.equal(check(rule, '应参考118人,实际参考115人,参学率91.4%。').length, 1, '115 / 118 = 97.5%');
    assert.equal(check(rule, '参保3.42万人,应参保3.47万人,参保率92.3%。').length, 1, '3.42 / 3.47 = 98.6%');
    assert.deepEqual(check(rule, '参保3.42万人,应参保3.47万人,参保率98.6%。'), []);
  });

  it('reads M of N with 中的, the count a 其中 list breaks down, and a whole and part after their rate', () => {
    assert.equal(check(rule, '覆盖全市312个居民社区中的187个,社区覆盖率64.2%。').length, 1, '187 / 312 = 59.9%');
    assert.equal(check(rule, '全区规上企业共152家,已建立党组织的138家,其中非公企业党组织104家、社会组织党组织34家,党组织覆盖率达到84.3%。').length, 1, '138 / 152 = 90.8%');
    assert.equal(check(rule, '规上工业企业党组织覆盖率达到90.4%,236家规上工业企业中已建立党组织的201家。').length, 1, '201 / 236 = 85.2%');
    assert.deepEqual(check(rule, '规上工业企业党组织覆盖率达到85.2%,236家规上工业企业中已建立党组织的201家。'), []);
  });

  it('takes no partly done count (基本完成) for what a completion rate counts', () => {
    assert.deepEqual(check(rule, '方案确定的54项任务中,已完成51项,基本完成3项,完成率94.4%。'), []);
    assert.equal(check(rule, '方案确定的54项任务中,已完成51项,基本完成3项,完成率90.4%。').length, 1);
  });

  it('reads two shares of two plans after 分别 in order, and names no rate by joining words', () => {
    assert.deepEqual(check(rule, '失业人员再就业5,880人,就业困难人员就业1,240人,分别完成年度目标任务1.0万人和2,000人的58.8%和62.0%。'), []);
    const [f] = check(rule, '失业人员再就业5,880人,就业困难人员就业1,240人,分别完成年度目标任务1.0万人和2,000人的54.8%和62.0%。');
    assert.match(f!.zh, /^比率应为 58\.8%/);
  });

  it('reads a saving rate over what was spent and saved together', () => {
    assert.deepEqual(check(rule, '全年政府采购规模42.8亿元,节约资金2.66亿元,资金节约率5.9%。'), [], '2.66 / 45.46 = 5.9%');
    assert.equal(check(rule, '全年政府采购规模42.8亿元,节约资金2.66亿元,资金节约率7.9%。').length, 1);
  });

  it('takes the whole a clause opens with (在投诉中) from the clause before for its base', () => {
    const [f, ...rest] = check(rule, '受理投诉举报及咨询98.2万件,其中投诉6.45万件、举报1.72万件、咨询90.03万件;在投诉中,调解成功4.62万件,调解成功率75.4%。');
    assert.equal(rest.length, 0);
    assert.match(f!.zh, /71\.6\d*%\(4\.62万件 \/ 6\.45万件\)/);
  });

  it('takes the whole a sentence opens with by its verb alone (在审结案件中 for 已审结146件) from the sentence before', () => {
    const text = '全年需审理案件153件,已审结146件,结案率95.4%。在审结案件中,维持104件、驳回11件,通过撤销、确认违法等方式纠错23件,纠错率16.8%。';
    const [f, ...rest] = check(rule, text);
    assert.equal(rest.length, 0);
    assert.equal(f!.severity, 'warning');
    assert.match(f!.zh, /纠错率应为 15\.75%\(23件 \/ 146件\)/);
    assert.deepEqual(check(rule, text.replace('16.8%', '15.8%')), []);
    // A count of another verb is no whole of cases concluded.
    assert.deepEqual(check(rule, text.replace('已审结146件', '已受理146件')), []);
    // What ought to be concluded (应审结案件) is not what was, though its name ends alike.
    const ought = '全年应审结案件209件,审结192件,审结率91.87%。审结案件中,维持118件、驳回32件,直接纠错26件,直接纠错率18.24%。';
    assert.match(check(rule, ought)[0]!.zh, /直接纠错率应为 13\.542%\(26件 \/ 192件\)/);
    // The count before may name a kind of the cases between the verb and the noun (审结行政复议案件).
    const kind = '全年审结行政复议案件121件,结案率90.98%。审结案件中,维持78件、驳回12件、确认违法5件、撤销9件、变更2件、责令履行3件,直接纠错19件,纠错率16.7%。';
    assert.match(check(rule, kind)[0]!.zh, /纠错率应为 15\.7%\(19件 \/ 121件\)/);
    assert.deepEqual(check(rule, kind.replace('16.7%', '15.7%')), []);
  });

  it('reads all of a count done, by any key of the rate\'s stem (全部出庭 for 出庭应诉率) or with 全部 before the count, as 100%', () => {
    assert.match(check(rule, '应由行政机关负责人出庭的138件全部出庭,出庭应诉率94%。')[0]!.zh, /出庭应诉率应为 100%:文中说138件均已做到/);
    assert.match(check(rule, '对全部3862家定点医药机构开展现场检查,检查覆盖率94%。')[0]!.zh, /检查覆盖率应为 100%:文中说3862家均已做到/);
    for (const s of ['应由行政机关负责人出庭的138件全部出庭,出庭应诉率100%。', '对全部3862家定点医药机构开展现场检查,检查覆盖率100%。', '对全部3862家企业开展检查,问题检出率12%。', '21个建制镇全部建成污水处理设施,污水处理率96%。']) {
      assert.deepEqual(check(rule, s), [], s);
    }
  });

  it('reads a rate of concluding over what was concluded and what is left at the year\'s end (年末结转9件), stated after it', () => {
    const text = '新收行政复议申请238件,其中依法受理211件、不予受理15件;全年审结219件,结案率96.05%,年末结转9件。';
    assert.deepEqual(check(rule, text), []);
    assert.equal(check(rule, text.replace('96.05%', '99.05%')).length, 1);
  });

  it('takes no figure labelled by a bare head (支出) for a whole named at length', () => {
    assert.deepEqual(check(rule, '市本级教育、社会保障和就业、卫生健康三项支出合计152.40亿元,其中教育支出70.12亿元、社会保障和就业支出52.06亿元、卫生健康支出30.22亿元,占市本级一般公共预算支出的41.6%。'), []);
  });

  it('reads an outcome of concluded cases past a semicolon over what was concluded', () => {
    const text = '共收到行政复议申请962件,受理858件,审结796件,其中以调解、和解方式结案251件,调解和解率为31.5%;对违法或不当的行政行为依法作出撤销、变更、确认违法和责令履行等纠错决定76件,纠错率为';
    assert.equal(check(rule, text + '9.1%。').length, 1, '76 / 796 = 9.5%');
    assert.deepEqual(check(rule, text + '9.5%。'), []);
  });

  it('reads a rate over what actually happened, not over the registered count before it', () => {
    assert.equal(check(rule, '全市普通高考报名考生2.64万人,实际参加考试2.57万人,本科上线1.79万人,本科上线率为67.8%。').length, 1, '1.79 / 2.57 = 69.6%');
    assert.deepEqual(check(rule, '全市普通高考报名考生2.64万人,实际参加考试2.57万人,本科上线1.79万人,本科上线率为69.6%。'), []);
  });

  it('takes the count with a possible base before it, of those naming the rate, and nothing still under way', () => {
    assert.equal(check(rule, '发现问题126个,下发督察通报3期、整改通知书14份,截至年底已整改到位118个,整改率87.9%。').length, 1, '118 / 126 = 93.7%');
    assert.equal(check(rule, '发现问题412个,其中已整改到位381个、正在整改31个,整改完成率86.2%。').length, 1, '381 / 412 = 92.5%');
    assert.deepEqual(check(rule, '发现问题412个,其中已整改到位381个、正在整改31个,整改完成率92.5%。'), []);
  });

  it('reads a count found and dealt with (发现并整改) as the count found, no usage rate over the resource\'s own count, no 分别 list of rates', () => {
    assert.deepEqual(check(rule, '发现并整改安全隐患296处,整改率94%。'), []);
    assert.deepEqual(check(rule, '提供就业岗位7.92万个;募集就业见习岗位3,060个,组织2,270名高校毕业生参加见习,见习岗位使用率74.2%。'), []);
    assert.deepEqual(check(rule, '有3个项目存在多计工程量问题;有2个项目超概算,超概算比例分别为18.6%和23.4%。'), []);
  });

  it('reads a rate over what was done in full, not what was partly done (已全部完成…,基本完成…)', () => {
    assert.deepEqual(allFindings('全年确定重点任务共计36项,已全部完成33项,基本完成3项,任务完成率为91.7%。'), []);
    assert.equal(check(rule, '全年确定重点任务共计36项,已全部完成33项,基本完成3项,任务完成率为93.7%。')[0]!.zh, '任务完成率应为 91.67%(33项 / 36项),文中为 93.7%');
  });

  it('reads a rate of an act over the act, not over its outcome (开展审核…,审核通过…,审核率)', () => {
    assert.deepEqual(allFindings('全年对重大执法决定开展法制审核86件,审核通过79件,退回补正7件,审核率100%。'), []);
    // Where the rate names the outcome, the outcome is what it counts; and 化解成功 is what 化解率 counts.
    assert.equal(check(rule, '全年抽检食品2140批次,抽检合格2093批次,抽检合格率98.8%。').length, 1);
    assert.equal(check(rule, '全县排查化解矛盾纠纷2860件,化解成功2782件,化解率91.7%。')[0]!.zh, '化解率应为 97.27%(2782件 / 2860件),文中为 91.7%');
  });
});
