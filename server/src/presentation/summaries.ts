/**
 * Summaries of a report, a section and a figure: what hovers, the overview and
 * `report-review summary` show. Pure data; `summaryText.ts` renders it.
 */
import { Finding, Severity } from '../analysis/findings';
import { Figure } from '../analysis/figures';
import { Heading, ReportModel } from '../analysis/reportModel';
import { formatComputed } from '../analysis/rounding';
import { inMagnitudeOf, num } from '../analysis/checks/figureHelpers';
import { assessBreakdown, partsSum } from '../analysis/relations/breakdownAssessment';
import { assessChange } from '../analysis/relations/changeAssessment';
import { Relation as RelationOf, relationsOf } from '../analysis/relations/index';
import { listCountAgrees } from '../analysis/relations/lists';
import { fitsStated, RateReading } from '../analysis/relations/rateReadings';
import { RateRelation } from '../analysis/relations/rates';
import { nearestReachable } from '../analysis/rounding';
import { LocalizedText } from '../analysis/findings';
import { BREAKDOWN_CUES, CHANGE_TO_WORDS, COMPARISON_WORDS, CUMULATIVE_CUES, DECREASE_WORDS, INCREASE_WORDS, PART_CUES, PRIOR_PERIOD_WORDS, SCOPE_WORDS, TOTAL_CUES } from '../analysis/vocabulary';
import { itemAt, lowerBound, Span, trimSpan } from '../analysis/text';

/** At most this many key figures per section: a hover is a glance, not a table. */
export const KEY_FIGURES = 5;

export interface SectionSummary {
  readonly heading: Heading;
  /** From the top-level heading down to this one. */
  readonly path: readonly Heading[];
  readonly subsections: number;
  /** Inline items under it (`一是…二是…`): a section of items has no subsections, yet is not empty. */
  readonly items: number;
  readonly paragraphs: number;
  readonly characters: number;
  readonly figureCount: number;
  readonly keyFigures: readonly Figure[];
  readonly findings: readonly Finding[];
  /** Relations between the section's figures whose arithmetic was checked, and how many the text contradicts. */
  readonly relations: { readonly checked: number; readonly contradicted: number };
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

/**
 * Words that say nothing of what a figure counts: comparisons and changes (`同比增长`), scope
 * (`全县`), totals and parts (`共`, `其中`), and the verbs and particles around a figure. A
 * label made of these alone (`增长 62%`, `组织全县 22名`) is no label.
 */
const EMPTY_LABEL_WORDS = [
  ...CHANGE_TO_WORDS, ...COMPARISON_WORDS, ...INCREASE_WORDS, ...DECREASE_WORDS, ...PRIOR_PERIOD_WORDS, ...SCOPE_WORDS,
  ...TOTAL_CUES, ...PART_CUES, ...CUMULATIVE_CUES, ...BREAKDOWN_CUES,
  '达到', '达', '为', '至', '到', '的', '了', '对', '有', '组织', '实现', '完成', '超过', '约', '近', '年', '全年', '今年', '本年', '分别',
].sort((a, b) => b.length - a.length);

/** The empty words as a trie of characters: a label is read once, left to right, not once per word. */
interface EmptyWordNode {
  readonly next: Map<string, EmptyWordNode>;
  word: boolean;
}
const EMPTY_WORDS: EmptyWordNode = { next: new Map(), word: false };
for (const w of EMPTY_LABEL_WORDS) {
  let node = EMPTY_WORDS;
  for (const ch of w) {
    let child = node.next.get(ch);
    if (!child) node.next.set(ch, (child = { next: new Map(), word: false }));
    node = child;
  }
  node.word = true;
}
const NAMING_CHARACTER = /[\p{Script=Han}A-Za-z]/u;

/**
 * Whether a figure's label names what it counts: at least two characters of it are not empty
 * words. The label is read as the longest empty word at each position (what a longest-first
 * alternation would remove), and reading stops at the second naming character.
 */
export function namesWhatItCounts(f: Figure): boolean {
  const known = NAMES_WHAT.get(f);
  if (known !== undefined) return known;
  const label = f.label;
  let naming = 0;
  for (let i = 0; i < label.length && naming < 2; ) {
    let node: EmptyWordNode | undefined = EMPTY_WORDS;
    let longest = 0;
    for (let k = i; k < label.length; k++) {
      node = node.next.get(label[k]!);
      if (!node) break;
      if (node.word) longest = k + 1 - i;
    }
    if (longest > 0) {
      i += longest;
      continue;
    }
    // A character outside the basic plane (a rare Han ideograph) is read whole.
    const cp = label.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (NAMING_CHARACTER.test(ch)) naming++;
    i += ch.length;
  }
  const names = naming >= 2;
  NAMES_WHAT.set(f, names);
  return names;
}
/** Each figure is looked at once, however many sections (and the overview) it is summarised in. */
const NAMES_WHAT = new WeakMap<Figure, boolean>();

/** A figure of the period before, by its words: `较上年的118件`, `由上年的27.4%`, `上年为52件`. */
function isLastPeriods(f: Figure): boolean {
  return f.prior || f.change === 'from' || /(?:上年|去年|上年末|上年同期)(?:的|为)?$/.test(f.cue);
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
  // A key figure is shown with what it counts, or not at all: `增长 62%` alone says nothing.
  // And it is of the period the section speaks of: last year's figure (`比重由上年的27.4%`) is no key figure.
  const keyFigures = figures
    .filter((f) => namesWhatItCounts(f) && !isLastPeriods(f))
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
    items: heading.children.filter((c) => c.kind === 'inline').length,
    paragraphs: lowerBound(model.paragraphs, span.end, (p) => p.span.start) - lowerBound(model.paragraphs, span.start, (p) => p.span.start),
    characters,
    figureCount: figures.length,
    keyFigures,
    findings: findingsIn(findings, span),
    relations: relationsOf(model).tallyIn(span),
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

/** Everything known about one figure: what it counts and every relation it takes part in. */
export function describeFigure(model: ReportModel, findings: readonly Finding[], figure: Figure): FigureFacts {
  const relations: Relation[] = [];
  const q = figure.quantity;
  for (const r of relationsOf(model).involving(figure)) {
    const shown = relationShown(model, r, figure);
    if (shown) relations.push(shown);
  }
  const involved = findings.filter((f) => f.span.start === q.span.start || f.related.some((r) => r.span.start === q.span.start));
  const qualifier = QUALIFIER[q.qualifier];
  return { figure, normalized: normalized(figure), qualifier, relations, findings: involved };
}

/** A value in the magnitude `ref` is written in: `4415.6万` rather than `44156000`. */
const as = inMagnitudeOf;
const terms = (parts: readonly Figure[]) => parts.map((p) => as(p, p.quantity.value)).join(' + ');

/** One relation as a hover line: its arithmetic and whether the text agrees with itself there. */
function relationShown(model: ReportModel, r: RelationOf, figure: Figure): Relation | undefined {
  switch (r.kind) {
    case 'rate': {
      const reading = rateReadingShown(r);
      if (!reading) return undefined;
      const t = readingText(reading, r.rate);
      if (figure === r.rate) return { text: t, agrees: r.agrees };
      const role = reading.numerator.includes(figure) ? { zh: '分子', en: 'numerator' } : reading.denominators.includes(figure) ? { zh: '分母', en: 'denominator' } : undefined;
      if (!role) return undefined;
      return {
        text: { zh: `${r.rate.label || '比率'} ${num(r.rate.quantity.value)}% 的${role.zh}:${t.zh}`, en: `The ${role.en} of ${r.rate.label || 'a rate'} ${num(r.rate.quantity.value)}%: ${t.en}` },
        agrees: r.agrees,
      };
    }
    case 'rateBase': {
      const n = r.base.quantity.value;
      const near = nearestReachable(r.rate.quantity.value, n).map((x) => `${x.k}/${num(n)} = ${num(Number(x.percent.toFixed(2)))}%`).join(', ');
      return { text: { zh: `以“${r.base.label}”${num(n)} 为分母的整数比:${near}`, en: `Whole counts out of ${num(n)}: ${near}` }, agrees: r.reachable };
    }
    case 'breakdown': {
      const a = assessBreakdown(r);
      const sum = partsSum(r.parts);
      const total = as(r.total, r.total.quantity.value);
      const agrees = a.sumAgrees ?? (!a.partAbove && !a.sumAbove);
      const cue = r.evidence[0]?.words ?? '';
      if (figure === r.total) {
        return r.exhaustive
          ? { text: { zh: `分项合计(${cue}):${terms(r.parts)} = ${as(r.total, sum)}(文中合计 ${total})`, en: `Parts (${cue}): ${terms(r.parts)} = ${as(r.total, sum)} (stated total ${total})` }, agrees }
          : { text: { zh: `其中${cue === '其中' || cue === '' ? '' : `(${cue})`}:${terms(r.parts)}${r.parts.length > 1 ? ` = ${as(r.total, sum)}` : ''}(总数 ${total})`, en: `Of which${cue === '' ? '' : ` (${cue})`}: ${terms(r.parts)}${r.parts.length > 1 ? ` = ${as(r.total, sum)}` : ''} (total ${total})` }, agrees };
      }
      return r.exhaustive
        ? { text: { zh: `是合计 ${total} 的分项之一:${terms(r.parts)} = ${as(r.total, sum)}`, en: `One of the parts of the total ${total}: ${terms(r.parts)} = ${as(r.total, sum)}` }, agrees }
        : { text: { zh: `是总数 ${total}${r.total.label ? `(${r.total.label})` : ''}的一部分`, en: `Part of the total ${total}${r.total.label ? ` (${r.total.label})` : ''}` }, agrees };
    }
    case 'change': {
      const a = assessChange(model, r);
      const lines: Relation[] = [];
      const c = r.current;
      if (a.sum) lines.push({ text: { zh: `${as(c, r.prior!.quantity.value)} ${r.direction === 'increase' ? '+' : '−'} ${as(c, r.delta!.quantity.value)} = ${as(c, a.sum.expected)}(文中 ${as(c, c.quantity.value)})`, en: `${as(c, r.prior!.quantity.value)} ${r.direction === 'increase' ? '+' : '−'} ${as(c, r.delta!.quantity.value)} = ${as(c, a.sum.expected)} (the text says ${as(c, c.quantity.value)})` }, agrees: a.sum.agrees });
      if (a.growth && r.rate) lines.push({ text: { zh: `(${as(c, c.quantity.value)} − ${as(c, a.growth.prior)}) / ${as(c, a.growth.prior)} = ${formatComputed(a.growth.computed, r.rate.quantity.decimals)}%(文中 ${num(r.rate.quantity.value)}%)`, en: `(${as(c, c.quantity.value)} − ${as(c, a.growth.prior)}) / ${as(c, a.growth.prior)} = ${formatComputed(a.growth.computed, r.rate.quantity.decimals)}% (the text says ${num(r.rate.quantity.value)}%)` }, agrees: a.growth.agrees });
      if (a.grim && r.rate) lines.push({ text: { zh: `本期 ${as(c, c.quantity.value)},按 ${num(r.rate.quantity.value)}% 推算上期约 ${num(Number(a.grim.ideal.toFixed(2)))}`, en: `This period ${as(c, c.quantity.value)}; ${num(r.rate.quantity.value)}% implies about ${num(Number(a.grim.ideal.toFixed(2)))} before` }, agrees: a.grim.agrees });
      if (a.unchecked === 'constantPrice' && r.rate) lines.push({ text: { zh: '按可比价格计算的增长,不以名义数字复算', en: 'Growth at constant prices: not recomputed from nominal figures' }, agrees: true });
      if (a.unchecked === 'averageAnnual' && r.rate) lines.push({ text: { zh: '年均增长,不以首末数字复算', en: 'Average annual growth: not recomputed from the first and last figures' }, agrees: true });
      if (lines.length === 0) return undefined;
      return { text: { zh: lines.map((l) => l.text.zh).join(';'), en: lines.map((l) => l.text.en).join('; ') }, agrees: lines.every((l) => l.agrees) };
    }
    case 'listCount': {
      const named = r.least === r.most ? `${r.least}` : `${r.least}–${r.most}`;
      return { text: { zh: `列举了 ${named} 项:${r.items.map((i) => i.text).join('、')}`, en: `${named} items named: ${r.items.map((i) => i.text).join(', ')}` }, agrees: listCountAgrees(r) };
    }
    case 'restatement': {
      const other = r.first === figure ? r.again : r.first;
      const line = model.lines.positionAt(other.quantity.span.start).line + 1;
      return { text: { zh: `同名数据另见第 ${line} 行:${num(other.quantity.value)}${other.quantity.unit}`, en: `The same label on line ${line}: ${num(other.quantity.value)} ${other.quantity.unit}` }, agrees: other.quantity.value === figure.quantity.value };
    }
  }
}

/**
 * The reading of a rate worth showing: the one the words state when it agrees; else any
 * admissible reading that agrees; else the stated one that does not.
 */
function rateReadingShown(r: RateRelation): RateReading | undefined {
  const stated = r.stated.find((x) => fitsStated(r.rate, x));
  if (stated) return stated;
  const agreeing = r.readings.find((x) => fitsStated(r.rate, x));
  return agreeing ?? r.stated[r.stated.length - 1];
}

function readingText(r: RateReading, rate: Figure): LocalizedText {
  const n = r.numerator.map((f) => as(f, f.quantity.value)).join(' + ');
  const d = r.denominators.map((f) => as(f, f.quantity.value)).join(' + ');
  const top = r.form === 'change' ? `(${d} − ${n})` : r.numerator.length > 1 ? `(${n})` : n;
  const bottom = r.form === 'overRest' ? `(${d} − ${n})` : r.denominators.length > 1 ? `(${d})` : d;
  const ratio = `${top} / ${bottom}`;
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
