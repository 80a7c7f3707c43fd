/**
 * Summaries of a report, a section and a figure: what hovers, the overview and
 * `report-review summary` show. Pure data; `summaryText.ts` renders it.
 */
import { Finding, Severity } from './findings';
import { Figure } from './figures';
import { Heading, ReportModel } from './reportModel';
import { formatComputed } from './rounding';
import { admissibleReadings, fitsStated, RateReading, statedReading } from './checks/rateReadings';
import { partGroups } from './checks/partExceedsTotal';
import { sumAgrees, sumGroups } from './checks/sumMismatch';
import { num } from './checks/figureHelpers';
import { LocalizedText } from './findings';
import { itemAt, lowerBound, Span, trimSpan } from './text';

/** At most this many key figures per section: a hover is a glance, not a table. */
export const KEY_FIGURES = 5;

export interface SectionSummary {
  readonly heading: Heading;
  /** From the top-level heading down to this one. */
  readonly path: readonly Heading[];
  readonly subsections: number;
  readonly paragraphs: number;
  readonly characters: number;
  readonly figureCount: number;
  readonly keyFigures: readonly Figure[];
  readonly findings: readonly Finding[];
}

export interface Relation {
  /** The arithmetic, e.g. `2204 / 2316 = 95.16%(文中 95.4%)`. */
  readonly text: LocalizedText;
  /** Whether the text agrees with itself here. */
  readonly agrees: boolean;
}

export interface FigureFacts {
  readonly figure: Figure;
  /** `52,290,000 元` for `5229万元`; undefined when the text already shows the plain value. */
  readonly normalized: string | undefined;
  readonly qualifier: LocalizedText | undefined;
  readonly relations: readonly Relation[];
  readonly findings: readonly Finding[];
}

export interface ReportSummary {
  readonly title: string | undefined;
  readonly year: number | undefined;
  readonly issuer: string | undefined;
  readonly sections: readonly SectionSummary[];
  readonly figureCount: number;
  readonly findingsBySeverity: Readonly<Record<Severity, number>>;
}

const within = (s: Span, outer: Span) => s.start >= outer.start && s.end <= outer.end;

/** Findings are sorted by position (runChecks sorts them): take the span's slice. */
function findingsIn(findings: readonly Finding[], span: Span): Finding[] {
  return findings.slice(lowerBound(findings, span.start, (f) => f.span.start), lowerBound(findings, span.end, (f) => f.span.start)).filter((f) => within(f.span, span));
}

/** How worth reporting a figure is: rates and totals first, then by size. */
function worth(f: Figure): number {
  const q = f.quantity;
  let score = 0;
  if (f.isRate) score += 4;
  if (f.totalCue) score += 3;
  if (f.growth) score += 2;
  if (q.kind === 'amount') score += 1;
  if (q.kind === 'count' || q.kind === 'amount') score += Math.log10(Math.max(1, q.value)) / 10;
  if (q.qualifier !== 'exact') score -= 0.5;
  return score;
}

export function summarizeSection(model: ReportModel, findings: readonly Finding[], heading: Heading): SectionSummary {
  const path: Heading[] = [];
  for (let h: Heading | undefined = heading; h; h = h.parent) path.unshift(h);
  const span = heading.sectionSpan;
  // Figures and paragraphs are in document order: take the section's slice of each by binary search.
  const figures = model.figures.slice(
    lowerBound(model.figures, span.start, (f) => f.quantity.span.start),
    lowerBound(model.figures, span.end, (f) => f.quantity.span.start),
  ).filter((f) => f.quantity.span.end <= span.end);
  const keyFigures = figures
    .map((f, i) => ({ f, i, w: worth(f) }))
    .sort((a, b) => b.w - a.w || a.i - b.i)
    .slice(0, KEY_FIGURES)
    .map((x) => x.f);
  // Characters of the section's paragraphs, line by line (indentation and line breaks left out).
  let characters = 0;
  const lines = model.lines.lines;
  for (let i = heading.line; i <= heading.sectionEndLine; i++) {
    const l = lines[i]!;
    const from = Math.max(l.start, span.start);
    const to = Math.min(l.end, span.end);
    if (to > from) {
      const t = trimSpan(model.text, from, to);
      characters += t.end - t.start;
    }
  }
  return {
    heading,
    path,
    subsections: heading.children.filter((c) => c.kind !== 'inline').length,
    paragraphs: lowerBound(model.paragraphs, span.end, (p) => p.span.start) - lowerBound(model.paragraphs, span.start, (p) => p.span.start),
    characters,
    figureCount: figures.length,
    keyFigures,
    findings: findingsIn(findings, span),
  };
}

const QUALIFIER: Record<string, LocalizedText> = {
  moreThan: { zh: '多于此数(约数)', en: 'more than this (approximate)' },
  atLeast: { zh: '不少于此数(下限)', en: 'at least this (a bound)' },
  atMost: { zh: '不超过此数(上限)', en: 'at most this (a bound)' },
  about: { zh: '约数', en: 'approximately' },
  nearly: { zh: '接近此数', en: 'nearly this' },
};

/** The value spelled out, when the text does not already show it plainly (`5229万元`, `１８３８件`, `一百二十人`). */
function normalized(f: Figure): string | undefined {
  const q0 = f.quantity;
  if (!q0.magnitude && /^[0-9.]+$/.test(q0.numberText)) return undefined;
  const q = f.quantity;
  const unit = q.kind === 'percent' ? '%' : q.kind === 'percentagePoint' ? ' 个百分点' : q.unit;
  const value = q.value.toLocaleString('en-US', { maximumFractionDigits: 6 });
  return q.kind === 'percent' ? `${value}%` : `${value} ${unit}`.trim();
}

/** Everything known about one figure: what it counts and every check it takes part in. */
export function describeFigure(model: ReportModel, findings: readonly Finding[], figure: Figure): FigureFacts {
  const relations: Relation[] = [];
  const q = figure.quantity;
  if (figure.isRate) {
    for (const r of rateReadingsShown(model, figure)) {
      relations.push({ text: readingText(r, figure), agrees: fitsStated(figure, r) });
    }
  }
  // A count that a rate of its sentence is computed from.
  if (!figure.isRate && (q.kind === 'count' || q.kind === 'amount')) {
    for (const rate of model.sentences[figure.sentence]!.figures) {
      if (!rate.isRate) continue;
      for (const r of rateReadingsShown(model, rate)) {
        const role = r.numerator.includes(figure) ? { zh: '分子', en: 'numerator' } : r.denominators.includes(figure) ? { zh: '分母', en: 'denominator' } : undefined;
        if (!role) continue;
        const t = readingText(r, rate);
        relations.push({
          text: { zh: `${rate.label || '比率'} ${num(rate.quantity.value)}% 的${role.zh}:${t.zh}`, en: `The ${role.en} of ${rate.label || 'a rate'} ${num(rate.quantity.value)}%: ${t.en}` },
          agrees: fitsStated(rate, r),
        });
      }
    }
  }
  for (const g of sumGroups(model)) {
    if (g.total !== figure && !g.parts.includes(figure)) continue;
    const sum = g.parts.reduce((s, p) => s + p.quantity.value, 0);
    const terms = g.parts.map((p) => num(p.quantity.value)).join(' + ');
    relations.push({
      text: g.total === figure
        ? { zh: `分项合计:${terms} = ${num(sum)}(文中合计 ${num(g.total.quantity.value)})`, en: `Parts: ${terms} = ${num(sum)} (stated total ${num(g.total.quantity.value)})` }
        : { zh: `是合计 ${num(g.total.quantity.value)} 的分项之一:${terms} = ${num(sum)}`, en: `One of the parts of the total ${num(g.total.quantity.value)}: ${terms} = ${num(sum)}` },
      agrees: sumAgrees(g.parts, g.total),
    });
  }
  for (const g of partGroups(model)) {
    if (g.total !== figure && !g.parts.includes(figure)) continue;
    const sum = g.parts.reduce((s, p) => s + p.quantity.value, 0);
    const terms = g.parts.map((p) => num(p.quantity.value)).join(' + ');
    const ok = g.parts.every((p) => p.quantity.value <= g.total.quantity.value) && (!g.list || sum <= g.total.quantity.value);
    relations.push({
      text: g.total === figure
        ? { zh: `其中:${terms}${g.parts.length > 1 ? ` = ${num(sum)}` : ''}(总数 ${num(g.total.quantity.value)})`, en: `Of which: ${terms}${g.parts.length > 1 ? ` = ${num(sum)}` : ''} (total ${num(g.total.quantity.value)})` }
        : { zh: `是总数 ${num(g.total.quantity.value)}${g.total.label ? `(${g.total.label})` : ''}的一部分`, en: `Part of the total ${num(g.total.quantity.value)}${g.total.label ? ` (${g.total.label})` : ''}` },
      agrees: ok,
    });
  }
  if (figure.growth && figure.quantity.kind === 'percent') {
    const current = model.sentences[figure.sentence]!.figures.find((f) => f.index === figure.index - 1);
    if (current && (current.quantity.kind === 'count' || current.quantity.kind === 'amount')) {
      const g = (figure.growth === 'decrease' ? -1 : 1) * q.value;
      const prior = current.quantity.value / (1 + g / 100);
      if (Number.isFinite(prior)) {
        relations.push({
          text: {
            zh: `本期 ${num(current.quantity.value)},按${figure.growth === 'decrease' ? '下降' : '增长'} ${num(q.value)}% 推算上期约 ${num(Number(prior.toFixed(2)))}`,
            en: `This period ${num(current.quantity.value)}; ${figure.growth === 'decrease' ? 'a fall' : 'growth'} of ${num(q.value)}% implies about ${num(Number(prior.toFixed(2)))} before`,
          },
          agrees: !findings.some((f) => f.rule === 'growth-mismatch' && f.span.start === q.span.start),
        });
      }
    }
  }
  const involved = findings.filter((f) => f.span.start === q.span.start || f.related.some((r) => r.span.start === q.span.start));
  const qualifier = QUALIFIER[q.qualifier];
  return { figure, normalized: normalized(figure), qualifier, relations, findings: involved };
}

/**
 * The readings of a rate worth showing: the one the text states (by the numerator's label), and
 * when that one does not agree but another admissible reading does, that one too.
 */
function rateReadingsShown(model: ReportModel, rate: Figure): RateReading[] {
  const stated = statedReading(model, rate)?.readings ?? [];
  if (stated.some((r) => fitsStated(rate, r))) return stated.filter((r) => fitsStated(rate, r)).slice(0, 1);
  const agreeing = admissibleReadings(model.sentences[rate.sentence]!, rate).find((r) => fitsStated(rate, r));
  return agreeing ? [agreeing] : stated.slice(-1);
}

function readingText(r: RateReading, rate: Figure): LocalizedText {
  const n = r.numerator.map((f) => num(f.quantity.value)).join(' + ');
  const d = r.denominators.map((f) => num(f.quantity.value)).join(' + ');
  const ratio = `${r.numerator.length > 1 ? `(${n})` : n} / ${r.denominators.length > 1 ? `(${d})` : d}`;
  const expr = r.complement ? `1 − ${ratio}` : ratio;
  const shown = formatComputed(r.computed, rate.quantity.decimals);
  const names = [r.numerator.length === 1 && r.numerator[0]!.label ? `分子“${r.numerator[0]!.label}”` : '', r.denominators.length === 1 && r.denominator.label ? `分母“${r.denominator.label}”` : ''].filter(Boolean).join(',');
  return {
    zh: `${expr} = ${shown}%(文中 ${num(rate.quantity.value)}%)${names ? `,${names}` : ''}`,
    en: `${expr} = ${shown}% (the text says ${num(rate.quantity.value)}%)`,
  };
}

const ISSUER_IN_TITLE = /^(.+?)(?:关于|\d{4}年)/;

export function summarizeReport(model: ReportModel, findings: readonly Finding[]): ReportSummary {
  const title = model.title?.text;
  const yearText = (title ?? '').match(/(\d{4})年/)?.[1] ?? model.text.slice(model.bodySpan.start, model.bodySpan.start + 200).match(/(\d{4})年/)?.[1];
  let issuer: string | undefined;
  if (model.signOff && model.signOff.issuerLines.length > 0) issuer = model.signOff.issuerLines.map((l) => model.lines.lineText(l).trim()).join(' ');
  else if (title) issuer = ISSUER_IN_TITLE.exec(title)?.[1];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return {
    title,
    year: yearText ? Number(yearText) : undefined,
    issuer,
    sections: model.roots.filter((h) => h.kind !== 'inline').map((h) => summarizeSection(model, findings, h)),
    figureCount: model.quantities.length,
    findingsBySeverity: counts,
  };
}

/** The figure whose span holds `offset`, if any. */
export function figureAt(model: ReportModel, offset: number): Figure | undefined {
  return itemAt(model.figures, offset, (f) => f.quantity.span);
}

/** The heading whose marker or title holds `offset`, if any (heading spans do not overlap). */
export function headingAt(model: ReportModel, offset: number): Heading | undefined {
  return itemAt(model.headings, offset, (h) => h.headingSpan);
}
