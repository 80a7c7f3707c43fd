/**
 * Restatements: one specific figure stated twice — `受理行政复议申请151件` in the summary,
 * `受理行政复议申请115件` in the detail.
 *
 * Two statements are the same figure only when they name the same indicator, scope and period:
 * identical, specific labels (eight characters or more, or six with a scope such as `全区`), one
 * unit, both exact, both in the same part of the report (never last year's result against this
 * year's target), no other year, no plan or comparison words, no cumulative or five-year total, and
 * neither a per-head figure nor the year's increment against a stock. Even so the pairing rests on
 * wording alone: it is `inferred`.
 */
import { Figure } from '../figures';
import { ReportModel } from '../reportModel';
import { partAt, periodAt } from '../structure';
import { Evidence, isExactCount, Reading } from './common';

export interface Restatement {
  readonly kind: 'restatement';
  readonly first: Figure;
  readonly again: Figure;
  readonly reading: Reading;
  readonly evidence: readonly Evidence[];
}

const OTHER_PERIOD = /(上年|去年|同期|上一年|前年|较|比|目标|计划|力争|预计|预期|争取|将|拟|年均|平均|每|累计|五年|十四五|十三五|十五五)/;
const LONGER_PERIOD = /(五年|累计|十四五|十三五|以来)/;
/** A label this long names one metric; a shorter one (`解答法律咨询`) recurs across services. */
const SPECIFIC_LABEL = 8;
const SCOPED_LABEL = 6;
const SCOPE = /^(全区|全县|全市|全省|全镇|全乡|全局|全系统|全年|共)/;

function yearsIn(text: string): string {
  return [...new Set(text.match(/(19|20)\d\d(?=年)/g) ?? [])].sort().join(',');
}

export function readRestatements(model: ReportModel): Restatement[] {
  const out: Restatement[] = [];
  const sentenceText = (f: Figure) => {
    const s = model.sentences[f.sentence]!.span;
    return model.text.slice(s.start, s.end);
  };
  /** The period of each sentence's figures: one heading path, looked up once per sentence. */
  const periods = new Map<number, ReturnType<typeof periodAt>>();
  const periodOf = (f: Figure) => {
    let p = periods.get(f.sentence);
    if (p === undefined) periods.set(f.sentence, (p = periodAt(model, model.sentences[f.sentence]!.span.start)));
    return p;
  };
  /** Where each sentence first names a longer period (`五年`, `累计`), searched once per sentence. */
  const longerPeriodAt = new Map<number, number>();
  const longerPeriodOf = (f: Figure, text: string) => {
    let at = longerPeriodAt.get(f.sentence);
    if (at === undefined) {
      const m = LONGER_PERIOD.exec(text);
      longerPeriodAt.set(f.sentence, (at = m ? model.sentences[f.sentence]!.span.start + m.index + m[0].length : Infinity));
    }
    return at;
  };
  // Figures that name one metric, grouped by label and unit in document order: only a label stated
  // twice can be a restatement, so the costlier tests below run for those alone.
  const byKey = new Map<string, Figure[]>();
  for (const f of model.figures) {
    const specific = f.label.length >= SPECIFIC_LABEL || (f.label.length >= SCOPED_LABEL && SCOPE.test(f.label));
    if (!isExactCount(f) || !specific || /[0-9０-９]/.test(f.label) || f.totalCue || f.label.startsWith('其中')) continue;
    if (f.plan || f.cumulative || f.perUnit || f.prior || f.change) continue;
    const key = `${f.label}\u0000${f.quantity.unit}`;
    const group = byKey.get(key);
    if (group) group.push(f);
    else byKey.set(key, [f]);
  }
  const ofThisPeriod = (f: Figure) => {
    const s = model.sentences[f.sentence]!.span;
    const text = sentenceText(f);
    if (OTHER_PERIOD.test(text.slice(Math.max(0, f.labelSpan.start - s.start - 8), f.quantity.span.end - s.start))) return false;
    // `五年累计改造…、新增学位3.2万个`: a longer period named anywhere before the figure in its sentence.
    if (longerPeriodOf(f, text) <= f.quantity.span.start) return false;
    const period = periodOf(f);
    return period !== 'plan' && period !== 'longPast';
  };
  const found: Restatement[] = [];
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    let earlier: Figure | undefined;
    for (const f of group) {
      if (!earlier) {
        if (ofThisPeriod(f)) earlier = f;
        continue;
      }
      // The cheap tests first: the same figure again, or in the same sentence, is no restatement.
      if (earlier.sentence === f.sentence || earlier.quantity.value === f.quantity.value || !ofThisPeriod(f)) continue;
      if (partAt(model, earlier.quantity.span.start) !== partAt(model, f.quantity.span.start) || periodOf(earlier) !== periodOf(f)) continue;
      if (earlier.increment !== f.increment) continue;
      if (yearsIn(sentenceText(earlier)) !== yearsIn(sentenceText(f))) continue;
      found.push({ kind: 'restatement', first: earlier, again: f, reading: 'inferred', evidence: [{ words: f.label, span: f.labelSpan }] });
    }
  }
  // In document order, as every reader gives its relations.
  found.sort((a, b) => a.again.index - b.again.index);
  for (const r of found) out.push(r);
  return out;
}
