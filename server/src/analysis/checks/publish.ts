/**
 * The one rule by which relations become findings, precision first: a reviewer who meets a false
 * alarm turns the tool off.
 *
 * - `error`: the arithmetic is explicit and unambiguous — the words tie the figures (`其中`,
 *   `共计`, a rate named by its numerator) and one reading is possible.
 * - `warning`: the relation is explicit and one admissible reading remains, or every reading of
 *   several fails (several candidate totals, all exceeded).
 * - nothing: a pairing that rests on word order alone. Such relations are shown in hovers, never
 *   published as findings.
 */
import { Severity } from '../findings';
import type { Breakdown, Reading } from '../relations/index';

export function severityFor(reading: Reading, candidates: number): Severity | undefined {
  if (reading !== 'explicit') return undefined;
  return candidates === 1 ? 'error' : 'warning';
}

/**
 * How `sum-mismatch` publishes an exhaustive breakdown whose parts miss their total: a table of
 * clauses is one by its shape and labels, not by a cue before each part, so it is a warning at most.
 * `part-exceeds-total` says what this leaves unpublished.
 */
export function exhaustiveSumSeverity(b: Breakdown): Severity | undefined {
  return severityFor(b.reading, b.form === 'clauseTable' ? 2 : b.totals.length);
}
