/**
 * `growth-mismatch`: growth that its own figures contradict.
 *
 * Reads the changes (`relations/changes.ts`) and their assessment. With last year's figure or the
 * difference stated (`上年同期52件`, `较上年的118件`, `比上年增加23件`, `由1840万辆增至2310万辆`),
 * the growth is recomputed: `error` if it does not agree. With only this year's count
 * (`受理58件,同比增长150%`), last year's count must be a whole number that gives the stated growth
 * at its precision (58/2.5 = 23.2: 23 gives 152.2%, 24 gives 141.7%): `warning`, and only for a
 * count of discrete things written in full, right before its growth, that is neither the year's
 * increment nor a target.
 *
 * Growth at constant prices (地区生产总值, 增加值) and growth averaged over years are not
 * recomputed from nominal figures.
 */
import { Check, Finding } from '../findings';
import { ReportModel } from '../reportModel';
import { relationsOf } from '../relations/index';
import { assessChange } from '../relations/changeAssessment';
import { formatComputed } from '../rounding';
import { described, inMagnitudeOf, num, written } from './figureHelpers';
import { severityFor } from './publish';

export const GROWTH_MISMATCH = 'growth-mismatch';

function checkGrowthMismatch(model: ReportModel): Finding[] {
  const findings: Finding[] = [];
  const relations = relationsOf(model);
  // A rate of the change (`压减率`) that its words also pair as a rate is the rate check's to report.
  const ratesRead = new Set(relations.rates.filter((r) => r.reading === 'explicit').map((r) => r.rate));
  for (const c of relations.changes) {
    // `由2020年的224项增加到186项`: the verb says one way, the two ends the other. (Not a rank, which
    // rises as its number falls: `排名由369位上升到235位`.)
    const rank = c.prior && (c.prior.quantity.unit === '位' || /排名|位次|名次|排位|排序|位列|第$/.test(c.prior.label + c.prior.cue));
    if (c.prior && c.verbDirection && !rank && c.verbDirection !== c.direction && c.prior.quantity.value !== c.current.quantity.value) {
      const verb = c.verbDirection === 'increase' ? { zh: '增加', en: 'a rise' } : { zh: '减少', en: 'a fall' };
      const actual = c.direction === 'increase' ? { zh: '增加', en: 'rise' } : { zh: '减少', en: 'fall' };
      findings.push({
        rule: GROWTH_MISMATCH,
        severity: 'error',
        span: c.current.quantity.span,
        message: {
          zh: `文中说${verb.zh},但由 ${written(model, c.prior)} 到 ${written(model, c.current)} 是${actual.zh}`,
          en: `The words say ${verb.en}, but ${written(model, c.prior)} to ${written(model, c.current)} is a ${actual.en}`,
        },
        related: [{ span: c.prior.quantity.span, message: { zh: `变化前:${described(model, c.prior)}`, en: `before: ${described(model, c.prior)}` } }],
        arithmetic: `${num(c.prior.quantity.value)} → ${num(c.current.quantity.value)}`,
      });
      continue;
    }
    const g = c.rate;
    if (!g || !(g.growth ?? c.listedGrowth)) continue;
    if (!g.growth && ratesRead.has(g)) continue;
    const a = assessChange(model, c);
    const current = c.current;
    const X = current.quantity.value;
    const decimals = g.quantity.decimals;
    if (a.growth && !a.growth.agrees) {
      const { prior: P, computed } = a.growth;
      const basis = c.prior ?? c.delta!;
      // In the magnitude the figures are written in: `(1386.4亿 − 1312.7亿) / 1312.7亿`.
      const x = inMagnitudeOf(current, X);
      const p = inMagnitudeOf(c.prior ?? current, P);
      findings.push({
        rule: GROWTH_MISMATCH,
        severity: severityFor(c.prior || c.delta ? 'explicit' : c.reading, 1) ?? 'warning',
        span: g.quantity.span,
        message: c.basis === 'averageAnnual'
          ? {
              zh: `年均增幅应为 ${formatComputed(computed, decimals)}%(由 ${p} 到 ${x} 的复合增长),文中为 ${written(model, g)}`,
              en: `Average annual growth should be ${formatComputed(computed, decimals)}% (compound, ${p} to ${x}), the text says ${written(model, g)}`,
            }
          : !g.growth && g.isRate
          ? {
              // `压减率65.5%`: the rate named for the change, as a share of the earlier figure.
              zh: `${g.label}应为 ${formatComputed(Math.abs(computed), decimals)}%(${computed < 0 ? `(${p} − ${x})` : `(${x} − ${p})`} / ${p}),文中为 ${written(model, g)}`,
              en: `The ${g.label} should be ${formatComputed(Math.abs(computed), decimals)}% of the earlier figure ${p}, the text says ${written(model, g)}`,
            }
          : (g.growth ?? c.listedGrowth) === 'decrease' && computed < 0
          ? {
              // `下降29.7%` for 12 → 9: the fall, as the words state it, over the earlier figure.
              zh: `降幅应为 ${formatComputed(-computed, decimals)}%((${p} − ${x}) / ${p}),文中为 ${written(model, g)}`,
              en: `The fall should be ${formatComputed(-computed, decimals)}% ((${p} − ${x}) / ${p}), the text says ${written(model, g)}`,
            }
          : {
              zh: `增幅应为 ${formatComputed(computed, decimals)}%((${x} − ${p}) / ${p}),文中为 ${written(model, g)}`,
              en: `Growth should be ${formatComputed(computed, decimals)}% ((${x} − ${p}) / ${p}), the text says ${written(model, g)}`,
            },
        related: [
          { span: current.quantity.span, message: { zh: `本期:${described(model, current)}`, en: `this period: ${described(model, current)}` } },
          c.prior
            ? { span: basis.quantity.span, message: { zh: `上期:${described(model, basis)}`, en: `previous period: ${described(model, basis)}` } }
            : { span: basis.quantity.span, message: { zh: `变化量:${described(model, basis)}`, en: `change: ${described(model, basis)}` } },
        ],
        arithmetic: c.basis === 'averageAnnual' ? `(${x} / ${p})^(1/n) − 1 = ${formatComputed(computed, decimals)}%` : `(${x} − ${p}) / ${p} = ${formatComputed(computed, decimals)}%`,
      });
      continue;
    }
    if (a.grim && !a.grim.agrees) {
      const { ideal, nearest } = a.grim;
      const stated = (g.growth ?? c.listedGrowth) === 'decrease' ? -g.quantity.value : g.quantity.value;
      const shown = (sep: string) => nearest.map((n) => `${num(n.prior)} → ${formatComputed(n.growth, decimals)}%`).join(sep);
      findings.push({
        rule: GROWTH_MISMATCH,
        severity: 'warning',
        span: g.quantity.span,
        message: {
          zh: `${written(model, g)} 与 ${described(model, current)} 不符:上期应为 ${num(Number(ideal.toFixed(2)))},不是整数(${shown(',')})`,
          en: `${written(model, g)} does not fit ${described(model, current)}: the previous count would be ${num(Number(ideal.toFixed(2)))}, not a whole number (${shown(', ')})`,
        },
        related: [{ span: current.quantity.span, message: { zh: `本期:${described(model, current)}`, en: `this period: ${described(model, current)}` } }],
        arithmetic: `${num(X)} / (1 ${stated >= 0 ? '+' : '−'} ${num(Math.abs(stated) / 100)}) = ${num(Number(ideal.toFixed(2)))}`,
      });
    }
  }
  return findings;
}

export const growthMismatchCheck: Check = {
  rule: GROWTH_MISMATCH,
  title: { zh: '增幅与其数字矛盾', en: 'Growth its own figures contradict' },
  description: {
    zh: '增幅与其数字矛盾。',
    en: 'Growth that its own figures contradict.',
  },
  run: checkGrowthMismatch,
};
