/**
 * `rate-granularity`: a rate that no whole count can give for its denominator (the GRIM test of
 * Brown & Heathers). `办结 7 件,胜诉率80%` — k/7 is 71.43% or 85.71%, never 80%.
 *
 * A GRIM test needs the denominator, and a report rarely says it outright. It is known here only
 * for the outcomes of concluded cases — 胜诉率, 败诉率, 纠错率, 维持率… are shares of the cases
 * decided (审结, 办结, 结案) — so the check runs only for those rates, against the count of
 * concluded cases stated before the rate in its sentence. It stays silent when any admissible
 * reading of the counts gives the rate, when the rate's numerator is stated (then
 * `rate-mismatch` speaks), and when the denominator is large enough for every value to be
 * reachable. The pairing is inferred from wording, so the severity is `warning`.
 */
import { Check, Finding } from '../findings';
import { ReportModel } from '../reportModel';
import { grimInformative, nearestReachable, percentReachable } from '../rounding';
import { countsBeforeRate, described, num, rateStem, written } from './figureHelpers';
import { admissibleReadings, fitsStated, statedReading } from './rateReadings';

export const RATE_GRANULARITY = 'rate-granularity';

/** Rates of case outcomes, whose denominator is the number of cases concluded. */
const OUTCOME_RATE = /(胜诉|败诉|纠错|维持|撤销|驳回|改判|发回|确认违法)/;
/** How reports name the cases concluded. */
const CONCLUDED = /(审结|办结|结案|审理终结|作出.{0,4}决定)/;

function checkRateGranularity(model: ReportModel): Finding[] {
  const findings: Finding[] = [];
  for (const rate of model.figures) {
    if (!rate.isRate || rate.quantity.qualifier !== 'exact') continue;
    const stem = rateStem(rate.label).replace(/^(直接|综合|总体|一审|二审|行政)/, '');
    if (!OUTCOME_RATE.test(stem) || statedReading(model, rate)) continue;
    const sentence = model.sentences[rate.sentence]!;
    if (admissibleReadings(sentence, rate).some((r) => fitsStated(rate, r))) continue;
    const concluded = countsBeforeRate(sentence, rate).filter((c) => CONCLUDED.test(c.label));
    const denominator = concluded[concluded.length - 1];
    if (!denominator) continue;
    const n = denominator.quantity.value;
    const { value: stated, decimals } = rate.quantity;
    if (!Number.isInteger(n) || n <= 0 || !grimInformative(decimals, n)) continue;
    if (stated > 100 || percentReachable(stated, decimals, n)) continue;
    const near = nearestReachable(stated, n).map((x) => `${x.k}/${num(n)} = ${num(Number(x.percent.toFixed(2)))}%`);
    findings.push({
      rule: RATE_GRANULARITY,
      severity: 'warning',
      span: rate.quantity.span,
      message: {
        zh: `${rate.label || '比率'} ${written(model, rate)} 不可能由 ${num(n)} 个整数计得(${near.join(',')});分母按已结案件“${described(model, denominator)}”推断`,
        en: `${written(model, rate)} cannot come from whole counts out of ${num(n)} (${near.join(', ')}); the denominator is inferred as the concluded cases, ${written(model, denominator)}`,
      },
      related: [{ span: denominator.quantity.span, message: { zh: `推断的分母:${described(model, denominator)}`, en: `inferred denominator: ${written(model, denominator)}` } }],
      arithmetic: near.join(', '),
    });
  }
  return findings;
}

export const rateGranularityCheck: Check = { rule: RATE_GRANULARITY, run: checkRateGranularity };
