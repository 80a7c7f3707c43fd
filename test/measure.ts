/**
 * `npm run measure`: how the checks score on labelled statements, printed as a table.
 * Recall: inconsistent statements flagged. False alarms: warnings or errors on consistent ones.
 * Unlabelled: warnings or errors where no label speaks, for a reader to judge.
 */
import * as path from 'node:path';
import { sampleLabels, scoreLabelled, seedLabels, Score } from './helpers/labelled';
import { REPO_ROOT, sharedDir } from './helpers/shared';

function row(name: string, s: Score): string {
  const recall = s.inconsistent ? ((100 * s.flagged) / s.inconsistent).toFixed(0) + '%' : '-';
  return `${name.padEnd(22)} ${String(s.flagged).padStart(3)}/${String(s.inconsistent).padEnd(3)} ${recall.padStart(5)}   ${String(s.falseAlarms.length).padStart(3)}/${String(s.consistent).padEnd(3)}   ${String(s.unlabelled.length).padStart(3)}`;
}

const out: string[] = ['labels                 flagged recall   false alarms   unlabelled'];
const samples = scoreLabelled(path.join(REPO_ROOT, 'samples'), sampleLabels(path.join(REPO_ROOT, 'test', 'fixtures')), true);
out.push(row('samples (ours)', samples));
const shared = sharedDir();
const details: Score[] = [samples];
if (shared) {
  const corpus = path.join(shared, 'corpus');
  const seeds = scoreLabelled(corpus, seedLabels(corpus), false);
  out.push(row('corpus seed labels', seeds));
  details.push(seeds);
} else out.push('corpus seed labels     (../shared/corpus not present)');
console.log(out.join('\n'));
for (const s of details) {
  for (const m of s.missed) console.log(`  missed: ${m}`);
  for (const f of s.falseAlarms) console.log(`  false alarm: ${f}`);
  for (const u of s.unlabelled) console.log(`  unlabelled: ${u}`);
}
