/**
 * The words of hovers, the overview and `report-review summary`, one table per language. A text
 * that needs a figure is a function of it; every table has the same entries (the type says so),
 * so a text added in one language cannot be forgotten in the other.
 */
export type Lang = 'zh' | 'en';

/** `1 figure`, `2 figures`: English counts agree with their number. */
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export interface SummaryMessages {
  readonly severity: Readonly<Record<'error' | 'warning' | 'info', string>>;
  /** After an approximate figure: `(约数)`. */
  readonly approximate: string;
  readonly findingLine: (line: number, severity: string, rule: string, message: string) => string;
  readonly relationsChecked: (checked: number, contradicted: number) => string;
  readonly subsections: (n: number) => string;
  readonly listItems: (n: number) => string;
  readonly sectionSize: (paragraphs: number, characters: number, figures: number) => string;
  readonly findingsHeading: (n: number) => string;
  readonly moreFindings: (n: number) => string;
  readonly keyFigures: string;
  readonly keyFigureSeparator: string;
  readonly labelUnknown: string;
  readonly value: (v: string) => string;
  readonly qualifier: (q: string) => string;
  readonly kindRate: string;
  readonly kindGrowth: (decrease: boolean) => string;
  readonly kindTotal: string;
  readonly untitled: string;
  readonly year: (y: number) => string;
  readonly issuer: (who: string) => string;
  readonly figureCount: (n: number) => string;
  readonly findingCounts: (error: number, warning: number, info: number) => string;
  readonly sectionsHeading: string;
  readonly sectionTail: (figures: number, findings: number) => string;
}

export const SUMMARY_MESSAGES: Readonly<Record<Lang, SummaryMessages>> = {
  zh: {
    severity: { error: '错误', warning: '警告', info: '提示' },
    approximate: '(约数)',
    findingLine: (line, severity, rule, message) => `第 ${line} 行 ${severity} \`${rule}\`:${message}`,
    relationsChecked: (checked, contradicted) => ` · 核对 ${checked} 处数字关系${contradicted ? `,${contradicted} 处不符` : ',均相符'}`,
    subsections: (n) => `${n} 个小节 · `,
    listItems: (n) => `${n} 个并列项 · `,
    sectionSize: (paragraphs, characters, figures) => `${paragraphs} 段 · ${characters} 字 · ${figures} 项数据`,
    findingsHeading: (n) => `**发现 ${n} 个问题**`,
    moreFindings: (n) => `- ……另有 ${n} 个`,
    keyFigures: '**主要数据**',
    keyFigureSeparator: ';',
    labelUnknown: '(未识别出计数对象)',
    value: (v) => `数值:${v}`,
    qualifier: (q) => `限定:${q}`,
    kindRate: '类型:比率',
    kindGrowth: (decrease) => `类型:${decrease ? '降幅' : '增幅'}`,
    kindTotal: '类型:合计',
    untitled: '(无标题报告)',
    year: (y) => `年份:${y}`,
    issuer: (who) => `发文单位:${who}`,
    figureCount: (n) => `数据:${n} 项`,
    findingCounts: (e, w, i) => `问题:${e} 个错误,${w} 个警告,${i} 个提示`,
    sectionsHeading: '**结构**',
    sectionTail: (figures, findings) => `(${figures} 项数据${findings ? `,${findings} 个问题` : ''})`,
  },
  en: {
    severity: { error: 'error', warning: 'warning', info: 'info' },
    approximate: ' (approx.)',
    findingLine: (line, severity, rule, message) => `line ${line} ${severity} \`${rule}\`: ${message}`,
    relationsChecked: (checked, contradicted) => ` · ${plural(checked, 'relation')} between figures checked${contradicted ? `, ${contradicted} not agreeing` : ', all agree'}`,
    subsections: (n) => `${plural(n, 'subsection')} · `,
    listItems: (n) => `${plural(n, 'list item')} · `,
    sectionSize: (paragraphs, characters, figures) => `${plural(paragraphs, 'paragraph')} · ${characters} characters · ${plural(figures, 'figure')}`,
    findingsHeading: (n) => `**${plural(n, 'finding')}**`,
    moreFindings: (n) => `- …and ${n} more`,
    keyFigures: '**Key figures**',
    keyFigureSeparator: '; ',
    labelUnknown: '(what it counts is not stated)',
    value: (v) => `Value: ${v}`,
    qualifier: (q) => `Qualifier: ${q}`,
    kindRate: 'Kind: rate',
    kindGrowth: (decrease) => `Kind: ${decrease ? 'decline' : 'growth'}`,
    kindTotal: 'Kind: total',
    untitled: '(untitled report)',
    year: (y) => `Year: ${y}`,
    issuer: (who) => `Issued by: ${who}`,
    figureCount: (n) => `Figures: ${n}`,
    findingCounts: (e, w, i) => `Findings: ${e} error(s), ${w} warning(s), ${i} info`,
    sectionsHeading: '**Sections**',
    sectionTail: (figures, findings) => ` (${figures} figures${findings ? `, ${plural(findings, 'finding')}` : ''})`,
  },
};

/** The words of the figures table's cells besides its column headers. */
export interface FiguresTableMessages {
  readonly listSeparator: string;
  readonly roleSeparator: string;
  readonly disagrees: string;
}

export const FIGURES_TABLE_MESSAGES: Readonly<Record<Lang, FiguresTableMessages>> = {
  zh: { listSeparator: ';', roleSeparator: '、', disagrees: '【不一致】' },
  en: { listSeparator: '; ', roleSeparator: ', ', disagrees: '[disagrees] ' },
};
