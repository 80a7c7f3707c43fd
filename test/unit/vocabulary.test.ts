import * as assert from 'node:assert/strict';
import * as V from '../../server/src/analysis/vocabulary';

const disjoint = (a: readonly string[], b: readonly string[]) => a.filter((w) => b.includes(w));

describe('vocabulary', () => {
  it('keeps increases and decreases apart, and 回落 is a decrease', () => {
    assert.deepEqual(disjoint(V.INCREASE_WORDS, V.DECREASE_WORDS), []);
    assert.ok(V.DECREASE_WORDS.includes('回落'));
    assert.ok(V.DECREASE_WORDS.includes('缩短'));
  });

  it('makes every change-to word a change: it holds an increase or decrease word, or 降, unless it is one that says no direction', () => {
    const change = new RegExp(V.pattern([V.INCREASE_WORDS, V.DECREASE_WORDS]).source + '|降|增');
    const neutral: readonly string[] = V.NEUTRAL_CHANGE_TO_WORDS;
    for (const w of V.CHANGE_TO_WORDS) if (!neutral.includes(w)) assert.match(w, change, w);
    for (const w of neutral) {
      assert.ok((V.CHANGE_TO_WORDS as readonly string[]).includes(w), w);
      assert.doesNotMatch(w, change, w);
    }
  });

  it('tells totals, parts and exhaustive breakdowns apart', () => {
    assert.deepEqual(disjoint(V.TOTAL_CUES, V.PART_CUES), []);
    assert.deepEqual(disjoint(V.TOTAL_CUES, V.BREAKDOWN_CUES), []);
    assert.deepEqual(disjoint(V.PART_CUES, V.BREAKDOWN_CUES), []);
    assert.deepEqual(disjoint(V.TOTAL_CUES, V.CUMULATIVE_CUES), [], '累计 may sum over years: it is no plain total');
  });

  it('keeps plans, the previous period and outcomes of cases apart', () => {
    assert.deepEqual(disjoint(V.PLAN_WORDS, V.PRIOR_PERIOD_WORDS), []);
    assert.deepEqual(disjoint(V.PLAN_TITLE_WORDS, V.REVIEW_TITLE_WORDS), []);
    assert.deepEqual(disjoint(V.CONCLUDED_WORDS, V.CASE_OUTCOMES), []);
    assert.ok(!V.OUTCOME_VERBS.some((w) => (V.CONCLUDED_WORDS as readonly string[]).includes(w)), 'concluded cases may include those carried over');
  });

  it('knows which growth cannot be recomputed from nominal figures', () => {
    assert.ok(V.mentions('全省地区生产总值增长5.8%', V.CONSTANT_PRICE_INDICATORS));
    assert.ok(V.mentions('规上工业增加值增长6.2%', V.CONSTANT_PRICE_INDICATORS));
    assert.ok(!V.mentions('社会消费品零售总额增长7.3%', V.CONSTANT_PRICE_INDICATORS));
    assert.ok(V.mentions('年均增长10.8%', V.AVERAGE_ANNUAL_WORDS));
  });

  it('builds patterns longest word first, and counts 名 and 人 as one unit', () => {
    assert.equal(V.pattern([V.PRIOR_PERIOD_WORDS], 'end').exec('较上年同期')?.[0], '上年同期');
    assert.equal(V.canonicalUnit('名'), '人');
    assert.equal(V.canonicalUnit('宗'), '件');
    assert.equal(V.canonicalUnit('户'), '户', '户 (households) and 家 (firms) stay apart');
  });
});
