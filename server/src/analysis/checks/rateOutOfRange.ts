/**
 * `rate-out-of-range`: a rate that is a share of a whole (出庭率, 结案率, 成功率…) stated above
 * 100%. Rates that may pass 100% — growth, completion of a target, utilisation — are left alone.
 */
import { Check, Finding } from '../findings';
import { ReportModel } from '../reportModel';
import { rateStem } from '../relations/rateNames';
import { MAY_EXCEED_100, pattern } from '../vocabulary';
import { written } from './figureHelpers';

export const RATE_OUT_OF_RANGE = 'rate-out-of-range';

const MAY_EXCEED = pattern([MAY_EXCEED_100]);

function checkRateOutOfRange(model: ReportModel): Finding[] {
  const findings: Finding[] = [];
  for (const rate of model.figures) {
    if (!rate.isRate || rate.growth) continue;
    const q = rate.quantity;
    if (q.value <= 100 || q.qualifier === 'atMost' || q.qualifier === 'nearly') continue;
    if (MAY_EXCEED.test(rateStem(rate.label))) continue;
    // `相当于全国平均水平（2.9万元）的110%`, `达到上年的105%`: a comparison, not a share — only a share
    // named as one (`占…的`, `覆盖…的`) is bounded by 100%.
    if (/的$/.test(rate.label) && !/占|覆盖/.test(rate.label)) continue;
    findings.push({
      rule: RATE_OUT_OF_RANGE,
      severity: 'error',
      span: q.span,
      message: {
        zh: `${rate.label.replace(/的$/, "")}为 ${written(model, rate)},超过 100%:比率不能大于全部`,
        en: `${rate.label} is ${written(model, rate)}, above 100%: a share cannot exceed the whole`,
      },
      related: [],
      arithmetic: `${q.value}% > 100%`,
    });
  }
  return findings;
}

export const rateOutOfRangeCheck: Check = {
  rule: RATE_OUT_OF_RANGE,
  title: { zh: '比率超过 100%', en: 'A share stated above 100%' },
  description: {
    zh: '比率超过 100%。',
    en: 'A share stated above 100%.',
  },
  run: checkRateOutOfRange,
};
