/**
 * `npm run measure`: how the checks score on labelled statements, printed as a table.
 * Recall: inconsistent statements flagged. False alarms: warnings or errors on consistent ones.
 * Unlabelled: warnings or errors where no label speaks, for a reader to judge.
 */
import * as path from 'node:path';
import { sampleLabels, scoreLabelled, seedLabels, Score } from './helpers/labelled';
import { REPO_ROOT, sharedDir } from './helpers/shared';
import { alarmsIn, MutantScore, mutantsOf } from './helpers/realReports';

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

if (shared) {
  // Every warning and error on the real reports, judged by the verdicts recorded beside them.
  console.log('\nreal reports            reports  alarms  per 100  true  false  debatable  unjudged  precision');
  const unjudged: string[] = [];
  for (const name of ['corpus', 'corpus-dev']) {
    const dir = path.join(shared, name);
    const { reports, alarms } = alarmsIn(dir);
    const count = (v: string) => alarms.filter((a) => a.verdict === v).length;
    const judged = count('true') + count('false');
    const precision = judged ? (count('true') / judged).toFixed(2) : '-';
    console.log(`${name.padEnd(22)} ${String(reports).padStart(8)} ${String(alarms.length).padStart(7)} ${((100 * alarms.length) / reports).toFixed(1).padStart(8)} ${String(count('true')).padStart(5)} ${String(count('false')).padStart(6)} ${String(count('debatable')).padStart(10)} ${String(count('unjudged')).padStart(9)} ${precision.padStart(10)}`);
    for (const a of alarms) if (a.verdict !== 'true') unjudged.push(`  ${a.verdict}: ${name}/${a.file}:${a.line} ${a.rule} ${a.message}`);
  }
  for (const u of unjudged) console.log(u);
  // Recall on real phrasing: consistent labelled statements broken one at a time.
  console.log('\nbroken statements        flagged');
  const row2 = (name: string, m: MutantScore) => `${name.padEnd(22)} ${String(m.killed).padStart(4)}/${String(m.mutants).padEnd(4)} ${m.mutants ? ((100 * m.killed) / m.mutants).toFixed(0) + '%' : '-'}   ${Object.entries(m.byKind).map(([k, [a, b]]) => `${k} ${a}/${b}`).join(', ')}`;
  const seeds = mutantsOf(path.join(shared, 'corpus', 'seed_labels.jsonl'), path.join(shared, 'corpus'));
  const dev = mutantsOf(path.join(shared, 'corpus-dev', 'labels.jsonl'), path.join(shared, 'corpus-dev'));
  console.log(row2('corpus seed labels', seeds));
  console.log(row2('corpus-dev labels', dev));
  for (const a of [...seeds.alive, ...dev.alive]) console.log(`  not flagged: ${a}`);
}
