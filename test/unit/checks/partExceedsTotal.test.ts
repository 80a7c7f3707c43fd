import * as assert from 'node:assert/strict';
import { allFindings, check } from '../../helpers/findings';

const rule = 'part-exceeds-total';

describe('part-exceeds-total', () => {
  it('flags a 其中 list whose sum passes its total, skipping an aside in brackets', () => {
    const [f, ...rest] = check(rule, '审结88件(含上年转结5件),其中:维持52件、驳回9件、撤销3件、确认违法2件、终止23件。');
    assert.equal(rest.length, 0);
    assert.equal(f!.severity, 'error');
    assert.equal(f!.at, '88件');
    assert.match(f!.zh, /之和为 89\(52 \+ 9 \+ 3 \+ 2 \+ 23\),超过总数 审结88件/);
    assert.deepEqual(f!.related, ['52件', '9件', '3件', '2件', '23件']);
  });

  it('flags a single part larger than its total', () => {
    const [f] = check(rule, '来电咨询512人次,其中老年人来电咨询530人次。');
    assert.equal(f!.at, '530人次');
    assert.match(f!.zh, /大于其总数/);
    assert.equal(check(rule, '受理案件50件(含疑难案件60件)。').length, 1);
    // Named without the 其中 that introduces it, in the magnitude it is written in.
    const [g] = check(rule, '外贸进出口总额386.3亿元,其中出口412.6亿元。');
    assert.match(g!.zh, /^分项 出口412\.6亿元 大于其总数 外贸进出口总额386\.3亿元/);

  });

  it('reads groups of parts after a list of totals, each named by the noun of its own total', () => {
    const text = '共办理区人大代表建议96件、区政协委员提案140件,其中人大代表建议主办90件、协办10件,政协委员提案主办128件、协办12件。';
    const [f, ...rest] = check(rule, text);
    assert.equal(rest.length, 0);
    assert.equal(f!.at, '96件');
    assert.match(f!.zh, /超过总数 办理区人大代表建议96件/);
    assert.deepEqual(check(rule, text.replace('96件', '100件')), []);
    assert.deepEqual(check(rule, '共办理区人大代表建议96件、区政协委员提案140件,其中主办218件、协办18件。'), [], 'unnamed parts are of both together');
  });

  it('is silent on parts within their total, and on clauses that may overlap', () => {
    for (const s of [
      '来电咨询512人次,其中老年人来电咨询23人次;现场来访咨询1866人次,其中老年人197人次。',
      '结案301件,其中纠错行政行为15件,经和解调解结案28件。',
      '组织行政执法培训612人,其中继续教育548人,通过考试取得行政执法证531人。',
      '公证事项共1408件,其中国内民事公证1236件,涉外公证172件。',
      '审查文件共87件,其中会议纪要51件、一般性文件24件、政府合同12件。',
      '受理案件200余件,其中疑难案件210件。',
      '受理案件150件,其中调解成功率90%。',
    ]) {
      assert.deepEqual(check(rule, s), [], s);
    }
  });

  it('does not take a count summed over years for an outcome of the year\'s', () => {
    assert.deepEqual(check(rule, '全年新增标准化达标单位36个,累计达标128个,达标率76.2%。'), []);
  });

  it('reads another action on the same kind of thing as a sibling, not an outcome of the one before', () => {
    assert.deepEqual(check(rule, '五年来累计制定规章14件,修改规章5件,废止规章8件。'), []);
    assert.equal(check(rule, '对38件规范性文件开展清理,依法废止42件。').length, 1);
  });

  it('reads parts after a change as parts of the change, not of the stock before it', () => {
    assert.deepEqual(allFindings('年末规上企业达到312家,比上年末净增25家,其中新升规企业41家,另有16家退出。'), []);
  });

  it('reads a whole named with 中 past a gloss in brackets, and a category of the stock after a net change', () => {
    assert.equal(check(rule, '全市8个县（市、区）中已有11个获评示范县。').length, 1);
    assert.deepEqual(check(rule, '全市8个县（市、区）中已有6个获评示范县。'), []);
    assert.equal(check(rule, '全镇规上企业达到42家,比上年净增6家,其中产值超亿元企业51家。').length, 1, 'a kind of the stock, not a coming or going');
  });

  it('reads a net rise after a list as the list\'s, and a part after the year\'s increment as possibly of the stock', () => {
    assert.deepEqual(allFindings('全年新申领执法证件1,120名、注销306名,比上年末净增814名。'), []);
    assert.deepEqual(check(rule, '全市网络经营主体达到4.15万户,年内新增0.62万户,其中个体网店2.73万户。'), []);
    assert.equal(check(rule, '全市网络经营主体达到4.15万户,年内新增0.62万户,其中个体网店4.73万户。').length, 1, 'above the stock too');
  });

  it('takes no average a year for a total: 其中 after 年均 is of the sum over the years', () => {
    assert.deepEqual(check(rule, '五年累计新收案件1650件,年均330件,其中2025年新收472件。'), []);
    assert.equal(check(rule, '五年累计新收案件1650件,年均330件,其中2025年新收1720件。').length, 1);
  });

  it('reads the year\'s new figure as part of the cumulative one of its own noun and action', () => {
    assert.equal(check(rule, '全年新建标准厂房46万平方米,累计建成标准厂房38万平方米。').length, 1);
    assert.deepEqual(check(rule, '全年新建标准厂房46万平方米,累计建成标准厂房382万平方米。'), []);
    assert.deepEqual(check(rule, '新建农村公路120公里,累计改造农村公路96公里。'), [], 'another action: renovated roads are not the new ones');
    assert.deepEqual(check(rule, '新增经营主体1.2万户,累计培育专精特新企业0.3万户。'), [], 'another noun');
  });

  it('reads a part bounded below (突破) that ends its clause as a part, not a category\'s threshold', () => {
    assert.equal(check(rule, '港区营业收入1860亿元,其中港口集团营业收入突破1900亿元。').length, 1);
    assert.deepEqual(check(rule, '港区营业收入1860亿元,其中港口集团营业收入突破600亿元。'), []);
    assert.deepEqual(check(rule, '规上工业营业收入1860亿元,其中超50亿元企业12家。'), [], 'a threshold of the companies counted');
  });

  it('reads suggestions adopted, with their own noun, as part of those gathered', () => {
    assert.equal(check(rule, '公开征求意见建议64条,吸纳合理意见71条。').length, 1);
    assert.deepEqual(check(rule, '公开征求意见建议64条,吸纳合理意见41条。'), []);
    assert.deepEqual(check(rule, '培训执法人员64人,吸纳合理意见71条。'), [], 'nothing gathered');
  });

  it('ends a 、 list of parts at a comma: the clause after it is no part', () => {
    assert.deepEqual(check(rule, '全年实施重点项目104个,其中新开工项目47个、续建项目57个,竣工投产项目36个。'), []);
    assert.equal(check(rule, '全年实施重点项目104个,其中新开工项目57个、续建项目57个。').length, 1);
    // Outcomes of cases run on past the comma, all but 纠错 (which sums some of them).
    assert.equal(check(rule, '已审结212件,其中维持150件、驳回22件、撤销13件、确认违法8件、责令履行4件,调解和解终止21件。').length, 1, '218 > 212');
    assert.deepEqual(check(rule, '审结186件,其中维持120件、撤销11件、确认违法7件、责令履行4件、驳回18件、终止26件,纠错22件。'), []);
  });

  it('reads a sentence opened by 其中 that names parts of the sentence before as their sum', () => {
    const text = '从资金来源看,中央资金9.4亿元,专项债券资金7.2亿元,社会资本及其他资金5.6亿元。其中,利用专项债券和社会资本合计12.8亿元。';
    assert.deepEqual(allFindings(text), []);
    assert.deepEqual(allFindings(text.replace('12.8亿元', '13.8亿元')), ['sum-mismatch@13.8亿元']);
  });

  it('reads a net increase after a 、 list of parts as no part of it', () => {
    assert.deepEqual(allFindings('年末“四上”企业达到1,526家,其中规模以上工业企业508家、限额以上批发零售企业612家、规模以上服务业企业328家、建筑业企业78家,全年净增“四上”企业214家。'), []);
  });

  it('reads what is accepted (受理) as part of what was received', () => {
    assert.equal(check(rule, '收到行政复议申请1,108件,同比增长16.2%,受理1,180件,审结1,020件。').length, 1);
    assert.deepEqual(check(rule, '收到行政复议申请1,108件,同比增长16.2%,受理1,046件,审结1,020件。'), []);
  });

  it('reads grades of what was assessed as parts, each once, overlapping where 合格 may count the better ones', () => {
    assert.equal(check(rule, '共评查案卷318卷,评定为优秀96卷、良好172卷、较差62卷。').length, 1, '330 > 318');
    assert.deepEqual(check(rule, '共评查案卷318卷,评定为优秀96卷、良好172卷、较差50卷。'), []);
    assert.deepEqual(check(rule, '抽取行政处罚案卷216卷,评定优秀案卷32卷、合格案卷208卷,合格率96.3%。'), [], '合格 counts the 优秀 too');
  });

  it('reads parts sorted by one attribute only (博士, 硕士, 其他本科) as not overlapping', () => {
    assert.equal(check(rule, '全年引进各类人才1520人,其中博士31人、硕士246人、其他本科及以上人才1302人。').length, 1, '1579 > 1520');
    assert.deepEqual(check(rule, '全年引进各类人才1520人,其中博士31人、研究生246人、女性1302人。'), [], 'attributes of several kinds may overlap');
  });

  it('reads counts above a higher threshold as part of those above a lower one', () => {
    assert.equal(check(rule, '全年签约项目92个,其中亿元以上项目44个、10亿元以上项目47个。').length, 1);
    assert.equal(check(rule, '其中10亿元以上项目13个、50亿元以上项目16个。').length, 1);
    assert.deepEqual(check(rule, '全年签约项目92个,其中亿元以上项目44个、10亿元以上项目17个、50亿元以上项目4个。'), []);
  });

  it('reads the year\'s new ones as part of the stock named with the place\'s scope and their noun', () => {
    assert.equal(check(rule, '新建城市书房21个,全市城市书房达到17个。').length, 1);
    assert.deepEqual(check(rule, '新建城市书房6个,全市城市书房达到17个。'), []);
    assert.deepEqual(check(rule, '新建城市书房21个,全市图书馆达到17个。'), [], 'another noun');
  });

  it('reads no whole in 过程中 (during) nor in the second of two joined figures before 中', () => {
    assert.deepEqual(check(rule, '在应对汛期3轮强降雨和2次台风过程中,依法启动应急响应9次。'), []);
    assert.deepEqual(check(rule, '全市7个镇和4个街道中,涉农的7个镇全部完成规划编制。'), []);
    assert.equal(check(rule, '全市9个测评点中有11个达标。').length, 1);
  });

  it('reads a class named with 类 (肉类总产量) as the whole of its kinds only', () => {
    assert.deepEqual(check(rule, '肉类总产量38.4万吨,牛奶产量96.2万吨、增长8.1%。'), []);
    assert.equal(check(rule, '肉类总产量38.4万吨,猪肉产量41.6万吨。').length, 1);
  });

  it('ends a list of parts at a part that is a whole named with 中, and reaches into the sentence before only for an opening 其中', () => {
    assert.deepEqual(check(rule, '规划纲要确定的36项主要指标中,约束性指标8项全部完成,预期性指标28项中完成或超额完成25项、基本完成2项、未完成1项。'), []);
    assert.deepEqual(allFindings('全省通过协调化解行政争议2360件。从案件类型看,全省行政复议案件主要集中在治安管理、市场监管等领域,其中治安管理类案件2.06万件,占全部收案量的31.7%。'), []);
  });

  it('reads no single total for 其中 after two joined figures, nor a level kept above a bound', () => {
    assert.deepEqual(check(rule, '全市12个镇(街道)和30个市政府工作部门主要负责人年终述法实现全覆盖,其中现场述法的17个、书面述法的25个。'), []);
    assert.deepEqual(check(rule, '粮食总产量586.2亿斤,连续5年稳定在580亿斤以上,其中夏粮224.6亿斤、秋粮361.6亿斤。'), []);
    assert.equal(check(rule, '粮食总产量586.2亿斤,连续5年稳定在580亿斤以上,其中夏粮224.6亿斤、秋粮381.6亿斤。').length, 1);
  });

  it('reads a count of another kind of a noun as no part of a 总数 of one kind', () => {
    assert.deepEqual(check(rule, '全县高新技术企业总数达到61家,科技型中小企业达到137家。'), []);
  });

  it('reads the year\'s increment of the stock\'s noun after it, and what is accepted past a growth and last year\'s figure', () => {
    assert.equal(check(rule, '全区规上工业企业达到136家,全年新增规上工业企业162家。').length, 1);
    assert.deepEqual(check(rule, '全区规上工业企业达到136家,全年新增规上工业企业16家。'), []);
    assert.equal(check(rule, '共收到行政复议申请986件,比上年的768件增长28.4%,受理1024件。').length, 1);
  });

  it('reads what of a whole was done in its own clause (交办的33个问题已完成整改31个)', () => {
    assert.equal(check(rule, '交办的29个问题已完成整改31个,其余2个按序时推进。').length, 1);
    assert.deepEqual(check(rule, '交办的33个问题已完成整改31个,其余2个按序时推进。'), []);
  });

  it('reads what a review decided for each document as parts of those reviewed', () => {
    assert.equal(check(rule, '对现行有效的规范性文件共计356件进行全面梳理,决定继续有效318件、修改39件、废止26件。').length, 1, '383 > 356');
    assert.deepEqual(check(rule, '对现行有效的规范性文件共计383件进行全面梳理,决定继续有效318件、修改39件、废止26件。'), []);
  });

  it('says which part looks like a typing slip when swapping two of its digits makes the parts add up', () => {
    const [f] = check(rule, '全市现有定点医药机构3748家,其中定点医疗机构1312家、定点零售药店2463家。');
    assert.match(f!.zh, /疑为分项 2463家 两位数字颠倒$/, '1312 + 2436 = 3748');
    const [g] = check(rule, '全市现有定点医药机构3748家,其中定点医疗机构1312家、定点零售药店2486家。');
    assert.doesNotMatch(g!.zh, /颠倒/);
  });

  it('reads what people have or have obtained (具有…的, 取得…的) as attributes that may overlap', () => {
    assert.deepEqual(check(rule, '厅机关现有专职法制工作人员7名,其中具有法学专业背景的6名、取得法律职业资格的5名。'), []);
    assert.equal(check(rule, '厅机关现有专职法制工作人员7名,其中具有法学专业背景的8名。').length, 1, 'each is still bounded by the total');
  });

  it('reads a 其中 list in three units or more as the works done, not parts of the count', () => {
    assert.deepEqual(allFindings('改造老旧小区296个,惠及居民3.98万户;其中完成加装电梯372部、新增停车位8140个、改造水电气管网412公里。'), []);
    assert.equal(check(rule, '实施水利项目870个,其中小型水库6座、水池等调蓄设施876个。').length, 1, 'two units: kinds of the projects');
  });

  it('reads grades listed clause by clause (评为优秀的…,合格的…,不合格的…) as siblings, each bounded by what was assessed', () => {
    assert.deepEqual(allFindings('共抽查行政处罚、行政许可案卷480卷,评为优秀的162卷,合格的293卷,不合格的25卷,优秀率为33.8%。'), []);
    const [f, ...rest] = check(rule, '共抽查行政处罚、行政许可案卷280卷,评为优秀的62卷,合格的293卷,不合格的25卷。');
    assert.equal(rest.length, 0);
    assert.equal(f!.at, '293卷');
  });

  it('reads no part in a class named by a size (百亿元级企业…,其中千亿元级企业)', () => {
    assert.deepEqual(allFindings('全市百亿元级企业达到17家,其中千亿元级企业1家。'), []);
  });

  it('reads a part that sums two kinds of its own (、C和D合计…、) as one more part, and a gloss in brackets as no part cue', () => {
    const list = (total: string) => `全年征收社会保险费${total}亿元,其中养老保险费76.4亿元、医疗保险费（含生育保险）29.8亿元、失业保险费和工伤保险费合计5.6亿元、居民医保和居民养老保险费7.1亿元。`;
    assert.deepEqual(allFindings(list('118.9')), []);
    const [f, ...rest] = check(rule, list('108.9'));
    assert.equal(rest.length, 0);
    assert.match(f!.zh, /各项之和为 118\.9亿\(76\.4亿 \+ 29\.8亿 \+ 5\.6亿 \+ 7\.1亿\)/);
  });

  it('reads levels reached (中达到基本标准的…、推荐标准的…) as nesting, each still bounded by the whole', () => {
    assert.deepEqual(allFindings('全县36个乡镇卫生院中达到服务能力基本标准的33个、推荐标准的11个。'), []);
    assert.deepEqual(allFindings('全县36个乡镇卫生院,其中达到服务能力基本标准的33个、推荐标准的11个。'), []);
    const [f, ...rest] = check(rule, '全县36个乡镇卫生院中达到服务能力基本标准的33个、推荐标准的41个。');
    assert.equal(rest.length, 0);
    assert.equal(f!.at, '41个');
    assert.equal(check(rule, '全县6座生产煤矿中,达到安全生产标准化一级等级的4座、二级的3座。').length, 1, 'grades by rank are each their own');
  });

  it('reads 其中 past a rate that names its noun (考核指标完成率…,其中45项指标中) as of what the rate counts', () => {
    assert.deepEqual(allFindings('全民健身行动12个专项行动全面推进,年度考核指标完成率达到93.3%,其中45项指标中完成42项。'), []);
    assert.equal(check(rule, '全民健身行动12个专项行动全面推进,年度任务完成率达到93.3%,其中45项行动已完成。').length, 1, 'a rate of another noun leaves 其中 to the count before');
    assert.equal(check(rule, '有42个项目全年执行率低于50%,涉及预算资金8.64亿元,其中51个项目执行率为零。').length, 1, 'a bound that describes the count leaves 其中 to it');
  });

  it('reads no part in a clause of the whole place after the 其中 clause (其中…投入运营,全港…达到112个)', () => {
    assert.deepEqual(allFindings('全年新建、续建码头泊位18个,其中东港区5万吨级散货码头、西港区集装箱码头三期投入运营,全港万吨级以上泊位达到112个。'), []);
  });

  it('reads a part named by a bound after a whole with 中 (68个村中,收入超过10万元的达到71个)', () => {
    assert.equal(check(rule, '全镇48个行政村中,村集体经济收入超过10万元的达到51个。')[0]!.zh, '分项 村集体经济收入超过10万元的51个 大于其总数 全镇48个行政村');
    assert.deepEqual(allFindings('全镇48个行政村中,村集体经济收入超过10万元的达到41个,50万元以上的有12个。'), []);
  });

  it('reads no level a change reached as part of the difference after it (由…增加到38.62万吨,累计增产1.78万吨)', () => {
    assert.deepEqual(allFindings('五年间,全县粮食总产量由2020年的36.84万吨增加到2025年的38.62万吨,累计增产1.78万吨。'), []);
  });

  it('reads a sentence-opening 其中 against what was done, not the target of a share before it', () => {
    const [f, ...rest] = check(rule, '全年完成交通投资64.20亿元,比上年的60.15亿元增长6.7%,完成年度目标任务62亿元的103.5%。其中,公路投资41.36亿元、水运投资12.18亿元、港口投资11.56亿元。');
    assert.equal(rest.length, 0);
    assert.match(f!.zh, /超过总数 完成交通投资64.20亿元$/);
  });

  it('reads the amount of a 其中 part named as its total is, both with 总 (总投资…,其中工业项目43个、总投资…)', () => {
    assert.equal(check(rule, '全年新签约项目156个,总投资1268亿元,其中工业项目43个、总投资1294亿元。').length, 1);
    assert.deepEqual(allFindings('全年新签约项目156个,总投资1268亿元,其中工业项目43个、总投资894亿元。'), []);
  });

  it('reads what was done against a plan as no part of it (计划总投资…,实际完成投资…)', () => {
    assert.deepEqual(allFindings('年初确定的十件民生实事,计划总投资18.4亿元,实际完成投资19.2亿元。'), []);
    assert.equal(check(rule, '全市电力总装机规模1860万千瓦,新能源装机1920万千瓦。').length, 1);
  });

  it('reads the things of a place named by what they have as part of all of them (全市…个行政村,…的村达到…个)', () => {
    assert.equal(check(rule, '全市612个行政村,集体经济年收入10万元以上的村达到634个。')[0]!.zh, '分项 集体经济年收入10万元以上的村634个 大于其总数 全市612个行政村');
    assert.deepEqual(allFindings('全市612个行政村,集体经济年收入10万元以上的村达到534个。'), []);
  });

  it('reads the year\'s new things as part of a stock named at length, or by what it holds (有效期内, 境内外)', () => {
    assert.equal(check(rule, '全年新增床位412张,全县医疗卫生机构床位总数达到386张。').length, 1);
    assert.equal(check(rule, '新增基层立法联系点14个,全市基层立法联系点达到12个。').length, 1);
    assert.equal(check(rule, '新认定高新技术企业124家,有效期内高新技术企业达到118家。').length, 1);
    assert.equal(check(rule, '新增上市企业6家,全区境内外上市企业达到5家。').length, 1);
    assert.deepEqual(allFindings('新认定高新技术企业124家,有效期内高新技术企业达到518家。新增上市企业6家,全区境内外上市企业达到25家。'), []);
    // Not a narrower kind's stock, nor another kind's that ends alike, nor a sibling increment.
    assert.deepEqual(allFindings('新增A级旅游景区12家,全市4A级旅游景区达到8家。'), []);
    assert.deepEqual(allFindings('新增国家级专精特新“小巨人”企业9家、省级专精特新中小企业86家,全市国家级“小巨人”企业累计达到31家。'), []);
    assert.deepEqual(allFindings('五年来城镇新增就业累计3.86万人,农村劳动力转移就业累计新增2.14万人。'), []);
  });

  it('reads no part of the last of two totals where the part is of both (和, nouns after the counts; both nouns named)', () => {
    assert.deepEqual(check(rule, '组织全市8个县(区)政府和40个市直部门主要负责人开展述法;其中书面述法35个,现场述法13个。'), [], '35 + 13 = 8 + 40');
    assert.deepEqual(check(rule, '全年承办代表建议50件、委员提案60件,其中主办建议提案共计70件,全部按时办结。'), [], '70 of 50 + 60');
    assert.equal(check(rule, '全年承办代表建议50件、委员提案60件,其中提案主办65件,全部按时办结。').length, 1, 'a part naming one total is of that one');
  });

  it('reads no outcome of a count that is itself an outcome (共修改…27件,废止48件) or a making (制定…1部,修改2部)', () => {
    assert.deepEqual(check(rule, '对规范性文件开展专项清理,共修改规范性文件20件,废止45件,宣布失效15件,合计处理80件。'), []);
    assert.deepEqual(check(rule, '市政府制定政府规章1部,修改3部。'), []);
    assert.equal(check(rule, '审查规范性文件12件,修改18件。').length, 1, 'what was reviewed is the whole of what was changed');
  });

  it('reads no part in a count after 在: where the part happens (其中…在全市146个乡镇举办)', () => {
    assert.deepEqual(check(rule, '打造群众文化活动品牌10个,其中“周末舞台”全年在全市120个乡镇(街道)举办演出500场。'), []);
  });

  it('sums a total whose bracket names its kinds over the parts of those kinds only', () => {
    const text = (total: number) => `全年审结案件200件,其中维持的100件、撤销的20件、确认违法的8件、责令履行的6件、驳回的40件、终止的26件,直接纠错(撤销、确认违法、责令履行、变更)合计${total}件(其中变更0件)。`;
    assert.deepEqual(check(rule, text(34)), [], '20 + 8 + 6 = 34, not all six');
    assert.equal(check(rule, text(32)).length, 1, '34 > 32');
  });

  it('reads a stock after 累计 whose noun holds letters and digits (累计建成5G基站)', () => {
    assert.equal(check(rule, '全年新建5G基站1286个,累计建成5G基站1124个。')[0]!.zh, '分项 新建5G基站1286个 大于其总数 建成5G基站1124个');
    assert.deepEqual(allFindings('全年新建5G基站1286个,累计建成5G基站4124个。'), []);
  });

  it('reads a place or a move in a ranking as no count: no part of a total of places', () => {
    for (const s of [
      '营商环境评价排名上升6位,其中政务服务、市场监管两项指标排名进入全国前三十位。',
      '全市综合排名上升5位,其中招标投标、获得电力排名分别上升12位、9位。',
      '全省营商环境排名进入前10名,其中3项指标排名上升20位以上。',
    ]) {
      assert.deepEqual(allFindings(s), [], s);
    }
    // People counted with 位 are still counted.
    assert.equal(check(rule, '邀请专家12位,其中省外专家15位。')[0]!.zh, '分项 省外专家15位 大于其总数 邀请专家12位');
  });
});
