/**
 * The relations layer read on its own: which figures each reader ties together, with what words,
 * and how it was read (explicit or inferred). The checks' own tests cover what is published.
 */
import * as assert from 'node:assert/strict';
import { Figure } from '../../server/src/analysis/figures';
import { parseReport } from '../../server/src/analysis/parseReport';
import { relationsOf } from '../../server/src/analysis/relations/index';
import { assessBreakdown } from '../../server/src/analysis/relations/breakdownAssessment';
import { assessChange } from '../../server/src/analysis/relations/changeAssessment';
import { listCountAgrees } from '../../server/src/analysis/relations/lists';

function read(text: string) {
  const model = parseReport(text);
  const w = (f: Figure | undefined) => (f ? text.slice(f.quantity.span.start, f.quantity.span.end) : '-');
  return { model, relations: relationsOf(model), w };
}

describe('relations: rates', () => {
  const stated = (text: string) => {
    const { relations, w } = read(text);
    return relations.rates.map((r) => r.statedBy === undefined ? 'unstated' : `${r.statedBy} ${r.stated.map((s) => `${s.numerator.map(w).join('+')}/${s.denominators.map(w).join('+')}`).join(' ')} ${r.agrees ? 'agrees' : 'contradicts'}`);
  };

  it('names the numerator by the rate, by its head too (`实际出庭` for `出庭应诉率`)', () => {
    assert.deepEqual(stated('调解纠纷2140件,调解成功2036件,成功率95.3%。'), ['stem 2036件/2140件 contradicts']);
    assert.deepEqual(stated('应出庭64件,实际出庭64件,出庭应诉率100%。'), ['ought 64件/64件 agrees']);
    assert.deepEqual(stated('区属各部门应当出庭案件64件,实际出庭64件,出庭应诉率95%。'), ['ought 64件/64件 contradicts']);
  });

  it('reads shares: a bare 占比 after a part, a whole named in the rate, a whole marked by 中, 的 after the whole', () => {
    assert.deepEqual(stated('总装机8240万千瓦,新能源装机3390万千瓦、占比41.1%。'), ['share 3390万千瓦/8240万千瓦 agrees']);
    assert.deepEqual(stated('全年办理案件312件,其中不予处罚案件143件,占适用清单案件的45.8%。'.replace('全年办理', '全年适用清单办理')), ['namedWhole 143件/312件 agrees']);
    assert.deepEqual(stated('城区170个住宅小区中已有162个实行垃圾分类,覆盖率95.3%。'), ['whole 162个/170个 agrees']);
    assert.deepEqual(stated('城镇新增就业3.42万人,完成年度目标任务3.2万人的106.9%。'), ['ofWhole 3.42万人/3.2万人 agrees']);
    assert.deepEqual(stated('持卡人数183.6万人,覆盖常住人口(188.9万人)的97.2%。'), ['ofWhole 183.6万人/188.9万人 agrees']);
  });

  it('reads every one of them (`均`), a fraction in brackets, and 分别 lists of rates', () => {
    assert.deepEqual(stated('发文共25件,均经审核并报送备案,报备率达94%。'), ['all 25件/25件 contradicts']);
    assert.deepEqual(stated('出庭应诉率100%(实际出庭45件/应出庭45件)。'), ['fraction 45件/45件 agrees']);
    assert.deepEqual(stated('收到检察建议6份,已全部按期回复,回复率90%。'), ['all 6份/6份 contradicts'], '已 may stand before 全部');
    assert.deepEqual(stated('收到检察建议6份,已全部按期回复,回复率100%。'), ['all 6份/6份 agrees']);
    assert.deepEqual(stated('城区饮用水水源地水质达标率90%(12个水源地全部达标)。'), ['all 12个/12个 contradicts'], 'every one of the count in brackets');
    assert.deepEqual(stated('城区饮用水水源地水质达标率100%(12个水源地全部达标)。'), ['all 12个/12个 agrees']);
    assert.deepEqual(stated('城区饮用水水源地水质达标率90%(12个水源地全部建成监测站)。'), [], '全部 of another deed says nothing of the rate');
    assert.deepEqual(stated('评查案卷512卷,其中优秀95卷、合格393卷、不合格24卷,优秀率、合格率分别为18.6%、76.8%。'), ['stem 95卷/512卷 agrees', 'stem 393卷/512卷 agrees']);
  });

  it('reads a share at both ends of a change, and a base before a semicolon', () => {
    assert.deepEqual(stated('总装机由1180万千瓦增至1726万千瓦,其中新能源装机由186万千瓦增至642万千瓦、占比由15.8%提高到37.2%。'), ['share 186万千瓦/1180万千瓦 agrees', 'share 642万千瓦/1726万千瓦 agrees']);
    const across = read('排查纠纷1486件,其中婚姻纠纷398件;调解成功1452件,调解成功率97.9%。').relations.rates[0]!;
    assert.equal(across.acrossClauses, true);
    assert.equal(across.agrees, false);
  });

  it('reads the share of a 分别 list of parts, the later end of a share, and completions over any count before', () => {
    assert.deepEqual(stated('总产值412.7亿元,其中三大产业产值分别达到138.6亿元、96.4亿元、82.8亿元,占总产值比重86.2%。'), ['namedWhole 138.6亿元+96.4亿元+82.8亿元/412.7亿元 contradicts']);
    assert.deepEqual(stated('总产值1186.4亿元,其中高新技术产业产值549.3亿元,占总产值比重由42.6%提高到46.3%。'), ['unstated', 'share 549.3亿元/1186.4亿元 agrees']);
    assert.deepEqual(stated('新增就业5.1万人,其中返乡就业1.2万人,完成年度任务4.5万人的113.3%。'), ['ofWhole 5.1万人/4.5万人 1.2万人/4.5万人 agrees']);
  });

  it('states no reading where the words name no numerator, and clears a rate any admissible reading gives', () => {
    assert.deepEqual(stated('培训执法人员1200人次,满意率98.5%。'), ['unstated']);
    assert.deepEqual(stated('事项由420项压减至260项、压减率38.1%。'), ['stem 260项/420项 agrees'], 'the change over the earlier count is admissible');
  });

  it('reads a plan and its completion, and never takes an activity or a sibling outcome for what a rate counts', () => {
    assert.deepEqual(stated('年度计划投资40.0亿元,实际完成投资42.4亿元,完成率98.0%。'), ['ought 42.4亿元/40.0亿元 contradicts']);
    assert.deepEqual(stated('市本级计划抽查企业200家,实际抽查210家,计划完成率95.0%。'), ['ought 210家/200家 contradicts'], 'any rate of completion is of the plan, past words of scope');
    assert.deepEqual(stated('市本级计划抽查企业200家,实际抽查210家,计划完成率105.0%。'), ['ought 210家/200家 agrees']);
    assert.deepEqual(stated('市本级计划抽查企业200家,实际抽查210家,合格率95.0%。').filter((r) => r.startsWith('ought')), [], 'a plan is no base of another rate');
    assert.deepEqual(stated('抽查案卷900卷,其中省级抽查300卷、市级交叉评查600卷,评查合格率96.5%。'), ['unstated'], '评查 is the review every file had, 合格 what is rated');
    assert.deepEqual(stated('审结案件中,维持和驳回500件,撤销、变更等直接纠错100件,终止的150件,直接纠错率13.3%。'), ['unstated'], 'the cases upheld are not the base of the corrections');
    assert.deepEqual(stated('调解矛盾纠纷1200件,调解成功1150件,调解成功率95.8%。'), ['stem 1150件/1200件 agrees'], 'a count of the mediations is the base of their success');
  });

  it('reads what a rate measures by its own words: on time, by amount, last year\'s, a part no figure counts', () => {
    assert.deepEqual(stated('办理申请300件,已答复296件,其余4件尚在期限内,按期答复率100%。'), ['unstated'], '按期 counts only what was answered on time');
    assert.deepEqual(stated('受理申请500件,法定期限内审结490件,按期结案率98.0%。'), ['stem 490件/500件 agrees'], 'within the time allowed is on time');
    assert.deepEqual(stated('核查欠款问题50笔、金额2.00亿元,已清偿45笔、金额1.60亿元,按金额计算清偿率80.0%。'), ['unstated'], 'by amount: the counts are not its figures');
    assert.deepEqual(stated('本年网上申请600件,占全部申请的40.0%,上年网上申请300件,占比25.0%。'), ['unstated', 'unstated'], 'last year\'s count is a share of last year\'s whole');
    assert.deepEqual(stated('排查纠纷5000件,化解4800件,化解率96.0%,其中在村一级化解的占80.0%。'), ['stem 4800件/5000件 agrees'], 'the share of a part no figure counts is not read');
    assert.deepEqual(stated('服务事项1000项,其中可网办事项由800项增至950项,网办率95.0%。'), ['stem 950项/1000项 agrees'], 'a rate speaks of the later end of a change');
  });

  it('reads a bare 占 that names its part before it, by the part\'s words and what is measured of it', () => {
    assert.deepEqual(stated('完成投资50.0亿元,其中道路30.0亿元、管网20.0亿元,道路投资占65.0%。'), ['share 30.0亿元/50.0亿元 contradicts']);
    assert.deepEqual(stated('完成投资50.0亿元,其中道路30.0亿元、管网20.0亿元,道路投资占60.0%。'), ['share 30.0亿元/50.0亿元 agrees']);
    assert.deepEqual(stated('低保对象5.00万人,其中城市低保1.00万人、农村低保4.00万人,农村低保对象占80.0%。'), ['share 4.00万人/5.00万人 agrees'], 'the part right before');
    assert.deepEqual(stated('完成投资50.0亿元,其中道路30.0亿元、管网20.0亿元,绿化投资占65.0%。'), ['unstated'], 'a part no figure counts');
    assert.deepEqual(stated('全县20所学校全部达标,其中8所达到示范标准,占45.0%。'), ['share 8所/20所 contradicts'], 'past the part\'s own words');
    assert.deepEqual(stated('政务服务事项80项,其中“即办件”48项,即办件占比65.0%。'), ['share 48项/80项 contradicts'], 'a part named in quotes');
    assert.deepEqual(stated('进驻事项500项,其中实现“一窗通办”450项,比例达到95.0%。'), ['share 450项/500项 contradicts'], 'a bare 比例 after a part');
    assert.deepEqual(stated('进驻事项500项,其中实现“一窗通办”450项,比例达到90.0%。'), ['share 450项/500项 agrees']);
    assert.deepEqual(stated('政务服务事项80项,其中“即办件”48项,即办件占比60.0%。'), ['share 48项/80项 agrees']);
    assert.deepEqual(stated('政务服务事项80项,其中“即办件”48项,承诺件占比65.0%。'), ['unstated'], 'another name than the quoted one');
    assert.deepEqual(stated('全县20所学校全部达标,其中8所达到示范标准,占40.0%。'), ['share 8所/20所 agrees']);
  });

  it('reads the whole a clause opened with 中 points back to (审结案件中,…;纠错41件,占审结案件的)', () => {
    const text = (r: string) => `已审结200件,审结率90.0%。审结案件中,维持150件、驳回20件、撤销10件;纠错24件,占审结案件的${r}。`;
    assert.deepEqual(stated(text('15.0%')).slice(-1), ['namedWhole 24件/200件 contradicts']);
    assert.deepEqual(stated(text('12.0%')).slice(-1), ['namedWhole 24件/200件 agrees']);
    assert.deepEqual(stated('已审结200件。\n审结案件中,维持150件;纠错24件,占审结案件的15.0%。').slice(-1), ['unstated'], 'not across a paragraph');
  });

  it('reads the whole of a share named after its figure (占全年527件行政处罚决定的)', () => {
    assert.deepEqual(stated('开展法制审核120件,占全年480件行政处罚决定的30.0%。'), ['ofWhole 120件/480件 contradicts']);
    assert.deepEqual(stated('开展法制审核120件,占全年480件行政处罚决定的25.0%。'), ['ofWhole 120件/480件 agrees']);
    assert.deepEqual(stated('开展法制审核120件,涉及480件行政处罚决定的25.0%。'), [], 'without 占 the figure is no whole');
  });

  it('reads the whole of a share in brackets right after it', () => {
    assert.deepEqual(stated('国土面积2000平方公里(折合300.0万亩),林地面积250.0万亩,森林面积200.0万亩,森林覆盖率66.7%。').map((r) => r.split(' ').pop()), ['agrees'], 'a figure restated in brackets is a count too');
    assert.deepEqual(stated('建成智慧小区120个,占全县住宅小区的80.0%(全县住宅小区150个)。'), ['whole 120个/150个 agrees']);
    assert.deepEqual(stated('参保28.00万人,参保率90.0%(应参保29.00万人)。'), ['whole 28.00万人/29.00万人 contradicts']);
    assert.deepEqual(stated('受理案件120件,办结率95.0%(其中疑难案件12件)。'), ['unstated'], 'a bracket not naming the whole is no whole');
  });

  it('reads the part a share names before 占, not the nearest count', () => {
    assert.deepEqual(stated('经营主体1000户,其中企业300户、个体户650户、合作社50户,企业占经营主体总量的比重为30.0%。'), ['namedWhole 300户/1000户 agrees']);
    assert.deepEqual(stated('经营主体1000户,其中企业300户、个体户650户、合作社50户,企业占经营主体总量的比重为35.0%。'), ['namedWhole 300户/1000户 contradicts']);
  });

  it('reads a share that names its whole over that whole only, never a sibling that fits by chance', () => {
    assert.deepEqual(stated('全年新增经营主体5000户,其中新设企业2000户、个体工商户3000户,企业占新增经营主体的比重为40.0%。'), ['namedWhole 2000户/5000户 agrees']);
    assert.deepEqual(stated('全年新增经营主体5000户,其中新设企业2000户、个体工商户3000户,企业占新增经营主体的比重为66.7%。'), ['namedWhole 2000户/5000户 contradicts'], '2000 / 3000 is the wrong base');
  });

  it('reads the part a share names with the year left out, its characters in order', () => {
    const text = (rate: string) => `新增新能源装机容量50万千瓦,累计并网装机达到200万千瓦,其中风电120万千瓦、光伏80万千瓦,当年新增装机占累计并网装机的${rate}。`;
    assert.deepEqual(stated(text('25.0%')), ['namedWhole 50万千瓦/200万千瓦 agrees']);
    assert.deepEqual(stated(text('30.0%')), ['namedWhole 50万千瓦/200万千瓦 contradicts']);
  });

  it('reads a whole named at length in the sentence before, of the same paragraph', () => {
    const text = (rate: string) => `全年完成交通建设投资40.0亿元,比上年增长8.1%。从资金来源看,争取上级补助资金10.0亿元,占全年完成交通投资的${rate}。`;
    assert.deepEqual(stated(text('25.0%')).slice(-1), ['namedWhole 10.0亿元/40.0亿元 agrees']);
    assert.deepEqual(stated(text('30.0%')).slice(-1), ['namedWhole 10.0亿元/40.0亿元 contradicts']);
    assert.deepEqual(stated('全县公安窗口全年办理户籍业务4.00万笔。网上办理业务1.00万笔,占窗口业务总量的30.0%。'), ['unstated'], 'a name split wide is of another thing');
    assert.deepEqual(stated('全年完成交通建设投资40.0亿元。\n争取上级补助资金10.0亿元,占全年完成交通投资的30.0%。'), ['unstated'], 'not across paragraphs');
  });

  it('reads `由14个精简为9个` as a change, whose later end is the whole of what is left', () => {
    const { relations, w } = read('内设机构由14个精简为9个,其中综合类机构6个,占内设机构总数的66.7%。');
    assert.deepEqual(relations.changes.map((c) => `${w(c.prior)}→${w(c.current)}`), ['14个→9个']);
    assert.deepEqual(stated('内设机构由14个精简为9个,其中综合类机构6个,占内设机构总数的66.7%。'), ['namedWhole 6个/9个 agrees']);
    assert.deepEqual(stated('内设机构由14个精简为9个,其中综合类机构6个,占内设机构总数的71.4%。'), ['namedWhole 6个/9个 contradicts']);
  });

  it('never takes a sibling for a base, reads grades as cumulative and a rate of two things joined as of their sum', () => {
    assert.deepEqual(stated('抽查案卷200卷,其中优秀60卷、良好100卷、合格30卷,合格率95.0%。').map((r) => r.split(' ').pop()), ['agrees'], '合格 includes the grades above it');
    assert.deepEqual(stated('抽查案卷200卷,其中优秀60卷、良好100卷、合格30卷,合格率90.0%。'), ['stem 30卷/200卷 contradicts']);
    assert.deepEqual(stated('全市900个行政村、300个社区全部配备法律顾问,法律顾问覆盖率100%。'), ['unstated'], 'the villages are no whole of the communities');
    assert.deepEqual(stated('办理建议200件、提案300件,其中满意的450件、基本满意的40件,满意和基本满意率98.0%。'), ['unstated'], 'no single count names a rate of two things joined');
    assert.deepEqual(stated('需征收房屋500户,已签约490户,签约率98.0%。'), ['stem 490户/500户 agrees'], '签约 is a word, not an approximate 490');
  });

  it('takes for bases what was carried over, the total a part was singled out of, and the whole named with 中 before', () => {
    assert.deepEqual(stated('新收案件1000件,加上上年结转100件,全年审结990件,结案率90.0%。'), ['stem 990件/1000件 agrees']);
    assert.deepEqual(stated('新收案件1000件,加上上年结转100件,全年审结990件,结案率93.0%。'), ['stem 990件/1000件 contradicts']);
    assert.deepEqual(stated('一审行政诉讼案件200件;其中开庭审理150件,出庭应诉率100%;败诉10件,败诉率5.0%。').map((r) => r.split(' ').pop()).slice(-1), ['agrees']);
    assert.deepEqual(stated('审结80件,结案率100%。审结案件中维持60件、撤销6件、确认违法2件、终止12件,被纠错率10.0%。').slice(-1), ['stem 6件+2件/80件 agrees']);
    assert.deepEqual(stated('抽查案卷500卷,其中优秀200卷、良好200卷、合格80卷、不合格20卷,合格率96.0%。').map((r) => r.split(' ').pop()), ['agrees'], 'the negation counts the rest');
  });

  it('finds the base a rate\'s kind implies, for the GRIM test', () => {
    const { relations, w } = read('行政诉讼案件收案14件,办结8件,胜诉率93%。');
    assert.deepEqual(relations.rateBases.map((b) => `${w(b.base)} ${b.reachable}`), ['8件 false']);
  });
});

describe('relations: breakdowns', () => {
  const breakdowns = (text: string) => {
    const { relations, w } = read(text);
    return relations.breakdowns.map((b) => {
      const a = assessBreakdown(b);
      const verdict = a.sumAgrees === false || a.partAbove || a.sumAbove ? 'contradicts' : 'agrees';
      return `${b.form}${b.exhaustive ? '!' : ''}${b.disjoint ? '+' : ''} ${w(b.total)} ← ${b.parts.map(w).join(',')} ${verdict}`;
    });
  };

  it('reads the rest of a count before two siblings, overlapping parts, parts in brackets, and no stock as another stock\'s part', () => {
    assert.deepEqual(breakdowns('受理申请500件,作出认定决定440件,作出不予认定决定40件,其余20件尚在办理。'), ['totalThenList!+ 500件 ← 440件,40件,20件 agrees']);
    assert.deepEqual(breakdowns('反馈问题60个,已整改58个,其余2个正在推进。'), ['totalThenList!+ 60个 ← 58个,2个 agrees']);
    assert.deepEqual(breakdowns('将300户列入经营异常名录,将80户列入失信名单,另有500户被标记为异常。'), [], '另有 adds another group');
    assert.deepEqual(breakdowns('甲、乙两类分别新增12项和44项,累计分别达到64项和288项。'), ['subset 64项 ← 12项 agrees', 'subset 288项 ← 44项 agrees'], 'increments and stocks joined by 和, in order');
    assert.deepEqual(breakdowns('需征收房屋500户,已签约490户,签约率98.0%,其中住宅450户、非住宅50户。'), ['subset+ 490户 ← 450户,50户 agrees'], 'past a rate, 其中 may speak of its base');
    assert.deepEqual(breakdowns('清单事项调整为4000项,较上年精简300项,其中行政许可200项、行政处罚2800项。'), ['subset+ 4000项 ← 200项,2800项 agrees'], 'a cut against last year is no total');
    assert.deepEqual(breakdowns('办理建议200件、提案300件,均按期办复,其中满意的450件。'), [], 'the outcome of a list is of all of it');
    assert.deepEqual(breakdowns('肉类总产量5.00万吨、牛奶产量12.0万吨。'), [], '肉类 qualifies the total, not the milk');
    assert.deepEqual(breakdowns('审结73件,其中胜诉68件(驳回诉讼请求51件、原告撤诉17件)、败诉5件。'), ['subset+ 73件 ← 68件,5件 agrees', 'totalThenList!+ 68件 ← 51件,17件 agrees'], 'a bracket breaks a part down; it is no part beside it');
    assert.deepEqual(breakdowns('纠错的案件7件。以本局为被告(含共同被告)的诉讼案件审结73件。'), [], '含 inside a closed bracket glosses a word');
    assert.deepEqual(breakdowns('审查文件17件。清理含有地方保护内容的条款,共清理96件。'), [], '含有 is a verb, not the cue 含');
    assert.deepEqual(breakdowns('受理300件。加上上年结转的20件,全年审结310件,尚有10件在审理。'), [], 'what was carried over is no whole');
    assert.deepEqual(breakdowns('实施项目120个,完成投资80.0亿元,其中产业类项目70个、完成投资86.0亿元。'), ['subset 120个 ← 70个 agrees', 'subset 80.0亿元 ← 86.0亿元 contradicts'], 'the part\'s own figure of another unit, named as the total\'s');
    assert.deepEqual(breakdowns('一级古树100株、二级古树400株、三级古树2600株,300年以上的古树合计500株。'), ['listThenTotal!+ 500株 ← 100株,400株 agrees'], 'a total bounded by a threshold is of the first parts');
    assert.deepEqual(breakdowns('审核决策事项3项、合同协议58件、其他文件126件,合计187件。'), [], 'a list that runs on in another unit');
    assert.deepEqual(breakdowns('签约项目63个,其中10亿元以上项目9个,协议投资326.0亿元,签约项目中,工业项目41个、农业项目12个、服务业项目10个。'), ['subset 63个 ← 9个 agrees'], 'a whole named with 中 opens a breakdown of its own');
    assert.deepEqual(breakdowns('查办案件共300件,分别为甲类100件、乙类150件、丙类60件。'), ['totalThenList!+ 300件 ← 100件,150件,60件 contradicts'], 'a total with 共 broken down after it');
    assert.deepEqual(breakdowns('定点医疗机构900家,其中住院直接结算150家、门诊直接结算900家。'), ['subset+ 900家 ← 150家,900家 agrees'], 'a part as large as the whole: the parts overlap');
    assert.ok(breakdowns('承办建议40件(其中主办25件、协办15件)、提案50件(其中主办30件、协办20件)。').every((b) => b.endsWith('agrees')), 'the proposals are no part of the suggestions');
    assert.deepEqual(breakdowns('职工医保基金累计结存100.0亿元、居民医保基金累计结存30.0亿元。'), []);
    assert.deepEqual(breakdowns('修订总体应急预案1个、专项应急预案16个。'), [], '总体 is the master plan, not a total');
    assert.deepEqual(breakdowns('基金收入100.0亿元,支出90.0亿元,结余10.0亿元。其中职工医保收入70.0亿元、支出60.0亿元。'), ['clauseTable!+ 100.0亿元 ← 90.0亿元,10.0亿元 agrees'], 'parts naming two of the totals break down the list (the fund\'s own income is its spending and balance)');
  });

  it('reads lists closed by a total, and the members of a team', () => {
    assert.deepEqual(breakdowns('共清理文件:保留61件、修改14件、废止11件,共计86件。'), ['listThenTotal!+ 86件 ← 61件,14件,11件 agrees']);
    assert.deepEqual(breakdowns('组建由5名律师、2名学者、3名公职律师组成的9人顾问团。'), ['listThenTotal!+ 9人 ← 5名,2名,3名 contradicts']);
  });

  it('reads parts after 其中 joined by 、 or by commas that name things of one kind', () => {
    assert.deepEqual(breakdowns('公证事项共1060件,其中国内民事公证985件,涉外公证102件。'), ['subset+ 1060件 ← 985件,102件 contradicts']);
    assert.deepEqual(breakdowns('培训640人,其中继续教育590人,通过考试取得执法证571人。'), ['subset 640人 ← 590人 agrees'], 'parts that may overlap are not summed');
  });

  it('takes the figure right before 其中 as its total, and pairs the ends of two changes', () => {
    // (The applications accepted are a part of those received, too.)
    assert.deepEqual(breakdowns('共收到申请268件,受理251件,审结222件,其中维持158件、撤销14件、驳回21件、终止32件。'), ['subset+ 222件 ← 158件,14件,21件,32件 contradicts', 'subset 268件 ← 251件 agrees']);
    assert.deepEqual(breakdowns('机动车保有量由1840万辆增至2310万辆,其中新能源车由38万辆增至2460万辆。'), ['subset 1840万辆 ← 38万辆 agrees', 'subset 2310万辆 ← 2460万辆 contradicts']);
  });

  it('reads a threshold after 其中 as the category, and the part counted after it', () => {
    assert.deepEqual(breakdowns('安排重点项目1160个、总投资8620亿元,其中10亿元以上项目176个。'), ['subset 1160个 ← 176个 agrees']);
    assert.deepEqual(breakdowns('示范村36个,厕所普及率78.6%,集体收入全部达到10万元以上,其中50万元以上的村186个。'), [], 'a count three clauses back is not the total');
    assert.deepEqual(breakdowns('常住人口1086.3万人,比上年末增加12.8万人。'), ['subset 1086.3万人 ← 12.8万人 agrees']);
  });

  it('never sums parts named by attributes of people, which may overlap', () => {
    assert.deepEqual(breakdowns('职工5000人,其中女职工3000人,少数民族职工2500人。'), ['subset 5000人 ← 3000人,2500人 agrees']);
    assert.deepEqual(breakdowns('职工5000人,其中女职工3000人、党员1800人。'), ['subset 5000人 ← 3000人,1800人 agrees']);
  });

  it('never takes a difference, a figure per head or a threshold for a total or a part', () => {
    assert.deepEqual(breakdowns('安排资金8600万元,比上年增加1200万元,其中省级补助5000万元。'), ['subset 8600万元 ← 5000万元 agrees', 'subset 8600万元 ← 1200万元 agrees'], 'the rise over last year is within the level too');
    assert.deepEqual(breakdowns('食品抽检量每千人6.6批次,其中开展快检5万批次。'), []);
    assert.deepEqual(breakdowns('对注册资本50万元以上、500万元以下的企业,共补助120家。'), []);
  });

  it('reads a year\'s figure against the stock it brings, a whole named with 中, and a total\'s own noun again', () => {
    assert.deepEqual(breakdowns('新增口袋公园86座,累计达到940座。'), ['subset 940座 ← 86座 agrees']);
    assert.deepEqual(breakdowns('充电站增加43个、达到39个。'), ['subset 39个 ← 43个 contradicts']);
    assert.deepEqual(breakdowns('营商环境47项指标中有18项达到先进水平。'), ['subset 47项 ← 18项 agrees']);
    assert.deepEqual(breakdowns('抽查的150卷案卷中仍有18卷存在瑕疵。'), ['subset 150卷 ← 18卷 agrees'], 'what is still left (仍有, 尚有) is in the whole too');
    assert.deepEqual(breakdowns('抽查的150卷案卷中尚有180卷存在瑕疵。'), ['subset 150卷 ← 180卷 contradicts']);
    assert.deepEqual(breakdowns('规划共设置31项指标,人均收入等5项指标不及预期。'), ['subset 31项 ← 5项 agrees']);
  });

  it('reads the rest after 其中 parts, unless it is the rest of the total before', () => {
    assert.deepEqual(breakdowns('审查文件83件,其中合同64件、规范性文件4件、决策事项5件,其余10件。'), ['subset!+ 83件 ← 64件,4件,5件,10件 agrees']);
    assert.deepEqual(breakdowns('受理案件50件;审结46件,其中维持40件、撤销6件,其余4件正在办理。'), ['subset+ 46件 ← 40件,6件 agrees']);
    assert.deepEqual(breakdowns('进出口总额156.3亿元,其中出口112.6亿元、进口41.7亿元。'), ['subset!+ 156.3亿元 ← 112.6亿元,41.7亿元 contradicts', 'subset 156.3亿元 ← 112.6亿元 agrees'], 'the total by its name (进出口总额) holds 出口 too');
    assert.deepEqual(breakdowns('完成改造120户,另新建30户。'), []);
  });

  it('reads stocks paired in order, the stock before its increment, a noun before 总数, parts in brackets, a last item after 以及', () => {
    assert.deepEqual(breakdowns('新增国家级企业2家、省级企业17家,累计分别达到5家、63家。'), ['subset 5家 ← 2家 agrees', 'subset 63家 ← 17家 agrees']);
    assert.deepEqual(breakdowns('规上工业企业达到238家,净增21家。'), ['subset 238家 ← 21家 agrees']);
    assert.deepEqual(breakdowns('新登记经营主体2.11万户,经营主体总数达到18.42万户。'), ['subset 18.42万户 ← 2.11万户 agrees']);
    assert.deepEqual(breakdowns('义务教育学校77所(58所小学、19所初中)。'), ['totalThenList!+ 77所 ← 58所,19所 agrees']);
    assert.deepEqual(breakdowns('新建学校13所,包括幼儿园5所、小学4所、初中3所以及高中2所。'), ['totalThenList+ 13所 ← 5所,4所,3所,2所 contradicts']);
    assert.deepEqual(breakdowns('审结6件,其中维持4件,确认违法1件,撤诉1件。'), ['subset+ 6件 ← 4件,1件,1件 agrees'], 'outcomes of concluded cases do not overlap');
  });

  it('reads 其中 after a list of totals, after a count that does not name the parts, and never a share\'s base as a part', () => {
    assert.deepEqual(breakdowns('办理代表建议100件、政协提案150件,其中主办220件、协办30件。'), [], 'the parts are of both totals together');
    assert.deepEqual(breakdowns('办理代表建议100件、政协提案150件,其中代表建议主办90件、协办10件,政协提案主办140件、协办10件。'), ['subset+ 100件 ← 90件,10件 agrees', 'subset+ 150件 ← 140件,10件 agrees'], 'each group names its own total');
    assert.deepEqual(breakdowns('办理代表建议85件、政协提案150件,其中代表建议主办90件、协办10件,政协提案主办140件、协办10件。'), ['subset+ 85件 ← 90件,10件 contradicts', 'subset+ 150件 ← 140件,10件 agrees']);
    assert.deepEqual(breakdowns('查办案件1500件,办结1400件,其中一般程序案件1000件、简易程序案件500件。'), ['subset+ 1400件 ← 1000件,500件 agrees'], 'their sum may be of the earlier count, which names 案件');
    assert.equal(read('查办案件1500件,办结1400件,其中一般程序案件1000件、简易程序案件500件。').relations.breakdowns[0]!.totals.length, 2);
    assert.deepEqual(breakdowns('四项减排量分别为2000吨、150吨、1200吨和700吨,其中氮氧化物减排量完成年度任务1100吨的109.1%。'), []);
    assert.deepEqual(breakdowns('全体居民人均可支配收入36000元,其中城镇居民45000元。'), [], 'a figure per head is no total');
    assert.deepEqual(breakdowns('新增龙头企业20家、总数达到180家,其中国家级龙头企业190家。'), ['subset 180家 ← 190家 contradicts', 'subset 180家 ← 20家 agrees'], 'an increment and its stock are no list of totals');
  });

  it('reads outcomes of the cases concluded, the rest after 其余, and dispositions with a negation', () => {
    assert.deepEqual(breakdowns('清理政策文件12件,修订5件、废止7件。'), ['totalThenList+ 12件 ← 5件,7件 agrees'], 'outcomes listed together are siblings of one whole, not one of the other');
    assert.deepEqual(breakdowns('受理申请80件,另有上年结转申请4件,全年办结79件,其余5件依法延期答复。'), [], 'a figure added with 另有 is not the whole');
    assert.deepEqual(breakdowns('审结29件,维持27件,纠错4件。'), ['totalThenList+ 29件 ← 27件,4件 contradicts']);
    assert.deepEqual(breakdowns('反馈问题59个,已整改57个,其余2个正在整改。'), ['totalThenList!+ 59个 ← 57个,2个 agrees']);
    assert.deepEqual(breakdowns('2021年共新收申请140件,受理申请111件,受理前调撤31件,告知5件,不予受理4件。'), ['clauseTable!+ 140件 ← 111件,31件,5件,4件 contradicts']);
    assert.deepEqual(breakdowns('对44件政策性文件进行清理,经清查后依法废止54件。'), ['subset 44件 ← 54件 contradicts']);
  });
});

describe('relations: changes', () => {
  const changes = (text: string) => {
    const { model, relations, w } = read(text);
    return relations.changes.map((c) => {
      const a = assessChange(model, c);
      const verdict = [a.sum && `sum ${a.sum.agrees}`, a.growth && `growth ${a.growth.agrees}`, a.grim && `grim ${a.grim.agrees}`, a.unchecked].filter(Boolean).join(' ');
      return `${w(c.current)} ${w(c.prior)} ${w(c.delta)} ${w(c.rate)} ${c.basis} ${verdict}`;
    });
  };

  it('reads now, before, the difference and the growth, in the orders reports use', () => {
    assert.deepEqual(changes('收到申请274件,较上年的251件增加23件,增长9.2%。'), ['274件 251件 23件 9.2% nominal sum true growth true']);
    assert.deepEqual(changes('集装箱吞吐量由2024年的168万标箱增至186万标箱,增长12.4%。'), ['186万标箱 168万标箱 - 12.4% nominal growth false']);
    assert.deepEqual(changes('立案查处案件156件,同比增长18.2%(2023年为128件)。'), ['156件 128件 - 18.2% nominal growth false']);
    assert.deepEqual(changes('受理行政复议案件67件,同比增长200%。'), ['67件 - - 200% nominal grim false']);
  });

  it('pairs growths listed with 分别 with their figures and last year\'s, in order', () => {
    assert.deepEqual(changes('办理许可28.6万件、处罚4.27万件,分别较上年的26.9万件、4.51万件增长6.3%、下降5.3%。'), ['28.6万件 26.9万件 - 6.3% nominal growth true', '4.27万件 4.51万件 - 5.3% nominal growth true']);
    assert.deepEqual(changes('发生事故9起、死亡7人,同比分别下降18.2%、26.9%(2023年分别为11起、9人)。'), ['9起 11起 - 18.2% nominal growth true', '7人 9人 - 26.9% nominal growth false']);
  });

  it('reads a net rise after the two ends, points between two shares, and a growth that names an earlier figure', () => {
    assert.deepEqual(changes('规上工业企业由2020年的90家增加到2025年的150家,净增60家。'), ['150家 90家 60家 - nominal sum true']);
    assert.deepEqual(changes('全年净增科技企业40家,总数达到240家,增长20.0%。'), ['240家 - 40家 20.0% nominal growth true']);
    assert.deepEqual(changes('全年净增科技企业40家,总数达到240家,增长16.7%。'), ['240家 - 40家 16.7% nominal growth false'], 'the growth is over 240 − 40');
    assert.deepEqual(changes('城镇化率由50.2%提高到56.8%,提高6.8个百分点。'), ['56.8% 50.2% 6.8个百分点 - nominal sum false']);
    assert.deepEqual(changes('核心产业增加值占比10.2%,较上年的8.9%提高1.3个百分点。'), ['10.2% 8.9% 1.3个百分点 - nominal sum true']);
    assert.deepEqual(changes('核心产业增加值占比10.2%,较上年的8.9%提高1.1个百分点。'), ['10.2% 8.9% 1.1个百分点 - nominal sum false']);
    assert.deepEqual(changes('完成进出口总额500.0亿元,其中出口320.0亿元、进口180.0亿元,进出口总额较上年的460.0亿元增长8.7%。'), ['500.0亿元 460.0亿元 - 8.7% nominal growth true']);
    assert.deepEqual(changes('网络零售额300.0亿元,其中实物商品网络零售额250.0亿元、服务类网络零售额50.0亿元,网络零售额较上年的270.0亿元增长11.1%。'), ['300.0亿元 270.0亿元 - 11.1% nominal growth true']);
  });

  it('reads last year\'s figure at year end in brackets, and the ends of changes per head', () => {
    assert.deepEqual(changes('年末实有经营主体5.00万户,较上年末增长25.0%(上年末为4.00万户)。'), ['5.00万户 4.00万户 - 25.0% nominal growth true']);
    assert.deepEqual(changes('城乡低保标准分别由每人每月600元、500元提高到660元、600元,分别提高10.0%和20.0%。').filter((c) => c.includes('%')), ['660元 600元 - 10.0% nominal growth true', '600元 500元 - 20.0% nominal growth true']);
  });

  it('reads the change column of a table of two years', () => {
    const table = '一、情况\n主要指标如下：\n项目　2024年　2025年　增减幅度\n立案（起）　2000　1800　-10.0%\n诈骗立案（起）　500　400　-25.0%\n证件办理（万本）　1.50　1.80　+10.0%\n';
    assert.deepEqual(changes(table), ['1800 2000 - 10.0% nominal growth true', '400 500 - 25.0% nominal growth false', '1.80 1.50 - 10.0% nominal growth false']);
  });

  it('pairs growths listed with 分别 with the differences before them, and a percentage joined on with 和', () => {
    assert.deepEqual(changes('存款余额5000.0亿元、贷款余额4000.0亿元,分别比上年末增加400.0亿元和500.0亿元,分别增长8.7%和14.3%。'), ['5000.0亿元 - 400.0亿元 8.7% nominal growth true', '4000.0亿元 - 500.0亿元 14.3% nominal growth true']);
    assert.deepEqual(changes('发生事故80起、死亡50人,分别比上年的100起、60人下降20.0%和16.7%。').filter((c) => c.includes('%')), ['80起 100起 - 20.0% nominal growth true', '50人 60人 - 16.7% nominal growth true'], 'the second takes the first one\'s verb');
    assert.deepEqual(changes('发生事故80起、死亡50人,分别比上年的100起、60人下降20.0%和26.7%。').filter((c) => c.includes('%')).pop(), '50人 60人 - 26.7% nominal growth false');
  });

  it('pairs growths listed with 分别 with the later ends of the changes before them', () => {
    assert.deepEqual(changes('事故起数由上年的20起降至16起、死亡人数由10人降至8人,分别下降20.0%、20.0%。'), ['16起 20起 - - nominal ', '8人 10人 - - nominal ', '16起 20起 - 20.0% nominal growth true', '8人 10人 - 20.0% nominal growth true']);
  });

  it('gives a growth after the list of parts under 其中 to their total, and after a single part to neither', () => {
    assert.deepEqual(changes('全年查处案件640件,其中甲类410件、乙类190件、丙类40件,比上年的800件下降20%。'), ['640件 800件 - 20% nominal growth true']);
    assert.deepEqual(changes('全年查处案件640件,其中甲类410件、乙类190件、丙类40件,比上年的800件下降25%。'), ['640件 800件 - 25% nominal growth false']);
    assert.deepEqual(changes('全年查处案件640件,其中甲类410件,同比增长10%。'), []);
    // Joined to the part by 、, the growth is the part's own.
    assert.deepEqual(changes('全年查处案件640件,其中甲类410件、同比增长2.5%,上年同期400件。'), ['410件 400件 - 2.5% nominal growth true']);
  });

  it('gives growth to its own subject only, and does not recompute constant-price or average growth without its span', () => {
    assert.deepEqual(changes('新增签约项目45个,实际到位资金增长18.6%。'), []);
    assert.deepEqual(changes('人均地区生产总值12.4万元,比上年增加0.9万元,增长6.1%。'), ['12.4万元 - 0.9万元 6.1% constantPrice constantPrice']);
    assert.deepEqual(changes('收入由162.5亿元增至218.4亿元,年均增长6.1%。'), ['218.4亿元 162.5亿元 - 6.1% averageAnnual averageAnnual']);
    assert.deepEqual(changes('“十四五”时期,收入由162.5亿元增至218.4亿元,年均增长6.1%。'), ['218.4亿元 162.5亿元 - 6.1% averageAnnual growth true']);
  });
});

describe('relations: lists and their counts', () => {
  const lists = (text: string) => {
    const { relations, w } = read(text);
    return relations.listCounts.map((l) => `${w(l.count)} ${l.least}-${l.most}${l.open ? ' open' : ''} ${listCountAgrees(l)}`);
  };

  it('counts names joined by 、, quoted names, names in brackets and the items that follow', () => {
    assert.deepEqual(lists('推进东区、西区、南区3个片区改造。'), ['3个 3-3 true']);
    assert.deepEqual(lists('建立“首违不罚”“轻微免罚”“信用修复”两项制度。'), ['两项 3-3 false']);
    assert.deepEqual(lists('除了10个自建系统(交通、消防、农业、市场、建设、人社、公安、卫健、执法)外。'), ['10个 9-9 false']);
    assert.deepEqual(lists('干好四件大事:一是甲。二是乙。三是丙。'), ['四件 3-3 false']);
    assert.deepEqual(lists('组织执法、征迁、城建等科室开展专题研讨2次。'), [], 'times are no count of the names before');
    assert.deepEqual(lists('营业收入中,信息传输、软件和信息技术服务业、科学研究和技术服务业两个行业合计400.0亿元。'), ['两个 2-4 true'], 'an industry named with a 、 of its own is one item');
    assert.deepEqual(lists('对整改不力的3个县（市、区）政府进行约谈。'), [], 'the bracket glosses the level');
  });

  it('leaves a list open after 等, widens it for 和, and lets places hold more than one of the things counted', () => {
    assert.deepEqual(lists('依托东城、西城、南城等5家疾控中心。'), ['5家 3-3 open true']);
    assert.deepEqual(lists('做强茶叶、蚕桑、水产和中药材4个产业。'), ['4个 3-4 true']);
    assert.deepEqual(lists('加快甲镇、乙镇3座污水处理厂建设。'), ['3座 2-2 true']);
    assert.deepEqual(lists('坚持“两个坚持”、落实“三个到位”、做到“四个不放过”。'), [], 'slogans are not counts');
  });
});

describe('relations: restatements and the index', () => {
  it('pairs the same specific figure stated twice, never a target with a result', () => {
    const { relations, w } = read('一、2025年工作回顾\n全区受理行政复议申请151件。\n全区受理行政复议申请115件。\n二、2026年工作安排\n全区受理行政复议申请200件。\n');
    assert.deepEqual(relations.restatements.map((r) => `${w(r.first)}→${w(r.again)} ${r.reading}`), ['151件→115件 inferred']);
  });

  it('lists every relation a figure takes part in', () => {
    const text = '调解纠纷2140件,调解成功2036件,成功率95.3%。';
    const { model, relations } = read(text);
    const f = model.figures.find((x) => text.slice(x.quantity.span.start, x.quantity.span.end) === '2036件')!;
    // The numerator of the rate, and a success among the disputes mediated (an outcome within them).
    assert.deepEqual(relations.involving(f).map((r) => r.kind), ['rate', 'breakdown']);
  });

  it('tallies the relations checked in a span, and those the text contradicts', () => {
    const text = '调解纠纷2140件,调解成功2036件,成功率95.3%。审结29件,维持27件,纠错4件。培训120人。';
    const { relations } = read(text);
    assert.deepEqual(relations.tallyIn({ start: 0, end: text.length }), { checked: 3, contradicted: 2 });
    assert.deepEqual(relations.tallyIn({ start: text.indexOf('审结'), end: text.length }), { checked: 1, contradicted: 1 });
    assert.deepEqual(relations.tallyIn({ start: text.indexOf('培训'), end: text.length }), { checked: 0, contradicted: 0 });
  });
});
