import * as assert from 'node:assert/strict';
import { allFindings, check } from '../../helpers/findings';

const rule = 'rate-mismatch';

// Which counts a rate is of, read from the words around it: its base, its numerator, the clause they stand in.
describe('rate-mismatch: what a rate is of', () => {
  it('reads a bare 覆盖率 right after a 其中 part as the part\'s share of the total', () => {
    assert.equal(check(rule, '全市党政机关共172家,其中已设立公职律师的有164家,覆盖率96.8%。').length, 1, '164 / 172 = 95.3%');
    assert.deepEqual(check(rule, '全市党政机关共172家,其中已设立公职律师的有164家,覆盖率95.3%。'), []);
  });

  it('flags a share of a named whole computed on a sibling instead (企业 over 个体工商户)', () => {
    const found = check(rule, '全年新增经营主体5000户,其中新设企业2000户、个体工商户3000户,企业占新增经营主体的比重为66.7%。');
    assert.equal(found.length, 1, '2000 / 5000 = 40.0%; 66.7% is 2000 / 3000');
    assert.match(found[0]!.zh, /应为 40%/);
    assert.deepEqual(check(rule, '全年新增经营主体5000户,其中新设企业2000户、个体工商户3000户,企业占新增经营主体的比重为40.0%。'), []);
  });

  it('reads no part named by an activity on the rate\'s head (森林抚育 for 森林覆盖率), nor a rate of the whole place over the year\'s work', () => {
    assert.deepEqual(check(rule, '完成营造林4.00万亩,其中人工造林1.50万亩、森林抚育2.50万亩,全县森林覆盖率达到24.8%。'), []);
    assert.deepEqual(check(rule, '完成营造林4.00万亩,其中人工造林1.50万亩、森林抚育2.50万亩,森林覆盖率达到24.8%。'), [], '森林抚育 is work on the forest, not forest');
    assert.equal(check(rule, '建成村卫生室200个,其中达标卫生室190个,全县卫生室达标率98.0%。').length, 1, 'named by its predicate, the part is what the rate counts');
  });

  it('reads a fund\'s 结余率 over its income, by definition, not over its spending', () => {
    assert.equal(check(rule, '职工医保基金收入80.0亿元,支出64.0亿元,当期结余16.0亿元,结余率25.0%。').length, 1, '16 / 80 = 20%; 25% is 16 / 64');
    assert.deepEqual(check(rule, '职工医保基金收入80.0亿元,支出64.0亿元,当期结余16.0亿元,结余率20.0%。'), []);
  });

  it('reads no all-of-them of one kind for a rate of another (重大 done, 一般 rate)', () => {
    assert.deepEqual(check(rule, '排查整治隐患2.36万项,其中重大隐患38项,全部整改销号,一般隐患整改率达到99.3%。'), []);
  });

  it('reads 超额率 as what was done beyond the task, over the task', () => {
    assert.deepEqual(check(rule, '全年筹集保障性租赁住房3600套,超额完成省下达的3000套任务,超额率20.0%。'), []);
    assert.equal(check(rule, '全年筹集保障性租赁住房3600套,超额完成省下达的3000套任务,超额率25.0%。').length, 1);
  });

  it('reads no share of a plan in a bracket over the last item of a list', () => {
    assert.deepEqual(check(rule, '新增学位5.30万个,其中幼儿园学位0.80万个、小学学位2.10万个、初中学位1.60万个、高中学位0.80万个,完成年度计划的106.0%(计划新增学位5.0万个)。'), []);
  });

  it('reads the count a rate names in other words: two grades it joins (优秀、良好 for 优良), an abbreviation (可网上办理 for 网上可办)', () => {
    assert.equal(check(rule, '共抽查案卷500卷,评为优秀、良好的450卷,优良率92.0%。').length, 1, '450 / 500 = 90%');
    assert.deepEqual(check(rule, '共抽查案卷500卷,评为优秀、良好的450卷,优良率90.0%。'), []);
    assert.equal(check(rule, '政务服务事项共1000项,其中可网上办理950项,网上可办率96.0%。').length, 1, '950 / 1000 = 95%');
    assert.deepEqual(check(rule, '政务服务事项共1000项,其中可网上办理950项,网上可办率95.0%。'), []);
  });

  it('reads a rate in the unit its bracket names (按人数计)', () => {
    assert.deepEqual(check(rule, '纳入监测对象1.72万户6.48万人,已消除风险1.21万户4.62万人,风险消除率71.3%(按人数计)。'), [], '4.62 / 6.48 = 71.3%, not 1.21 / 1.72');
  });

  it('reads a share only over a count its subject names (税收收入占…的比重 with no 税收 figure is not read)', () => {
    assert.deepEqual(check(rule, '一般公共预算总收入88.6亿元,其中地方一般公共预算收入52.4亿元,比上年的49.6亿元增长5.6%,税收收入占地方一般公共预算收入的比重为71.2%。'), []);
  });

  it('reads no all-of-them for a rate of another kind (乡镇 done, 村庄 rate)', () => {
    assert.deepEqual(check(rule, '完成剩余5个乡镇国土空间总体规划编制,村庄规划编制率达到95%。'), []);
  });

  it('counts corrections named by two of their verbs (变更或撤销…、确认违法…) together', () => {
    assert.deepEqual(check(rule, '受理416件,审结402件,其中维持251件、驳回48件、变更或撤销31件、确认违法19件、终止53件,直接纠错率12.4%。'), [], '(31 + 19) / 402 = 12.4%');
    assert.equal(check(rule, '受理416件,审结402件,其中维持251件、驳回48件、变更或撤销31件、确认违法19件、终止53件,直接纠错率14.2%。').length, 1);
  });

  it('reads a share over the whole it names when that whole follows (占全社会用电量的…,全社会用电量为…)', () => {
    const text = (share: string) => `全年发电量512.6亿千瓦时,比上年的476.3亿千瓦时增长7.6%;工业用电量192.8亿千瓦时,占全社会用电量的${share},全社会用电量为301.4亿千瓦时。`;
    assert.deepEqual(check(rule, text('64.0%')), [], '192.8 / 301.4 = 64.0%');
    const [f] = check(rule, text('60.4%'));
    assert.match(f!.zh, /192\.8亿千瓦时 \/ 301\.4亿千瓦时/);
  });

  it('reads two wholes joined by 和 as one base (对9个县（市、区）和36个市直部门)', () => {
    assert.deepEqual(check(rule, '对8个县（市、区）和37个市直部门开展年度考核,其中评为“好”等次的15个,占33.3%。'), [], '15 / 45 = 33.3%');
    assert.deepEqual(check(rule, '对8个乡镇和37个县直部门开展年度考核,其中评为“好”等次的15个,占33.3%。'), []);
  });

  it('reads a rate of those that needed it past the rest set apart as needing none', () => {
    const text = (reviewed: number) => `全年区政府常务会议审议议题172个,会前经合法性审查的议题共计${reviewed}个,其余11个为通报类议题,依法无需进行合法性审查,需审查议题合法性审查率100%。`;
    assert.deepEqual(allFindings(text(161)), [], '161 + 11 = 172: all of those that needed it');
    assert.deepEqual(check(rule, text(158)), [], 'the base is a difference no figure states: not read');
  });

  it('reads no share of a measure of things counted in its own name (占十件民生实事累计完成投资的)', () => {
    assert.deepEqual(allFindings('全年市本级财政用于十件民生实事的资金为15.2亿元,占十件民生实事累计完成投资的61.3%,其余由县区财政和社会资本投入。'), []);
  });

  it('reads a 压缩率 of a change as the change over its earlier end', () => {
    assert.deepEqual(check(rule, '平均办理时间由原来的20个工作日压缩到5个工作日,压缩率为75%。'), []);
  });

  it('reads the numerator in the clause right after the rate (…就业率X%,N人实现就业)', () => {
    assert.equal(check(rule, '全年开展技能培训1740人,培训后就业率68.4%,1127人实现就业。').length, 1, '1127 / 1740 = 64.8%');
    assert.deepEqual(check(rule, '全年开展技能培训1740人,培训后就业率64.8%,1127人实现就业。'), []);
    assert.deepEqual(check(rule, '全年开展职业技能培训36期,其中就业技能培训24期、创业培训12期,培训1740人次,培训后就业率64.8%,1127人实现就业。'), [], 'sessions are no base of people');
  });

  it('reads a share of the net rise it names (占净增数的)', () => {
    assert.equal(check(rule, '全年净增经营主体1480家,其中营业收入超亿元的1102家,占净增数的80.6%。').length, 1, '1102 / 1480 = 74.5%');
  });

  it('leaves counts that are an earlier rate\'s of the same name to it (断面…比例, then 近岸海域…比例)', () => {
    assert.deepEqual(check(rule, '全市39个国控、省控断面水质优良比例达到97.4%,其中达到Ⅰ至Ⅲ类水质的断面38个,近岸海域水质优良比例达到81.6%。'), []);
    assert.equal(check(rule, '全市监测国控、省控断面39个,其中达到Ⅰ至Ⅲ类水质的断面38个,断面水质优良比例达到91.6%。').length, 1, 'no earlier rate has them: 38 / 39 is 97.4%');
  });

  it('reads a rate over the person-times of its own clause, not a count past the semicolon', () => {
    const text = (rate: string) => `全县务工就业5.74万人,其中县内务工0.86万人;组织开展技能培训4620人次,培训后实现就业3710人,培训后就业率${rate}。`;
    assert.deepEqual(check(rule, text('80.3%')), [], '3710 / 4620 = 80.3%');
    assert.match(check(rule, text('85.3%'))[0]!.zh, /3710人 \/ 4620人次/);
  });

  it('reads no 100% over a base named by another activity (清理…, then 审查…覆盖率100%)', () => {
    assert.deepEqual(check(rule, '共清理各类政策文件1186件,其中修订21件、废止37件,对新出台的政策措施开展公平竞争审查352件,审查覆盖率100%。'), []);
    assert.equal(check(rule, '共审查政策措施1186件,对新出台的政策措施开展公平竞争审查352件,审查覆盖率100%。').length, 1, 'a base named by the same activity is read');
  });

  it('reads a rate whose name a bracket glosses before its value (合格率（含优秀）为)', () => {
    assert.equal(check(rule, '共抽查案卷1160卷,评定优秀卷418卷、合格卷694卷、不合格卷48卷,案卷合格率（含优秀）为96.9%。').length, 1, '1112 / 1160 = 95.9%');
    assert.deepEqual(check(rule, '共抽查案卷1160卷,评定优秀卷418卷、合格卷694卷、不合格卷48卷,案卷合格率（含优秀）为95.9%。'), []);
  });

  it('leaves a pair of counts to the earlier rate they state (公开招标率…,电子化招标率100%), but not by rounding to 100% or against the numerator\'s name', () => {
    assert.deepEqual(check(rule, '依法进行招标的项目共计1186个,其中公开招标1098个,公开招标率92.6%,电子化招标率达到100%。'), []);
    assert.equal(check(rule, '参加考试1318人,参考率99.0%,考试合格1305人,合格率92.7%。').length, 1, '1305 / 1318 = 99.0% is the pass rate\'s, named by 合格');
  });

  it('reads no all-of-them for a facility all of them offer (全部开通…申领服务,申领率)', () => {
    assert.deepEqual(check(rule, '全市79家助产机构全部开通出生医学证明线上申领服务,线上申领率达到86.4%。'), []);
    assert.equal(check(rule, '全市79家助产机构全部开通出生医学证明线上申领,线上申领率达到86.4%。').length, 1, 'all of them did it');
  });

  it('reads no whole-with-中 for a rate of another measure (…卫生院中有6个达标,县域内住院率)', () => {
    assert.deepEqual(check(rule, '全县24个乡镇卫生院中有7个达到国家推荐标准,县域内住院率达到90.6%。'), []);
  });

  it('reads a whole named by the words after its figure (全市9746名持证执法人员中…,占持证执法人员总数的)', () => {
    assert.deepEqual(check(rule, '全市9520名持证执法人员中,市级执法人员2310名、县级执法人员5102名、乡镇（街道）执法人员2108名;具有法律职业资格的执法人员1276名,占持证执法人员总数的13.4%。'), []);
  });

  it('reads no rate whose bracket names a whole no figure gives (贷款率（贷款余额占缴存余额的比例）)', () => {
    assert.deepEqual(check(rule, '全年发放个人住房贷款17.9万笔、571.3亿元;个人住房贷款余额228.6亿元,个人住房贷款率（贷款余额占缴存余额的比例）为73.8%。'), []);
  });

  it('reads no grade or negated count as the whole of another (合格案卷…,不合格案卷…,不合格率), even past a semicolon', () => {
    assert.deepEqual(check(rule, '抽查执法案卷850卷,其中优秀案卷214卷,优秀率25.2%;合格案卷591卷,不合格案卷45卷,不合格率5.3%。'), []);
    const [f, ...rest] = check(rule, '抽查执法案卷850卷,其中优秀案卷214卷,合格案卷591卷,不合格案卷45卷,不合格率6.3%。');
    assert.equal(rest.length, 0);
    assert.equal(f!.zh, '不合格率应为 5.29%(45卷 / 850卷),文中为 6.3%');
  });

  it('reads a share of a target exceeded (超额完成年度任务…的12.1%) as the excess over it', () => {
    assert.deepEqual(check(rule, '全年化解存量债务4.26亿元,超额完成年度任务3.8亿元的12.1%。'), []);
    const [f, ...rest] = check(rule, '淘汰老旧营运柴油货车1426辆,超额完成年度任务1200辆的21.8%。');
    assert.equal(rest.length, 0);
    assert.equal(f!.zh, '超额完成年度任务的应为 18.83%((1426辆 − 1200辆) / 1200辆),文中为 21.8%');
  });

  it('reads no base among counts that each name the rate (养老保险参保人数…,医疗保险参保人数…,参保率)', () => {
    assert.deepEqual(check(rule, '全区职工养老保险参保人数达到21.4万人,居民养老保险参保人数达到3.8万人,医疗保险参保人数达到46.2万人,参保率97.6%。'), []);
    assert.equal(check(rule, '整改核查312个,已整改到位298个,整改率93.5%。').length, 1, 'two that name it: the later, smaller one over the earlier');
    assert.equal(check(rule, '考核中,14个设区市主管部门评为优秀的5个、良好的7个、合格的2个,优秀率40.4%。').length, 1, 'a whole named by the words after it is no sibling');
  });

  it('reads no quality of an activity (垃圾分类准确率) as the share of a count that names the activity', () => {
    assert.deepEqual(check(rule, '辖区154个居民小区生活垃圾分类实现全覆盖,建成垃圾分类示范小区23个,其中省级示范小区5个,垃圾分类准确率达到92%以上。'), []);
  });

  it('reads a base named in a bracket right after the rate (调解成功率为80.5%（按调解组织受理案件计算）)', () => {
    const sentence = (rate: string) => `全年受理争议案件5210件,其中调解组织受理3140件、仲裁机构受理2070件,结案5002件;调解成功2527件,调解成功率为${rate}（按调解组织受理案件计算）。`;
    assert.deepEqual(check(rule, sentence('80.5%')), []);
    const same = (rate: string) => `全年受理争议案件5210件,其中调解组织受理3140件、仲裁机构受理2070件,调解成功2527件,调解成功率为${rate}（按调解组织受理案件计算）。`;
    assert.deepEqual(check(rule, same('80.5%')), []);
    assert.equal(check(rule, same('85.5%'))[0]!.zh, '调解成功率应为 80.48%(2527件 / 3140件),文中为 85.5%');
  });

  it('reads no count stated as a share of the named whole as that whole (…3.47万人,占持证执法人员总数的27.0%;…占执法人员总数的3.2%)', () => {
    assert.deepEqual(check(rule, '全省持证执法人员中具有法律职业资格的达到2.86万人,占持证执法人员总数的26.0%;专职从事法制审核的人员3,520名,约占执法人员总数的3.2%。'), []);
    assert.equal(check(rule, '全省持证执法人员11.0万人;专职从事法制审核的人员3,520名,约占执法人员总数的4.2%。').length, 1, 'a whole of that name is read');
  });

  it('reads the sum of a 、 list right before the count a rate names as its base, where no single count is as large', () => {
    const [f, ...rest] = check(rule, '全年立案查处违法用地案件47件、违法采矿案件8件,结案50件,结案率93.1%。');
    assert.equal(rest.length, 0);
    assert.equal(f!.zh, '结案率应为 90.91%(50件 / (47件 + 8件)),文中为 93.1%');
    assert.deepEqual(f!.related, ['50件', '47件', '8件']);
    assert.deepEqual(check(rule, '全年立案查处违法用地案件47件、违法采矿案件8件,结案50件,结案率90.9%。'), []);
    assert.deepEqual(check(rule, '全年审结2,297件。在审结案件中,维持1,412件、驳回213件,直接纠错198件,直接纠错率8.6%。'), [], 'not a list of sibling outcomes');
  });

  it('reaches past a semicolon only with a numerator that names what the rate measures (湿地面积…,湿地保护率 does not)', () => {
    assert.deepEqual(check(rule, '草原面积38.6万亩,草原综合植被盖度达到78.4%;湿地面积12.3万亩,湿地保护率达到56.8%。'), []);
    assert.equal(check(rule, '共排查矛盾纠纷1,486件;调解成功1,352件,调解成功率97.9%。').length, 1, '调解成功 names it');
  });

  it('reads those who obtained the certificate (取得…执法资格的) as what 持证率 counts', () => {
    assert.equal(check(rule, '现有执法岗位民警1840人,其中取得基本级以上执法资格的1763人,持证率96.4%。')[0]!.zh, '持证率应为 95.82%(1763人 / 1840人),文中为 96.4%');
    assert.deepEqual(check(rule, '现有执法岗位民警1840人,其中取得基本级以上执法资格的1763人,持证率95.8%。'), []);
  });

  it('reads a share of money or output over amounts only, and a share over counts of one unit', () => {
    // `资金占比`, `增加值占…的比重` are not shares of the projects or zones counted before them.
    assert.deepEqual(allFindings('实施产业发展、基础设施等项目46个,其中产业项目31个,产业项目资金占比达到58.2%。'), []);
    assert.deepEqual(allFindings('全市9个省级以上开发区中,国家级开发区3个,开发区规模以上工业增加值占全市的比重达到71.4%。'), []);
    assert.equal(check(rule, '投入衔接资金3.12亿元,其中产业项目资金1.94亿元,产业项目资金占比达到68.2%。')[0]!.zh, '产业项目资金占比应为 62.18%(1.94亿元 / 3.12亿元),文中为 68.2%');
    // People over person-times.
    assert.deepEqual(allFindings('全年开展职业技能培训2.74万人次,新增高技能人才3,180人,高技能人才占技能人才的比重达到31.6%。'), []);
  });

  it('reads no rate of a process as all of the places that built a facility for it', () => {
    assert.deepEqual(allFindings('全县14个建制镇全部建成污水处理设施,建制镇污水处理率达到81.3%。'), []);
    assert.equal(check(rule, '全县14个建制镇全部完成污水处理设施建设,污水处理设施建设完成率达到92.9%。').length, 1);
  });

  it('reads a share of value added named before a change of its ends over no counts (由23.4%提高到31.8%)', () => {
    assert.deepEqual(allFindings('规模以上工业企业由1.26万家增加到1.57万家,营业收入超百亿元的企业由28家增加到41家,战略性新兴产业增加值占规模以上工业增加值的比重由23.4%提高到31.8%。'), []);
  });

  it('adds what was carried over to what was taken in, past the applications refused', () => {
    // 58 / (60 + 4) = 90.6%; 58 / 60 = 96.7% is no reading once 结转 is added.
    const text = (rate: string) => `全年共收到复议申请71件,受理60件、不予受理11件;加上上年结转的4件,全年审结58件,结案率${rate}。`;
    assert.deepEqual(allFindings(text('90.6%')), []);
    assert.equal(check(rule, text('86.2%')).length, 1, 'no reading gives 86.2%');
  });

  it('reads all but the ones excepted with 除…外均 as the rest of the whole (1 − 7/248)', () => {
    const text = (rate: string) => `梳理群众反映的急难愁盼问题248个,除7个问题需跨年度推进外均已办结,办结率${rate}。`;
    assert.deepEqual(allFindings(text('97.2%')), []);
    const [f, ...rest] = check(rule, text('95.2%'));
    assert.equal(rest.length, 0);
    assert.equal(f!.zh, '办结率应为 97.18%(1 − 7个 / 248个),文中为 95.2%');
  });

  it('takes no case ended by mediation (通过调解和解终止) as the base of the corrections', () => {
    // 17 / 131 = 13.0%: the cases concluded, named with 中 in the clause before; 17 / 21 would be 81%.
    assert.deepEqual(allFindings('全年审结复议案件131件;审结案件中,维持76件、驳回14件、撤销8件、确认违法6件、责令履行3件,通过调解和解终止21件,直接纠错17件,直接纠错率13.0%。'), []);
  });

  it('reads a whole named with 中 right before the part (8个断面中7个…) and a label around a short gloss (审（执）结)', () => {
    assert.equal(check(rule, '全县9个省控断面中8个达到或优于Ⅲ类,优良比例92.2%。').length, 1, '8 / 9 = 88.9%');
    assert.deepEqual(allFindings('全县9个省控断面中8个达到或优于Ⅲ类,优良比例88.9%。'), []);
    assert.equal(check(rule, '全年受理案件5316件,审（执）结4827件,结案率86.3%。').length, 1, '4827 / 5316 = 90.8%');
    assert.deepEqual(allFindings('全年受理案件5316件,审（执）结4827件,结案率90.8%。'), []);
  });

  it('reads a share that names its part past the part\'s own growth (其中X…,增长2.4%,X占…的比重)', () => {
    const text = (share: string) => `全年一般公共预算收入186.35亿元,比上年增长4.2%;其中税收收入139.72亿元,增长3.6%,税收收入占一般公共预算收入的比重为${share}。`;
    assert.equal(check(rule, text('77.0%')).length, 1, '139.72 / 186.35 = 74.98%');
    assert.deepEqual(allFindings(text('75.0%')), []);
  });

  it('reads 执结 as cases concluded for 结案率', () => {
    assert.equal(check(rule, '全年受理执行案件21,436件,执结19,872件,结案率89.1%。').length, 1, '19872 / 21436 = 92.7%');
    assert.deepEqual(allFindings('全年受理执行案件21,436件,执结19,872件,结案率92.7%。'), []);
  });

  it('reads a part\'s bare share after its whole\'s share of a named whole as of that named whole', () => {
    // 61.4 / 0.216 = 284.3 residents: 43.8 of them is 15.4%, not 43.8 / 61.4 = 71.3%.
    assert.deepEqual(allFindings('年末60岁及以上人口61.4万人,占常住人口的21.6%,其中65岁及以上人口43.8万人,占15.4%。'), []);
    assert.equal(check(rule, '年末60岁及以上人口61.4万人,其中65岁及以上人口43.8万人,占78.2%。').length, 1, 'with no share of its own, the whole is the base');
  });
});
