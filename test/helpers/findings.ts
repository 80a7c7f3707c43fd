/** Running one rule over a sentence or two, for the per-rule tests. */
import { analyzeReport } from '../../server/src/analysis/index';

export interface Seen {
  readonly severity: string;
  /** The text the finding sits on. */
  readonly at: string;
  readonly zh: string;
  readonly en: string;
  readonly related: string[];
  readonly fix: string | undefined;
}

/** Findings of `rule` in `text`, analysed as a report whatever its length. */
export function check(rule: string, text: string): Seen[] {
  const a = analyzeReport(text, { forceReport: true });
  return a.findings
    .filter((f) => f.rule === rule)
    .map((f) => ({
      severity: f.severity,
      at: text.slice(f.span.start, f.span.end),
      zh: f.message.zh,
      en: f.message.en,
      related: f.related.map((r) => text.slice(r.span.start, r.span.end)),
      fix: f.fix?.replacement,
    }));
}

/** Every finding of any rule, as `rule@text`, for tests that must stay silent on all of them. */
export function allFindings(text: string): string[] {
  const a = analyzeReport(text, { forceReport: true });
  return a.findings.map((f) => `${f.rule}@${text.slice(f.span.start, f.span.end)}`);
}
