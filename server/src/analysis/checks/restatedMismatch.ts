/**
 * `restated-mismatch`: the same figure stated twice with different values — `受理行政复议申请151件`
 * in the summary, `受理行政复议申请115件` in the detail.
 *
 * Two statements are taken as the same metric only when their labels are identical and specific
 * (eight characters or more, or six with a scope such as `全区`), their units equal, both exact, and nothing in either sentence points
 * to another period or scope: a different year, last year, a target or plan. Plans sections are
 * left out. The pairing is inferred from wording, so the severity is `warning`.
 */
import { Check, Finding } from '../findings';
import { Figure } from '../figures';
import { Heading, ReportModel } from '../reportModel';
import { described, isExactCount, num, written } from './figureHelpers';
import { lowerBound } from '../text';

export const RESTATED_MISMATCH = 'restated-mismatch';

const OTHER_PERIOD = /(上年|去年|同期|上一年|前年|较|比|目标|计划|力争|预计|预期|争取|将|拟|年均|平均|每)/;
const PLAN_SECTION = /(计划|打算|思路|安排|目标|展望|下一步)/;
/** A label this long names one metric; a shorter one (`解答法律咨询`) recurs across services. */
const SPECIFIC_LABEL = 8;
const SCOPED_LABEL = 6;
const SCOPE = /^(全区|全县|全市|全省|全镇|全乡|全局|全系统|全年|累计|共)/;

function yearsIn(text: string): string {
  return [...new Set(text.match(/(19|20)\d\d(?=年)/g) ?? [])].sort().join(',');
}

function inPlanSection(model: ReportModel, offset: number): boolean {
  let level: readonly Heading[] = model.roots;
  for (;;) {
    // Siblings are in document order: the candidate is the last one starting at or before offset.
    const i = lowerBound(level, offset + 1, (c) => c.sectionSpan.start) - 1;
    const h = i >= 0 ? level[i] : undefined;
    if (!h || offset >= h.sectionSpan.end) return false;
    if (h.kind !== 'inline' && PLAN_SECTION.test(h.title)) return true;
    level = h.children;
  }
}

function checkRestatedMismatch(model: ReportModel): Finding[] {
  const first = new Map<string, Figure>();
  const findings: Finding[] = [];
  const sentenceText = (f: Figure) => {
    const s = model.sentences[f.sentence]!.span;
    return model.text.slice(s.start, s.end);
  };
  for (const f of model.figures) {
    const specific = f.label.length >= SPECIFIC_LABEL || (f.label.length >= SCOPED_LABEL && SCOPE.test(f.label));
    if (!isExactCount(f) || !specific || /[0-9０-９]/.test(f.label) || f.totalCue || f.label.startsWith('其中')) continue;
    const text = sentenceText(f);
    if (OTHER_PERIOD.test(text.slice(Math.max(0, f.labelSpan.start - model.sentences[f.sentence]!.span.start - 8), f.quantity.span.end - model.sentences[f.sentence]!.span.start))) continue;
    if (inPlanSection(model, f.quantity.span.start)) continue;
    const key = `${f.label}\u0000${f.quantity.unit}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, f);
      continue;
    }
    if (earlier.sentence === f.sentence || earlier.quantity.value === f.quantity.value) continue;
    if (yearsIn(sentenceText(earlier)) !== yearsIn(text) && yearsIn(sentenceText(earlier)) !== '' && yearsIn(text) !== '') continue;
    const line = model.lines.positionAt(earlier.quantity.span.start).line + 1;
    findings.push({
      rule: RESTATED_MISMATCH,
      severity: 'warning',
      span: f.quantity.span,
      message: {
        zh: `“${f.label}”前后不一致:此处为 ${written(model, f)},第 ${line} 行为 ${written(model, earlier)}`,
        en: `"${f.label}" is stated twice with different values: ${written(model, f)} here, ${written(model, earlier)} on line ${line}`,
      },
      related: [{ span: earlier.quantity.span, message: { zh: `前文:${described(model, earlier)}`, en: `earlier: ${written(model, earlier)}` } }],
      arithmetic: `${num(f.quantity.value)} ≠ ${num(earlier.quantity.value)}`,
    });
  }
  return findings;
}

export const restatedMismatchCheck: Check = { rule: RESTATED_MISMATCH, run: checkRestatedMismatch };
