/**
 * The sample reports' deliberate mistakes are all found, by the right rule, and nothing is raised
 * on the statements written to be consistent, nor anywhere a mistake was not planted.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/shared';
import { sampleLabels, scoreLabelled } from '../helpers/labelled';

describe('samples: deliberate mistakes', () => {
  const score = scoreLabelled(path.join(REPO_ROOT, 'samples'), sampleLabels(path.join(REPO_ROOT, 'test', 'fixtures')), true);
  it('finds every deliberate mistake with the rule it was planted for', () => {
    assert.deepEqual(score.missed, []);
    assert.ok(score.inconsistent >= 12);
  });
  it('raises nothing on the consistent statements', () => {
    assert.deepEqual(score.falseAlarms, []);
    assert.ok(score.consistent >= 20);
  });
  it('raises no warning or error where no mistake was planted', () => {
    assert.deepEqual(score.unlabelled, []);
  });
});
