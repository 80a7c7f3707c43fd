/**
 * `rate-mismatch`: a stated rate that the counts it derives from contradict.
 * `调解矛盾纠纷2316件,调解成功2204件,成功率达95.3%` — 2204/2316 = 95.16%.
 *
 * Reads the rate relations (`relations/rates.ts`): only a rate whose words state its reading — a
 * numerator named by the rate (`调解成功` for `成功率`), `应…实际…`, a bare `占比` after a part, a
 * whole named in the rate or marked by `中`, `均` — and that no admissible reading of its sentence's
 * counts explains. `error` when one denominator is possible; `warning` when several are and all
 * fail (the message names the one shown), or when the whole is marked only by `中` or `均`.
 */
import { Check, Finding } from '../findings';
import { ReportModel } from '../reportModel';
import { relationsOf } from '../relations/index';
import { fitsStated, RateReading } from '../relations/rateReadings';
import { formatComputed, roundHalfUp } from '../rounding';
import { described, inMagnitudeOf, num, replacementFor, written } from './figureHelpers';
import { severityFor } from './publish';

export const RATE_MISMATCH = 'rate-mismatch';

function checkRateMismatch(model: ReportModel): Finding[] {
  const findings: Finding[] = [];
  for (const r of relationsOf(model).rates) {
    const rate = r.rate;
    const qualifier = rate.quantity.qualifier;
    // Estimates (`约95%`, `近95%`) say nothing checkable; bounds (`95%以上`) are checked as bounds.
    if (r.statedBy === undefined || r.agrees || qualifier === 'about' || qualifier === 'nearly') continue;
    const p = r.stated[r.stated.length - 1]!;
    if (!Number.isFinite(p.computed)) continue;
    const loose = r.statedBy === 'whole' || r.statedBy === 'all' || r.acrossClauses === true;
    const severity = severityFor(r.reading, loose ? 2 : r.stated.length);
    if (!severity) continue;
    const numerator = p.numerator[0]!;
    const inferred = r.stated.length > 1;
    const decimals = rate.quantity.decimals;
    const shown = formatComputed(p.computed, decimals);
    const top = p.numerator.length > 1 ? `(${p.numerator.map((f) => inMagnitudeOf(f, f.quantity.value)).join(' + ')})` : inMagnitudeOf(numerator, numerator.quantity.value);
    const bottom = p.denominators.length > 1 ? `(${p.denominators.map((f) => inMagnitudeOf(f, f.quantity.value)).join(' + ')})` : inMagnitudeOf(p.denominator, p.denominator.quantity.value);
    // A rate of the change (`由420项压减至260项、压减率`) is the difference over the earlier end.
    const falls = p.denominator.quantity.value >= numerator.quantity.value;
    const changeOf = (n: string, d: string) => (falls ? `(${d} − ${n}) / ${d}` : `(${n} − ${d}) / ${d}`);
    const ratio = p.form === 'change' ? changeOf(top, bottom) : `${top} / ${bottom}`;
    const topWritten = p.numerator.length > 1 ? `(${p.numerator.map((f) => written(model, f)).join(' + ')})` : written(model, numerator);
    const bottomWritten = p.denominators.length > 1 ? `(${p.denominators.map((f) => written(model, f)).join(' + ')})` : written(model, p.denominator);
    const ratioWritten = p.form === 'change' ? changeOf(topWritten, bottomWritten) : `${topWritten} / ${bottomWritten}`;
    const arithmetic = p.complement ? `1 − ${ratio} = ${shown}%` : `${ratio} = ${shown}%`;
    // A label of joining words only (`和的`, after `…1.1万人和3000人的58.4%`) names nothing.
    const name = r.name ?? (/[\u4e00-\u9fff]/.test(rate.label.replace(/[和及与、的]/g, '')) ? rate.label : '比率');
    const fixText = replacementFor(rate, Number(roundHalfUp(p.computed, decimals)), decimals);
    const all = r.statedBy === 'all';
    findings.push({
      rule: RATE_MISMATCH,
      severity,
      span: rate.quantity.span,
      message: all
        ? {
            zh: `${name}应为 100%:文中说${written(model, numerator)}均已做到,文中为 ${written(model, rate)}`,
            en: `${name} should be 100%: the text says all ${written(model, numerator)} did, yet states ${written(model, rate)}`,
          }
        : {
            zh: `${name}${qualifier === 'exact' ? '应为' : '实为'} ${shown}%(${p.complement ? '1 − ' : ''}${ratioWritten}),文中为 ${written(model, rate)}${inferred ? `;分母按最近的“${described(model, p.denominator)}”推断,其他可能的分母也不相符` : ''}`,
            en: `${name} should be ${shown}% (${p.complement ? '1 − ' : ''}${ratio}), the text says ${written(model, rate)}${inferred ? `; the denominator shown is the nearest count, ${described(model, p.denominator)}, and no other fits either` : ''}`,
          },
      related: all
        ? [{ span: numerator.quantity.span, message: { zh: `全部:${described(model, numerator)}`, en: `all of them: ${described(model, numerator)}` } }]
        : [
            ...p.numerator.map((f) => ({ span: f.quantity.span, message: { zh: `分子:${described(model, f)}`, en: `numerator: ${described(model, f)}` } })),
            ...p.denominators.map((f) => ({ span: f.quantity.span, message: { zh: `分母:${described(model, f)}`, en: `denominator: ${described(model, f)}` } })),
          ],
      arithmetic,
      // Replacing a bound with a point value would change what the sentence claims: no fix then.
      ...(qualifier === 'exact' && fixText !== undefined ? fixesFor(model, p, fixText) : {}),
    });
  }
  return findings;
}

/**
 * The rate rewritten from its counts, and, where a whole count gives the stated rate, the
 * numerator rewritten instead: either figure may be the mistyped one, and only the reviewer can
 * tell. Each says which figure it changes.
 */
function fixesFor(model: ReportModel, p: RateReading, fixText: string): Pick<Finding, 'fix' | 'alternatives'> {
  const rate = p.rate;
  const fix = { span: rate.quantity.numberSpan, replacement: fixText };
  const numerator = p.numerator.length === 1 ? p.numerator[0]! : undefined;
  const den = p.denominator.quantity.value;
  // Only a share of two plain whole counts (`1769件`, not `1.7万件`) has a count to offer.
  if (!numerator || p.complement || p.form !== 'share' || p.denominators.length !== 1) return { fix };
  if (!/^[0-9]+$/.test(numerator.quantity.numberText) || !Number.isInteger(den) || den <= 0) return { fix };
  const k = Math.round((rate.quantity.value * den) / 100);
  if (k < 0 || k > den || k === numerator.quantity.value || !fitsStated(rate, (k / den) * 100)) return { fix };
  const count = written(model, numerator);
  const newCount = `${k}${count.slice(numerator.quantity.numberText.length)}`;
  return {
    fix: {
      ...fix,
      label: { zh: `改比率:按 ${count} / ${written(model, p.denominator)} 将“${written(model, rate)}”改为“${fixText}%”`, en: `Change the rate: "${written(model, rate)}" to "${fixText}%", from ${count} / ${written(model, p.denominator)}` },
    },
    alternatives: [
      {
        span: numerator.quantity.numberSpan,
        replacement: String(k),
        label: { zh: `改分子:若比率无误,将“${described(model, numerator)}”改为“${newCount}”(${k} / ${num(den)} 得 ${written(model, rate)})`, en: `Change the count: if the rate is right, "${count}" to "${newCount}" (${k} / ${num(den)} gives ${written(model, rate)})` },
      },
    ],
  };
}

export const rateMismatchCheck: Check = {
  rule: RATE_MISMATCH,
  title: { zh: '比率与其计数矛盾', en: 'A rate its own counts contradict' },
  description: {
    zh: '比率与其计数矛盾:2204/2316 为 95.16%,不是 95.3%。',
    en: 'A rate its own counts contradict: `2204/2316` is 95.16%, not 95.3%.',
  },
  run: checkRateMismatch,
};
