/**
 * `rate-granularity`: a rate that no whole count can give for its base (the GRIM test of Brown &
 * Heathers). `办结 7 件,胜诉率80%` — k/7 is 71.43% or 85.71%, never 80%.
 *
 * A GRIM test needs the base, and a report rarely says it outright. It is known here only where
 * the rate's kind implies it and the text states it (`relations/rates.ts`, `readRateBases`):
 * outcomes of concluded cases (胜诉率, 纠错率… over 审结/办结/结案), passes over those who sat the
 * examination (通过率 over 参考), mediations over the disputes mediated, cases concluded over
 * cases received. It stays silent when any admissible reading of the counts gives the rate, when
 * the rate's numerator is stated (then `rate-mismatch` speaks), and when the base is large enough
 * for every value to be reachable. The base is implied by the rate's kind, not named by its
 * words, so the severity is `warning`.
 */
import { Check, Finding } from '../findings';
import { ReportModel } from '../reportModel';
import { relationsOf } from '../relations/index';
import { nearestReachable } from '../rounding';
import { described, num, written } from './figureHelpers';

export const RATE_GRANULARITY = 'rate-granularity';

function checkRateGranularity(model: ReportModel): Finding[] {
  const findings: Finding[] = [];
  for (const b of relationsOf(model).rateBases) {
    if (b.reachable) continue;
    const { rate, base } = b;
    const n = base.quantity.value;
    const near = nearestReachable(rate.quantity.value, n).map((x) => `${x.k}/${num(n)} = ${num(Number(x.percent.toFixed(2)))}%`);
    findings.push({
      rule: RATE_GRANULARITY,
      severity: 'warning',
      span: rate.quantity.span,
      message: {
        zh: `${rate.label || '比率'} ${written(model, rate)} 不可能由 ${num(n)} 个整数计得(${near.join(',')});分母按“${described(model, base)}”推断`,
        en: `${rate.label ? `${rate.label} ` : ''}${written(model, rate)} cannot come from whole counts out of ${num(n)} (${near.join(', ')}); the denominator is taken to be ${described(model, base)}`,
      },
      related: [{ span: base.quantity.span, message: { zh: `推断的分母:${described(model, base)}`, en: `inferred denominator: ${described(model, base)}` } }],
      arithmetic: near.join(', '),
    });
  }
  return findings;
}

export const rateGranularityCheck: Check = {
  rule: RATE_GRANULARITY,
  title: { zh: '分母下不可能得到的比率', en: 'A rate no whole count gives for its denominator' },
  description: {
    zh: '分母下不可能得到的比率:7 件案件算不出 80%。',
    en: 'A rate no whole count gives for its denominator: with 7 cases no rate is 80%.',
  },
  run: checkRateGranularity,
};
