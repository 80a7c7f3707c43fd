/**
 * Quick fixes for findings: replace a figure with the computed one, and dismiss a finding for
 * good. Each action names the diagnostic it fixes, so the light bulb shows in the Problems view
 * too (the lesson of vscode-eslint#509).
 */
import { CodeAction, CodeActionKind, Diagnostic, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { ConfiguredFinding, RULE_IDS } from '../analysis/config';
import { Finding, TextFix } from '../analysis/findings';
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

/** Longest `what` kept: it only tells a reader of the file what was dismissed. */
const MAX_WHAT = 200;

/**
 * The dismiss command's arguments as a client sent them, checked: a client may send anything,
 * and what is written to the team's file must be a real fingerprint of a known rule.
 */
export function parseDismissArguments(raw: unknown): DismissArguments | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { uri, fingerprint, rule, what } = raw as Record<string, unknown>;
  if (typeof uri !== 'string' || typeof fingerprint !== 'string' || typeof rule !== 'string') return undefined;
  if (!(RULE_IDS as readonly string[]).includes(rule) || !new RegExp(`^${rule}:[0-9a-f]{12}$`).test(fingerprint)) return undefined;
  if (what !== undefined && typeof what !== 'string') return undefined;
  return { uri, fingerprint, rule, what: (what ?? '').slice(0, MAX_WHAT) };
}

/** The document a code action is asked for, at the version its model was computed from. */
export interface ActionTarget {
  readonly uri: string;
  readonly version: number;
  readonly model: ReportModel;
  /**
   * The client applies versioned edits (`documentChanges`) and refuses one made for another
   * version: a fix computed before an edit then cannot land on text that has moved.
   */
  readonly versionedEdits: boolean;
  readonly canDismiss: boolean;
}

const sameRange = (a: Range, b: Range) =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

function editOf(target: ActionTarget, edits: TextEdit[]): WorkspaceEdit {
  return target.versionedEdits
    ? { documentChanges: [{ textDocument: { uri: target.uri, version: target.version }, edits }] }
    : { changes: { [target.uri]: edits } };
}

/** One fix as a code action: its own label where it has one, else "change X to Y" (and how many follow). */
function fixAction(target: ActionTarget, fix: TextFix, d: Diagnostic, preferred: boolean, language: Language): CodeAction {
  const { model } = target;
  const current = model.text.slice(fix.span.start, fix.span.end);
  const more = fix.also?.length ?? 0;
  const title = fix.label
    ? fix.label[language]
    : language === 'zh'
      ? `将“${current}”改为“${fix.replacement}”${more ? `,其后 ${more} 个编号顺延` : ''}`
      : `Change "${current}" to "${fix.replacement}"${more ? `, and renumber the ${more} after it` : ''}`;
  const edits = [fix, ...(fix.also ?? [])].map((e) => ({ range: rangeOf(model, e.span), newText: e.replacement }));
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [d], ...(preferred ? { isPreferred: true } : {}), edit: editOf(target, edits) };
}

export function codeActions(target: ActionTarget, findings: readonly ConfiguredFinding[], diagnostics: readonly Diagnostic[], language: Language): CodeAction[] {
  const { model, uri } = target;
  // A fingerprint names what a finding says, not where: the same sentence written twice gives
  // two findings with one fingerprint. Each diagnostic is matched to the finding at its own range.
  const byFingerprint = new Map<string, Finding[]>();
  for (const { finding, fingerprint: key } of findings) {
    const list = byFingerprint.get(key);
    if (list) list.push(finding);
    else byFingerprint.set(key, [finding]);
  }
  const actions: CodeAction[] = [];
  for (const d of diagnostics) {
    if (d.source !== DIAGNOSTIC_SOURCE) continue;
    const key = (d.data as DiagnosticData | undefined)?.fingerprint;
    const candidates = typeof key === 'string' ? byFingerprint.get(key) : undefined;
    if (!candidates || !key) continue;
    // The finding as it is in the current version. A diagnostic from an older version whose range
    // no longer holds the finding gets no fix until the new diagnostics arrive; dismissing needs
    // only the fingerprint, which every candidate shares.
    const here = candidates.find((f) => sameRange(rangeOf(model, f.span), d.range));
    if (here?.fix) actions.push(fixAction(target, here.fix, d, true, language));
    for (const alt of here?.alternatives ?? []) actions.push(fixAction(target, alt, d, false, language));
    if (target.canDismiss) {
      const f = here ?? candidates[0]!;
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
