import * as assert from 'node:assert/strict';
import { inNotationOf, writtenNumber } from '../../server/src/analysis/notation';
import { findQuantities } from '../../server/src/analysis/quantities';

function q(text: string) {
  return findQuantities(text).map((x) => `${x.kind}:${x.value}${x.unit}:${x.qualifier}`);
}

describe('quantities', () => {
  it('reads counts, amounts and percentages with their units', () => {
    assert.deepEqual(q('调解矛盾纠纷2316件,调解成功2204件,成功率达95.3%'), ['count:2316件:exact', 'count:2204件:exact', 'percent:95.3%:exact']);
    assert.deepEqual(q('投入资金5229万元,培训1,234人次'), ['amount:52290000元:exact', 'count:1234人次:exact']);
    assert.deepEqual(q('收案 58 件,纠错率 37%'), ['count:58件:exact', 'percent:37%:exact']);
    assert.deepEqual(q('办理１７５６件'), ['count:1756件:exact']);
    assert.deepEqual(q('培训一百二十人,覆盖两万人'), ['count:120人:exact', 'count:20000人:exact']);
    assert.deepEqual(q('满意率百分之九十五'), ['percent:95百分之:exact']);
    assert.deepEqual(q('提高3.5个百分点'), ['percentagePoint:3.5个百分点:exact']);
    assert.deepEqual(q('办理结婚登记2.4万对,火化遗体1.9万具'), ['count:24000对:exact', 'count:19000具:exact'], 'pairs and bodies are counted too');
  });
  it('marks qualifiers as bounds or estimates', () => {
    assert.deepEqual(q('开展活动200余场次,发放300多份,满意率98%以上,近500人,约20个'), [
      'count:200场次:moreThan', 'count:300份:moreThan', 'percent:98%:atLeast', 'count:500人:nearly', 'count:20个:about',
    ]);
  });
  it('skips years, dates, plan names and numbered names', () => {
    assert.deepEqual(q('2024年3月26日,“八五”普法(2021-2025),12345热线,二十届三中全会,“1+8”,第二次会议,ISO9001'), []);
    // A signed percentage in a table cell is a change: `立案（起）　2000　1800　-10.0%`.
    assert.deepEqual(q('立案　2000　1800　-10.0%'), ['percent:10%:exact']);
    assert.deepEqual(q('比例为5-10%'), []);
  });

  it('skips places and moves in a ranking, and what is listed with them, but counts people', () => {
    assert.deepEqual(q('排名上升6位,进入全国前三十位,分别上升12位、9位'), []);
    assert.deepEqual(q('排名前10名,表彰前10名选手'), ['count:10名:exact']);
    assert.deepEqual(q('邀请专家12位、学者3位'), ['count:12位:exact', 'count:3位:exact']);
  });

  it('skips a size that names a class of things (百亿元级企业, 10万吨级泊位), but not what follows', () => {
    assert.deepEqual(q('百亿元级企业17家,其中千亿元级企业1家;建成10万吨级泊位3个'), ['count:17家:exact', 'count:1家:exact', 'count:3个:exact']);
    assert.deepEqual(q('设5个级别'), ['count:5个:exact']);
  });

  it('skips numbers too large to compute exactly, which would be Infinity or rounded', () => {
    assert.deepEqual(q(`投入${'9'.repeat(300)}亿元,办结${'1'.repeat(20)}件,办结${'一亿'.repeat(45)}件,受理12件`), ['count:12件:exact']);
    assert.deepEqual(q('投入90071992548亿元'), [], 'past 2^53 once 亿 is applied');
  });

  it('writes a value as a quantity writes its own number, and reads the number as written', () => {
    const [wan, grouped, words, pct, wideDecimal] = findQuantities('５０万元、1,234人次、一百二十人、95.3%、３．５亿元');
    assert.equal(writtenNumber(wan!), 50);
    assert.equal(inNotationOf(wan!, 460000), '４６');
    assert.equal(writtenNumber(grouped!), 1234);
    assert.equal(inNotationOf(grouped!, 12345), '12,345');
    assert.ok(Number.isNaN(writtenNumber(words!)));
    assert.equal(inNotationOf(words!, 121), undefined, 'no digits forced into words');
    assert.equal(inNotationOf(pct!, 95.24, 1), '95.2');
    assert.equal(writtenNumber(wideDecimal!), 3.5);
    assert.equal(inNotationOf(wideDecimal!, 420000000, 1), '４．２');
  });
});
