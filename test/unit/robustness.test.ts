/**
 * Nothing a user can paste may crash the analysis, hang it, or make it report ranges outside the
 * document: arbitrary Unicode, mutations of real-looking reports, and shapes built to hurt
 * regular expressions and loops.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { MAX_FINDINGS_PER_DOCUMENT, MAX_MESSAGE_CHARACTERS, MAX_RELATED_PER_FINDING } from '../../server/src/analysis/bounds';
import { Finding, runChecks } from '../../server/src/analysis/findings';
import { Analysis, analyzeReport } from '../../server/src/analysis/index';
import { ALL_CHECKS } from '../../server/src/analysis/checks/index';
import { overviewOf } from '../../server/src/presentation/overview';
import { describeFigure, summarizeReport } from '../../server/src/presentation/summaries';
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

/** What a check made up for a test declares of its rule. */
function testRule(rule: string) {
  return { rule, title: { zh: rule, en: rule }, description: { zh: rule, en: rule } };
}

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
        return cpuMs(() => {
          const a = analyzeReport(text, { forceReport: true });
          summarizeReport(a.model, a.findings);
        });
      };
      time(20_000); // warm up
      const small = Math.max(time(100_000), 1);
      const big = time(1_000_000);
      // Ten times the input may take ten times as long, with room for noise; quadratic would be 100×.
      assert.ok(big < small * 30, `${name}: 100 KB ${small.toFixed(1)} ms, 1 MB ${big.toFixed(1)} ms`);
    }
  });

  it('isolates a check that throws: the others still report', () => {
    const broken = { ...testRule('broken'), run: () => { throw new Error('boom'); } };
    const a = analyzeReport('一、甲\n(一)子\n(一)丑\n', { forceReport: true });
    const r = runChecks(a.model, [broken, ...ALL_CHECKS]);
    assert.equal(r.failures.length, 1);
    assert.equal(r.failures[0]!.rule, 'broken');
    assert.match(r.failures[0]!.error, /boom/);
    assert.ok(r.findings.some((f) => f.rule === 'heading-sequence'));
  });
});

/** Findings plus their related spans: what a publish, a JSON or a SARIF file grows with. */
function outputSize(a: Analysis): number {
  return a.findings.reduce((n, f) => n + 1 + f.related.length, 0);
}

/**
 * The processor time `f` takes, in milliseconds: this process's own work, so other programs on a
 * loaded machine (a build beside the tests) do not count, as they would in wall-clock time.
 */
function cpuMs(f: () => void): number {
  const before = process.cpuUsage();
  f();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** The least of three runs' processor time: a collection or a compilation in one run does not count. */
function fastest(f: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) best = Math.min(best, cpuMs(f));
  return best;
}

/**
 * The processor time of `slow` over that of `fast`, measured again while it is at or over `limit`
 * (three times at most): a collection or a compilation during one measurement does not fail a
 * test, work that really grows faster than the input does in every one. `floor` (ms) keeps a
 * near-zero denominator from making the ratio noise.
 */
function leastRatio(slow: () => void, fast: () => void, limit: number, floor = 1): number {
  let ratio = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3 && ratio >= limit; attempt++) ratio = Math.min(ratio, fastest(slow) / Math.max(fastest(fast), floor));
  return ratio;
}

const analyse = (text: string) => analyzeReport(text, { forceReport: true });

/**
 * Shapes that once made the output grow with the square of a sentence, each with the same figures
 * in sentences of their own: every total of a `共1件、` chain had all the figures before it as
 * parts, every `其中` all the figures after it, every `包括` the whole chain after it.
 */
const BLOW_UPS: [string, string, string][] = [
  ['共1件、 chain', '共1件、', '共1件。'],
  ['其中9件、 chain', '其中9件、', '其中9件。'],
  ['包括 chain', '受理2件包括区局、', '受理2件包括区局。'],
  ['其中 after a total, chained', '审结9件,其中1件、', '审结9件,其中1件。'],
  ['totals over clause tables', '市局办理1件,区局办理2件,县局办理3件,合计7件,', '市局办理1件,区局办理2件,县局办理3件,合计7件。'],
  ['counts before one rate', '受理2件、', '受理2件。'],
];

describe('bounded output', () => {
  it('analyses the blow-up shapes with output bounded by the input and time linear in it', function () {
    this.timeout(30000);
    for (const [name, unit, separate] of BLOW_UPS) {
      const make = (u: string, chars: number) => '一、情况\n' + u.repeat(Math.round(chars / u.length)) + '调解成功1件,成功率95%。';
      const text = make(unit, 20_000);
      const a = analyse(text);
      // Before the bound: 1.5 million related spans for 50 KB of `共1件、`, 31 per character.
      assert.ok(outputSize(a) <= text.length / 3, `${name}: ${outputSize(a)} findings and related spans for ${text.length} characters`);
      // Chained or in sentences of their own, the same figures cost about the same (it was 47×).
      const apart = make(separate, 20_000);
      analyse(apart);
      const chained = leastRatio(() => analyse(text), () => analyse(apart), 6);
      assert.ok(chained < 6, `${name}: ${chained.toFixed(1)}× the time of the same figures in separate sentences`);
      const fourTimes = make(unit, 80_000);
      const growth = leastRatio(() => analyse(fourTimes), () => analyse(text), 10);
      assert.ok(growth < 10, `${name}: four times the input took ${growth.toFixed(1)}× as long`);
    }
  });

  it('keeps output and time linear over generated chains of figures and cues', function () {
    this.timeout(60000);
    const piece = fc.constantFrom(
      '共1件', '其中9件', '合计3件', '1件', '审结12件', '办结10件', '受理2件', '甲乙办理2件', '调解成功1件', '不合格1件', '上年为3件',
      '约30件', '357余件', '(含2件)', '成功率95%', '合格率90%', '占比60%', '同比增长20%', '105%',
      '分别为', '包括', '其中', '共计', '市局', '区局', '、', '、', ',', ':', '一、', '\n(一)',
    );
    // What may close a sentence of chains: a total, a rate over all the counts before it, a breakdown.
    const tail = fc.constantFrom('', ',共计3件', ',成功率95%', ',调解成功1件,成功率95%', ',其中1件', ',分别为1件、2件');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 2, maxLength: 8 }), tail, (pieces, end) => {
        const chain = pieces.join('');
        // The same text in sentences of k chains and in sentences four times as long, each under
        // the sentence cap of 1 000 characters. Linear work costs the same for both; work growing
        // with the square of a sentence costs four times as much for the long sentences.
        const k = Math.max(1, Math.floor(200 / chain.length));
        const m = 4 * Math.max(1, Math.round(12_000 / (chain.length * 4 * k)));
        const short = '一、情况\n' + (chain.repeat(k) + end + '。\n').repeat(m);
        const long = '一、情况\n' + (chain.repeat(4 * k) + end + '。\n').repeat(m / 4);
        const a = analyse(short);
        const b = analyse(long);
        assert.ok(outputSize(a) <= short.length / 2 && outputSize(b) <= long.length / 2, `${chain}${end}: ${outputSize(a)}, ${outputSize(b)} for ${long.length} characters`);
        assert.ok(outputSize(b) <= 2 * outputSize(a) + m, `${chain}${end}: ${outputSize(a)} in short sentences, ${outputSize(b)} in long ones`);
        const ratio = leastRatio(() => analyse(long), () => analyse(short), 3, 0.2);
        assert.ok(ratio < 3, `${chain}${end}: sentences four times as long took ${ratio.toFixed(1)}× as long`);
      }),
      { numRuns: 30 },
    );
  });

  it('cuts a document\'s findings and each finding\'s related spans to the limits, and says so', () => {
    const rates = analyse('一、情况\n' + '出庭应诉率达102%,'.repeat(MAX_FINDINGS_PER_DOCUMENT + 500));
    assert.equal(rates.findings.length, MAX_FINDINGS_PER_DOCUMENT);
    assert.equal(rates.truncated?.droppedFindings, rates.truncated!.found - MAX_FINDINGS_PER_DOCUMENT);
    assert.ok(rates.findings.every((f, i) => i === 0 || rates.findings[i - 1]!.span.start <= f.span.start), 'the first ones, in document order');
    const list = analyse('一、情况\n' + Array.from({ length: 60 }, () => '民事案件1件').join('、') + ',共计1件。');
    const sum = list.findings.find((f) => f.rule === 'sum-mismatch')!;
    assert.equal(sum.related.length, MAX_RELATED_PER_FINDING);
    assert.equal(list.truncated?.cutRelated, 1);
    assert.ok(sum.message.zh.length <= MAX_MESSAGE_CHARACTERS);
    assert.equal(analyse(sample('qinghe-2024.txt')).truncated, undefined, 'a real report is never cut');
  });

  it('keeps every finding of a check that returns hundreds of thousands (no spread onto the stack)', () => {
    const model = analyse('一、情况\n').model;
    const many: Finding[] = Array.from({ length: 200_000 }, (_, i) => ({ rule: 'many', severity: 'error', span: { start: i % 5, end: i % 5 }, message: { zh: '', en: '' }, related: [] }));
    const r = runChecks(model, [{ ...testRule('many'), run: () => many }]);
    assert.deepEqual(r.failures, []);
    assert.equal(r.findings.length, MAX_FINDINGS_PER_DOCUMENT);
    assert.equal(r.truncated?.found, 200_000);
  });
});
