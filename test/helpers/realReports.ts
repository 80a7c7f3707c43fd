/**
 * Measuring the checks on real reports (../shared), as a user would meet them: every warning and
 * error, judged against the verdicts recorded beside the reports; and recall on deliberately broken
 * consistent statements (one figure of a labelled statement moved: a rate or growth by several
 * points, a total below its parts, a part above its total, a count below the items listed).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyConfig, EMPTY_CONFIG } from '../../server/src/analysis/config';
import { Finding } from '../../server/src/analysis/findings';
import { analyzeReport } from '../../server/src/analysis/index';

export interface Alarm {
  readonly file: string;
  readonly line: number;
  readonly rule: string;
  readonly severity: string;
  readonly flagged: string;
  readonly message: string;
  readonly verdict: 'true' | 'false' | 'debatable' | 'unjudged';
}

export interface Label {
  readonly file: string;
  readonly line: number;
  readonly quote: string;
  readonly kind: string;
  readonly stated?: string;
  readonly computed?: string;
  readonly verdict: string;
}

const NUMERIC = new Set(['rate-mismatch', 'rate-granularity', 'sum-mismatch', 'part-exceeds-total', 'growth-mismatch', 'rate-out-of-range', 'restated-mismatch']);

function readJsonl<T>(file: string): T[] {
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

function findingsOf(text: string): { findings: Finding[]; lineOf: (offset: number) => number; lines: string[] } {
  const a = analyzeReport(text);
  const findings = applyConfig(a.findings, a.model, EMPTY_CONFIG).filter((f) => f.severity !== 'info');
  return { findings, lineOf: (o) => a.model.lines.positionAt(o).line, lines: text.split(/\r\n|\r|\n/) };
}

function reportsIn(dir: string): string[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
}

/** Verdicts this repository records on alarms in the shared reports, by directory name (`corpus`):
 * file, line and rule only, never the reports' own words. */
const OUR_VERDICTS = path.join(__dirname, '..', '..', '..', 'test', 'corpus', 'verdicts');

/**
 * Every warning and error on the reports of `dir`, with the verdict recorded for it: in
 * `verdicts.jsonl` beside the reports (keyed by the flagged text too), or in ours
 * (test/corpus/verdicts/NAME.jsonl, keyed by file, line and rule).
 */
export function alarmsIn(dir: string): { reports: number; alarms: Alarm[] } {
  const verdicts = new Map<string, string>();
  for (const v of readJsonl<{ file: string; line: number; rule: string; flagged: string; verdict: string }>(path.join(dir, 'verdicts.jsonl'))) {
    verdicts.set(`${v.file}|${v.line}|${v.rule}|${v.flagged}`, v.verdict);
  }
  for (const v of readJsonl<{ file: string; line: number; rule: string; verdict: string }>(path.join(OUR_VERDICTS, `${path.basename(dir)}.jsonl`))) {
    verdicts.set(`${v.file}|${v.line}|${v.rule}`, v.verdict);
  }
  const alarms: Alarm[] = [];
  const files = reportsIn(dir);
  for (const file of files) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8').replace(/^\uFEFF/, '');
    const { findings, lineOf } = findingsOf(text);
    for (const f of findings) {
      const line = lineOf(f.span.start) + 1;
      const flagged = text.slice(f.span.start, f.span.end);
      alarms.push({ file, line, rule: f.rule, severity: f.severity, flagged, message: f.message.zh, verdict: (verdicts.get(`${file}|${line}|${f.rule}|${flagged}`) ?? verdicts.get(`${file}|${line}|${f.rule}`) ?? 'unjudged') as Alarm['verdict'] });
    }
  }
  return { reports: files.length, alarms };
}

const NUM = /^(\d+(?:\.(\d+))?)(万|亿)?(%?)$/;
const BOUND_BEFORE = /(突破|超过|超|逾|近|约|不少于|不低于|达到?近)$/;
const BOUND_AFTER = /^[^，,。、；;\d]{0,3}?(以上|余|多|左右|上下|以内|以下)/;

function format(v: number, decimals: number, magnitude: string | undefined, percent: string): string {
  return v.toFixed(decimals) + (magnitude ?? '') + percent;
}

/** How a consistent statement is broken: the text to replace inside the quote, its replacement, and from which end to look. */
function mutation(l: Label): { target: string; replacement: string; fromEnd: boolean } | undefined {
  const stated = String(l.stated ?? '').trim().replace(/,/g, '');
  const computed = String(l.computed ?? '');
  const m = NUM.exec(stated);
  if (l.kind === 'rate' || l.kind === 'growth') {
    if (!m || !m[4]) return undefined;
    // Only where the figures the rate is computed from stand in the quote itself.
    const ab = /([\d.]+)\s*\/\s*\(?([\d.]+)/.exec(computed);
    if (!ab || !l.quote.includes(ab[1]!) || !l.quote.includes(ab[2]!)) return undefined;
    const v = Number(m[1]);
    const dec = (m[2] ?? '').length;
    return { target: stated, replacement: format(v <= 90 ? v + 4.7 : v - 6.3, dec, m[3], '%'), fromEnd: true };
  }
  if (l.kind === 'sum' || l.kind === 'list_count') {
    if (!m || m[4]) return undefined;
    const dec = (m[2] ?? '').length;
    const sum = /=\s*([\d.]+)/.exec(computed);
    const parts = sum ? Number(sum[1]) : Number(m[1]);
    const w = parts - Math.max(10 ** -dec, Number((parts * 0.07).toFixed(dec)));
    return w > 0 ? { target: stated, replacement: format(w, dec, m[3], ''), fromEnd: false } : undefined;
  }
  if (l.kind === 'part_exceeds_total') {
    const pt = /^\s*([\d.]+(?:万|亿)?)\s*(?:≤|<=)\s*([\d.]+(?:万|亿)?)/.exec(computed);
    if (!pt) return undefined;
    const a = NUM.exec(pt[1]!);
    const b = NUM.exec(pt[2]!);
    if (!a || !b || (a[3] ?? '') !== (b[3] ?? '')) return undefined;
    const dec = (a[2] ?? '').length;
    return { target: pt[1]!, replacement: format(Number(b[1]) * 1.2 + 10 ** -dec, dec, a[3], ''), fromEnd: true };
  }
  return undefined;
}

export interface MutantScore {
  readonly mutants: number;
  readonly killed: number;
  readonly byKind: Readonly<Record<string, readonly [number, number]>>;
  readonly alive: readonly string[];
}

/** Breaks each consistent labelled statement once and counts those a warning or error on its line notices. */
export function mutantsOf(labelsFile: string, dir: string): MutantScore {
  const byKind: Record<string, [number, number]> = {};
  const alive: string[] = [];
  let mutants = 0;
  let killed = 0;
  const texts = new Map<string, string[]>();
  for (const l of readJsonl<Label>(labelsFile)) {
    if (l.verdict !== 'consistent') continue;
    const mu = mutation(l);
    if (!mu) continue;
    if (!texts.has(l.file)) texts.set(l.file, fs.readFileSync(path.join(dir, l.file), 'utf8').replace(/^\uFEFF/, '').split('\n'));
    const lines = [...texts.get(l.file)!];
    const row = lines[l.line - 1] ?? '';
    const q0 = row.indexOf(l.quote);
    if (q0 < 0) continue;
    const q = l.quote;
    let at = mu.fromEnd ? q.lastIndexOf(mu.target) : q.indexOf(mu.target);
    if (l.kind === 'part_exceeds_total') {
      // The part is the first occurrence after its total.
      const total = /(?:≤|<=)\s*([\d.]+(?:万|亿)?)/.exec(String(l.computed))![1]!;
      const t = q.indexOf(total);
      const next = t >= 0 ? q.indexOf(mu.target, t + total.length) : -1;
      if (next >= 0) at = next;
    }
    if (at < 0) continue;
    const before = at > 0 ? q[at - 1]! : '';
    const after = q[at + mu.target.length] ?? '';
    if (/[\d.]/.test(before) || /\d/.test(after) || (after === '.' && !mu.target.endsWith('%'))) continue;
    // A total stated as a bound or an estimate is not contradicted by parts above it.
    if (l.kind === 'sum' || l.kind === 'list_count' || l.kind === 'part_exceeds_total') {
      const total = l.kind === 'part_exceeds_total' ? /(?:≤|<=)\s*([\d.]+(?:万|亿)?)/.exec(String(l.computed))![1]! : mu.target;
      const t0 = l.kind === 'part_exceeds_total' ? q.indexOf(total) : at;
      if (t0 >= 0 && (BOUND_BEFORE.test(q.slice(Math.max(0, t0 - 4), t0)) || BOUND_AFTER.test(q.slice(t0 + total.length, t0 + total.length + 5)))) continue;
    }
    const broken = q.slice(0, at) + mu.replacement + q.slice(at + mu.target.length);
    lines[l.line - 1] = row.slice(0, q0) + broken + row.slice(q0 + q.length);
    const text = lines.join('\n');
    const { findings, lineOf } = findingsOf(text);
    const lineStart = lines.slice(0, l.line - 1).reduce((n, x) => n + x.length + 1, 0);
    const span = { start: lineStart + q0, end: lineStart + q0 + broken.length };
    const hit = findings.some((f) => NUMERIC.has(f.rule) && f.span.start < span.end && f.span.end > span.start && lineOf(f.span.start) <= l.line - 1);
    const kind = l.kind === 'list_count' ? 'list count' : l.kind;
    const k = (byKind[kind] ??= [0, 0]);
    k[1]++;
    mutants++;
    if (hit) {
      k[0]++;
      killed++;
    } else alive.push(`${l.file}:${l.line} [${kind}] ${mu.target}→${mu.replacement}: ${broken.slice(0, 60)}`);
  }
  return { mutants, killed, byKind, alive };
}
