/**
 * `rate-granularity`: a rate that no whole count can give for its denominator (the GRIM test of
 * Brown & Heathers). `办结 8 件,胜诉率93%` — k/8 is 87.5% or 100%, never 93%.
 *
 * Used only when the numerator is not stated (else `rate-mismatch` speaks), the denominator is the
 * count right before the rate in its sentence, counted in cases, people or items, and the rate is
 * an outcome of those (not a survey's satisfaction or awareness, whose sample is unstated). It says
 * nothing when the denominator is large enough for every value to be reachable. The pairing is
 * inferred, so the severity is `warning`.
 */
import { Check, Finding } from '../findings';
import { ReportModel } from '../reportModel';
import { grimInformative, nearestReachable, percentReachable } from '../rounding';
import { countsBeforeRate, countsWhatRateMeasures, described, num, rateStem, written } from './figureHelpers';

export const RATE_GRANULARITY = 'rate-granularity';

/** Units whose counts are the population of an outcome rate. Events (次, 场, 期) are not. */
const POPULATION_UNITS = new Set(['件', '宗', '起', '人', '名', '人次', '户', '家', '个', '项', '份', '条', '所', '单', '例']);
/** Rates measured by surveys or against targets: their denominator is not a count in the text. */
const NOT_OUTCOME_RATES = /(满意|知晓|覆盖|参与|好评|普及|完成|达标|使用|利用|入网|联网|到位|上线|增长|下降|提升|知情|公开|注册|激活)/;

function checkRateGranularity(model: ReportModel): Finding[] {
  const findings: Finding[] = [];
  for (const rate of model.figures) {
    if (!rate.isRate || rate.quantity.qualifier !== 'exact') continue;
    const stem = rateStem(rate.label);
    if (NOT_OUTCOME_RATES.test(stem)) continue;
    const counts = countsBeforeRate(model.sentences[rate.sentence]!, rate);
    if (counts.length === 0 || counts.some((c) => countsWhatRateMeasures(c.label, stem))) continue;
    const denominator = counts[counts.length - 1]!;
    // The rate must follow its denominator directly: nothing but one clause break between them.
    if (denominator.index !== rate.index - 1) continue;
    const n = denominator.quantity.value;
    const { value: stated, decimals } = rate.quantity;
    if (!Number.isInteger(n) || n <= 0 || !POPULATION_UNITS.has(denominator.quantity.unit) || !grimInformative(decimals, n)) continue;
    if (stated > 100 || percentReachable(stated, decimals, n)) continue;
    const near = nearestReachable(stated, n).map((x) => `${x.k}/${num(n)} = ${num(Number(x.percent.toFixed(2)))}%`);
    findings.push({
      rule: RATE_GRANULARITY,
      severity: 'warning',
      span: rate.quantity.span,
      message: {
        zh: `${rate.label || '比率'} ${written(model, rate)} 不可能由 ${num(n)} 个整数计得(${near.join(',')});分母按“${described(model, denominator)}”推断`,
        en: `${written(model, rate)} cannot come from whole counts out of ${num(n)} (${near.join(', ')}); the denominator is inferred as ${written(model, denominator)}`,
      },
      related: [{ span: denominator.quantity.span, message: { zh: `推断的分母:${described(model, denominator)}`, en: `inferred denominator: ${written(model, denominator)}` } }],
      arithmetic: near.join(', '),
    });
  }
  return findings;
}

export const rateGranularityCheck: Check = { rule: RATE_GRANULARITY, run: checkRateGranularity };
