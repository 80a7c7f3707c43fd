/**
 * `rate-mismatch`: a stated rate that the counts it derives from contradict.
 * `调解矛盾纠纷2316件,调解成功2204件,成功率达95.3%` — 2204/2316 = 95.16%.
 *
 * The numerator is the count whose label names what the rate measures (`调解成功` for `成功率`,
 * or `不合格` for `合格率` as its complement); without one the check says nothing (the granularity
 * check may). The denominator is a larger count of the same unit stated before it. When any
 * admissible reading of the sentence's counts agrees (see `rateReadings.ts`), the rate stands.
 * Severity `error` when there is one candidate denominator, `warning` when the nearest of several
 * was used (and the message says which).
 */
import { Check, Finding } from '../findings';
import { ReportModel } from '../reportModel';
import { formatComputed, roundHalfUp } from '../rounding';
import { admissibleReadings, fitsStated, statedReading } from './rateReadings';
import { described, inStyleOf, num, written } from './figureHelpers';

export const RATE_MISMATCH = 'rate-mismatch';

function checkRateMismatch(model: ReportModel): Finding[] {
  const findings: Finding[] = [];
  for (const rate of model.figures) {
    const qualifier = rate.quantity.qualifier;
    // Estimates (`约95%`, `近95%`) say nothing checkable; bounds (`95%以上`) are checked as bounds.
    if (!rate.isRate || qualifier === 'about' || qualifier === 'nearly') continue;
    const stated = statedReading(model, rate);
    if (!stated) continue;
    // Any admissible reading that agrees clears the rate: flag only what nothing explains.
    // (The stated readings are among the admissible ones.)
    if (admissibleReadings(model.sentences[rate.sentence]!, rate).some((r) => fitsStated(rate, r))) continue;
    const decimals = rate.quantity.decimals;
    // Several candidates and none agrees: the nearest denominator is the reading we report.
    const p = stated.readings[stated.readings.length - 1]!;
    if (!Number.isFinite(p.computed)) continue;
    const numerator = p.numerator[0]!;
    const inferred = stated.inferred;
    const shown = formatComputed(p.computed, decimals);
    const ratio = `${num(numerator.quantity.value)} / ${num(p.denominator.quantity.value)}`;
    const arithmetic = p.complement ? `1 − ${ratio} = ${shown}%` : `${ratio} = ${shown}%`;
    const name = rate.label || '比率';
    const fixText = inStyleOf(roundHalfUp(p.computed, decimals), rate);
    findings.push({
      rule: RATE_MISMATCH,
      severity: inferred ? 'warning' : 'error',
      span: rate.quantity.span,
      message: {
        zh: `${name}${qualifier === 'exact' ? '应为' : '实为'} ${shown}%(${p.complement ? '1 − ' : ''}${written(model, numerator)} / ${written(model, p.denominator)}),文中为 ${written(model, rate)}${inferred ? `;分母按最近的“${described(model, p.denominator)}”推断` : ''}`,
        en: `${name} should be ${shown}% (${p.complement ? '1 − ' : ''}${ratio}), the text says ${written(model, rate)}${inferred ? `; the denominator is inferred as the nearest count, ${written(model, p.denominator)}` : ''}`,
      },
      related: [
        { span: numerator.quantity.span, message: { zh: `分子:${described(model, numerator)}`, en: `numerator: ${written(model, numerator)}` } },
        { span: p.denominator.quantity.span, message: { zh: `分母:${described(model, p.denominator)}`, en: `denominator: ${written(model, p.denominator)}` } },
      ],
      arithmetic,
      // Replacing a bound with a point value would change what the sentence claims: no fix then.
      ...(qualifier === 'exact' && fixText !== undefined ? { fix: { span: rate.quantity.numberSpan, replacement: fixText } } : {}),
    });
  }
  return findings;
}

export const rateMismatchCheck: Check = { rule: RATE_MISMATCH, run: checkRateMismatch };
