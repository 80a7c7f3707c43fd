/**
 * The checks on real reports nobody here wrote (../shared/corpus-dev, ../shared/corpus): no warning
 * or error that the recorded verdicts do not judge a real mistake, and most deliberately broken
 * consistent statements flagged. Skipped, with a word, where ../shared is absent.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { alarmsIn, mutantsOf } from '../helpers/realReports';
import { requireCorpus } from '../helpers/shared';

describe('corpus: real reports as a reviewer meets them', function () {
  let shared: string;
  before(function () {
    shared = path.dirname(requireCorpus(this));
  });

  it('raises no warning or error on the 29 development reports that is not judged a real mistake', function () {
    const { alarms } = alarmsIn(path.join(shared, 'corpus-dev'));
    assert.deepEqual(alarms.filter((a) => a.verdict !== 'true').map((a) => `${a.file}:${a.line} ${a.rule} ${a.message}`), []);
  });

  it('raises on the five seed reports only their real mistakes', function () {
    const { alarms } = alarmsIn(path.join(shared, 'corpus'));
    assert.deepEqual(alarms.filter((a) => a.verdict !== 'true').map((a) => `${a.file}:${a.line} ${a.rule}`), []);
    assert.equal(alarms.length, 7);
  });

  it('flags broken consistent statements of the real reports: nine in ten of the seeds, three in four of the development set', function () {
    this.timeout(60000);
    const seeds = mutantsOf(path.join(shared, 'corpus', 'seed_labels.jsonl'), path.join(shared, 'corpus'));
    const dev = mutantsOf(path.join(shared, 'corpus-dev', 'labels.jsonl'), path.join(shared, 'corpus-dev'));
    assert.ok(seeds.killed >= 0.9 * seeds.mutants, `seeds: ${seeds.killed}/${seeds.mutants}\n${seeds.alive.join('\n')}`);
    assert.ok(dev.killed >= 0.75 * dev.mutants, `development set: ${dev.killed}/${dev.mutants}\n${dev.alive.join('\n')}`);
  });
});
