/**
 * Property tests: sentences generated with consistent figures give no finding; one figure
 * perturbed makes the right rule fire.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { roundHalfUp } from '../../../server/src/analysis/rounding';
import { allFindings } from '../../helpers/findings';

const LABELS = fc.constantFrom('调解矛盾纠纷', '受理行政复议申请', '办理法律援助案件', '审结行政诉讼案件', '排查化解纠纷');
const UNITS = fc.constantFrom('件', '人次', '宗', '起');
/** Clause separators as reports write them: the full-width `，` (U+FF0C) most, the ASCII comma in files typed on English keyboards. */
const SEP = fc.constantFrom('\uff0c', ',');

/** Whether `a` is `b` with two neighbouring digits swapped. */
function isSwapOf(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

/** The parts that, with two neighbouring digits of one swapped, add up to `total` (as a drafter's slip would). */
function swapsOfPartsFitting(parts: readonly number[], total: number): number {
  const sum = parts.reduce((a, b) => a + b, 0);
  let found = 0;
  for (const p of parts) {
    const w = String(p);
    if (w.length < 3) continue;
    for (let k = 0; k + 1 < w.length; k++) {
      if (w[k] === w[k + 1] || (k === 0 && w[k + 1] === '0')) continue;
      if (sum - p + Number(w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2)) === total) found++;
    }
  }
  return found;
}

describe('number checks: properties', () => {
  it('a rate computed from its counts and rounded as written gives no finding; moved by two places it does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 2 }), LABELS, UNITS, SEP, (d, share, decimals, label, unit, sep) => {
        const n = Math.round(d * share);
        const rate = roundHalfUp((100 * n) / d, decimals);
        const ok = `${label}${d}${unit}${sep}调解成功${n}${unit}${sep}成功率${rate}%。`;
        assert.deepEqual(allFindings(ok), [], ok);
        const moved = Number(rate) + 2 * 10 ** -decimals;
        if (moved <= 100) {
          const bad = ok.replace(`${rate}%`, `${moved.toFixed(decimals)}%`);
          assert.ok(allFindings(bad).includes(`rate-mismatch@${moved.toFixed(decimals)}%`), bad);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('parts listed with 、 and their 共计 agree; a wrong total is flagged with the sum', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 2, maxLength: 6 }), fc.integer({ min: -30, max: 30 }).filter((x) => x !== 0), UNITS, (parts, delta, unit) => {
        const sum = parts.reduce((a, b) => a + b, 0);
        const list = parts.map((p, i) => `${['民事', '刑事', '行政', '涉外', '其他', '专项'][i]}案件${p}${unit}`).join('、');
        const ok = `全年办理${list},共计${sum}${unit}。`;
        assert.deepEqual(allFindings(ok), [], ok);
        if (sum + delta >= 0) {
          const bad = `全年办理${list},共计${sum + delta}${unit}。`;
          assert.ok(allFindings(bad).includes(`sum-mismatch@${sum + delta}${unit}`), bad);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('parts after 其中 within their total give no finding; parts summing past it are flagged', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 800 }), { minLength: 2, maxLength: 5 }), fc.integer({ min: 0, max: 100 }), UNITS, (parts, slack, unit) => {
        const sum = parts.reduce((a, b) => a + b, 0);
        const list = parts.map((p, i) => `${['维持', '驳回', '撤销', '确认违法', '终止'][i]}${p}${unit}`).join('、');
        const ok = `审结${sum + slack}${unit},其中:${list}。`;
        // Two parts just short of a total that is their sum with two digits swapped are flagged by design.
        const swapped = parts.length === 2 && slack > 0 && slack <= 0.02 * (sum + slack) && isSwapOf(String(sum + slack), String(sum));
        // So are parts just short that add up with two digits of one part swapped.
        const partSwapped = slack > 0 && slack <= 0.05 * (sum + slack) && swapsOfPartsFitting(parts, sum + slack) > 0;
        assert.deepEqual(allFindings(ok), swapped || partSwapped ? [`sum-mismatch@${sum + slack}${unit}`] : [], ok);
        const bad = `审结${sum - 1}${unit},其中:${list}。`;
        assert.ok(allFindings(bad).some((f) => f.startsWith('part-exceeds-total@')), bad);
      }),
      { numRuns: 300 },
    );
  });

  it('growth from a stated previous count agrees when rounded as written; moved by two places it is flagged', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 2 }), UNITS, (prior, current, decimals, unit) => {
        fc.pre(current !== prior);
        const g = (100 * (current - prior)) / prior;
        const word = g >= 0 ? '增长' : '下降';
        const shown = roundHalfUp(Math.abs(g), decimals);
        fc.pre(Number(shown) > 0);
        const ok = `受理案件${current}${unit},同比${word}${shown}%,上年同期${prior}${unit}。`;
        assert.deepEqual(allFindings(ok), [], ok);
        const moved = (Number(shown) + 2 * 10 ** -decimals).toFixed(decimals);
        const bad = ok.replace(`${shown}%`, `${moved}%`);
        assert.ok(allFindings(bad).includes(`growth-mismatch@${moved}%`), bad);
      }),
      { numRuns: 300 },
    );
  });

  it('a rate k/n for a small denominator is never called impossible', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 2 }), (n, share, decimals) => {
        const k = Math.round(n * share);
        const text = `办结${n}件,胜诉率${roundHalfUp((100 * k) / n, decimals)}%。`;
        assert.deepEqual(allFindings(text), [], text);
      }),
      { numRuns: 300 },
    );
  });
});
