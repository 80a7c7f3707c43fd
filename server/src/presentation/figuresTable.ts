/**
 * The figures table: one row per figure of a report, as an auditor wants it in a spreadsheet —
 * where it stands (section, line, column), the figure as written, its value in the plain unit
 * (`5229万元` → 52290000 元), its qualifier, its role, the relations it takes part in and the
 * findings on it. `report-review figures` and the editor's **Export Figures** write it.
 *
 * It reads the report model and the relations layer through `describeFigure`, the same facts the
 * hovers show, so a row never says what a hover or a check does not. Pure: rows in, CSV text out;
 * the byte order mark and the file are the adapters' business.
 */
import { Finding, LocalizedText } from '../analysis/findings';
import { Figure } from '../analysis/figures';
import { Qualifier } from '../analysis/quantities';
import { relationsOf } from '../analysis/relations/index';
import { Heading, ReportModel } from '../analysis/reportModel';
import { FIGURES_TABLE_MESSAGES } from './messages';
import { describeFigure } from './summaries';
import { lowerBound } from '../analysis/text';

/** What a figure is: a count, an amount, a rate or a growth; a total or a part of a breakdown besides. */
export type FigureRole = 'count' | 'amount' | 'rate' | 'growth' | 'total' | 'part';

export interface FigureRow {
  /** The headings from the top down to the figure's section (markers and titles). */
  readonly section: readonly string[];
  /** 1-based line and column of the figure's first character; `endColumn` is past its last. */
  readonly line: number;
  readonly column: number;
  readonly endColumn: number;
  /** The figure as written, qualifiers and unit included: `200余场次`, `5229万元`. */
  readonly written: string;
  /** What it counts, as the text names it (`调解成功`, `成功率`); may be empty. */
  readonly label: string;
  /** The value in the plain unit: 52290000 for `5229万元`, 95.4 for `95.4%`. */
  readonly value: number;
  /** The plain unit: `元` for `5229万元`, `%` for a percentage, `个百分点`, `件`. */
  readonly unit: string;
  /** The qualifier as written (`余`, `以上`, `约`, `近`), or empty. */
  readonly qualifier: string;
  readonly qualifierKind: Qualifier;
  readonly roles: readonly FigureRole[];
  /** Each relation it takes part in, with its arithmetic, and whether the text agrees with itself there. */
  readonly relations: readonly { readonly text: LocalizedText; readonly agrees: boolean }[];
  readonly findings: readonly { readonly rule: string; readonly severity: Finding['severity']; readonly message: LocalizedText }[];
}

/** Magnitude words a money unit may carry itself (`千元`, `万美元`) when no magnitude was read apart. */
const UNIT_MAGNITUDE: readonly [string, number][] = [['万亿', 1e12], ['亿', 1e8], ['万', 1e4], ['千', 1e3]];

/** The value and unit without magnitude words: `5229万元` → 52290000 元; `3.2万人` → 32000 人. */
function plainValue(f: Figure): { value: number; unit: string } {
  const q = f.quantity;
  if (q.kind === 'percent') return { value: q.value, unit: '%' };
  let unit = q.unit;
  let value = q.value;
  // `value` has the magnitude read before the unit applied already; a unit that holds one (`千元`) has it still.
  for (const [word, scale] of UNIT_MAGNITUDE) {
    if (unit.length > word.length && unit.startsWith(word)) {
      unit = unit.slice(word.length);
      value = Number((value * scale).toPrecision(15));
      break;
    }
  }
  return { value, unit };
}

/** The qualifier's words as written: what the figure's span holds besides the number, magnitude and unit. */
function qualifierWords(model: ReportModel, f: Figure): string {
  const q = f.quantity;
  if (q.qualifier === 'exact') return '';
  const before = model.text.slice(q.span.start, q.numberSpan.start);
  let after = model.text.slice(q.numberSpan.end, q.span.end);
  for (const w of [q.magnitude, q.unit]) {
    const at = w ? after.indexOf(w) : -1;
    if (at >= 0) after = after.slice(0, at) + after.slice(at + w.length);
  }
  return (before + after).replace(/\s+/g, '');
}

function rolesOf(model: ReportModel, f: Figure): FigureRole[] {
  const q = f.quantity;
  const roles: FigureRole[] = [];
  if (q.kind === 'count') roles.push('count');
  else if (q.kind === 'amount') roles.push('amount');
  else if (f.growth || q.kind === 'percentagePoint' || q.kind === 'multiple') roles.push('growth');
  else roles.push('rate');
  let total = false;
  let part = false;
  for (const r of relationsOf(model).involving(f)) {
    if (r.kind !== 'breakdown') continue;
    if (r.total === f) total = true;
    else if (r.parts.includes(f)) part = true;
  }
  if (total || (f.totalCue && (q.kind === 'count' || q.kind === 'amount'))) roles.push('total');
  if (part) roles.push('part');
  return roles;
}

/** The block heading (not an inline `一是`) whose section holds `offset`, innermost first. */
function sectionPath(model: ReportModel, offset: number): string[] {
  const headings = model.headings;
  let i = lowerBound(headings, offset + 1, (h) => h.markerSpan.start) - 1;
  let h: Heading | undefined;
  for (; i >= 0; i--) {
    const c = headings[i]!;
    if (c.kind !== 'inline' && c.sectionSpan.start <= offset && offset < Math.max(c.sectionSpan.end, c.headingSpan.end)) {
      h = c;
      break;
    }
    // Headings before a top-level one that has closed cannot hold the offset either.
    if (c.kind !== 'inline' && !c.parent && c.sectionSpan.end <= offset) break;
  }
  const path: string[] = [];
  for (; h; h = h.parent) if (h.kind !== 'inline') path.unshift(`${h.marker}${h.title}`);
  return path;
}

/**
 * What a figure counts, as the text names it. In a row of a table written as text (cells parted by
 * tabs) the words before a figure are the other cells' numbers (`300 312` before `104%`): the row is
 * named by its first cell (`法律援助案件(件)`).
 */
function labelOf(model: ReportModel, f: Figure, line: number): string {
  const label = f.label.replace(/\s+/g, ' ');
  if (/[\u4e00-\u9fff]/.test(label)) return label;
  const text = model.lines.lineText(line);
  if (!text.includes('\t')) return label;
  const first = text.split('\t')[0]!.trim();
  return first && /[\u4e00-\u9fff]/.test(first) ? first : label;
}

/** One row per figure of the report, in document order. `findings` are the report's, as published. */
export function figuresTable(model: ReportModel, findings: readonly Finding[]): FigureRow[] {
  const rows: FigureRow[] = [];
  for (const f of model.figures) {
    const q = f.quantity;
    const s = model.lines.positionAt(q.span.start);
    const e = model.lines.positionAt(q.span.end);
    const facts = describeFigure(model, findings, f);
    const { value, unit } = plainValue(f);
    rows.push({
      section: sectionPath(model, q.span.start),
      line: s.line + 1,
      column: s.character + 1,
      endColumn: (e.line === s.line ? e.character : s.character + (q.span.end - q.span.start)) + 1,
      written: model.text.slice(q.span.start, q.span.end),
      label: labelOf(model, f, s.line),
      value,
      unit,
      qualifier: qualifierWords(model, f),
      qualifierKind: q.qualifier,
      roles: rolesOf(model, f),
      relations: facts.relations.map((r) => ({ text: r.text, agrees: r.agrees })),
      findings: facts.findings.map((x) => ({ rule: x.rule, severity: x.severity, message: x.message })),
    });
  }
  return rows;
}

const ROLE_NAMES: Record<FigureRole, LocalizedText> = {
  count: { zh: '计数', en: 'count' },
  amount: { zh: '金额', en: 'amount' },
  rate: { zh: '比率', en: 'rate' },
  growth: { zh: '增长', en: 'growth' },
  total: { zh: '合计', en: 'total' },
  part: { zh: '分项', en: 'part' },
};

export function roleName(role: FigureRole, language: 'zh' | 'en'): string {
  return ROLE_NAMES[role][language];
}

/** The columns the command line and the editor put before the row's own: the file, and a Word file's paragraph. */
export const FILE_COLUMNS: readonly LocalizedText[] = [
  { zh: '文件', en: 'file' },
  { zh: 'Word 位置', en: 'place in Word' },
];

/** The columns of the CSV, in order, with their headers. */
const COLUMNS: readonly { readonly zh: string; readonly en: string }[] = [
  { zh: '章节', en: 'section' },
  { zh: '行', en: 'line' },
  { zh: '列', en: 'column' },
  { zh: '原文', en: 'as written' },
  { zh: '指标', en: 'label' },
  { zh: '数值', en: 'value' },
  { zh: '单位', en: 'unit' },
  { zh: '限定词', en: 'qualifier' },
  { zh: '类型', en: 'role' },
  { zh: '关联', en: 'relations' },
  { zh: '问题', en: 'findings' },
];

/**
 * A cell as CSV wants it (RFC 4180): quoted when it holds a comma, a quote or a line break. Text
 * that a spreadsheet would run as a formula (`=`, `+`, `@`, or `-` before a non-digit) gets a
 * leading apostrophe, which Excel and WPS show as text and do not run.
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let s = value;
  if (/^[=+@\t\r]|^-(?![0-9.])/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A header and a line per row; lines end with CRLF, as spreadsheets write them. No byte order mark. */
export function figuresCsv(rows: readonly FigureRow[], language: 'zh' | 'en'): string {
  return [csvHeader(language), ...rows.map((r) => csvLine(r, language))].map((l) => `${l}\r\n`).join('');
}

/** One row as a CSV line (without its line end), after `before` cells. */
export function csvLine(r: FigureRow, language: 'zh' | 'en', before: readonly (string | number)[] = []): string {
  const t = FIGURES_TABLE_MESSAGES[language];
  const sep = t.listSeparator;
  const cells: (string | number)[] = [
    ...before,
    r.section.join(' › '),
    r.line,
    r.column,
    r.written,
    r.label,
    r.value,
    r.unit,
    r.qualifier,
    r.roles.map((x) => roleName(x, language)).join(t.roleSeparator),
    r.relations.map((x) => `${x.agrees ? '' : t.disagrees}${x.text[language]}`).join(sep),
    r.findings.map((x) => `${x.severity} ${x.rule}: ${x.message[language]}`).join(sep),
  ];
  return cells.map(csvCell).join(',');
}

/** The header line of the CSV (without its line end), after `before` headers. */
export function csvHeader(language: 'zh' | 'en', before: readonly LocalizedText[] = []): string {
  return [...before, ...COLUMNS].map((c) => csvCell(c[language])).join(',');
}
