/**
 * `growth-mismatch`: growth that its own figures contradict.
 *
 * With last year's figure stated (`上年同期52件`), the growth is recomputed: `error` if it does not
 * agree. With only this year's count (`受理58件,同比增长150%`), last year's count must be a whole
 * number that gives the stated growth at its precision (58/2.5 = 23.2: 23 gives 152.2%, 24 gives
 * 141.7%): `warning`, since which count the growth belongs to is read from word order.
 */
import { Check, Finding } from '../findings';
import { Figure } from '../figures';
import { ReportModel } from '../reportModel';
import { agrees, formatComputed } from '../rounding';
import { described, isExactCount, num, roundingError, sameUnit, written } from './figureHelpers';

export const GROWTH_MISMATCH = 'growth-mismatch';

const PRIOR_LABEL = /(上年|去年|上一年|同期|前一年|\d{4}年)/;
/** A count that states the change itself: `增加23件`, `减少9件`. */
const DIFFERENCE = /(增加|减少|增长|下降|降低|多|少)了?$/;

function explicitFinding(model: ReportModel, g: Figure, current: Figure, basis: Figure, P: number, computed: number, decimals: number): Finding {
  return {
    rule: GROWTH_MISMATCH,
    severity: 'error',
    span: g.quantity.span,
    message: {
      zh: `增幅应为 ${formatComputed(computed, decimals)}%((${num(current.quantity.value)} − ${num(P)}) / ${num(P)}),文中为 ${written(model, g)}`,
      en: `Growth should be ${formatComputed(computed, decimals)}% ((${num(current.quantity.value)} − ${num(P)}) / ${num(P)}), the text says ${written(model, g)}`,
    },
    related: [
      { span: current.quantity.span, message: { zh: `本期:${described(model, current)}`, en: `this period: ${written(model, current)}` } },
      PRIOR_LABEL.test(basis.cue)
        ? { span: basis.quantity.span, message: { zh: `上期:${described(model, basis)}`, en: `previous period: ${written(model, basis)}` } }
        : { span: basis.quantity.span, message: { zh: `变化量:${described(model, basis)}`, en: `change: ${written(model, basis)}` } },
    ],
    arithmetic: `(${num(current.quantity.value)} − ${num(P)}) / ${num(P)} = ${formatComputed(computed, decimals)}%`,
  };
}

function signed(growth: Figure): number {
  return growth.growth === 'decrease' ? -growth.quantity.value : growth.quantity.value;
}

function checkGrowthMismatch(model: ReportModel): Finding[] {
  const findings: Finding[] = [];
  for (const g of model.figures) {
    if (!g.growth || g.quantity.kind !== 'percent' || g.quantity.qualifier !== 'exact') continue;
    const sentence = model.sentences[g.sentence]!;
    // This period's count is the nearest one before the growth that is neither last year's
    // (`较上年的118件`) nor a difference (`增加23件`); those two are kept when stated.
    let current: Figure | undefined;
    let statedPrior: Figure | undefined;
    let difference: Figure | undefined;
    for (let i = sentence.figures.findIndex((f) => f.index === g.index) - 1; i >= 0; i--) {
      const f = sentence.figures[i]!;
      if (f.quantity.kind === 'percent' || f.quantity.kind === 'percentagePoint') break;
      // `较上年减少9件` is a difference, though it names last year: the verb decides.
      if (DIFFERENCE.test(f.label)) difference ??= f;
      else if (PRIOR_LABEL.test(f.cue) || /^(较|比)/.test(f.label)) statedPrior ??= f;
      else {
        current = f;
        break;
      }
    }
    if (!current || !isExactCount(current) || !Number.isInteger(current.quantity.value)) continue;
    // `17起、死亡9人,同比分别下降22.7%和25%`: rates listed against counts in order — which
    // count a rate belongs to is not the nearest one, so none is guessed.
    if (/分别/.test(model.text.slice(current.quantity.span.end, g.quantity.span.start))) continue;
    const X = current.quantity.value;
    const { decimals } = g.quantity;
    const stated = signed(g);
    if (difference && !statedPrior && isExactCount(difference) && sameUnit(difference, current)) {
      // `61件,较上年减少9件,下降12.9%`: last year had 61 + 9.
      const P = /(减少|下降|降低|少)/.test(difference.label) ? X + difference.quantity.value : X - difference.quantity.value;
      if (P > 0) {
        const computed = (100 * (X - P)) / P;
        if (!(agrees(Math.abs(computed), Math.abs(stated), decimals) && Math.sign(computed) === Math.sign(stated))) {
          findings.push(explicitFinding(model, g, current, difference, P, computed, decimals));
        }
        continue;
      }
    }
    // Last year's figure, stated in the same sentence after the growth (`较上年的52件`) or right before it.
    // It may stand in brackets: `同比增长15.6%(上年同期8,317人次)`.
    const prior =
      statedPrior && sameUnit(statedPrior, current) && statedPrior.quantity.qualifier === 'exact'
        ? statedPrior
        : sentence.figures.find((f) => f !== current && f.quantity.qualifier === 'exact' && sameUnit(f, current!) && PRIOR_LABEL.test(f.cue) && Math.abs(f.index - g.index) <= 2);
    if (prior && prior.quantity.value > 0) {
      const P = prior.quantity.value;
      const computed = (100 * (X - P)) / P;
      if (agrees(Math.abs(computed), Math.abs(stated), decimals) && Math.sign(computed) === Math.sign(stated)) continue;
      // Rounded figures (`2.36亿元`) allow a range of growth: any value in it fits.
      const dx = roundingError(current);
      const dp = roundingError(prior);
      if (dx > 0 || dp > 0) {
        const low = (100 * (X - dx - (P + dp))) / (P + dp);
        const high = P - dp > 0 ? (100 * (X + dx - (P - dp))) / (P - dp) : Number.POSITIVE_INFINITY;
        const half = 0.5 * 10 ** -decimals;
        if (stated >= low - half && stated <= high + half) continue;
      }
      findings.push(explicitFinding(model, g, current, prior, P, computed, decimals));
      continue;
    }
    // Without last year's figure, only a whole count written in full can be tested.
    if (current.index !== g.index - 1 || stated <= -100 || roundingError(current) > 0) continue;
    const ideal = X / (1 + stated / 100);
    if (!Number.isFinite(ideal) || ideal <= 0) continue;
    const candidates = [Math.floor(ideal) - 1, Math.floor(ideal), Math.ceil(ideal), Math.ceil(ideal) + 1].filter((p) => p >= 1);
    const growthOf = (p: number) => (100 * (X - p)) / p;
    if (candidates.some((p) => agrees(Math.abs(growthOf(p)), Math.abs(stated), decimals) && Math.sign(growthOf(p)) === Math.sign(stated))) continue;
    const near = [Math.floor(ideal), Math.ceil(ideal)].filter((p, i, a) => p >= 1 && a.indexOf(p) === i);
    const shown = near.map((p) => `${num(p)} → ${formatComputed(growthOf(p), decimals)}%`).join(',');
    findings.push({
      rule: GROWTH_MISMATCH,
      severity: 'warning',
      span: g.quantity.span,
      message: {
        zh: `${written(model, g)} 与 ${described(model, current)} 不符:上期应为 ${num(Number(ideal.toFixed(2)))},不是整数(${shown})`,
        en: `${written(model, g)} does not fit ${written(model, current)}: the previous count would be ${num(Number(ideal.toFixed(2)))}, not a whole number (${near.map((p) => `${num(p)} → ${formatComputed(growthOf(p), decimals)}%`).join(', ')})`,
      },
      related: [{ span: current.quantity.span, message: { zh: `本期:${described(model, current)}`, en: `this period: ${written(model, current)}` } }],
      arithmetic: `${num(X)} / (1 ${stated >= 0 ? '+' : '−'} ${num(Math.abs(stated) / 100)}) = ${num(Number(ideal.toFixed(2)))}`,
    });
  }
  return findings;
}

export const growthMismatchCheck: Check = { rule: GROWTH_MISMATCH, run: checkGrowthMismatch };
