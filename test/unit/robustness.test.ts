/**
 * Nothing a user can paste may crash the analysis, hang it, or make it report ranges outside the
 * document: arbitrary Unicode, mutations of real-looking reports, and shapes built to hurt
 * regular expressions and loops.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { runChecks } from '../../server/src/analysis/findings';
import { analyzeReport } from '../../server/src/analysis/index';
import { ALL_CHECKS } from '../../server/src/analysis/checks/index';
import { overviewOf } from '../../server/src/analysis/overview';
import { describeFigure, summarizeReport } from '../../server/src/analysis/summaries';
import { sample } from '../helpers/shared';

/** Analyses `text` fully (model, checks, summaries) and checks every span it returns. */
function exercise(text: string): void {
  for (const format of ['plain', 'markdown'] as const) {
    const a = analyzeReport(text, { forceReport: true, format });
    assert.deepEqual(a.failures, [], 'no check threw');
    const inside = (s: { start: number; end: number }, what: string) =>
      assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length, `${what} ${JSON.stringify(s)} in ${text.length}`);
    for (const h of a.model.headings) {
      inside(h.sectionSpan, 'section');
      inside(h.headingSpan, 'heading');
      assert.ok(h.sectionEndLine >= h.line && h.sectionEndLine < a.model.lines.lineCount);
    }
    for (const f of a.findings) {
      inside(f.span, f.rule);
      f.related.forEach((r) => inside(r.span, `${f.rule} related`));
      if (f.fix) inside(f.fix.span, `${f.rule} fix`);
    }
    for (const q of a.model.quantities) inside(q.span, 'quantity');
    summarizeReport(a.model, a.findings);
    overviewOf(a.model, a.findings, 'zh');
    for (const f of a.model.figures.slice(0, 50)) describeFigure(a.model, a.findings, f);
  }
}

const REPORT_CHARS = fc.constantFrom(...'一二三四五六七八九十是、。,，;；:：()（）《》“”%％0123456789１２３.．件人次率共计其中同比增长余多以上\n\r \u3000#*'.split(''));

describe('robustness', () => {
  it('survives arbitrary Unicode, including lone surrogates and NULs', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => exercise(s)), { numRuns: 300 });
  });

  it('survives text made of report characters in any order', () => {
    fc.assert(fc.property(fc.string({ unit: REPORT_CHARS, maxLength: 600 }), (s) => exercise(s)), { numRuns: 500 });
  });

  it('survives random mutations of the sample reports', () => {
    const base = sample('qinghe-2024.txt') + '\n' + sample('yunxi-2023.txt');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(base.length), fc.nat(40), fc.string({ unit: REPORT_CHARS, maxLength: 20 })), { maxLength: 20 }), (edits) => {
        let text = base;
        for (const [at, del, ins] of edits) text = text.slice(0, at % (text.length + 1)) + ins + text.slice((at % (text.length + 1)) + del);
        exercise(text);
      }),
      { numRuns: 60 },
    );
  });

  it('stays linear on adversarial shapes', function () {
    this.timeout(60000);
    const shapes: [string, (n: number) => string][] = [
      ['a line of digits', (n) => '9'.repeat(n)],
      ['一、 repeated', (n) => '一、'.repeat(n / 2)],
      ['heading lines', (n) => '一、标题\n'.repeat(n / 5)],
      ['unbalanced brackets and quotes', (n) => '《(“（'.repeat(n / 4)],
      ['lone CRs', (n) => '一是。\r'.repeat(n / 4)],
      ['NULs', (n) => '\u0000'.repeat(n)],
      ['figures without punctuation', (n) => '受理12件成功率95%同比增长20%共计30件其中5件'.repeat(n / 25)],
      ['one long sentence of counts', (n) => ('审结9件、维持3件、' as string).repeat(n / 10) + '共计1件。'],
      ['percent words', (n) => '百分之'.repeat(n / 3)],
      ['numerals', (n) => '一二三四五六七八九十百千万亿'.repeat(n / 14)],
    ];
    for (const [name, make] of shapes) {
      const time = (n: number) => {
        const text = make(n);
        const t0 = process.hrtime.bigint();
        const a = analyzeReport(text, { forceReport: true });
        summarizeReport(a.model, a.findings);
        return Number(process.hrtime.bigint() - t0) / 1e6;
      };
      time(20_000); // warm up
      const small = Math.max(time(100_000), 1);
      const big = time(1_000_000);
      // Ten times the input may take ten times as long, with room for noise; quadratic would be 100×.
      assert.ok(big < small * 30, `${name}: 100 KB ${small.toFixed(1)} ms, 1 MB ${big.toFixed(1)} ms`);
    }
  });

  it('isolates a check that throws: the others still report', () => {
    const broken = { rule: 'broken', run: () => { throw new Error('boom'); } };
    const a = analyzeReport('一、甲\n(一)子\n(一)丑\n', { forceReport: true });
    const r = runChecks(a.model, [broken, ...ALL_CHECKS]);
    assert.equal(r.failures.length, 1);
    assert.equal(r.failures[0]!.rule, 'broken');
    assert.match(r.failures[0]!.error, /boom/);
    assert.ok(r.findings.some((f) => f.rule === 'heading-sequence'));
  });
});
