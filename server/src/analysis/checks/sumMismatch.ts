/**
 * `sum-mismatch`: parts that do not add up to the total stated for them.
 * `共312项…、508项…、127项…、264项…、31项…,共计1224项` — the parts sum to 1242.
 *
 * Two shapes are read, both with the parts as a `、` list of one unit: parts then a total cued by
 * `共计`/`合计`/`总计`/`共`, and a total then its parts introduced by `分别为`/`包括`/`分别是`
 * (an exhaustive breakdown). Parts after `其中` are a subset, not a breakdown: that is
 * `part-exceeds-total`'s business. Counts must agree exactly; amounts with decimals agree within
 * the rounding of their parts.
 */
import { Check, Finding } from '../findings';
import { Figure } from '../figures';
import { ReportModel } from '../reportModel';
import { described, inStyleOf, isExactCount, num, sameUnit, written } from './figureHelpers';

export const SUM_MISMATCH = 'sum-mismatch';

const AFTER_TOTAL_BREAKDOWN = /^[\s，,：:]*(其中)?(分别为|分别是|分别有|包括|具体为|具体是)[:：]?/;

/** Whether the parts' sum agrees with the total, allowing for each part's rounding. */
export function sumAgrees(parts: readonly Figure[], total: Figure): boolean {
  const sum = parts.reduce((s, p) => s + p.quantity.value, 0);
  const decimals = parts.reduce((d, p) => Math.max(d, p.quantity.decimals), total.quantity.decimals);
  if (decimals === 0 && !total.quantity.magnitude && parts.every((p) => !p.quantity.magnitude)) return sum === total.quantity.value;
  const scale = total.quantity.value / Number(total.quantity.numberText.replace(/[,，]/g, '').replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) || 1);
  const tolerance = (parts.length + 1) * 0.5 * 10 ** -decimals * (Number.isFinite(scale) && scale > 0 ? scale : 1);
  return Math.abs(sum - total.quantity.value) <= tolerance + 1e-9;
}

/**
 * The `、` list of same-unit exact counts ending right before `end` (exclusive index in `figures`).
 * It stops at an earlier total: that figure may open the list (`共312项…、508项…`), but what
 * stands before it is its own breakdown. So no figure is a part of more than two lists, and a
 * chain of totals (`共1件、共1件、…`) costs linear work, not one list per total over all before it.
 */
function listBefore(figures: readonly Figure[], end: number, unitOf: Figure): Figure[] {
  const parts: Figure[] = [];
  for (let i = end - 1; i >= 0; i--) {
    const f = figures[i]!;
    if (!isExactCount(f) || !sameUnit(f, unitOf)) break;
    parts.push(f);
    if (f.separatorBefore !== '、' || f.totalCue) break;
  }
  return parts.reverse();
}

/**
 * A table written as clauses: every figure of the sentence before the total is a count of its
 * unit, each with its own label (`市局418件,东湖区局1,026件,…,合计4,386件`). At least three, so that
 * `受理120件,办结100件,合计…` is not read as one.
 */
function clauseTableBefore(figures: readonly Figure[], end: number, unitOf: Figure): Figure[] | undefined {
  const parts = figures.slice(0, end);
  // An earlier total makes the clauses ambiguous (they may be its parts), so no table is read:
  // that also leaves at most one table per sentence, and the parts found linear in its figures.
  if (parts.length < 3 || parts.some((f) => !isExactCount(f) || !sameUnit(f, unitOf) || f.label.length < 2 || f.totalCue)) return undefined;
  if (parts.slice(1).some((f) => f.separatorBefore !== ',' && f.separatorBefore !== '、')) return undefined;
  return new Set(parts.map((f) => f.label)).size === parts.length ? parts : undefined;
}

/**
 * The `、` list of same-unit exact counts starting at `start`. It stops at a part that opens a
 * breakdown of its own (`opensBreakdown`), which ends the list: so no figure is a part of more
 * than two lists, and a chain `2件包括…、2件包括…` costs linear work.
 */
function listFrom(figures: readonly Figure[], start: number, unitOf: Figure, opensBreakdown: (i: number) => boolean): Figure[] {
  const parts: Figure[] = [];
  for (let i = start; i < figures.length; i++) {
    const f = figures[i]!;
    if (!isExactCount(f) || !sameUnit(f, unitOf) || (i > start && f.separatorBefore !== '、')) break;
    parts.push(f);
    if (opensBreakdown(i)) break;
  }
  return parts;
}

function finding(model: ReportModel, total: Figure, parts: readonly Figure[], inferred = false): Finding {
  const sum = parts.reduce((s, p) => s + p.quantity.value, 0);
  const divisor = total.quantity.value / Number(total.quantity.numberText.replace(/[,，]/g, '')) || 1;
  const sumAsWritten = num(sum / divisor);
  const fixText = total.quantity.numberText.includes(',') ? undefined : inStyleOf(sumAsWritten, total);
  const arithmetic = `${parts.map((p) => num(p.quantity.value / divisor)).join(' + ')} = ${sumAsWritten}`;
  return {
    rule: SUM_MISMATCH,
    severity: inferred ? 'warning' : 'error',
    span: total.quantity.span,
    message: {
      zh: `分项之和为 ${sumAsWritten}(${arithmetic.split(' = ')[0]}),与合计 ${written(model, total)} 不符`,
      en: `The parts add up to ${sumAsWritten} (${arithmetic.split(' = ')[0]}), not the stated total ${written(model, total)}`,
    },
    related: parts.map((p, i) => ({ span: p.quantity.span, message: { zh: `分项 ${i + 1}:${described(model, p)}`, en: `part ${i + 1}: ${written(model, p)}` } })),
    arithmetic,
    ...(fixText !== undefined ? { fix: { span: total.quantity.numberSpan, replacement: fixText } } : {}),
  };
}

/** A total and the parts the text breaks it into. */
export interface SumGroup {
  readonly total: Figure;
  readonly parts: readonly Figure[];
  /** Parts read from clauses rather than a `、` list: the grouping is inferred. */
  readonly inferred?: boolean;
}

/** Every total stated with an exhaustive breakdown, whether or not it adds up (hovers show both). */
export function sumGroups(model: ReportModel): SumGroup[] {
  const groups: SumGroup[] = [];
  for (const sentence of model.sentences) {
    const figures = sentence.figures;
    // Whether a breakdown (`分别为`) follows each figure at once (`87座,分别为…`), not a clause
    // later (`487吨,省下达任务分别为…`).
    const opensBreakdown = (i: number) =>
      i + 1 < figures.length && AFTER_TOTAL_BREAKDOWN.test(model.text.slice(figures[i]!.quantity.span.end, figures[i + 1]!.quantity.span.start));
    for (let i = 0; i < figures.length; i++) {
      const total = figures[i]!;
      if (!isExactCount(total)) continue;
      // Parts, then the total: `A项、B项、C项,共计T项`.
      if (total.totalCue && total.separatorBefore !== 'start') {
        const parts = listBefore(figures, i, total);
        if (parts.length >= 2) groups.push({ total, parts });
        else {
          const table = clauseTableBefore(figures, i, total);
          if (table) groups.push({ total, parts: table, inferred: true });
        }
        continue;
      }
      // The total, then its breakdown: `共T件,分别为A件、B件、C件`.
      if (opensBreakdown(i)) {
        const parts = listFrom(figures, i + 1, total, opensBreakdown);
        if (parts.length >= 2) groups.push({ total, parts });
      }
    }
  }
  return groups;
}

/**
 * Whether the total may cover more than the listed parts: other counts of its unit stand earlier
 * in the sentence (`未经复议起诉3件,…;复议后起诉2件,结果维持1件、尚未审结1件,总计5件`).
 */
function mayCoverMore(model: ReportModel, g: SumGroup): boolean {
  const first = g.parts[0]!;
  return model.sentences[first.sentence]!.figures.some((f) => f.index < first.index && isExactCount(f) && sameUnit(f, g.total));
}

function checkSumMismatch(model: ReportModel): Finding[] {
  return sumGroups(model)
    .filter((g) => !sumAgrees(g.parts, g.total) && !(g.total.index > g.parts[0]!.index && mayCoverMore(model, g)))
    .map((g) => finding(model, g.total, g.parts, g.inferred));
}

export const sumMismatchCheck: Check = { rule: SUM_MISMATCH, run: checkSumMismatch };
