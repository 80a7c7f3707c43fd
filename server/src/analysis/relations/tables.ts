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
import { itemAt, lowerBound, toHalfWidth } from '../text';
import type { Breakdown } from './breakdowns';
import type { Change } from './changeBasis';
import { fitsStated, reading } from './rateReadings';
import { RateRelation } from './rates';

const CELL_SPLIT = /\t|\s{2,}|\u3000|\s*[|｜]\s*/;
/** Whether a line may have cells at all: most lines of a report have no separator, and are done at once. */
const HAS_SEPARATOR = /\t|\s\s|\u3000|[|｜]/;

/** What the three table readers need to know of a line before they look at it closely. */
const enum LineShape {
  /** Over 200 characters: body text, never a table row. */
  Long,
  /** Blank. */
  Blank,
  /** Text with no cell separator. */
  Plain,
  /** Short, with a separator: may be a header or a row. */
  MayHaveCells,
}

const shapesCache = new WeakMap<ReportModel, Uint8Array>();

/** Each line's shape, found once per model for all three readers. */
function lineShapes(model: ReportModel): Uint8Array {
  let shapes = shapesCache.get(model);
  if (shapes) return shapes;
  const lines = model.lines.lines;
  shapes = new Uint8Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.end - line.start > 200) {
      shapes[i] = LineShape.Long;
      continue;
    }
    const raw = model.text.slice(line.start, line.end);
    shapes[i] = HAS_SEPARATOR.test(raw) ? LineShape.MayHaveCells : raw.trim() === '' ? LineShape.Blank : LineShape.Plain;
  }
  shapesCache.set(model, shapes);
  return shapes;
}

/**
 * The lines as the table readers meet them: a short line with a separator (a row or header, sliced),
 * or what ends a table — text, or (for the readers that count it) a blank line.
 */
function* tableLines(model: ReportModel): Generator<{ readonly start: number; readonly raw: string } | 'text' | 'blank'> {
  const lines = model.lines.lines;
  const shapes = lineShapes(model);
  for (let i = 0; i < lines.length; i++) {
    const shape = shapes[i]!;
    if (shape === LineShape.MayHaveCells) yield { start: lines[i]!.start, raw: model.text.slice(lines[i]!.start, lines[i]!.end) };
    else yield shape === LineShape.Blank ? 'blank' : 'text';
  }
}
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
  const half = toHalfWidth(text).replace(/,/g, '');
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
  let columns: Columns | undefined;
  let rowsSinceHeader = 0;
  for (const line of tableLines(model)) {
    // Header and rows are short lines; a paragraph of body text is no table row.
    if (typeof line === 'string') {
      if (line === 'text') columns = undefined;
      continue;
    }
    const raw = line.raw;
    const cells = raw.split(CELL_SPLIT);
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
  for (const line of tableLines(model)) {
    if (typeof line === 'string') {
      if (line === 'text') columns = undefined;
      continue;
    }
    const raw = line.raw;
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
      if (k < 0 || k >= line.start + line.raw.length) return -1;
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

/** A row that closes a table with the sum of the rows above it. */
const SUM_ROW = /^(?:合\s*计|总\s*计|共\s*计)$/;
/** A bare number in a cell, maybe with thousands separators and a unit or `%` of its column: `4,670`, `47起`, `55.4`. */
const SUM_CELL = /^([0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?)([%％]|[\u4e00-\u9fff]{1,2})?$/;
/** Columns whose rows are no parts of the last: rates, changes, averages, ranks. */
const NOT_ADDITIVE_COLUMN = /率|增长|增幅|增速|增减|同比|环比|变化|变动|均|排名|位次|序号|比上年|较上年|[±]/;
/** Rows that break a row above into parts, or sum some rows: the rows are then no flat list. */
const NESTED_ROW = /^(?:其中|含|小计|合计|总计|内[:：]|[:：])/;

/**
 * Tables closed by a row of totals: a header (`审结方式 件数 占比`), one row per category (`维持 139
 * 55.4`), then `合计 251 100.0`. Each column the header does not name as a rate or a change is read
 * as a breakdown: the total row's cell is the sum of the cells above it. A table with `其中` or
 * subtotal rows is not read, since which rows are parts of which is then a matter of layout.
 */
export function readTableSums(model: ReportModel): Breakdown[] {
  const out: Breakdown[] = [];
  let header: readonly string[] | undefined;
  let rows: { cells: string[]; start: number }[] = [];
  let nested = false;
  const reset = () => {
    header = undefined;
    rows = [];
    nested = false;
  };
  for (const line of tableLines(model)) {
    if (typeof line === 'string') {
      reset();
      continue;
    }
    const raw = line.raw;
    const cells = raw.split(CELL_SPLIT).map((c) => c.trim()).filter((c, k, all) => c !== '' || (k > 0 && k < all.length - 1));
    if (cells.length < 2) {
      reset();
      continue;
    }
    const name = cells[0]!;
    const numeric = cells.slice(1).every((c) => SUM_CELL.test(c));
    if (!numeric) {
      // A header (or a caption): the rows below are counted afresh.
      header = cells;
      rows = [];
      nested = false;
      continue;
    }
    if (!SUM_ROW.test(name)) {
      if (NESTED_ROW.test(name) || /合计|小计|总计/.test(name)) nested = true;
      rows.push({ cells, start: line.start });
      continue;
    }
    const parts = rows;
    const tableHeader = header;
    const wasNested = nested;
    reset();
    if (wasNested || parts.length < 2 || !tableHeader || tableHeader.length !== cells.length || parts.some((r) => r.cells.length !== cells.length)) continue;
    for (let k = 1; k < cells.length; k++) {
      if (NOT_ADDITIVE_COLUMN.test(tableHeader[k]!)) continue;
      const suffix = SUM_CELL.exec(cells[k]!)![2] ?? '';
      if (parts.some((r) => (SUM_CELL.exec(r.cells[k]!)![2] ?? '') !== suffix)) continue;
      const figureOf = (rowCells: readonly string[], start: number, label: string): Figure => {
        const cell = rowCells[k]!;
        const number = SUM_CELL.exec(cell)![1]!;
        const at = cellOffset(model.text, start, rowCells, k);
        return cellFigure(at, number, label, Math.max(0, lowerBound(model.sentences, at + 1, (x) => x.span.start) - 1));
      };
      const total = figureOf(cells, line.start, `${tableHeader[k]}合计`);
      const items = parts.map((r) => figureOf(r.cells, r.start, `${r.cells[0]}${tableHeader[k]}`));
      if (total.quantity.span.start < 0 || items.some((p) => p.quantity.span.start < 0)) continue;
      out.push({
        kind: 'breakdown', form: 'clauseTable', total, totals: [total], parts: items, exhaustive: true, disjoint: true, reading: 'explicit',
        evidence: [{ words: name, span: { start: line.start, end: line.start + name.length } }],
      });
    }
  }
  return out;
}

/** Where the `k`-th cell of a row starting at `start` stands in the text, found in order; −1 if it cannot be found. */
function cellOffset(text: string, start: number, cells: readonly string[], k: number): number {
  let from = start;
  for (let i = 0; i <= k; i++) {
    const at = text.indexOf(cells[i]!, from);
    if (at < 0) return -1;
    if (i === k) return at;
    from = at + cells[i]!.length;
  }
  return -1;
}
