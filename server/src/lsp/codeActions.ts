/**
 * Quick fixes for findings: replace a figure with the computed one, and dismiss a finding for
 * good. Each action names the diagnostic it fixes, so the light bulb shows in the Problems view
 * too (the lesson of vscode-eslint#509).
 */
import { CodeAction, CodeActionKind, Diagnostic } from 'vscode-languageserver';
import { fingerprint } from '../analysis/config';
import { Finding } from '../analysis/findings';
import { ReportModel } from '../analysis/reportModel';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { Language } from './locale';
import { rangeOf } from './ranges';

export const DISMISS_COMMAND = 'reportReview.dismissFinding';

export interface DiagnosticData {
  readonly fingerprint: string;
}

export interface DismissArguments {
  readonly uri: string;
  readonly fingerprint: string;
  readonly rule: string;
  readonly what: string;
}

export function codeActions(
  uri: string,
  model: ReportModel,
  findings: readonly Finding[],
  diagnostics: readonly Diagnostic[],
  language: Language,
  canDismiss: boolean,
): CodeAction[] {
  const byFingerprint = new Map(findings.map((f) => [fingerprint(f, model), f]));
  const actions: CodeAction[] = [];
  for (const d of diagnostics) {
    if (d.source !== DIAGNOSTIC_SOURCE) continue;
    const key = (d.data as DiagnosticData | undefined)?.fingerprint;
    // The finding as it is in the current version: the diagnostic may be from an older one.
    const f = key ? byFingerprint.get(key) : undefined;
    if (!f || !key) continue;
    if (f.fix) {
      const current = model.text.slice(f.fix.span.start, f.fix.span.end);
      actions.push({
        title: language === 'zh' ? `将“${current}”改为“${f.fix.replacement}”` : `Change "${current}" to "${f.fix.replacement}"`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: true,
        edit: { changes: { [uri]: [{ range: rangeOf(model, f.fix.span), newText: f.fix.replacement }] } },
      });
    }
    if (canDismiss) {
      const what = model.text.slice(f.span.start, f.span.end);
      const args: DismissArguments = { uri, fingerprint: key, rule: f.rule, what };
      actions.push({
        title: language === 'zh' ? `忽略此问题(${f.rule},记入 .reportreview.json)` : `Dismiss this finding (${f.rule}, recorded in .reportreview.json)`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        command: { title: language === 'zh' ? '忽略此问题' : 'Dismiss this finding', command: DISMISS_COMMAND, arguments: [args] },
      });
    }
  }
  return actions;
}
