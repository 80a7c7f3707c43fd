import * as assert from 'node:assert/strict';
import { allFindings, check } from '../../helpers/findings';

const rule = 'growth-mismatch';

describe('growth-mismatch', () => {
  it('warns when no whole previous count gives the growth', () => {
    const [f, ...rest] = check(rule, '今年来全区受理行政复议案件58件,同比增长150%,已审结49件。');
    assert.equal(rest.length, 0);
    assert.equal(f!.severity, 'warning');
    assert.equal(f!.at, '150%');
    assert.match(f!.zh, /上期应为 23\.2,不是整数\(23 → 152\.17%,24 → 141\.67%\)/);
    assert.deepEqual(f!.related, ['58件']);
  });

  it('accepts growth a whole previous count gives, rising or falling', () => {
    for (const s of ['审查起诉阶段136件,同比增长了1033.3%。', '受理16件,同比下降20%。', '受理45件,较上年增长12.5%。', '受理52件,同比增长160%。', '受理0件,同比下降100%。']) {
      assert.deepEqual(check(rule, s), [], s);
    }
  });

  it('recomputes growth from a stated previous figure, as an error', () => {
    const [f] = check(rule, '受理案件45件,同比增长15%,上年同期40件。');
    assert.equal(f!.severity, 'error');
    assert.match(f!.zh, /增幅应为 12\.5%\(\(45 − 40\) \/ 40\)/);
    assert.deepEqual(check(rule, '受理案件45件,同比增长12.5%,上年同期40件。'), []);
    assert.equal(check(rule, '全年接听来电9,482人次,同比增长15.6%(上年同期8,317人次)。')[0]?.severity, 'error', 'last year in brackets');
    assert.deepEqual(check(rule, '全年接听来电9,482人次,同比增长14.01%(上年同期8,317人次)。'), []);
  });

  it('reads a change written in brackets right after its growth (下降25.0%(由上年的400起降至300起))', () => {
    const [f, ...rest] = check(rule, '盗窃案件立案数下降30.0%(由上年的400起降至300起)。');
    assert.equal(rest.length, 0);
    assert.equal(f!.at, '30.0%');
    assert.match(f!.zh, /降幅应为 25%\(\(400 − 300\) \/ 400\)/, 'a fall is named as the words name it');
    assert.deepEqual(check(rule, '盗窃案件立案数下降25.0%(由上年的400起降至300起)。'), []);
    assert.deepEqual(check(rule, '涉企检查频次较上年下降25.0%(年检查次数由400次降至300次)。'), [], 'the bracket may name its own noun');
    assert.deepEqual(check(rule, '盗窃案件立案数下降30.0%,全年办结(由上年的400起增至420起)。'), [], 'a bracket further on explains something else');
  });

  it('reads 分别由上年的A、B下降到C、D, with the growths in order', () => {
    const text = (a: string) => `事故起数和死亡人数分别由上年的80起、50人下降到60起、40人,分别下降${a}和20.0%。`;
    const [f, ...rest] = check(rule, text('30.0%'));
    assert.equal(rest.length, 0);
    assert.match(f!.zh, /降幅应为 25%/);
    assert.deepEqual(check(rule, text('25.0%')), []);
  });

  it('pairs 分别 growths with figures of different units in clauses of their own, by order and unit', () => {
    const text = (a: string) => `全年接待游客500万人次,实现旅游收入44.0亿元,分别比上年增长${a}和10.0%(上年分别为400万人次、40.0亿元)。`;
    const [f, ...rest] = check(rule, text('30.0%'));
    assert.equal(rest.length, 0);
    assert.equal(f!.at, '30.0%');
    assert.match(f!.zh, /增幅应为 25%/);
    assert.deepEqual(check(rule, text('25.0%')), []);
    assert.deepEqual(check(rule, '全年接待游客500万人次,过夜游客120万人次,分别比上年增长30.0%和10.0%。'), [], 'one unit and no figures of last year: the pairing is not read');
  });

  it('shows the figures in the magnitude they are written in', () => {
    const [f] = check(rule, '社会消费品零售总额由上年的820.0亿元增至861.0亿元,增长3.1%。');
    assert.match(f!.zh, /增幅应为 5%\(\(861亿 − 820亿\) \/ 820亿\)/);
    assert.match(f!.en, /\(\(861亿 − 820亿\) \/ 820亿\)/);
  });

  it('tells this year\'s count from last year\'s and from the difference, wherever they stand', () => {
    assert.deepEqual(check(rule, '共收到申请 163 件,较上年的 118 件增长 38.1%。'), []);
    assert.equal(check(rule, '共收到申请 163 件,较上年的 118 件增长 35.1%。')[0]?.severity, 'error');
    assert.deepEqual(check(rule, '新收申请 274 件,较上年的 251 件增加 23 件,增长 9.2%。'), []);
    assert.deepEqual(check(rule, '办理案件 ６１ 件,较上年减少 ９ 件,下降 12.9%。'), []);
    const [f] = check(rule, '办理案件 61 件,较上年减少 9 件,下降 14.9%。');
    assert.match(f!.zh, /降幅应为 12\.86%\(\(70 − 61\) \/ 70\)/);
  });

  it('finds last year\'s figure by the words before it, even when the label is cleaned away', () => {
    assert.equal(check(rule, '盗窃案件立案318起,同比下降12.4%(上年为351起)。')[0]?.severity, 'error');
    assert.deepEqual(check(rule, '盗窃案件立案318起,同比下降9.4%(上年为351起)。'), []);
  });

  it('does not guess which count a 分别 list of rates belongs to', () => {
    assert.deepEqual(check(rule, '全县共发生各类生产安全事故17起、死亡9人,同比分别下降22.7%和25%。'), []);
  });

  it('allows for the rounding of figures in 万 and 亿', () => {
    assert.deepEqual(check(rule, '营业收入2.36亿元,同比增长12.4%,上年同期2.10亿元。'), []);
    assert.equal(check(rule, '营业收入2.36亿元,同比增长15.4%,上年同期2.10亿元。').length, 1);
  });

  it('ignores growth of amounts and of approximate figures', () => {
    for (const s of ['投入326.5万元,同比增长37%。', '受理70余件,同比增长200%。', '受理71件,同比增长约200%。']) {
      assert.deepEqual(check(rule, s), [], s);
    }
  });

  it('names the count a growth does not fit in English too, with its label', () => {
    const [f] = check('growth-mismatch', '受理58件,同比增长150%。');
    assert.ok(f, 'a finding');
    assert.match(f!.en, /^150% does not fit 受理58件:/);
  });

  it('reads a change whose clause opens with 由 as of the subject the clause before names (GDP at constant prices)', () => {
    assert.deepEqual(check(rule, '五年来,全市地区生产总值先后跨越3000亿元、4000亿元两个台阶,由2020年的2860.0亿元增加到2025年的4120.0亿元,年均增长6.1%。'), [], 'GDP grows at constant prices: 7.6% nominal is no contradiction');
    assert.equal(check(rule, '五年来,全市一般公共预算收入先后跨越300亿元、400亿元两个台阶,由2020年的286.0亿元增加到2025年的412.0亿元,年均增长6.1%。').length, 1, 'revenue is nominal: 7.6%');
  });

  it('reads a difference against last year\'s end (比上年末增加, 比年初增加) as the year\'s change', () => {
    assert.equal(check(rule, '全市养老保险参保人数达到120.00万人,比上年末增加5.00万人,增长4.2%。').length, 1, '5 / 115 = 4.3%');
    assert.deepEqual(check(rule, '全市养老保险参保人数达到120.00万人,比上年末增加5.00万人,增长4.3%。'), []);
    assert.equal(check(rule, '各项存款余额1200.0亿元,比年初增加100.0亿元,增长8.3%。').length, 1, '100 / 1100 = 9.1%: since the year began, as against last year\'s end');
    assert.deepEqual(check(rule, '各项存款余额1200.0亿元,比年初增加100.0亿元,增长9.1%。'), []);
  });

  it('reads a change against last year as nominal when a constant-price indicator is another clause\'s', () => {
    assert.equal(check(rule, '规模以上工业增加值增长7.2%,固定资产投资增长4.3%,社会消费品零售总额1260.0亿元,比上年的1200.0亿元增长6.3%。').length, 1, '1260 / 1200 = 5.0%');
    assert.deepEqual(check(rule, '规模以上工业增加值增长7.2%,地区生产总值1260.0亿元,比上年的1200.0亿元增长6.3%。'), [], 'GDP is at constant prices');
  });

  it('counts the years of an average growth from the years the change names, not a later clause', () => {
    assert.deepEqual(check(rule, '受理量由2021年的1210件增长到2025年的2176件,年均增长15.8%,两者之比由2021年的0.9:1提高到1.6:1。'), []);
    assert.equal(check(rule, '受理量由2021年的1210件增长到2025年的2176件,年均增长12.5%,两者之比由2021年的0.9:1提高到1.6:1。').length, 1);
  });

  it('reads a level per head (由每人每月…提高到…) and last year\'s figure that can only be a single part\'s', () => {
    assert.equal(check(rule, '城乡低保标准由每人每月780元提高到820元,提高9.1%。').length, 1, '820 / 780 = +5.1%');
    assert.deepEqual(check(rule, '城乡低保标准由每人每月780元提高到820元,提高5.1%。'), []);
    assert.equal(check(rule, '帮助企业获得融资148.6亿元,其中知识产权质押融资11.4亿元,比上年的8.8亿元增长34.5%。').length, 1, '11.4 / 8.8 = +29.5%');
    assert.deepEqual(check(rule, '帮助企业获得融资14.6亿元,其中知识产权质押融资11.4亿元,比上年的9.8亿元增长49.0%。'), [], 'either may be last year\'s: 14.6 / 9.8 = +49%');
  });

  it('reads a growth naming its subject (出口总额) of the part, and no target for this year\'s figure', () => {
    assert.deepEqual(check(rule, '全年完成进出口总额78.6亿元,其中出口47.9亿元、进口30.7亿元,出口总额比上年的42.6亿元增长12.4%。'), []);
    assert.equal(check(rule, '全年完成进出口总额78.6亿元,其中出口47.9亿元、进口30.7亿元,出口总额比上年的42.6亿元增长16.4%。').length, 1);
    assert.deepEqual(check(rule, '全市城镇新增就业2.64万人,完成年度目标任务4.8万人的55.0%,比上年同期的2.53万人增长4.3%。'), []);
  });

  it('reads a rate named for a change (压减率) as its growth, and leaves one its words pair to the rate check', () => {
    const [f, ...rest] = check(rule, '省级保留证明事项由上年的88项精简至52项,压减率69.2%。');
    assert.equal(rest.length, 0);
    assert.match(f!.zh, /^压减率应为 40\.9\d*%\(\(88 − 52\) \/ 88\)/);
    assert.deepEqual(check(rule, '省级保留证明事项由上年的88项精简至52项,压减率40.9%。'), []);
    assert.deepEqual(allFindings('行政许可事项由420项压减至260项、压减率28.1%。'), ['rate-mismatch@28.1%']);
  });

  it('reads growths that name a subject of their own as that subject\'s, not of the changes before', () => {
    assert.deepEqual(allFindings('五年来,地区生产总值由2020年的131.2亿元增加到2025年的189.6亿元,一般公共预算收入由9.46亿元增加到13.58亿元,城乡常住居民人均可支配收入年均分别增长5.3%和7.6%。'), []);
    assert.equal(check(rule, '全县发生生产安全事故8起、死亡6人,事故起数和死亡人数同比分别下降27.3%、40%(上年分别为11起、9人)。').length, 1, 'the subjects named are the figures\' own: 6 / 9 is −33.3%');
  });

  it('reads a net rise against last year (比上年净增) as the difference of the stock', () => {
    assert.equal(check(rule, '年末规模以上工业企业达到52户,比上年净增8户,增长15.4%。').length, 1, '8 / 44 = 18.2%');
    assert.deepEqual(check(rule, '年末规模以上工业企业达到52户,比上年净增8户,增长18.2%。'), []);
  });

  it('flags a change whose verb its two ends contradict (由A增加到B with B below A), but not a rank', () => {
    const [f] = check(rule, '镇便民服务中心进驻事项由2020年的212项增加到178项。');
    assert.match(f!.zh, /^文中说增加,但由 212项 到 178项 是减少$/);
    assert.equal(check(rule, '市级事业单位由274个精简至318个。').length, 1);
    assert.deepEqual(check(rule, '镇便民服务中心进驻事项由2020年的178项增加到212项。'), []);
    assert.deepEqual(check(rule, '在全国百强县排名由87位上升到52位。'), [], 'a rank rises as its number falls');
  });

  it('reads the figures after 分别减少 as the differences, in a list of clauses, not last year\'s figures', () => {
    assert.deepEqual(check(rule, '全年发生生产安全事故7起,死亡5人,比上年分别减少3起、2人,分别下降30.0%和28.6%。'), []);
    const [f, ...rest] = check(rule, '全年发生生产安全事故7起,死亡5人,比上年分别减少3起、2人,分别下降30.0%和38.6%。');
    assert.equal(rest.length, 0);
    assert.equal(f!.at, '38.6%');
  });

  it('reads no difference after the last item of a 、 list as that item\'s alone (…、省级资金2.24亿元,比上年增加0.58亿元)', () => {
    assert.deepEqual(allFindings('争取上级资金3.86亿元,其中中央资金1.62亿元、省级资金2.24亿元,比上年增加0.58亿元,增长17.7%。'), []);
    assert.equal(check(rule, '争取上级资金3.86亿元,比上年增加0.58亿元,增长27.7%。').length, 1, 'a level on its own is read');
    assert.equal(check(rule, '全区共有律师事务所48家、执业律师1263名,比上年增加97名,增长13.0%。').length, 1, 'a list of other units is no list of parts');
  });

  it('reads a rise against last year (比上年增产…, 比上年提高…) as the difference, not this year\'s figure', () => {
    assert.deepEqual(allFindings('全县粮食总产量达到48.6万吨,比上年增产1.3万吨,增长2.7%(上年为47.3万吨)。'), []);
    assert.deepEqual(allFindings('城市低保标准提高到每人每月820元,比上年提高40元,增长5.1%(上年为780元)。'), []);
    const [f, ...rest] = check(rule, '全县粮食总产量达到48.6万吨,比上年增产1.3万吨,增长3.2%。');
    assert.equal(rest.length, 0);
    assert.match(f!.zh, /48\.6万 − 47\.3万/);
  });

  it('reads growths listed with 分别 against two changes whose later ends follow 分别提高到', () => {
    assert.match(check(rule, '城乡低保标准由每人每月760元、548元分别提高到790元、575元,分别提高6.9%和4.9%。')[0]!.zh, /^增幅应为 3\.95%/);
    assert.deepEqual(allFindings('城乡低保标准由每人每月760元、548元分别提高到790元、575元,分别提高3.9%和4.9%。'), []);
  });

  it('reads a net change after the year\'s gross increment as the change of the stock before it (达到N家,新增M家,净增D家,增长x%)', () => {
    assert.deepEqual(allFindings('全市高新技术企业达到842家,全年新认定196家,净增117家,增长16.1%。'), [], '117 / (842 − 117) = 16.1%');
    assert.match(check(rule, '全市高新技术企业达到842家,全年新认定196家,净增117家,增长18.1%。')[0]!.zh, /^增幅应为 16\.14%/);
  });

  it('reads growths listed against last year\'s figures stated with 与上年…相比', () => {
    assert.match(check(rule, '全年发生生产安全事故14起、死亡11人,与上年的18起、13人相比,分别下降27.8%和15.4%。')[0]!.zh, /^降幅应为 22\.22%/);
    assert.deepEqual(allFindings('全年发生生产安全事故14起、死亡11人,与上年的18起、13人相比,分别下降22.2%和15.4%。'), []);
  });
});
