/**
 * The report overview as plain data: the outline with each section's key figures and finding
 * counts, and every finding. The editor's overview view and `report-review summary --format json`
 * both show this; lines are 0-based for the editor's use and the CLI adds 1.
 */
import { Finding, Severity } from '../analysis/findings';
import { Heading, ReportModel } from '../analysis/reportModel';
import { summarizeReport, summarizeSection } from './summaries';

export interface OverviewFigure {
  readonly text: string;
  readonly label: string;
  readonly line: number;
  readonly approximate: boolean;
}

export interface OverviewSection {
  readonly marker: string;
  readonly title: string;
  readonly line: number;
  readonly endLine: number;
  readonly figureCount: number;
  /** Relations between its figures whose arithmetic was checked, and how many do not agree. */
  readonly relations: { readonly checked: number; readonly contradicted: number };
  readonly findings: Readonly<Record<Severity, number>>;
  readonly keyFigures: readonly OverviewFigure[];
  readonly children: readonly OverviewSection[];
}

export interface OverviewFinding {
  readonly line: number;
  readonly character: number;
  readonly severity: Severity;
  readonly rule: string;
  readonly message: string;
}

export interface Overview {
  readonly title: string | undefined;
  readonly year: number | undefined;
  readonly issuer: string | undefined;
  readonly figureCount: number;
  readonly findingCounts: Readonly<Record<Severity, number>>;
  readonly sections: readonly OverviewSection[];
  readonly findings: readonly OverviewFinding[];
}

export function overviewOf(model: ReportModel, findings: readonly Finding[], language: 'zh' | 'en'): Overview {
  const summary = summarizeReport(model, findings);
  const section = (h: Heading): OverviewSection => {
    const s = summarizeSection(model, findings, h);
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const f of s.findings) counts[f.severity]++;
    return {
      marker: h.marker,
      title: h.title,
      line: h.line,
      endLine: h.sectionEndLine,
      figureCount: s.figureCount,
      relations: s.relations,
      findings: counts,
      keyFigures: s.keyFigures.map((f) => ({
        text: model.text.slice(f.quantity.span.start, f.quantity.span.end),
        label: f.label,
        line: model.lines.lineAt(f.quantity.span.start),
        approximate: f.quantity.qualifier !== 'exact',
      })),
      children: h.children.filter((c) => c.kind !== 'inline').map(section),
    };
  };
  return {
    title: summary.title,
    year: summary.year,
    issuer: summary.issuer,
    figureCount: summary.figureCount,
    findingCounts: summary.findingsBySeverity,
    sections: model.roots.filter((h) => h.kind !== 'inline').map(section),
    findings: findings.map((f) => {
      const p = model.lines.positionAt(f.span.start);
      return { line: p.line, character: p.character, severity: f.severity, rule: f.rule, message: f.message[language] };
    }),
  };
}
