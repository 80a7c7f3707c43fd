/**
 * The labelled arithmetic of the real reports (../shared/corpus/seed_labels.jsonl): every
 * statement labelled inconsistent is flagged at its place, and no warning or error is raised on
 * a statement labelled consistent. Ambiguous statements may be flagged only as warnings.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeReport, Analysis } from '../../server/src/analysis/index';
import { requireCorpus } from '../helpers/shared';

interface SeedLabel {
  file: string;
  line: number;
  quote: string;
  kind: string;
  verdict: 'consistent' | 'inconsistent' | 'ambiguous';
}

const NUMBER_RULES = new Set(['rate-mismatch', 'rate-granularity', 'sum-mismatch', 'part-exceeds-total', 'growth-mismatch', 'rate-out-of-range', 'restated-mismatch']);

describe('corpus: labelled arithmetic', function () {
  let labels: SeedLabel[] = [];
  const analyses = new Map<string, Analysis>();
  let dir = '';
  before(function () {
    dir = requireCorpus(this);
    labels = fs.readFileSync(path.join(dir, 'seed_labels.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as SeedLabel);
  });

  /** The findings of number rules whose span lies inside the quote, on the labelled line. */
  function findingsAt(label: SeedLabel) {
    let a = analyses.get(label.file);
    if (!a) analyses.set(label.file, (a = analyzeReport(fs.readFileSync(path.join(dir, label.file), 'utf8'))));
    const line = a.model.lines.lines[label.line - 1]!;
    const lineText = a.model.text.slice(line.start, line.end);
    const at = lineText.indexOf(label.quote);
    assert.ok(at >= 0, `quote not found on ${label.file}:${label.line}`);
    const start = line.start + at;
    const end = start + label.quote.length;
    return a.findings.filter((f) => NUMBER_RULES.has(f.rule) && f.span.start >= start && f.span.end <= end);
  }

  it('flags every statement labelled inconsistent', function () {
    const missed = labels.filter((l) => l.verdict === 'inconsistent' && findingsAt(l).length === 0);
    assert.deepEqual(missed.map((l) => `${l.file}:${l.line} ${l.kind}`), []);
    assert.ok(labels.filter((l) => l.verdict === 'inconsistent').length >= 5);
  });

  it('raises no warning or error on a statement labelled consistent', function () {
    // A consistent statement's quote may contain another statement labelled inconsistent
    // (`受理71件,同比增长200%,已审结60件`): that one's finding is not counted against it.
    const expected = new Set(labels.filter((l) => l.verdict !== 'consistent').flatMap((l) => findingsAt(l)));
    const wrong = labels
      .filter((l) => l.verdict === 'consistent')
      .flatMap((l) => findingsAt(l).filter((f) => f.severity !== 'info' && !expected.has(f)).map((f) => `${l.file}:${l.line} ${f.rule} ${f.message.en}`));
    assert.deepEqual(wrong, []);
  });

  it('raises no error on a statement labelled ambiguous', function () {
    const wrong = labels
      .filter((l) => l.verdict === 'ambiguous')
      .flatMap((l) => findingsAt(l).filter((f) => f.severity === 'error').map((f) => `${l.file}:${l.line} ${f.rule}`));
    assert.deepEqual(wrong, []);
  });
});
