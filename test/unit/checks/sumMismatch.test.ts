import * as assert from 'node:assert/strict';
import { allFindings, check } from '../../helpers/findings';

const rule = 'sum-mismatch';

describe('sum-mismatch', () => {
  it('reads a total cue before a verb (合计处理, 共计办理) as a total of the list before it', () => {
    assert.equal(check(rule, '修改规范性文件20件、废止45件、宣布失效15件,合计处理70件。').length, 1, '20 + 45 + 15 = 80');
    assert.deepEqual(check(rule, '修改规范性文件20件、废止45件、宣布失效15件,合计处理80件。'), []);
  });

  it('flags parts that do not add up to the 共计 after them, with every part related and a fix', () => {
    const text = '共312项不予处罚事项、508项从轻处罚事项、127项减轻处罚事项、264项从重处罚事项、31项免于行政强制事项,共计1224项。';
    const [f, ...rest] = check(rule, text);
    assert.equal(rest.length, 0);
    assert.equal(f!.severity, 'error');
    assert.equal(f!.at, '1224项');
    assert.equal(f!.zh, '分项之和为 1242(312 + 508 + 127 + 264 + 31),与合计 1224项 不符,疑为两位数字颠倒');
    assert.deepEqual(f!.related, ['312项', '508项', '127项', '264项', '31项']);
    assert.equal(f!.fix, '1242');
    assert.match(check(rule, '公布不罚事项446项、轻罚事项729项、减罚事项295项、从重事项473项,共计1934项。')[0]!.zh, /与合计 1934项 不符,疑为两位数字颠倒$/, 'a total with two digits swapped says so');
    assert.equal(check(rule, '发放宣传册300份、手册200份,合计600份。')[0]!.zh, '分项之和为 500(300 + 200),与合计 600份 不符', 'no hint where no digits are swapped');
  });

  it('writes its fix as the total is written: magnitude, digit width and thousands separator', () => {
    assert.equal(check(rule, '投入１２万元、３４万元,共计５０万元。')[0]!.fix, '４６');
    assert.equal(check(rule, '拨付资金12.5亿元、8.3亿元,共计22.8亿元。')[0]!.fix, '20.8');
    assert.equal(check(rule, '办理民事案件1,120件、刑事案件310件,共计1,420件。')[0]!.fix, '1,430');
    assert.equal(check(rule, '办理民事案件１，１２０件、刑事案件３１０件,共计１，４２０件。')[0]!.fix, '１，４３０');
  });

  it('adds points to a share as points: last year\'s share and the points between', () => {
    const [f, ...rest] = check(rule, '核心产业增加值占比10.2%,较上年的8.9%提高1.1个百分点。');
    assert.equal(rest.length, 0);
    assert.match(f!.zh, /^8\.9% \+ 1\.1个百分点 = 10%,与 10\.2% 不符/);
    assert.deepEqual(check(rule, '核心产业增加值占比10.2%,较上年的8.9%提高1.3个百分点。'), []);
  });

  it('reads 合计, 总计 and a breakdown after the total', () => {
    assert.equal(check(rule, '发放宣传册300份、手册200份,合计600份。').length, 1);
    assert.equal(check(rule, '办理民事公证120件、涉外公证31件,总计150件。').length, 1);
    assert.equal(check(rule, '共办理案件150件,分别为:民事案件120件、刑事案件31件。').length, 1);
  });

  it('is silent when the parts add up, and on sums of amounts within their rounding', () => {
    for (const s of [
      '发放宣传册300份、手册200份,合计500份。',
      '共办理案件151件,分别为:民事案件120件、刑事案件31件。',
      '投入258.6万元、154.2万元,共计412.8万元。',
      '投入1.24万元、2.37万元、3.18万元,共计6.8万元。',
    ]) {
      assert.deepEqual(check(rule, s), [], s);
    }
  });

  it('reads a total with blanks before its number', () => {
    assert.equal(check(rule, '市人大代表建议 312 件、市政协提案 405 件,共计 727 件。').length, 1);
  });

  it('reads a breakdown that follows its total at once, and a table written as clauses', () => {
    assert.equal(check(rule, '完成废弃矿山修复87座,分别为粘土矿41座、石料矿33座、其他矿14座。').length, 1);
    assert.deepEqual(check(rule, '减排量1,326吨、487吨,省下达任务分别为1,180吨、470吨。'), []);
    const [t] = check(rule, '甲局查办案件418件,乙局1,026件,丙局873件,丁局692件,合计3,019件。');
    assert.equal(t!.severity, 'warning', 'clauses are an inferred grouping');
    assert.match(t!.zh, /分项之和为 3009/);
    assert.deepEqual(check(rule, '甲局查办案件418件,乙局1,026件,丙局873件,丁局692件,合计3,009件。'), []);
    assert.deepEqual(check(rule, '受理案件120件,办结100件,合计审结150件。'), [], 'two clauses are not a table');
  });

  it('stays silent when the total may cover more than the listed parts', () => {
    assert.deepEqual(check(rule, '未经复议直接起诉 3 件,复议后起诉 2 件,结果维持 1 件、尚未审结 1 件,总计 5 件。'), []);
  });

  it('does not sum what is not a breakdown: parts of other units, approximate parts, clauses, 其中', () => {
    for (const s of [
      '开展培训5场、发放资料300份,共计305份。',
      '发放宣传册300余份、手册200份,合计600份。',
      '受理案件120件,办结100件,共计审结150件。',
      '共受理案件151件,其中民事案件120件、刑事案件20件。',
    ]) {
      assert.deepEqual(check(rule, s), [], s);
    }
  });

  it('sums what a 其中 total names, not the whole list before it', () => {
    const list = '全年受理土地纠纷140件、山林纠纷95件、用水纠纷61件、其他纠纷37件,其中土地和山林纠纷合计';
    assert.deepEqual(allFindings(`${list}235件,占七成。`), []);
    const [f, ...rest] = check(rule, `${list}253件,占七成。`);
    assert.equal(rest.length, 0);
    assert.equal(f!.zh, '分项之和为 235(140 + 95),与合计 253件 不符,疑为两位数字颠倒');
    assert.deepEqual(allFindings('受理案件900件,其中民事和刑事案件合计600件。'), [], 'names that match no listed part: a part of the figure before');
    assert.deepEqual(check('part-exceeds-total', '受理案件900件,其中民事和刑事案件合计960件。').map((x) => x.at), ['960件']);
  });

  it('does not take a stock for the sum of the year\'s changes to it', () => {
    assert.deepEqual(allFindings('年内新制定规章2件、废止3件,现行有效的区政府规章共41件。'), []);
    assert.equal(check(rule, '年内新制定规章2件、修订3件,共计6件。').length, 1);
  });

  it('flags parts that need not be all of the total when they add up to it with two digits swapped', () => {
    const [f] = check(rule, '全年医保基金支出64.74亿元,其中住院支出41.27亿元、门诊支出23.20亿元。');
    assert.equal(f!.severity, 'warning');
    assert.match(f!.zh, /分项之和为 64\.47.*疑为两位数字颠倒/);
    assert.deepEqual(check(rule, '全年医保基金支出66.83亿元,其中住院支出41.27亿元、门诊支出23.20亿元。'), [], 'a shortfall by other digits: parts may leave some out');
    assert.deepEqual(check(rule, '受理案件213件,其中民事案件120件。'), [], 'one part is no sum');
  });

  it('counts a list by its items: 均 before the list and 参与 inside an item do not change it; 和 between two of the counted noun joins two', () => {
    const [f] = check(rule, '重大决策均履行公众参与、专家论证、风险评估、合法性审查五项法定程序。');
    assert.match(f!.zh, /^列举了 4 项/);
    assert.deepEqual(check(rule, '重大决策均履行公众参与、专家论证、风险评估、合法性审查、集体讨论决定五项法定程序。'), []);
    assert.equal(check(rule, '推行“三张清单”,即不罚清单、轻罚清单、减罚清单和免强制清单。').length, 1);
    assert.deepEqual(check(rule, '推行“四张清单”,即不罚清单、轻罚清单、减罚清单和免强制清单。'), []);
    assert.deepEqual(check(rule, '在东湖县、西岭县推行3项制度。'), [], 'places may each hold several of what is counted');
  });

  it('reads points between two shares stated with a bare 由', () => {
    assert.match(check(rule, '服务业增加值比重由48.2%提高到49.1%,提高1.3个百分点。')[0]!.zh, /^48\.2% \+ 1\.3个百分点/);
    assert.deepEqual(check(rule, '服务业增加值比重由48.2%提高到49.1%,提高0.9个百分点。'), []);
  });

  it('reads a net change with the two ends of a change, after them or before them, from last year\'s end', () => {
    const [f, ...rest] = check(rule, '全区高新技术企业由上年末的400家增加到450家,净增60家。');
    assert.equal(rest.length, 0);
    assert.equal(f!.at, '450家');
    assert.match(f!.zh, /^400 \+ 60 = 460/);
    assert.deepEqual(check(rule, '全区高新技术企业由上年末的400家增加到450家,净增50家。'), []);
    assert.equal(check(rule, '扣除退库企业后净增60家,规上工业企业由400家增至450家。').length, 1);
    assert.deepEqual(check(rule, '扣除退库企业后净增50家,规上工业企业由400家增至450家。'), []);
    assert.deepEqual(check(rule, '全年新增60家,规上工业企业由400家增至450家。'), [], 'a gross 新增 says nothing of what left');
  });

  it('reads a total over years and one part a year after it (2021年至2025年分别…), when they are as many', () => {
    const [f, ...rest] = check(rule, '五年累计新建口袋公园60个,2021年至2025年分别建成8个、10个、12个、14个、18个。');
    assert.equal(rest.length, 0);
    assert.equal(f!.at, '60个');
    assert.match(f!.zh, /^分项之和为 62/);
    assert.deepEqual(check(rule, '五年累计新建口袋公园62个,2021年至2025年分别建成8个、10个、12个、14个、18个。'), []);
    assert.deepEqual(check(rule, '五年累计新建口袋公园60个,2022年至2025年分别建成8个、10个、12个、14个、18个。'), [], 'four years, five figures: not one a year');
    assert.deepEqual(check(rule, '口袋公园达到60个,2021年至2025年分别为8个、10个、12个、14个、18个。'), [], 'a stock is no sum over years');
  });

  it('reads a table closed by a 合计 row: each column that is no rate or change sums the rows above', () => {
    const table = (total: string) => [
      '表2　甲县行政复议案件审结情况（单位：件、%）',
      '审结方式　件数　占比　同比增长',
      '维持　120　60.0　5.2',
      '驳回　50　25.0　3.1',
      '终止　30　15.0　2.4',
      `合计　${total}　100.0　10.7`,
      '',
    ].join('\n');
    const [f, ...rest] = check(rule, table('190'));
    assert.equal(rest.length, 0, 'the shares sum to 100.0 and the growth column is not summed');
    assert.equal(f!.severity, 'warning');
    assert.equal(f!.at, '190');
    assert.deepEqual(f!.related, ['120', '50', '30']);
    assert.deepEqual(check(rule, table('200')), []);
    const money = ['险种　收入　支出', '乙类基金　1,203.6　986.4', '丙类基金　42.6　40.8', '合计　1,246.2　1,027.2', ''].join('\n');
    assert.deepEqual(check(rule, money), [], 'thousands separators and decimals within their rounding');
    assert.equal(check(rule, money.replace('1,027.2', '1,017.2')).length, 1);
  });

  it('does not sum a table with 其中 or subtotal rows, or rows of another shape', () => {
    for (const s of [
      ['类别　件数', '民事案件　300', '其中：合同纠纷　100', '刑事案件　200', '合计　500', ''].join('\n'),
      ['片区　件数', '东片　30', '西片　20', '小计　50', '北片　10', '合计　60', ''].join('\n'),
      ['片区　件数　人数', '东片　30', '西片　20　12', '合计　40　12', ''].join('\n'),
    ]) {
      assert.deepEqual(check(rule, s), [], s);
    }
  });

  it('counts a list 即 defines after a quoted count, over an open list before it, to the end of its clause', () => {
    assert.equal(check(rule, '公布首违不罚、轻微免罚等“四张清单”,即不罚清单、轻罚清单、减罚清单,涉及事项共计152项。').length, 1);
    assert.deepEqual(check(rule, '公布首违不罚、轻微免罚等“三张清单”,即不罚清单、轻罚清单、减罚清单,涉及事项共计152项。'), []);
  });

  it('reads no list in one case told two ways, nor siblings after a semicolon as a total and its rest', () => {
    assert.deepEqual(allFindings('行政复议案件6件,经复议维持5件,申请人主动撤回申请、复议终止1件;行政诉讼案件3件。'), []);
    assert.equal(check(rule, '建成甲、乙1家联合实验室。').length, 1, 'a count of one with a noun after it is still a count');
    assert.deepEqual(allFindings('办理法律援助案件1.08万件,其中刑事案件6320件,占58.5%;民事法律援助案件4210件,行政法律援助案件180件,其余90件为其他事项。'), []);
  });

  it('counts a list in quotes right before the count by its quoted items alone', () => {
    assert.deepEqual(check(rule, '对违法行为的性质、情节和社会危害程度细化为“轻微、一般、较重、严重”4个档次。'), []);
    assert.equal(check(rule, '对违法行为的性质、情节和社会危害程度细化为“轻微、一般、较重、严重”3个档次。')[0]!.zh, '列举了 4 项(轻微、一般、较重、严重),文中为 3个');
  });

  it('counts titles won (获评A、B、C4项称号) by the titles named, and leaves a list open with 等', () => {
    assert.equal(check(rule, '先后获评国家卫生城市、省级生态园林城市、省级全域旅游示范区4项称号。')[0]!.zh, '列举了 3 项(先后获评国家卫生城市、省级生态园林城市、省级全域旅游示范区),文中为 4项');
    assert.deepEqual(check(rule, '先后获评国家卫生城市、省级生态园林城市、省级全域旅游示范区3项称号。'), []);
    assert.deepEqual(check(rule, '先后获评国家卫生城市、省级生态园林城市等4项称号。'), []);
  });

  it('counts aspects announced without a measure word (四方面) against the headings that follow, one each', () => {
    const report = ['二、2026年工作安排', '2026年,重点抓好以下四方面工作:', '（一）健全制度体系。加强立法。', '（二）严格规范执法。深化改革。', '（三）强化行政复议和应诉工作。健全机制。', '名词解释', '1.纠错率:指纠错案件占审结案件的比例。'].join('\n');
    const [f, ...rest] = check(rule, report);
    assert.equal(rest.length, 0);
    assert.match(f!.zh, /列举了 3 项/);
    assert.deepEqual(check(rule, report.replace('四方面', '三方面')), [], 'a heading with 和 is still one aspect');
  });

  it('reads 另有 after a 其中 list as something besides it, not the rest of its total', () => {
    assert.deepEqual(allFindings('全年共有52名主要负责人书面述法,其中省直部门37名、设区市15名,另有9名现场述法。'), []);
    assert.equal(check(rule, '审结88件,其中维持52件、驳回9件,其余20件。').length, 1, '其余 is the rest: 52 + 9 + 20 ≠ 88');
  });

  it('counts a quoted name by items that hold it, unless it names a kind (制度, 清单…)', () => {
    assert.deepEqual(check(rule, '1.“三个当场”:指对群众报案、控告、举报、扭送,公安机关要当场接受、当场登记、当场出具回执。'), []);
    assert.equal(check(rule, '推行“四张清单”,即权力清单、责任清单、负面清单。').length, 1);
  });

  it('reads a 其中 list that ends with the others (其他…) as all of its total', () => {
    assert.equal(check(rule, '全年共破获刑事案件6,218起,其中电信网络诈骗案件1,640起、盗窃案件2,410起、涉毒案件366起、其他刑事案件1,766起。').length, 1, '6182 ≠ 6218');
    assert.deepEqual(check(rule, '全年共破获刑事案件6,182起,其中电信网络诈骗案件1,640起、盗窃案件2,410起、涉毒案件366起、其他刑事案件1,766起。'), []);
  });

  it('sums a list up to a total whose own words count it (四项…合计)', () => {
    assert.equal(allFindings('其中教育支出52.36亿元、社会保障和就业支出61.20亿元、卫生健康支出29.44亿元,三项重点民生支出合计145.00亿元。').length, 1, '143.00 ≠ 145.00');
    assert.deepEqual(allFindings('其中教育支出52.36亿元、社会保障和就业支出61.20亿元、卫生健康支出29.44亿元,三项重点民生支出合计143.00亿元。'), []);
  });

  it('sums no list into a total of another scope or actor (指导各县…共计)', () => {
    assert.deepEqual(allFindings('组织修订专项应急预案22部、部门应急预案51部,指导各县(市、区)修订各类应急预案共计386部。'), []);
    assert.equal(check(rule, '组织修订专项应急预案22部、部门应急预案51部,共计75部。').length, 1);
  });

  it('reads medals (枚) as counts', () => {
    assert.equal(check(rule, '获得金牌3枚、银牌8枚、铜牌9枚,共计19枚奖牌。').length, 1);
    assert.deepEqual(check(rule, '获得金牌3枚、银牌8枚、铜牌9枚,共计20枚奖牌。'), []);
  });

  it('reads what was added with 的 after a change (由46种增加到58种,新增的11种) as its difference', () => {
    assert.equal(check(rule, '门诊慢特病病种由46种增加到58种,新增的11种。')[0]!.zh, '46 + 11 = 57,与 58种 不符(门诊慢特病病种由46种,增加 11种)');
    assert.deepEqual(check(rule, '门诊慢特病病种由46种增加到58种,新增的12种。'), []);
  });

  it('reads what was added over the span of a change (由A增加到B,五年新增C) as its difference', () => {
    assert.equal(check(rule, '高速公路通车里程由6820公里增加到7950公里,五年新增1310公里。').length, 1, '6820 + 1310 ≠ 7950');
    assert.deepEqual(check(rule, '高速公路通车里程由6820公里增加到8130公里,五年新增1310公里。'), []);
  });

  it('reads 与 before what two things do together as one item (与检察公益诉讼协作)', () => {
    assert.equal(check(rule, '重点完善了行政执法与刑事司法衔接、与检察公益诉讼协作、跨区域联合执法、执法巡查督导五项机制。').length, 1);
    assert.deepEqual(check(rule, '重点完善了行政执法与刑事司法衔接、与检察公益诉讼协作、跨区域联合执法、执法巡查督导四项机制。'), []);
  });

  it('reads 其中 past a rate and a growth as possibly of the count received', () => {
    assert.deepEqual(allFindings('全年共受理信访举报5412件,比上年下降9.7%,办结5398件,办结率99.7%,其中噪声类1964件、大气类1828件、水类702件、其他918件。'), []);
  });

  it('reads a stock after the changes (调整后…共计) as no sum of them', () => {
    assert.deepEqual(allFindings('全年新增事项36项、取消事项48项、调整事项109项,调整后市级行政权力事项共计4216项。'), []);
  });

  it('says which part looks like a typing slip in an exhaustive list', () => {
    const [f] = check(rule, '全年查处各类案件4118件,其中食品安全案件1206件、药品案件388件、价格案件622件、产品质量案件713件、其他案件1171件。');
    assert.match(f!.zh, /疑为分项 713件 两位数字颠倒$/, '731 would make 4118');
  });

  it('reads a cumulative total after the year\'s list (累计…共计) as no sum of it', () => {
    assert.deepEqual(allFindings('新命名省级示范市2个、示范县10个、示范项目16个,累计命名示范地区和项目共计64个。'), []);
  });

  it('counts a quoted name by items holding its head (“三大专项行动”:…行动、…行动)', () => {
    assert.equal(check(rule, '组织实施“三大专项行动”:主体培育行动、电商提质行动、梯度转移行动、新业态拓展行动。').length, 1);
    assert.deepEqual(check(rule, '组织实施“四大专项行动”:主体培育行动、电商提质行动、梯度转移行动、新业态拓展行动。'), []);
  });

  it('reads no list across a 、 in brackets (108个县（市、区）中…的23个、…的41个,两项合计)', () => {
    assert.deepEqual(allFindings('全省96个县（市、区）中已通过国家督导评估认定的21个、通过省级评估的37个,两项合计58个,占县（市、区）总数的60.4%。'), []);
    // (The 96 before may be counted too, so the two are flagged as more than their total.)
    const [f] = check('part-exceeds-total', '全省96个县（市、区）中已通过国家督导评估认定的21个、通过省级评估的37个,两项合计56个。');
    assert.match(f!.zh, /58\(21 \+ 37\)/);
  });

  it('sums two items joined by 和 right before their total (A和B共C)', () => {
    assert.equal(check(rule, '对11个县（市、区）和43个市直部门共52个单位实行年度考评。').length, 1, '11 + 43 = 54');
    assert.deepEqual(check(rule, '对11个县（市、区）和43个市直部门共54个单位实行年度考评。'), []);
    assert.equal(check(rule, '对11个乡镇和43个县直部门共52个单位实行年度考评。').length, 1);
  });

  it('reads a stock after a revision (修订后…共计) as no sum of the changes', () => {
    assert.deepEqual(allFindings('完成《甲市河道管理条例》修订,新增条款9条、修改条款21条、删除条款3条,修订后条例共计64条。'), []);
  });

  it('counts a 和 only in the last item of a 、 list as a join of two', () => {
    assert.deepEqual(allFindings('“四上”企业:指规模以上工业企业、资质等级建筑业企业和房地产开发经营企业、限额以上批发零售和住宿餐饮企业、规模以上服务业企业四类企业。'), []);
    assert.equal(check(rule, '推行权责清单、负面清单和服务清单两张清单。').length, 1, 'each side of the last 和 ends with 清单');
  });

  it('flags a 其中 list short of its total that adds up with two digits of one part swapped', () => {
    const [f] = check(rule, '发放各类救助资金1373万元,其中低保金917万元、特困供养金129万元、临时救助金264万元。');
    assert.match(f!.zh, /1310\(917 \+ 129 \+ 264\).*疑为分项 129万元 两位数字颠倒$/, '192 would make 1373');
    assert.deepEqual(check(rule, '发放各类救助资金1346万元,其中低保金917万元、特困供养金131万元、临时救助金264万元。'), [], 'short by 34, no swap fits: parts may be left out');
  });

  it('reads the points of a change over five years (由A%提高到B%,五年提高C个百分点)', () => {
    assert.equal(check(rule, '数字经济核心产业增加值占比由5.1%提高到8.7%,五年提高3.2个百分点。').length, 1, '5.1 + 3.2 ≠ 8.7');
    assert.deepEqual(check(rule, '数字经济核心产业增加值占比由5.1%提高到8.7%,五年提高3.6个百分点。'), []);
  });

  it('counts a list a colon opens right after the count (三项改革:…), when each item ends with its head or 分别 says it is all', () => {
    assert.equal(check(rule, '重点推进三项改革:财政体制改革、国资国企改革、投融资体制改革、要素市场化配置改革。').length, 1);
    assert.deepEqual(check(rule, '重点推进四项改革:财政体制改革、国资国企改革、投融资体制改革、要素市场化配置改革。'), []);
    assert.equal(check(rule, '今年重点办好十件民生实事,分别是:城乡公交一体化、老旧小区改造、学校扩容、养老服务提质、医疗资源下沉、农村饮水安全、农村公路提档、菜市场改造、托育服务扩面。').length, 1, 'nine named');
    assert.deepEqual(check(rule, '实施五大工程:产业升级、城市更新、乡村振兴。'), [], 'no shared head and no 分别: the list may be something else');
  });

  it('counts titles in book marks after 即 as one item each (五项制度,即《…》《…》)', () => {
    assert.equal(check(rule, '制定出台五项配套制度,即《甲案件办理程序规定》《乙案卷管理办法》《丙裁量权适用细则》《丁检查工作指引》,形成制度体系。').length, 1);
    assert.deepEqual(check(rule, '制定出台四项配套制度,即《甲案件办理程序规定》《乙案卷管理办法》《丙裁量权适用细则》《丁检查工作指引》,形成制度体系。'), []);
  });

  it('flags a short 其中 list where swaps of two parts fit, naming neither', () => {
    const [f] = check(rule, '年度计划投资1286亿元,其中产业项目投资647亿元、基础设施项目投资358亿元、社会民生项目投资254亿元。');
    assert.ok(f, '674 or 385 would make 1286');
    assert.doesNotMatch(f!.zh, /颠倒/);
  });

  it('reads a 其中 list of exactly the kinds its total joins (中小学和幼儿园…,其中中小学…、幼儿园…) as all of it', () => {
    assert.equal(check(rule, '新建改扩建中小学和幼儿园96所,其中中小学58所、幼儿园35所。').length, 1, '58 + 35 = 93');
    assert.deepEqual(check(rule, '新建改扩建中小学和幼儿园93所,其中中小学58所、幼儿园35所。'), []);
    assert.deepEqual(check(rule, '新建改扩建学校96所,其中中小学58所、幼儿园35所。'), [], 'a total not named by its kinds may hold others');
  });

  it('sums the kinds a total names out of a list before it (…拟修改10件、宣布废止7件,修改和废止文件共计17件)', () => {
    assert.deepEqual(allFindings('对现行有效的规范性文件96件逐件审查,其中继续有效80件、拟修改9件、宣布废止7件,修改和废止文件共计16件。'), []);
    assert.equal(check(rule, '对现行有效的规范性文件96件逐件审查,其中继续有效80件、拟修改9件、宣布废止7件,修改和废止文件共计18件。').length, 1, '9 + 7 = 16');
  });

  it('takes the figure now of the subject last year\'s figure names (参保总人数较上年的…净增…), not the part right before', () => {
    assert.deepEqual(allFindings('全市基本医疗保险参保人数309.52万人,其中职工基本医疗保险参保88.41万人、城乡居民基本医疗保险参保221.11万人,参保总人数较上年的306.18万人净增3.34万人。'), []);
  });

  it('counts a last item that joins two of the counted noun with 和, each of an item\'s usual length', () => {
    const [f, ...rest] = check(rule, '全面落实“三项制度”,即行政执法信息公示制度、执法全过程记录制度、重大执法决定法制审核制度和执法责任追究制度。');
    assert.equal(rest.length, 0);
    assert.match(f!.zh, /^列举了 4 项/);
    assert.deepEqual(check(rule, '全面落实“四项制度”,即行政执法信息公示制度、执法全过程记录制度、重大执法决定法制审核制度和执法责任追究制度。'), []);
  });

  it('counts a last item of two that end with the same word (诉调对接和警调对接) as two', () => {
    assert.match(check(rule, '建立府院联动、府检联动、复议与调解衔接、诉调对接和警调对接四项机制。')[0]!.zh, /^列举了 5 项/);
    assert.deepEqual(check(rule, '建立府院联动、府检联动、复议与调解衔接、诉调对接和警调对接五项机制。'), []);
    assert.deepEqual(check(rule, '健全府院联动、复议与调解衔接、行政执法与刑事司法衔接三项机制。'), [], 'X与Y衔接 is one');
  });

  it('reads no rest of figures alone where a clause between names one of the whole\'s kind with no figure', () => {
    assert.deepEqual(allFindings('全县9个派出所中,城关派出所被评为全国“枫桥式公安派出所”,石桥、柳湾2个派出所被评为全省先进,其余6个派出所全部达标。'), []);
    assert.equal(check(rule, '全县9个派出所,石桥、柳湾2个派出所被评为全省先进,其余6个派出所全部达标。').length, 1, '2 + 6 is not 9');
  });

  it('reads parts given in pairs of a count and an amount (其中产业项目…个、完成投资…亿元,基础设施项目…), each unit against its total', () => {
    const pairs = (projects: number, invested: string) => `全年实施重点项目${projects}个,完成投资${invested}亿元,其中产业项目84个、完成投资103.6亿元,基础设施项目49个、完成投资57.2亿元,社会民生项目27个、完成投资24.9亿元。`;
    assert.deepEqual(allFindings(pairs(160, '185.7')), []);
    assert.match(check(rule, pairs(160, '184.5'))[0]!.zh, /^分项之和为 185\.7\(103\.6 \+ 57\.2 \+ 24\.9\),与合计 184\.5亿元 不符/, 'the counts add up: the pairs are all');
    assert.match(check(rule, pairs(170, '185.7'))[0]!.zh, /^分项之和为 160\(84 \+ 49 \+ 27\),与合计 170个 不符/, 'the amounts add up: the pairs are all');
    assert.deepEqual(check(rule, pairs(170, '195.7')), [], 'neither adds up: the pairs may be some of them');
  });

  it('reads people right before a count as owning what it counts (残疾人两项补贴), not as the last item of a list it counts', () => {
    assert.deepEqual(allFindings('全年发放城乡低保、特困供养、残疾人两项补贴等各类救助资金1,862万元。'), []);
    assert.equal(check(rule, '重点帮扶退役军人、残疾人、低保家庭两类群体。').length, 1, 'a count of people counts the people listed');
  });

  it('reads no partners a last item forms something with as the things counted (与设计、咨询、建材企业组建产业联盟2个)', () => {
    assert.deepEqual(allFindings('推动建筑业企业与设计、咨询、建材企业组建产业联盟2个。'), []);
    assert.equal(check(rule, '建立健全重大决策、规范性文件、合同审查四项制度。').length, 1);
  });

  it('counts a list after 即 that ends at a comma where every item names the counted noun', () => {
    const [f, ...rest] = check(rule, '全面推行三项工作机制,即重大决策风险评估机制、规范性文件审查机制、执法监督联络机制和执法过错追究机制,推动任务落地。');
    assert.equal(rest.length, 0);
    assert.match(f!.zh, /列举了 4 项/);
    assert.deepEqual(allFindings('全面推行四项工作机制,即重大决策风险评估机制、规范性文件审查机制、执法监督联络机制和执法过错追究机制,推动任务落地。'), []);
  });

  it('counts a list 即 defines after what a quoted count makes up, where every item names its noun', () => {
    assert.equal(check(rule, '建立“三张清单”财政资金监管机制,即预算清单、支出清单、绩效清单、问责清单,实现全程监管。').length, 1, 'four listed');
    assert.deepEqual(check(rule, '建立“四张清单”财政资金监管机制,即预算清单、支出清单、绩效清单、问责清单,实现全程监管。'), []);
    assert.deepEqual(check(rule, '坚持“两个确保”工作要求,即确保安全生产、确保工期进度、确保质量达标。'), [], 'items not named by the quoted noun: not read');
    assert.equal(check(rule, '推行“四个一”服务法,即一张服务清单、一套办事流程、一本工作台账,方便群众办事。').length, 1, 'three ones listed');
    assert.equal(check(rule, '会同市公安局、市检察院建立“四项工作机制”,即线索移送机制、联合督办机制、信息共享机制,形成合力。').length, 1, 'those who built them are no list of the mechanisms');
    assert.deepEqual(check(rule, '推行“三个一”服务法,即一张服务清单、一套办事流程、一本工作台账,方便群众办事。'), []);
  });

  it('counts the measures a quoted count of 措施 defines (“四条措施”,即…)', () => {
    assert.equal(check(rule, '出台支持民营企业发展“四条措施”,即贷款贴息、房租减免、人才安居补贴,全年兑现资金1.2亿元。').length, 1);
    assert.deepEqual(allFindings('出台支持民营企业发展“三条措施”,即贷款贴息、房租减免、人才安居补贴,全年兑现资金1.2亿元。'), []);
  });

  it('reads no bracket about the rest as the items of a count (三项任务（其余…等工作…推进）)', () => {
    assert.deepEqual(allFindings('重点抓好以下三项任务（其余城市建设、民生保障等工作按年度计划分别推进）:一是突出招商引资;二是抓好项目建设;三是优化营商环境。'), []);
    assert.equal(check(rule, '建立健全四项制度（重大决策、规范性文件、合同审查）。').length, 1);
  });

  it('reads kinds listed by a dimension after their total (按…分), all of it only when closed by 其他', () => {
    assert.match(check(rule, '全年实施市级重点项目96个,按投资主体分,国有投资项目41个、民间投资项目38个、其他项目14个。')[0]!.zh, /^分项之和为 93\(41 \+ 38 \+ 14\),与合计 96个 不符/);
    assert.deepEqual(allFindings('全年实施市级重点项目93个,按投资主体分,国有投资项目41个、民间投资项目38个、其他项目14个。'), []);
    // Without 其他 the main kinds may be all that is listed; more than the total is still a mistake.
    assert.deepEqual(allFindings('全年实施市级重点项目96个,按投资主体分,国有投资项目41个、民间投资项目38个、外资项目14个。'), []);
    assert.equal(allFindings('全年实施市级重点项目86个,按投资主体分,国有投资项目41个、民间投资项目38个、外资项目14个。').length, 1);
  });

  it('reads outcomes listed in the next sentence as parts of the whole it names (审结结果分别为:…, 审结案件中,…)', () => {
    const text = (opening: string, last: number) => `全年共审结复议案件214件,结案率91.5%。${opening}维持133件、驳回27件、撤销11件、确认违法8件、责令履行3件、调解和解后终止${last}件。`;
    assert.match(check(rule, text('审结结果分别为:', 36))[0]!.zh, /^分项之和为 218/);
    assert.deepEqual(allFindings(text('审结结果分别为:', 32)), []);
    // Named with 中, the list may leave some out, but never passes the whole.
    assert.deepEqual(allFindings(text('审结案件中,', 28)), []);
    assert.equal(check('part-exceeds-total', text('审结案件中,', 52)).length, 1);
    // Kinds that may overlap are each bounded by the whole alone.
    assert.deepEqual(allFindings('全年共审结复议案件214件。审结案件中,适用简易程序156件、听取意见128件。'), []);
  });

  it('reads what came in and what was carried over as all that was handled (新收…,旧存…,共受理…)', () => {
    assert.match(check(rule, '全年新收各类案件12436件,上年旧存1382件,共受理13718件。')[0]!.zh, /^分项之和为 13818\(12436 \+ 1382\),与合计 13718件 不符/);
    assert.deepEqual(allFindings('全年新收各类案件12436件,上年旧存1382件,共受理13818件。'), []);
  });

  it('reads a fund\'s income as its spending and its balance for the period, never its cumulative balance', () => {
    assert.match(check(rule, '城乡居民医保基金收入18.42亿元,支出17.16亿元,当期结余1.36亿元。')[0]!.zh, /^分项之和为 18\.52/);
    assert.deepEqual(allFindings('城乡居民医保基金收入18.42亿元,支出17.16亿元,当期结余1.26亿元,累计结余9.83亿元。'), []);
    assert.deepEqual(allFindings('城乡居民医保基金收入18.42亿元,支出17.16亿元,累计结余9.83亿元。'), []);
  });

  it('reads parts in brackets far short of their total as the kinds worth naming, bounded by the total', () => {
    assert.deepEqual(allFindings('全市共有医院84家(三级医院11家、二级医院29家),基层医疗卫生机构1626个。'), []);
    assert.equal(allFindings('全市共有医院34家(三级医院11家、二级医院29家)。').length, 1, 'parts past the total are flagged still');
    assert.match(check(rule, '义务教育阶段学校64所(46所小学、16所初中)。')[0]!.zh, /^分项之和为 62/, 'parts that nearly make it are meant as all of it');
  });

  it('reads no whole named in the next sentence where the sentence before, back to its full stop, names two', () => {
    assert.deepEqual(allFindings('全市查办各类违法案件3.86万件;其中市局本级查办案件52件,罚没款0.86亿元。查办案件中,食品安全领域0.92万件、产品质量领域0.47万件。'), []);
  });

  it('reads no part named again with its own figure as a further part (…、终止7件,终止的7件中…)', () => {
    assert.deepEqual(allFindings('全年审结复议案件48件。审结案件中,维持29件、驳回10件、撤销2件、确认违法1件、终止6件,终止的6件中有4件系申请人撤回申请。'), []);
    assert.match(check(rule, '全年审结复议案件48件。审结结果分别为:维持29件、驳回10件、撤销2件、确认违法1件、终止5件,终止的5件中有4件系申请人撤回申请。')[0]!.zh, /^分项之和为 47/);
  });
});
