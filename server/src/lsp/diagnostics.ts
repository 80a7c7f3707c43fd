/** Findings as LSP diagnostics: the rule id as code, the counts and previous headings as related information. */
import { Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity } from 'vscode-languageserver';
import { ConfiguredFinding } from '../analysis/config';
import { Severity } from '../analysis/findings';
import { ReportModel } from '../analysis/reportModel';
import { Language, pick } from './locale';
import { rangeOf } from './ranges';

export const DIAGNOSTIC_SOURCE = 'report-review';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toDiagnostics(
  findings: readonly ConfiguredFinding[],
  model: ReportModel,
  uri: string,
  language: Language,
  relatedInformation: boolean,
): Diagnostic[] {
  return findings.map(({ finding: f, fingerprint }) => {
    const d: Diagnostic = {
      range: rangeOf(model, f.span),
      severity: SEVERITY[f.severity],
      code: f.rule,
      source: DIAGNOSTIC_SOURCE,
      message: pick(f.message, language),
      data: { fingerprint },
    };
    if (relatedInformation && f.related.length > 0) {
      d.relatedInformation = f.related.map(
        (r): DiagnosticRelatedInformation => ({
          location: { uri, range: rangeOf(model, r.span) },
          message: pick(r.message, language),
        }),
      );
    }
    return d;
  });
}
