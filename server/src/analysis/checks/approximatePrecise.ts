/**
 * `approximate-precise` (info): a precise figure marked approximate, such as `357余件`: `余` and
 * `多` go with round figures (`200余场次`); on 456 they read as a slip or a hedge.
 */
import { Check, Finding } from '../findings';
import { ReportModel } from '../reportModel';
import { written } from './figureHelpers';

export const APPROXIMATE_PRECISE = 'approximate-precise';

function checkApproximatePrecise(model: ReportModel): Finding[] {
  const findings: Finding[] = [];
  for (const f of model.figures) {
    const q = f.quantity;
    if (q.qualifier !== 'moreThan' || q.magnitude || q.decimals > 0 || q.kind === 'percent') continue;
    const after = model.text.slice(q.numberSpan.end, q.span.end);
    if (!/^[ \t]*(余|多)/.test(after)) continue;
    if (!Number.isInteger(q.value) || q.value < 11 || q.value % 10 === 0) continue;
    findings.push({
      rule: APPROXIMATE_PRECISE,
      severity: 'info',
      span: q.span,
      message: {
        zh: `“${written(model, f)}”是精确数却标为约数:“余”“多”通常用于整数(如 ${Math.floor(q.value / 10) * 10}余)`,
        en: `"${written(model, f)}" is a precise figure marked approximate: 余/多 usually follow round figures (e.g. ${Math.floor(q.value / 10) * 10}余)`,
      },
      related: [],
    });
  }
  return findings;
}

export const approximatePreciseCheck: Check = {
  rule: APPROXIMATE_PRECISE,
  title: { zh: '精确数却标为约数', en: 'A precise figure marked approximate' },
  description: {
    zh: '精确数却标为约数,如“357余件”。',
    en: 'A precise figure marked approximate, such as 357余件.',
  },
  run: checkApproximatePrecise,
};
