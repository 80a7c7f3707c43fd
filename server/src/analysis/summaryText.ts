/**
 * Summaries as Markdown (hovers, `summary --format markdown`) and plain text (`summary`), in
 * Chinese or English.
 */
import { Finding } from './findings';
import { Figure } from './figures';
import { ReportModel } from './reportModel';
import { FigureFacts, ReportSummary, SectionSummary } from './summaries';

export type Lang = 'zh' | 'en';

const SEVERITY: Record<Lang, Record<string, string>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

/** Markdown special characters in report text (`*`, `_`, brackets) must not format the hover. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => '\\' + c);
}

function headingName(h: SectionSummary['heading']): string {
  return h.marker + h.title;
}

function figureLine(model: ReportModel, f: Figure, lang: Lang): string {
  const written = model.text.slice(f.quantity.span.start, f.quantity.span.end);
  const approx = f.quantity.qualifier !== 'exact' ? (lang === 'zh' ? '(约数)' : ' (approx.)') : '';
  // The label is report text: `<img …>` or `*` in it must not become Markdown (or HTML) in a hover.
  const label = f.label ? `${escapeMarkdown(f.label)} ` : '';
  return `${label}**${escapeMarkdown(written)}**${approx}`;
}

function findingLine(model: ReportModel, f: Finding, lang: Lang): string {
  const line = model.lines.positionAt(f.span.start).line + 1;
  return lang === 'zh'
    ? `第 ${line} 行 ${SEVERITY.zh[f.severity]} \`${f.rule}\`:${escapeMarkdown(f.message.zh)}`
    : `line ${line} ${SEVERITY.en[f.severity]} \`${f.rule}\`: ${escapeMarkdown(f.message.en)}`;
}

export const MAX_FINDINGS_SHOWN = 3;

/** ` · 核对 12 处数字关系,1 处不符`: what was checked, so a quiet section is known to have been read. */
function relationsText(s: SectionSummary, lang: Lang): string {
  const { checked, contradicted } = s.relations;
  if (checked === 0) return '';
  return lang === 'zh'
    ? ` · 核对 ${checked} 处数字关系${contradicted ? `,${contradicted} 处不符` : ',均相符'}`
    : ` · ${checked} relation${checked === 1 ? '' : 's'} between figures checked${contradicted ? `, ${contradicted} not agreeing` : ', all agree'}`;
}

/** `4 个小节`, or `3 个并列项(一是…)` for a section of inline items only, or nothing for a leaf. */
function partsText(s: SectionSummary, lang: Lang): string {
  if (s.subsections > 0) return lang === 'zh' ? `${s.subsections} 个小节 · ` : `${s.subsections} subsection${s.subsections === 1 ? '' : 's'} · `;
  if (s.items > 0) return lang === 'zh' ? `${s.items} 个并列项 · ` : `${s.items} list item${s.items === 1 ? '' : 's'} · `;
  return '';
}

/** Key figures shown in a hover that also lists findings: the findings must fit without scrolling. */
const KEY_FIGURES_WITH_FINDINGS = 3;

export function sectionMarkdown(model: ReportModel, s: SectionSummary, lang: Lang): string {
  const out: string[] = [];
  out.push(s.path.map((h) => escapeMarkdown(headingName(h))).join(' › '));
  out.push('');
  out.push(
    lang === 'zh'
      ? `${partsText(s, lang)}${s.paragraphs} 段 · ${s.characters} 字 · ${s.figureCount} 项数据${relationsText(s, lang)}`
      : `${partsText(s, lang)}${s.paragraphs} paragraph${s.paragraphs === 1 ? '' : 's'} · ${s.characters} characters · ${s.figureCount} figure${s.figureCount === 1 ? '' : 's'}${relationsText(s, lang)}`,
  );
  // Findings first: a hover is a small window, and what is wrong matters more than what is there.
  if (s.findings.length > 0) {
    out.push('');
    out.push(lang === 'zh' ? `**发现 ${s.findings.length} 个问题**` : `**${s.findings.length} finding${s.findings.length === 1 ? '' : 's'}**`);
    for (const f of s.findings.slice(0, MAX_FINDINGS_SHOWN)) out.push(`- ${findingLine(model, f, lang)}`);
    if (s.findings.length > MAX_FINDINGS_SHOWN) out.push(lang === 'zh' ? `- ……另有 ${s.findings.length - MAX_FINDINGS_SHOWN} 个` : `- …and ${s.findings.length - MAX_FINDINGS_SHOWN} more`);
  }
  const keyFigures = s.findings.length > 0 ? s.keyFigures.slice(0, KEY_FIGURES_WITH_FINDINGS) : s.keyFigures;
  if (keyFigures.length > 0) {
    out.push('');
    out.push(lang === 'zh' ? '**主要数据**' : '**Key figures**');
    // One line: the figures side by side, so that they do not push the findings out of view.
    out.push(keyFigures.map((f) => figureLine(model, f, lang)).join(lang === 'zh' ? ';' : '; '));
  }
  return out.join('\n');
}

export function figureMarkdown(model: ReportModel, facts: FigureFacts, lang: Lang): string {
  const f = facts.figure;
  const written = model.text.slice(f.quantity.span.start, f.quantity.span.end);
  const out: string[] = [];
  const what = f.label ? escapeMarkdown(f.label) : lang === 'zh' ? '(未识别出计数对象)' : '(what it counts is not stated)';
  out.push(`**${escapeMarkdown(written)}** — ${what}`);
  out.push('');
  const details: string[] = [];
  if (facts.normalized !== undefined) details.push(lang === 'zh' ? `数值:${escapeMarkdown(facts.normalized)}` : `Value: ${escapeMarkdown(facts.normalized)}`);
  if (facts.qualifier) details.push(lang === 'zh' ? `限定:${facts.qualifier.zh}` : `Qualifier: ${facts.qualifier.en}`);
  if (f.isRate) details.push(lang === 'zh' ? '类型:比率' : 'Kind: rate');
  else if (f.growth) details.push(lang === 'zh' ? `类型:${f.growth === 'decrease' ? '降幅' : '增幅'}` : `Kind: ${f.growth === 'decrease' ? 'decline' : 'growth'}`);
  else if (f.totalCue) details.push(lang === 'zh' ? '类型:合计' : 'Kind: total');
  for (const d of details) out.push(`- ${d}`);
  for (const r of facts.relations) out.push(`- ${r.agrees ? '✓' : '✗'} ${escapeMarkdown(r.text[lang])}`);
  for (const x of facts.findings) out.push(`- ${findingLine(model, x, lang)}`);
  return out.join('\n');
}

export function reportMarkdown(r: ReportSummary, lang: Lang): string {
  const out: string[] = [];
  out.push(`**${escapeMarkdown(r.title ?? (lang === 'zh' ? '(无标题报告)' : '(untitled report)'))}**`);
  out.push('');
  const facts: string[] = [];
  if (r.year) facts.push(lang === 'zh' ? `年份:${r.year}` : `Year: ${r.year}`);
  if (r.issuer) facts.push(lang === 'zh' ? `发文单位:${escapeMarkdown(r.issuer)}` : `Issued by: ${escapeMarkdown(r.issuer)}`);
  facts.push(lang === 'zh' ? `数据:${r.figureCount} 项` : `Figures: ${r.figureCount}`);
  const c = r.findingsBySeverity;
  facts.push(lang === 'zh' ? `问题:${c.error} 个错误,${c.warning} 个警告,${c.info} 个提示` : `Findings: ${c.error} error(s), ${c.warning} warning(s), ${c.info} info`);
  for (const f of facts) out.push(`- ${f}`);
  if (r.sections.length > 0) {
    out.push('');
    out.push(lang === 'zh' ? '**结构**' : '**Sections**');
    for (const s of r.sections) {
      const n = s.findings.length;
      const tail = lang === 'zh' ? `(${s.figureCount} 项数据${n ? `,${n} 个问题` : ''})` : ` (${s.figureCount} figures${n ? `, ${n} finding${n === 1 ? '' : 's'}` : ''})`;
      out.push(`- ${escapeMarkdown(headingName(s.heading))}${tail}`);
    }
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
