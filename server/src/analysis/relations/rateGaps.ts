/**
 * The gap between two rates of the same sentence: `农村居民人均可支配收入增长6.4%,高于城镇居民1.9个
 * 百分点,城镇居民人均可支配收入增长4.4%` — 6.4 − 4.4 is 2.0, not 1.9. Read as a change whose earlier
 * end is the other subject's rate (`gap`), so the sum check reads it as it reads `较上年的8.9%提高1.1个
 * 百分点`.
 *
 * Only where the sentence states the other rate, under the name the comparison gives (`城镇居民`), once;
 * `高于全国0.5个百分点` with no national rate in the sentence says nothing checkable.
 */
import { Sentence } from '../figures';
import type { Change } from './changeBasis';
import { between } from './common';

/** `高于城镇居民`, `快于全省平均水平`, `比城镇居民高`: the comparison and the other subject (group 2 or 3). */
const COMPARED = /^[，,]?\s*(?:(高于|快于|超过|低于|慢于)([\u4e00-\u9fff]{2,10}?)(?:平均水平|平均)?|比([\u4e00-\u9fff]{2,10}?)(高|快|低|慢))(?:了)?$/;

export function readRateGaps(sentence: Sentence, text: string, out: Change[]): void {
  const figures = sentence.figures;
  for (let i = 1; i < figures.length; i++) {
    const points = figures[i]!;
    if (points.quantity.kind !== 'percentagePoint' || points.quantity.qualifier !== 'exact') continue;
    const rate = figures[i - 1]!;
    if (rate.quantity.kind !== 'percent' || rate.quantity.qualifier !== 'exact' || rate.inParentheses) continue;
    const m = COMPARED.exec(between(text, rate, points).replace(/\s+/g, ''));
    if (!m) continue;
    const other = (m[2] ?? m[3])!;
    const word = (m[1] ?? m[4])!;
    if (rate.label.includes(other)) continue;
    // The other rate: of the same kind (a growth against a growth), named by the other subject.
    // (What it measures, after the subject's name, is what the rate measures, or left unsaid:
    // `城镇居民人均可支配收入增长4.4%` or `城镇居民增长4.4%`, not `城镇居民人均消费支出增长3.1%`.)
    const sameMeasure = (f: { label: string }) => {
      const rest = f.label.slice(f.label.indexOf(other) + other.length).replace(/^(?:分别)?/, '');
      return rest === '' || rate.label.includes(rest) || rate.label.includes(rest.replace(/(?:增长|增速|下降|提高)$/, '')) && rest.length > 2;
    };
    const named = figures.filter((f, k) => k !== i - 1 && f.quantity.kind === 'percent' && f.quantity.qualifier === 'exact' && !f.inParentheses && !!f.growth === !!rate.growth && f.label.includes(other) && sameMeasure(f));
    if (named.length !== 1) continue;
    out.push({
      kind: 'change', current: rate, prior: named[0]!, delta: points,
      direction: /高|快|超过/.test(word) ? 'increase' : 'decrease', rate: undefined, basis: 'nominal', gap: true, reading: 'explicit',
      evidence: [{ words: m[0].replace(/^[，,]\s*/, ''), span: { start: rate.quantity.span.end, end: points.quantity.span.start } }],
    });
  }
}
