/**
 * `rate-mismatch`: a stated rate that the counts it derives from contradict.
 * `调解矛盾纠纷1928件,调解成功1838件,成功率达95.4%` — 1838/1928 = 95.33%.
 *
 * The numerator is the count whose label names what the rate measures (`调解成功` for `成功率`);
 * without one the check says nothing (the granularity check may). The denominator is a larger
 * count of the same unit stated before it. When any candidate pair agrees, the rate is taken as
 * right. Severity `error` when there is one candidate denominator, `warning` when the nearest of
 * several was used (and the message says which).
 */
import { Check, Finding } from '../findings';
import { Figure } from '../figures';
import { ReportModel } from '../reportModel';
import { agrees, formatComputed, roundHalfUp } from '../rounding';
import { countsBeforeRate, countsWhatRateMeasures, described, inStyleOf, num, rateStem, sameUnit, written } from './figureHelpers';

export const RATE_MISMATCH = 'rate-mismatch';

export interface RatePairing {
  readonly rate: Figure;
  readonly numerator: Figure;
  readonly denominator: Figure;
  readonly computed: number;
  readonly inferred: boolean;
}

/** The counts a rate is computed from, when the text makes them out; undefined otherwise. */
export function pairRate(model: ReportModel, rate: Figure): { pairings: RatePairing[]; inferred: boolean } | undefined {
  const sentence = model.sentences[rate.sentence]!;
  const counts = countsBeforeRate(sentence, rate);
  const stem = rateStem(rate.label);
  let numerators = counts.filter((c) => countsWhatRateMeasures(c.label, stem));
  // `办结案件300件,按期办结285件,按期办结率`: the label naming the whole stem wins over a partial one.
  if (numerators.length > 1) numerators = numerators.filter((c) => c.label.includes(stem));
  if (numerators.length !== 1) return undefined;
  const numerator = numerators[0]!;
  const denominators = counts.filter((c) => c !== numerator && sameUnit(c, numerator) && c.quantity.value >= numerator.quantity.value && c.index < numerator.index);
  if (denominators.length === 0) return undefined;
  const inferred = denominators.length > 1;
  return {
    inferred,
    pairings: denominators.map((d) => ({
      rate, numerator, denominator: d, inferred,
      computed: d.quantity.value === 0 ? NaN : (100 * numerator.quantity.value) / d.quantity.value,
    })),
  };
}

function checkRateMismatch(model: ReportModel): Finding[] {
  const findings: Finding[] = [];
  for (const rate of model.figures) {
    const qualifier = rate.quantity.qualifier;
    // Estimates (`约95%`, `近95%`) say nothing checkable; bounds (`95%以上`) are checked as bounds.
    if (!rate.isRate || qualifier === 'about' || qualifier === 'nearly') continue;
    const paired = pairRate(model, rate);
    if (!paired) continue;
    const { value: stated, decimals } = rate.quantity;
    const half = 0.5 * 10 ** -decimals;
    const fits = (computed: number) => {
      switch (qualifier) {
        case 'atLeast': return computed >= stated - half;
        case 'moreThan': return computed > stated - half;
        case 'atMost': return computed <= stated + half;
        default: return agrees(computed, stated, decimals);
      }
    };
    if (paired.pairings.some((p) => Number.isFinite(p.computed) && fits(p.computed))) continue;
    // Several candidates and none agrees: the nearest denominator is the reading we report.
    const p = paired.pairings[paired.pairings.length - 1]!;
    if (!Number.isFinite(p.computed)) continue;
    const shown = formatComputed(p.computed, decimals);
    const arithmetic = `${num(p.numerator.quantity.value)} / ${num(p.denominator.quantity.value)} = ${shown}%`;
    const name = rate.label || '比率';
    const fixText = inStyleOf(roundHalfUp(p.computed, decimals), rate);
    findings.push({
      rule: RATE_MISMATCH,
      severity: paired.inferred ? 'warning' : 'error',
      span: rate.quantity.span,
      message: {
        zh: `${name}${qualifier === 'exact' ? '应为' : '实为'} ${shown}%(${written(model, p.numerator)} / ${written(model, p.denominator)}),文中为 ${written(model, rate)}${paired.inferred ? `;分母按最近的“${described(model, p.denominator)}”推断` : ''}`,
        en: `${name} should be ${shown}% (${num(p.numerator.quantity.value)} / ${num(p.denominator.quantity.value)}), the text says ${written(model, rate)}${paired.inferred ? `; the denominator is inferred as the nearest count, ${written(model, p.denominator)}` : ''}`,
      },
      related: [
        { span: p.numerator.quantity.span, message: { zh: `分子:${described(model, p.numerator)}`, en: `numerator: ${written(model, p.numerator)}` } },
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
