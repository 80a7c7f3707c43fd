import * as assert from 'node:assert/strict';
import { allFindings, check } from '../../helpers/findings';

const rule = 'part-exceeds-total';

describe('part-exceeds-total: readings of grades, stocks, kinds and overlaps', () => {
  it('reads grades as disjoint where the better ones outnumber 合格, which then cannot count them', () => {
    assert.equal(check(rule, '抽查案卷335卷,评为优秀的198卷、合格的147卷、不合格的15卷。')[0]!.zh, '各分项之和为 360(198 + 147 + 15),超过总数 抽查案卷335卷');
    // 合格 may count 优秀 where it is the larger: each grade is then bounded alone.
    assert.deepEqual(allFindings('评查案卷279卷,评定优秀案卷126卷、合格案卷168卷、不合格案卷6卷。'), []);
  });

  it('reads a stock named with the state it is counted in (高速公路通车总里程) as the stock of the thing built', () => {
    assert.equal(check(rule, '新建成高速公路352公里,全省高速公路通车总里程达到326公里。')[0]!.zh, '分项 新建成高速公路352公里 大于其总数 全省高速公路通车总里程326公里');
    assert.deepEqual(allFindings('新建成高速公路352公里,全省高速公路通车总里程达到8126公里。'), []);
    assert.deepEqual(allFindings('新增铁路运营里程395公里,全省高速公路通车总里程达到326公里。'), []);
  });

  it('says so where a 其中 opening its sentence lists all of a total before (its others last) and passes it', () => {
    const text = '共查办各类违法案件2673件,罚没款3162.5万元。其中,食品安全领域案件1036件、价格领域案件418件、其他领域案件1897件。';
    const [f, ...rest] = check(rule, text);
    assert.equal(rest.length, 0);
    assert.equal(f!.severity, 'warning');
    assert.match(f!.zh, /各项之和为 3351\(1036 \+ 418 \+ 1897\),超过总数 查办各类违法案件2673件/);
    // Short of the total, it says nothing: the total of the sentence before is only inferred.
    assert.deepEqual(allFindings(text.replace('2673件', '3673件')), []);
  });

  it('lists kinds of document counted in 件, 项 or 份 as parts of one total', () => {
    assert.equal(check(rule, '全年开展合法性审核193件,其中规范性文件12件、重大行政决策9项、政府合同186份。')[0]!.zh, '“其中”各项之和为 207(12 + 9 + 186),超过总数 开展合法性审核193件');
    assert.deepEqual(allFindings('全年开展合法性审核207件,其中规范性文件12件、重大行政决策9项、政府合同186份。'), []);
    // Things that are not documents keep their own units apart.
    assert.deepEqual(allFindings('全年受理案件193件,其中涉及企业12件、重点项目9项、群众来信186份。'), []);
  });

  it('reads the count of corrections after a list of outcomes as holding the corrections listed', () => {
    const list = '审结192件,维持118件、确认违法9件、撤销11件、责令履行6件、驳回32件、终止16件';
    assert.equal(check(rule, `${list},直接纠错24件。`)[0]!.zh, '各分项之和为 26(9 + 11 + 6),超过总数 直接纠错24件');
    assert.deepEqual(allFindings(`${list},直接纠错26件。`), []);
    // More than the corrections listed: one the list leaves out (变更) may be among them.
    assert.deepEqual(allFindings(`${list},直接纠错28件。`), []);
    // A list of corrections alone is no list of outcomes: the count may be of another set of cases.
    assert.deepEqual(allFindings('确认违法9件、撤销11件、责令履行6件,直接纠错24件。'), []);
  });

  it('reads letter grades of what was rated (评定A级机构…、B级…、C级…) as its parts', () => {
    assert.equal(check(rule, '全年对3592家定点医药机构开展评价,评定A级机构1368家、B级2106家、C级388家。').length, 1);
    assert.deepEqual(allFindings('全年对3862家定点医药机构开展评价,评定A级机构1368家、B级2106家、C级388家。'), []);
  });

  it('reads a stock named with its state (通车里程) without 总 as the stock of what was added', () => {
    assert.equal(check(rule, '新增高速公路里程735公里,全市高速公路通车里程达到612公里。')[0]!.zh, '分项 新增高速公路里程735公里 大于其总数 全市高速公路通车里程612公里');
    assert.deepEqual(allFindings('新增高速公路里程35公里,全市高速公路通车里程达到612公里。'), []);
  });

  it('reads a part naming the nouns of both listed totals as a part of their sum, where a total gives it', () => {
    const text = '全年办理人大代表建议和政协提案共163件,其中人大代表建议71件、政协提案92件。其中,涉及法治政府建设的建议提案197件。';
    const [f, ...rest] = check(rule, text);
    assert.equal(rest.length, 0);
    assert.equal(f!.zh, '分项 涉及法治政府建设的建议提案197件 大于其总数 办理人大代表建议和政协提案163件');
    assert.equal(f!.severity, 'warning');
    assert.deepEqual(allFindings(text.replace('197件', '19件')), []);
  });

  it('reads what came in this year and what was carried over as never overlapping, though one equals the total', () => {
    assert.equal(check(rule, '受理依申请公开事项219件,其中当年新收219件、上年结转17件。')[0]!.zh, '“其中”各项之和为 236(219 + 17),超过总数 受理依申请公开事项219件');
    assert.deepEqual(allFindings('受理依申请公开事项236件,其中当年新收219件、上年结转17件。'), []);
    // Other parts as large as the total say they overlap.
    assert.deepEqual(allFindings('定点医疗机构1106家,其中住院直接结算186家、门诊直接结算1106家。'), []);
  });

  it('reads a stock opened by the whole place before 累计, of what was added by any act (新增…累计建成…)', () => {
    assert.equal(check(rule, '新增省级民主法治示范村21个,全县累计建成省级民主法治示范村17个。')[0]!.zh, '分项 新增省级民主法治示范村21个 大于其总数 全县累计建成省级民主法治示范村17个');
    assert.deepEqual(allFindings('新增省级民主法治示范村21个,全县累计建成省级民主法治示范村37个。'), []);
  });

  it('reads clauses naming two kinds in one frame (参加城镇职工…保险, 参加城乡居民…保险) as parts that do not overlap', () => {
    const text = '年末全省参加基本养老保险人数3837.9万人,其中参加城镇职工基本养老保险1864.3万人,参加城乡居民基本养老保险2262.5万人。';
    assert.equal(check(rule, text)[0]!.zh, '“其中”各项之和为 4126.8万(1864.3万 + 2262.5万),超过总数 年末全省参加基本养老保险人数3837.9万人');
    assert.deepEqual(allFindings(text.replace('3837.9万人', '4126.8万人')), []);
    // Clauses of other frames may overlap: each is only bounded by the total.
    assert.deepEqual(allFindings('组织行政执法培训612人,其中参加法律知识专题培训448人,通过执法资格考试取得执法证件531人。'), []);
  });

  it('reads parts named by different predicates of the whole as possibly overlapping, and no average a year as a total', () => {
    for (const s of [
      '全面梳理市级政务服务事项1286项,其中即办件714项、实现“全程网办”的1103项。',
      '全年办理行政处罚案件3416件,其中适用简易程序1208件、涉及经营主体2514件。',
      '五年累计城镇新增就业52.6万人,年均新增10.5万人,其中2025年新增10.8万人。',
    ]) {
      assert.deepEqual(allFindings(s), [], s);
    }
    // Each part is still bounded by the total, and the year's part by the sum over the years.
    assert.equal(check(rule, '全年办理行政处罚案件3416件,其中适用简易程序1208件、涉及经营主体3514件。').length, 1);
    assert.match(check(rule, '五年累计城镇新增就业52.6万人,年均新增10.5万人,其中2025年新增60.8万人。')[0]!.zh, /大于其总数 五年累计城镇新增就业52\.6万人/);
  });

  it('reads no change of one year as a part of the change over five (其中2025年由…增至…)', () => {
    assert.deepEqual(allFindings('科技型中小企业由2020年的412家增至2025年的1126家,其中2025年由968家增至1126家,增长16.3%。'), []);
    // The ends of a part's change in the same years are still parts of the whole's.
    assert.equal(check(rule, '公交车辆由2020年的1260辆增至1480辆,其中新能源公交车由2020年的1320辆增至1410辆。').length, 1);
  });

  it('reads a long-named figure across a comma, after a part of another unit, as a clause of its own', () => {
    assert.deepEqual(allFindings('全年引进各类紧缺人才2316人,其中领军人才团队12个,来本地就业创业的高校毕业生4.3万人。'), []);
    // A short name across the comma is still a part, and bounded by the total.
    assert.equal(check(rule, '全年引进各类紧缺人才2316人,其中领军人才团队12个,博士2418人。').length, 1);
  });

  it('reads a stock named by its scope alone (全市累计达到) as the stock of the year\'s increment', () => {
    assert.match(check(rule, '全年新建充电桩1240个,全市累计达到1185个。')[0]!.zh, /大于其总数/);
    assert.deepEqual(allFindings('全年新建充电桩1240个,全市累计达到5185个。'), []);
  });

  it('reads what was refused beside what was accepted as the other part of the applications received', () => {
    assert.match(check(rule, '全年收到复议申请81件,依法受理75件、不予受理9件。')[0]!.zh, /^各分项之和为 84\(75 \+ 9\),超过总数/);
    assert.deepEqual(allFindings('全年收到复议申请84件,依法受理75件、不予受理9件。'), []);
    assert.deepEqual(allFindings('全年收到复议申请91件,依法受理75件、不予受理9件。'), [], 'others may be referred elsewhere');
  });

  it('reads one year\'s figure as part of the total over the plan\'s years of the same act (“十四五”期间累计…)', () => {
    assert.equal(check(rule, '2025年改造城镇老旧小区318个、惠及居民1.6万户,“十四五”期间累计改造296个。').length, 1);
    assert.deepEqual(allFindings('2025年改造城镇老旧小区318个、惠及居民1.6万户,“十四五”期间累计改造1296个。'), []);
    assert.equal(check(rule, '全年新改建农村公路2140公里,五年来累计新改建1980公里。').length, 1);
    assert.deepEqual(allFindings('全年新改建农村公路214公里,五年来累计建成高速公路1980公里。'), [], 'another act is no sum of this one');
  });

  it('bounds each further clause of a whole named with 在…中 (…的N人) by the whole', () => {
    const text = (n: number) => `在612名一线执法人员中,取得法律职业资格的143人,能够运用双语开展执法的${n}人。`;
    assert.equal(check(rule, text(635)).length, 1);
    assert.deepEqual(allFindings(text(535)), [], 'the clauses may overlap: 143 + 535 passes 612, and that is no mistake');
  });

  it('reads the year\'s activities against the total over the 普法 plan\'s years (“八五”普法期间累计)', () => {
    assert.equal(check(rule, '全年开展送法进乡村、进企业等活动1386场次,“八五”普法期间累计开展1240场次。').length, 1);
    assert.deepEqual(allFindings('全年开展送法进乡村、进企业等活动386场次,“八五”普法期间累计开展1240场次。'), []);
  });

  it('reads a net increase as at most the gross increment it follows (新登记…,净增…)', () => {
    assert.match(check(rule, '全年新登记经营主体12.6万户,净增14.3万户。')[0]!.zh, /^分项 净增14\.3万户 大于其总数 新登记经营主体12\.6万户/);
    assert.deepEqual(allFindings('全年新登记经营主体12.6万户,净增4.3万户。'), []);
  });

  it('reads 规模以上工业企业, 规上企业 and 入规企业 as one thing, the year\'s new ones part of the stock', () => {
    assert.equal(check(rule, '全县规模以上工业企业达到142家,全年新增入规企业158家。').length, 1);
    assert.deepEqual(allFindings('全县规模以上工业企业达到142家,全年新增入规企业18家。'), []);
  });
});
