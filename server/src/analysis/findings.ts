/**
 * Findings: what a check reports, independent of any editor. The server turns them into LSP
 * diagnostics, the command line into lines of text, JSON or SARIF.
 */
import { boundFindings, Truncation } from './bounds';
import { ReportModel } from './reportModel';
import { Span } from './text';

export type Severity = 'error' | 'warning' | 'info';

/** A message in both languages the product speaks; the host picks one by the user's locale. */
export interface LocalizedText {
  readonly zh: string;
  readonly en: string;
}

export interface RelatedSpan {
  readonly span: Span;
  readonly message: LocalizedText;
}

export interface Finding {
  /** Stable rule id, part of the interface (`heading-sequence`, `rate-mismatch`, …). */
  readonly rule: string;
  readonly severity: Severity;
  /** Where the finding sits: the stated figure or the heading marker. */
  readonly span: Span;
  readonly message: LocalizedText;
  /** Every other place the finding rests on (the counts a rate was computed from, the previous heading). */
  readonly related: readonly RelatedSpan[];
  /** The arithmetic or reasoning in one line, e.g. `2204 / 2316 = 95.16%`. */
  readonly arithmetic?: string;
  /** A replacement that would make the text agree with itself, when one is certain enough to offer. */
  readonly fix?: TextFix;
  /**
   * Other replacements that would make it agree, offered beside `fix` and never preferred: where
   * either figure may be the wrong one (the rate, or the count it is computed from), each says
   * which figure it changes.
   */
  readonly alternatives?: readonly TextFix[];
}

export interface TextFix {
  readonly span: Span;
  readonly replacement: string;
  /** Further edits made with it, e.g. the headings numbered after a repeated one. */
  readonly also?: readonly { readonly span: Span; readonly replacement: string }[];
  /** What the fix assumes, when more than one is offered (`the rate is wrong`). */
  readonly label?: LocalizedText;
}

/**
 * A check reads the model and returns its findings; it must not modify the model. It also declares
 * what the rule is: the registry (`checks/index.ts`) derives the rule list, SARIF's rule texts, the
 * editor's settings and the configuration schema from these declarations (`scripts/rules.mjs`).
 */
export interface Check {
  /** Stable rule id, part of the interface: settings, `.reportreview.json`, SARIF and dismissals use it. */
  readonly rule: string;
  /** What the rule catches, in a few words (SARIF's short description, the settings' first words). */
  readonly title: LocalizedText;
  /** One sentence with an example, for the rule's setting in the editor. */
  readonly description: LocalizedText;
  readonly run: (model: ReportModel) => Finding[];
  /**
   * Off unless the user turns it on (`"rules": { "restated-mismatch": "warning" }`): a rule whose
   * measured precision on real reports is too low to show by default.
   */
  readonly defaultOff?: boolean;
}

export interface CheckFailure {
  readonly rule: string;
  readonly error: string;
}

export interface CheckResults {
  readonly findings: Finding[];
  /** Checks that threw: logged by the host, never allowed to take the other checks down. */
  readonly failures: CheckFailure[];
  /** Set when the findings were cut to the limits of `bounds.ts`: the host tells the user once. */
  readonly truncated?: Truncation;
}

/**
 * Runs every check, isolating each: one that throws is reported as a failure and skipped. The
 * findings are sorted by position and cut to the limits of `bounds.ts`, whatever the checks return.
 */
export function runChecks(model: ReportModel, checks: readonly Check[]): CheckResults {
  const findings: Finding[] = [];
  const failures: CheckFailure[] = [];
  for (const check of checks) {
    try {
      const found = check.run(model);
      // One by one: `push(...found)` passes every finding as an argument, which overflows the
      // stack past about 125 000 of them and would lose the whole rule.
      for (const f of found) findings.push(f);
    } catch (e) {
      failures.push({ rule: check.rule, error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) });
    }
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.rule.localeCompare(b.rule));
  const bounded = boundFindings(findings);
  return { findings: bounded.findings, failures, ...(bounded.truncated ? { truncated: bounded.truncated } : {}) };
}
