import * as assert from 'node:assert/strict';
import { allFindings, check } from '../../helpers/findings';

// Breakdowns that come with one already read: counts written in twos (户 and 人), counts above
// thresholds that go on after a 其中 list, and a 其中 led by a threshold past the total's own growth.
describe('breakdowns that come with another', () => {
  it('reads the people of a 其中 part as part of the people of its total (82户245人,其中…57户266人)', () => {
    const [f, ...rest] = check('part-exceeds-total', '全镇纳入防止返贫监测对象82户245人,其中已消除风险的57户266人。');
    assert.equal(rest.length, 0);
    assert.equal(f!.at, '266人');
    assert.equal(f!.zh, '分项 已消除风险的57户266人 大于其总数 全镇纳入防止返贫监测对象82户245人');
    assert.deepEqual(allFindings('全镇纳入防止返贫监测对象82户245人,其中已消除风险的57户166人。'), []);
  });

  it('asks the people to add up where the households do (1.42万户2.63万人,其中城市…、农村…)', () => {
    const [f, ...rest] = check('sum-mismatch', '全县保障城乡低保对象1.42万户2.63万人,其中城市低保对象0.31万户0.52万人、农村低保对象1.11万户1.91万人。');
    assert.equal(rest.length, 0);
    assert.match(f!.zh, /2\.43/);
    assert.deepEqual(allFindings('全县保障城乡低保对象1.42万户2.63万人,其中城市低保对象0.31万户0.52万人、农村低保对象1.11万户2.11万人。'), []);
    // Households that do not add up leave the people bounded only: 0.52 + 1.91 is below 2.63.
    assert.deepEqual(allFindings('全县保障城乡低保对象1.42万户2.63万人,其中城市低保对象0.31万户0.52万人、农村低保对象1.01万户1.91万人。'), []);
  });

  it('reads counts above thresholds that go on after a 其中 list as parts of its total', () => {
    const [f, ...rest] = check('part-exceeds-total', '全年新签约招商项目124个,其中百亿元级项目2个、50亿元以上项目9个、10亿元以上项目131个。');
    assert.equal(rest.length, 0);
    assert.equal(f!.at, '131个');
    // They nest, so their sum may pass the total.
    assert.deepEqual(allFindings('全年新签约招商项目124个,其中百亿元级项目2个、50亿元以上项目9个、10亿元以上项目118个。'), []);
  });

  it('reads a 其中 led by a threshold or a class past the total’s own growth or share', () => {
    assert.equal(check('part-exceeds-total', '全年入库科技型中小企业1284家,比上年增长12.6%,其中营业收入超过1亿元的1302家。')[0]!.zh, '分项 营业收入超过1亿元的1302家 大于其总数 入库科技型中小企业1284家');
    assert.equal(check('part-exceeds-total', '经营性收入30万元以上的村达到96个,占行政村总数的81.4%,其中50万元以上的村102个。').length, 1);
    assert.equal(check('part-exceeds-total', '全县刑事案件立案1127起,同比下降6.1%,其中八类严重暴力犯罪案件立案1210起。').length, 1);
    assert.deepEqual(allFindings('全年入库科技型中小企业1284家,比上年增长12.6%,其中营业收入超过1亿元的102家。'), []);
    // Past a rate of something else, 其中 may speak of what the rate counts: nothing is read.
    assert.deepEqual(allFindings('受理投诉举报1200件,办结1150件,办结率95.8%,其中超过30日的投诉1210件。'), []);
  });
});
