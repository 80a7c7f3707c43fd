/**
 * Summaries as Markdown (hovers, `summary --format markdown`) and plain text (`summary`), in
 * Chinese or English.
 */
import { Finding } from '../analysis/findings';
import { Figure } from '../analysis/figures';
import { ReportModel } from '../analysis/reportModel';
import { Lang, SUMMARY_MESSAGES } from './messages';
import { FigureFacts, ReportSummary, SectionSummary } from './summaries';

export type { Lang } from './messages';

/** Markdown special characters in report text (`*`, `_`, brackets) must not format the hover. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => '\\' + c);
}

function headingName(h: SectionSummary['heading']): string {
  return h.marker + h.title;
}

function figureLine(model: ReportModel, f: Figure, lang: Lang): string {
  const written = model.text.slice(f.quantity.span.start, f.quantity.span.end);
  const approx = f.quantity.qualifier !== 'exact' ? SUMMARY_MESSAGES[lang].approximate : '';
  // The label is report text: `<img …>` or `*` in it must not become Markdown (or HTML) in a hover.
  const label = f.label ? `${escapeMarkdown(f.label)} ` : '';
  return `${label}**${escapeMarkdown(written)}**${approx}`;
}

function findingLine(model: ReportModel, f: Finding, lang: Lang): string {
  const t = SUMMARY_MESSAGES[lang];
  return t.findingLine(model.lines.positionAt(f.span.start).line + 1, t.severity[f.severity], f.rule, escapeMarkdown(f.message[lang]));
}

export const MAX_FINDINGS_SHOWN = 3;

/** ` · 核对 12 处数字关系,1 处不符`: what was checked, so a quiet section is known to have been read. */
function relationsText(s: SectionSummary, lang: Lang): string {
  const { checked, contradicted } = s.relations;
  if (checked === 0) return '';
  return SUMMARY_MESSAGES[lang].relationsChecked(checked, contradicted);
}

/** `4 个小节`, or `3 个并列项(一是…)` for a section of inline items only, or nothing for a leaf. */
function partsText(s: SectionSummary, lang: Lang): string {
  if (s.subsections > 0) return SUMMARY_MESSAGES[lang].subsections(s.subsections);
  if (s.items > 0) return SUMMARY_MESSAGES[lang].listItems(s.items);
  return '';
}

/** Key figures shown in a hover that also lists findings: the findings must fit without scrolling. */
const KEY_FIGURES_WITH_FINDINGS = 3;

export function sectionMarkdown(model: ReportModel, s: SectionSummary, lang: Lang): string {
  const t = SUMMARY_MESSAGES[lang];
  const out: string[] = [];
  out.push(s.path.map((h) => escapeMarkdown(headingName(h))).join(' › '));
  out.push('');
  out.push(`${partsText(s, lang)}${t.sectionSize(s.paragraphs, s.characters, s.figureCount)}${relationsText(s, lang)}`);
  // Findings first: a hover is a small window, and what is wrong matters more than what is there.
  if (s.findings.length > 0) {
    out.push('');
    out.push(t.findingsHeading(s.findings.length));
    for (const f of s.findings.slice(0, MAX_FINDINGS_SHOWN)) out.push(`- ${findingLine(model, f, lang)}`);
    if (s.findings.length > MAX_FINDINGS_SHOWN) out.push(t.moreFindings(s.findings.length - MAX_FINDINGS_SHOWN));
  }
  const keyFigures = s.findings.length > 0 ? s.keyFigures.slice(0, KEY_FIGURES_WITH_FINDINGS) : s.keyFigures;
  if (keyFigures.length > 0) {
    out.push('');
    out.push(t.keyFigures);
    // One line: the figures side by side, so that they do not push the findings out of view.
    out.push(keyFigures.map((f) => figureLine(model, f, lang)).join(t.keyFigureSeparator));
  }
  return out.join('\n');
}

/**
 * The name of the later end of a change, which its own words do not give: `比重由上年的28.4%提高到30.1%`
 * names 30.1% by the words before the earlier end.
 */
function laterEndName(model: ReportModel, f: Figure): string {
  const earlier = model.figures[f.index - 1];
  if (earlier === undefined || earlier.sentence !== f.sentence || !/(?:到|至)$/.test(earlier.following)) return '';
  return earlier.label.replace(/(?:由|从)(?:上年|去年|\d{4}年)?(?:末|底)?的?$/, '');
}

export function figureMarkdown(model: ReportModel, facts: FigureFacts, lang: Lang): string {
  const t = SUMMARY_MESSAGES[lang];
  const f = facts.figure;
  const written = model.text.slice(f.quantity.span.start, f.quantity.span.end);
  const out: string[] = [];
  const name = f.label || laterEndName(model, f);
  const what = name ? escapeMarkdown(name) : t.labelUnknown;
  out.push(`**${escapeMarkdown(written)}** — ${what}`);
  out.push('');
  const details: string[] = [];
  if (facts.normalized !== undefined) details.push(t.value(escapeMarkdown(facts.normalized)));
  if (facts.qualifier) details.push(t.qualifier(facts.qualifier[lang]));
  if (f.isRate) details.push(t.kindRate);
  else if (f.growth) details.push(t.kindGrowth(f.growth === 'decrease'));
  else if (f.totalCue) details.push(t.kindTotal);
  for (const d of details) out.push(`- ${d}`);
  for (const r of facts.relations) out.push(`- ${r.agrees ? '✓' : '✗'} ${escapeMarkdown(r.text[lang])}`);
  for (const x of facts.findings) out.push(`- ${findingLine(model, x, lang)}`);
  return out.join('\n');
}

export function reportMarkdown(r: ReportSummary, lang: Lang): string {
  const t = SUMMARY_MESSAGES[lang];
  const out: string[] = [];
  out.push(`**${escapeMarkdown(r.title ?? t.untitled)}**`);
  out.push('');
  const facts: string[] = [];
  if (r.year) facts.push(t.year(r.year));
  if (r.issuer) facts.push(t.issuer(escapeMarkdown(r.issuer)));
  facts.push(t.figureCount(r.figureCount));
  const c = r.findingsBySeverity;
  facts.push(t.findingCounts(c.error, c.warning, c.info));
  for (const f of facts) out.push(`- ${f}`);
  if (r.sections.length > 0) {
    out.push('');
    out.push(t.sectionsHeading);
    for (const s of r.sections) out.push(`- ${escapeMarkdown(headingName(s.heading))}${t.sectionTail(s.figureCount, s.findings.length)}`);
  }
  return out.join('\n');
}

/** Our own Markdown as plain text for a terminal: no escapes, no emphasis, rules as blank lines. */
export function markdownToText(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => (line === '---' ? '' : line))
    .join('\n')
    .replace(/\*\*/g, '')
    .replace(/`/g, '')
    .replace(/\\(.)/g, '$1')
    .replace(/\n{3,}/g, '\n\n');
}
