/**
 * Indicator tables written as text: a header row naming the target, the result and the rate of
 * completion (`指标名称	年度目标	完成值	完成率`), then one row per indicator (`追回医保基金（万元）	3500
 * 4326.7	123.6%`). The rate of each row is its result over its target.
 *
 * Cells are parted by tabs, `|` or runs of two or more blanks. The target and result cells hold
 * bare numbers (the unit stands in the indicator's name), so they are read here as figures of
 * their own; the rate is the row's percentage figure.
 */
import { Figure } from '../figures';
import { ReportModel } from '../reportModel';
import { itemAt, toHalfWidth } from '../text';
import type { Change } from './changes';
import { fitsStated, RateRelation, reading } from './rates';

const CELL_SPLIT = /\t|\s{2,}|\u3000|\s*[|｜]\s*/;
/** Whether a line may have cells at all: most lines of a report have no separator, and are done at once. */
const HAS_SEPARATOR = /\t|\s\s|\u3000|[|｜]/;
const TARGET = /目标|计划|任务|预期/;
const RESULT = /完成值|完成数|实际|实绩|完成情况|完成/;
const RATE = /完成率|完成比例|完成进度|进度/;
const NUMBER = /^[0-9０-９]+(?:[.．][0-9０-９]+)?$/;

interface Columns {
  readonly target: number;
  readonly result: number;
  readonly rate: number;
}

function columnsOf(cells: readonly string[]): Columns | undefined {
  const rate = cells.findIndex((c) => RATE.test(c));
  const target = cells.findIndex((c) => TARGET.test(c) && !RATE.test(c));
  const result = cells.findIndex((c, k) => k !== target && RESULT.test(c) && !RATE.test(c));
  return rate >= 0 && target >= 0 && result >= 0 ? { target, result, rate } : undefined;
}

/** A bare number of a table cell as a figure, so that it can take part in a reading. */
function cellFigure(start: number, text: string, label: string, sentence: number): Figure {
  const half = toHalfWidth(text);
  const dot = half.indexOf('.');
  const span = { start, end: start + text.length };
  return {
    quantity: { kind: 'count', value: Number(half), numberText: text, decimals: dot < 0 ? 0 : half.length - dot - 1, unit: '', magnitude: '', qualifier: 'exact', span, numberSpan: span },
    index: -1, sentence, label, cue: '', labelSpan: span, following: '', totalCue: undefined, inParentheses: false,
    separatorBefore: 'other', isRate: false, growth: undefined, subject: '', averageAnnual: false, change: undefined,
    prior: false, perUnit: false, increment: false, cumulative: false, plan: false,
  };
}

/** The rates of completion of every indicator table. */
export function readTableRates(model: ReportModel): RateRelation[] {
  const out: RateRelation[] = [];
  const lines = model.lines.lines;
  let columns: Columns | undefined;
  let rowsSinceHeader = 0;
  for (const line of lines) {
    // Header and rows are short lines; a paragraph of body text is no table row.
    if (line.end - line.start > 200) {
      columns = undefined;
      continue;
    }
    const raw = model.text.slice(line.start, line.end);
    const cells = HAS_SEPARATOR.test(raw) ? raw.split(CELL_SPLIT) : [raw];
    if (cells.length < 3) {
      if (raw.trim() !== '') columns = undefined;
      continue;
    }
    const header = columnsOf(cells);
    if (header && !cells.some((c) => NUMBER.test(c.trim()))) {
      columns = header;
      rowsSinceHeader = 0;
      continue;
    }
    if (!columns || ++rowsSinceHeader > 60) continue;
    const { target, result, rate } = columns;
    const at = (k: number) => {
      let offset = line.start;
      let rest = raw;
      for (let i = 0; i < k; i++) {
        const m = CELL_SPLIT.exec(rest);
        if (!m) return -1;
        offset += m.index + m[0].length;
        rest = rest.slice(m.index + m[0].length);
      }
      return offset + (rest.length - rest.trimStart().length);
    };
    const t = cells[target]?.trim();
    const r = cells[result]?.trim();
    if (!t || !r || !NUMBER.test(t) || !NUMBER.test(r)) continue;
    const rateAt = at(rate);
    const rateFigure = rateAt >= 0 ? itemAt(model.figures, rateAt, (f) => f.quantity.span) : undefined;
    if (!rateFigure || rateFigure.quantity.kind !== 'percent') continue;
    const name = cells.find((c, k) => k !== target && k !== result && k !== rate && /[\u4e00-\u9fff]/.test(c))?.trim() ?? '';
    const targetFigure = cellFigure(at(target), t, `${name}目标`, rateFigure.sentence);
    const resultFigure = cellFigure(at(result), r, `${name}完成`, rateFigure.sentence);
    if (targetFigure.quantity.value <= 0) continue;
    const read = reading(rateFigure, [resultFigure], [targetFigure], false);
    out.push({
      kind: 'rate', rate: rateFigure, name: `${name}${cells[rate]!.trim().replace(/[0-9０-９.．%％]+$/, '') || '完成率'}`, readings: [read], stated: [read], statedBy: 'fraction',
      agrees: fitsStated(rateFigure, read), reading: 'explicit',
      evidence: [{ words: cells[rate]!.trim(), span: rateFigure.quantity.span }],
    });
  }
  return out;
}

const YEAR_COLUMN = /^(20\d\d)年?(?:末|底)?$/;
const CHANGE_COLUMN = /增减|增长|增幅|同比|变化|变动|增速/;
const SIGNED_PERCENT = /^([+＋\-－−])?[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]$/;

/**
 * Tables of an indicator in two years and its change: `项目 2024年 2025年 增减幅度`, then rows
 * `刑事案件立案（起） 2607 2346 -10.0%`. The change of each row is the later year over the earlier.
 */
export function readTableChanges(model: ReportModel): Change[] {
  const out: Change[] = [];
  let columns: { earlier: number; later: number; change: number } | undefined;
  let rowsSinceHeader = 0;
  for (const line of model.lines.lines) {
    if (line.end - line.start > 200) {
      columns = undefined;
      continue;
    }
    const raw = model.text.slice(line.start, line.end);
    if (!HAS_SEPARATOR.test(raw)) {
      if (raw.trim() !== '') columns = undefined;
      continue;
    }
    // A header names two years; a row ends in a percentage: other lines are passed over unsplit.
    if (!(columns ? /[%％]\s*$/.test(raw) : raw.includes('年'))) continue;
    const cells = raw.split(CELL_SPLIT).map((c) => c.trim());
    if (cells.length < 4) continue;
    const years = cells.map((c, k) => (YEAR_COLUMN.test(c) ? k : -1)).filter((k) => k >= 0);
    const change = cells.findIndex((c) => CHANGE_COLUMN.test(c));
    if (years.length === 2 && change >= 0 && !cells.some((c) => SIGNED_PERCENT.test(c))) {
      const [a, b] = years as [number, number];
      const earlierFirst = Number(YEAR_COLUMN.exec(cells[a]!)![1]) < Number(YEAR_COLUMN.exec(cells[b]!)![1]);
      columns = { earlier: earlierFirst ? a : b, later: earlierFirst ? b : a, change };
      rowsSinceHeader = 0;
      continue;
    }
    if (!columns || ++rowsSinceHeader > 60 || cells.length <= Math.max(columns.earlier, columns.later, columns.change)) continue;
    const before = cells[columns.earlier]!;
    const now = cells[columns.later]!;
    const shown = cells[columns.change]!;
    const sign = SIGNED_PERCENT.exec(shown);
    if (!NUMBER.test(before) || !NUMBER.test(now) || !sign) continue;
    // The cells' places on the line, found in order.
    let from = line.start;
    const place = (cell: string) => {
      const k = model.text.indexOf(cell, from);
      if (k < 0 || k >= line.end) return -1;
      from = k + cell.length;
      return k;
    };
    const positions = new Map<number, number>();
    for (let k = 0; k < cells.length; k++) positions.set(k, place(cells[k]!));
    const g = itemAt(model.figures, positions.get(columns.change)! + (sign[1] ? 1 : 0), (f) => f.quantity.span);
    if (!g || g.quantity.kind !== 'percent' || positions.get(columns.earlier)! < 0 || positions.get(columns.later)! < 0) continue;
    const name = cells.find((c, k) => k !== columns!.earlier && k !== columns!.later && k !== columns!.change && /[\u4e00-\u9fff]/.test(c)) ?? '';
    const prior = { ...cellFigure(positions.get(columns.earlier)!, before, `${name}上年`, g.sentence), prior: true };
    const current = cellFigure(positions.get(columns.later)!, now, name, g.sentence);
    if (prior.quantity.value <= 0) continue;
    const direction = sign[1] && /[-－−]/.test(sign[1]) ? 'decrease' : 'increase';
    out.push({
      kind: 'change', current, prior, delta: undefined, direction, rate: g, basis: 'nominal', reading: 'explicit',
      ...(g.growth ? {} : { listedGrowth: direction }),
      evidence: [{ words: cells[columns.change]!, span: g.quantity.span }],
    });
  }
  return out;
}
