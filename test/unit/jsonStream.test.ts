import * as assert from 'node:assert/strict';
import { JsonArrayWriter } from '../../server/src/cli/jsonStream';

/** What the writer prints for `elements` in the array at `at` of `document`. */
function written(document: unknown, at: (string | number)[], elements: unknown[]): string {
  const lines: string[] = [];
  const w = new JsonArrayWriter((l) => lines.push(l), document, at);
  for (const e of elements) w.push(e);
  w.end();
  return lines.join('\n');
}

describe('JSON written element by element', () => {
  it('prints exactly what JSON.stringify prints, for any number of elements', () => {
    const elements = [{ a: 1, b: ['x', { c: null }] }, 'two', 3, { d: 'line\nbreak "quoted"' }];
    for (let n = 0; n <= elements.length; n++) {
      const some = elements.slice(0, n);
      assert.equal(written([], [], some), JSON.stringify(some, null, 2));
      const doc = { version: '2.1.0', runs: [{ tool: { name: 't' }, results: [] as unknown[] }] };
      assert.equal(written(doc, ['runs', 0, 'results'], some), JSON.stringify({ ...doc, runs: [{ ...doc.runs[0], results: some }] }, null, 2));
    }
  });
});
