/**
 * `sum-mismatch`: parts that do not add up to the total stated for them.
 *
 * Reads three relations:
 * - exhaustive breakdowns (`relations/breakdowns.ts`): `…、31项…,共计1224项` where the parts sum to
 *   1242; `共T件,分别为A件、B件`; a table of clauses closed by `合计`;
 * - changes (`relations/changes.ts`) with all three figures stated: `11286.4亿元,较…7918.6亿元增加
 *   3367.8亿元` must have now = before + difference;
 * - lists of named items and the count stated for them (`relations/lists.ts`): `推进东区、西区、
 *   南区2个片区` names three.
 *
 * Counts must agree exactly; figures with decimals or in 万/亿 agree within their rounding.
 */
import { Check, Finding, Severity } from '../findings';
import { Figure } from '../figures';
import { ReportModel } from '../reportModel';
import { digitsSwapped, partsSum, partsWithDigitsSwapped, partWithDigitsSwapped, sumAgrees } from '../relations/breakdownAssessment';
import { relationsOf } from '../relations/index';
import { listCountAgrees } from '../relations/lists';
import { assessChange } from '../relations/changeAssessment';
import { asWritten, described, num, replacementFor, written } from './figureHelpers';
import { exhaustiveSumSeverity, severityFor } from './publish';

export const SUM_MISMATCH = 'sum-mismatch';


function breakdownFinding(model: ReportModel, total: Figure, parts: readonly Figure[], severity: Severity, swapped = false): Finding {
  const sum = partsSum(parts);
  const sumAsWritten = num(asWritten(total, sum));
  const fixText = replacementFor(total, sum);
  const terms = parts.map((p) => num(asWritten(total, p.quantity.value))).join(' + ');
  // `…、产品质量案件713件…` for 731: a part with two digits swapped makes the parts add up.
  const slip = swapped ? undefined : partWithDigitsSwapped(parts, total);
  return {
    rule: SUM_MISMATCH,
    severity,
    span: total.quantity.span,
    message: {
      zh: `分项之和为 ${sumAsWritten}(${terms}),与合计 ${written(model, total)} 不符${swapped ? ',疑为两位数字颠倒' : slip ? `,疑为分项 ${written(model, slip)} 两位数字颠倒` : ''}`,
      en: `The parts add up to ${sumAsWritten} (${terms}), not the stated total ${written(model, total)}${swapped ? '; two digits look swapped' : slip ? `; two digits of the part ${written(model, slip)} look swapped` : ''}`,
    },
    related: parts.map((p, i) => ({ span: p.quantity.span, message: { zh: `分项 ${i + 1}:${described(model, p)}`, en: `part ${i + 1}: ${described(model, p)}` } })),
    arithmetic: `${terms} = ${sumAsWritten}`,
    ...(fixText !== undefined && severity === 'error' ? { fix: { span: total.quantity.numberSpan, replacement: fixText } } : {}),
  };
}

function checkSumMismatch(model: ReportModel): Finding[] {
  const findings: Finding[] = [];
  const relations = relationsOf(model);
  for (const b of relations.breakdowns) {
    if (sumAgrees(b.parts, b.total)) continue;
    // `基金总支出78.51亿元,其中…47.26亿元、…30.89亿元`: two parts that need not be all of the total,
    // but fall short of it by under 2% and add up to it with two of its digits swapped — a typing
    // slip, flagged as a warning. (Two parts so close to a total are nearly always all of it.)
    if (!b.exhaustive) {
      const shortBy = b.total.quantity.value - partsSum(b.parts);
      if (b.disjoint && b.parts.length === 2 && b.reading === 'explicit' && shortBy > 0 && shortBy <= 0.02 * b.total.quantity.value && digitsSwapped(b.parts, b.total)) {
        findings.push(breakdownFinding(model, b.total, b.parts, 'warning', true));
      } else if (b.disjoint && b.reading === 'explicit' && shortBy > 0 && shortBy <= 0.05 * b.total.quantity.value && partsWithDigitsSwapped(b.parts, b.total).length > 0) {
        // (So do parts that add up to it with two digits of one of them swapped: `救助资金1273万元,其中
        // 低保金864万元、特困供养金127万元、临时救助金237万元`, 172 for 127 — named where only one swap fits.)
        findings.push(breakdownFinding(model, b.total, b.parts, 'warning'));
      }
      continue;
    }
    const severity = exhaustiveSumSeverity(b);
    // A total that is the sum with two digits swapped (`1934` for 1943) is said to look like a typing slip.
    if (severity) findings.push(breakdownFinding(model, b.total, b.parts, severity, digitsSwapped(b.parts, b.total)));
  }
  for (const c of relations.changes) {
    if (!c.prior || !c.delta) continue;
    const sum = assessChange(model, c).sum;
    if (!sum || sum.agrees) continue;
    const severity = severityFor(c.reading, 1);
    if (!severity) continue;
    const op = c.direction === 'increase' ? '+' : '−';
    // Shares and the points between them say so: `8.9% + 1.1个百分点 = 10%`.
    const points = c.delta.quantity.kind === 'percentagePoint';
    const shownExpected = num(asWritten(c.current, sum.expected)) + (points ? '%' : '');
    const terms = points
      ? `${written(model, c.prior)} ${op} ${written(model, c.delta)}`
      : `${num(asWritten(c.current, c.prior.quantity.value))} ${op} ${num(asWritten(c.current, c.delta.quantity.value))}`;
    if (c.gap) {
      // `增长6.4%,高于城镇居民1.9个百分点,…城镇居民…增长4.4%`: the gap to another subject's rate.
      const gap = c.current.quantity.value - c.prior.quantity.value;
      const shown = Math.abs(gap).toFixed(Math.max(c.delta.quantity.decimals, c.current.quantity.decimals, c.prior.quantity.decimals));
      const stated = `${c.evidence[0]?.words ?? ''}${written(model, c.delta)}`;
      findings.push({
        rule: SUM_MISMATCH,
        severity,
        span: c.delta.quantity.span,
        message: {
          zh: `${written(model, c.current)} 比 ${written(model, c.prior)} ${gap >= 0 ? '高' : '低'} ${shown} 个百分点,文中为“${stated}”(${described(model, c.prior)})`,
          en: `${written(model, c.current)} is ${shown} points ${gap >= 0 ? 'above' : 'below'} ${written(model, c.prior)}, not “${stated}” (${described(model, c.prior)})`,
        },
        related: [
          { span: c.current.quantity.span, message: { zh: `此率:${described(model, c.current)}`, en: `this rate: ${described(model, c.current)}` } },
          { span: c.prior.quantity.span, message: { zh: `比较对象:${described(model, c.prior)}`, en: `compared with: ${described(model, c.prior)}` } },
        ],
        arithmetic: `${num(c.current.quantity.value)} − ${num(c.prior.quantity.value)} = ${num(Number(gap.toFixed(6)))}`,
      });
      continue;
    }
    findings.push({
      rule: SUM_MISMATCH,
      severity,
      span: c.current.quantity.span,
      message: {
        zh: `${terms} = ${shownExpected},与 ${written(model, c.current)} 不符(${described(model, c.prior)},${c.direction === 'increase' ? '增加' : '减少'} ${written(model, c.delta)})`,
        en: `${terms} = ${shownExpected}, not ${written(model, c.current)} (before ${described(model, c.prior)}, change ${written(model, c.delta)})`,
      },
      related: [
        { span: c.prior.quantity.span, message: { zh: `上期:${described(model, c.prior)}`, en: `before: ${described(model, c.prior)}` } },
        { span: c.delta.quantity.span, message: { zh: `变化量:${described(model, c.delta)}`, en: `change: ${described(model, c.delta)}` } },
      ],
      arithmetic: `${terms} = ${shownExpected}`,
    });
  }
  for (const l of relations.listCounts) {
    if (listCountAgrees(l)) continue;
    // A list joined by `、` reads one way; the count is the stated figure, and the names are the parts.
    const severity = severityFor(l.reading, 2);
    if (!severity) continue;
    const names = l.items.map((i) => i.text).join('、');
    const named = l.least === l.most ? `${l.least}` : `${l.least}–${l.most}`;
    findings.push({
      rule: SUM_MISMATCH,
      severity,
      span: l.count.quantity.span,
      message: {
        zh: `列举了 ${named} 项(${names}),文中为 ${written(model, l.count)}`,
        en: `${named} items are named (${names}), the text says ${written(model, l.count)}`,
      },
      related: [{ span: { start: l.items[0]!.start, end: l.items[l.items.length - 1]!.end }, message: { zh: `列举的 ${named} 项`, en: `the ${named} items named` } }],
      arithmetic: `${named} ≠ ${num(l.count.quantity.value)}`,
    });
  }
  return findings;
}

export const sumMismatchCheck: Check = {
  rule: SUM_MISMATCH,
  title: { zh: '分项之和与合计不符', en: 'Parts that do not add up to the stated total' },
  description: {
    zh: '分项之和与合计不符。',
    en: 'Parts that do not add up to the stated total.',
  },
  run: checkSumMismatch,
};
