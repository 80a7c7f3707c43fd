/**
 * Scoring the checks against labelled statements: our own samples (test/fixtures) and the real
 * reports' seed labels (../shared/corpus). Used by the tests and by `npm run measure`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeReport, Analysis } from '../../server/src/analysis/index';
import { Finding } from '../../server/src/analysis/findings';
import { applyConfig, EMPTY_CONFIG } from '../../server/src/analysis/config';

export interface Labelled {
  readonly file: string;
  readonly line: number;
  readonly quote: string;
  /** The rule expected to fire (samples), or the kind of arithmetic (seeds). */
  readonly rule?: string;
  readonly verdict: 'consistent' | 'inconsistent' | 'ambiguous';
}

export interface Score {
  readonly inconsistent: number;
  readonly flagged: number;
  readonly missed: string[];
  readonly consistent: number;
  readonly falseAlarms: string[];
  /** Errors on statements a careful reviewer could not settle: at most a warning is fair there. */
  readonly errorsOnAmbiguous: string[];
  /** Warnings and errors that no label covers: not scored, listed for a reader to judge. */
  readonly unlabelled: string[];
}

export function scoreLabelled(dir: string, labels: readonly Labelled[], rulesMustMatch: boolean): Score {
  const analyses = new Map<string, Analysis>();
  const analysisOf = (file: string) => {
    let a = analyses.get(file);
    if (!a) {
      const raw = analyzeReport(fs.readFileSync(path.join(dir, file), 'utf8'), { format: file.endsWith('.md') ? 'markdown' : 'plain' });
      // Scored as a user sees them: rules off by default stay off.
      a = { ...raw, findings: applyConfig(raw.findings, raw.model, EMPTY_CONFIG) };
      analyses.set(file, a);
    }
    return a;
  };
  const at = (l: Labelled): Finding[] => {
    const a = analysisOf(l.file);
    const line = a.model.lines.lines[l.line - 1];
    if (!line) throw new Error(`${l.file}:${l.line}: no such line`);
    const offset = a.model.text.slice(line.start, line.end).indexOf(l.quote);
    if (offset < 0) throw new Error(`${l.file}:${l.line}: quote not found: ${l.quote}`);
    const start = line.start + offset;
    const end = start + l.quote.length;
    return a.findings.filter((f) => f.span.start >= start && f.span.end <= end && (!rulesMustMatch || l.verdict !== 'inconsistent' || f.rule === l.rule));
  };
  const covered = new Set<Finding>();
  const missed: string[] = [];
  const falseAlarms: string[] = [];
  const errorsOnAmbiguous: string[] = [];
  for (const l of labels.filter((x) => x.verdict !== 'consistent')) {
    const found = at(l);
    if (l.verdict === 'ambiguous') errorsOnAmbiguous.push(...found.filter((f) => f.severity === 'error').map((f) => `${l.file}:${l.line} ${f.rule}`));
    found.forEach((f) => covered.add(f));
    if (l.verdict === 'inconsistent' && found.length === 0) missed.push(`${l.file}:${l.line} ${l.rule ?? ''} ${l.quote}`);
  }
  for (const l of labels.filter((x) => x.verdict === 'consistent')) {
    for (const f of at(l)) {
      if (f.severity !== 'info' && !covered.has(f)) falseAlarms.push(`${l.file}:${l.line} ${f.rule} ${f.message.en}`);
      covered.add(f);
    }
  }
  const unlabelled: string[] = [];
  for (const [file, a] of analyses) {
    for (const f of a.findings) {
      if (!covered.has(f) && f.severity !== 'info') unlabelled.push(`${file}:${a.model.lines.positionAt(f.span.start).line + 1} ${f.rule} ${f.message.en}`);
    }
  }
  const inconsistent = labels.filter((l) => l.verdict === 'inconsistent').length;
  return { inconsistent, flagged: inconsistent - missed.length, missed, consistent: labels.filter((l) => l.verdict === 'consistent').length, falseAlarms, errorsOnAmbiguous, unlabelled };
}

/** The samples' deliberate mistakes and consistent statements, as labels. */
export function sampleLabels(fixtures: string): Labelled[] {
  const mistakes = JSON.parse(fs.readFileSync(path.join(fixtures, 'sample-mistakes.json'), 'utf8')) as Labelled[];
  const consistent = JSON.parse(fs.readFileSync(path.join(fixtures, 'sample-consistent.json'), 'utf8')) as Labelled[];
  return [...mistakes.map((m) => ({ ...m, verdict: 'inconsistent' as const })), ...consistent.map((c) => ({ ...c, verdict: 'consistent' as const }))];
}

export function seedLabels(corpus: string): Labelled[] {
  return fs
    .readFileSync(path.join(corpus, 'seed_labels.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Labelled);
}
