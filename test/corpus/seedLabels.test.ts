/**
 * The labelled arithmetic of the real reports (../shared/corpus/seed_labels.jsonl): every
 * statement labelled inconsistent is flagged at its place, no warning or error is raised on a
 * statement labelled consistent, and the only other findings are the real heading mistakes.
 */
import * as assert from 'node:assert/strict';
import { requireCorpus } from '../helpers/shared';
import { scoreLabelled, seedLabels, Score } from '../helpers/labelled';

describe('corpus: labelled arithmetic', function () {
  let score: Score;
  before(function () {
    const corpus = requireCorpus(this);
    score = scoreLabelled(corpus, seedLabels(corpus), false);
  });

  it('flags every statement labelled inconsistent', function () {
    assert.deepEqual(score.missed, []);
    assert.ok(score.inconsistent >= 5);
  });

  it('raises no warning or error on a statement labelled consistent', function () {
    assert.deepEqual(score.falseAlarms, []);
  });

  it('raises no error on a statement labelled ambiguous', function () {
    assert.deepEqual(score.errorsOnAmbiguous, []);
  });

  it('raises no other warning or error than the two real numbering mistakes', function () {
    assert.deepEqual(score.unlabelled.map((u) => u.split(' ').slice(0, 2).join(' ')), ['002_224163a7fd249734.txt:25 heading-sequence', '003_46afff7a13b93468.txt:4 heading-sequence']);
  });
});
