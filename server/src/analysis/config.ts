/**
 * Review configuration: the level of each rule and the findings a reviewer dismissed. Read from a
 * `.reportreview.json` (shared by a team, honoured by the editor and the command line alike) and,
 * in the editor, from `reportReview.*` settings. Pure: parsing and applying, no file access.
 */
import { createHash } from 'node:crypto';
import { parse as parseJsonc, ParseError, printParseErrorCode } from 'jsonc-parser';
import { Finding, Severity } from './findings';
import { ReportModel } from './reportModel';

export type RuleLevel = Severity | 'off';
/** `default` keeps the severity the check chose (it may differ per finding: error when certain, warning when inferred). */
export type RuleSetting = RuleLevel | 'default';

export const RULE_IDS = [
  'heading-sequence',
  'rate-mismatch',
  'rate-granularity',
  'rate-out-of-range',
  'sum-mismatch',
  'part-exceeds-total',
  'growth-mismatch',
  'restated-mismatch',
  'approximate-precise',
] as const;

export interface DismissedFinding {
  readonly fingerprint: string;
  readonly rule: string;
  /** What was dismissed, for the person reading the file: `成功率 95.3%`. */
  readonly what?: string;
}

export interface ReviewConfig {
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly dismissed: readonly DismissedFinding[];
}

export const EMPTY_CONFIG: ReviewConfig = { rules: {}, dismissed: [] };

const LEVELS = new Set<string>(['off', 'info', 'warning', 'error', 'default']);

/** The byte order mark Windows editors write at the start of a UTF-8 file; not part of the JSON. */
const BOM = '\ufeff';

/** `text` without a leading byte order mark. */
export function withoutBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(BOM.length) : text;
}

/** Line and column (1-based) of an offset, for a message about a parse error. */
function lineColumn(text: string, offset: number): string {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return `line ${line}, column ${offset - start + 1}`;
}

/**
 * The JSON value of `.reportreview.json`, which may have comments and trailing commas as VS
 * Code's own settings do. Plain JSON takes the fast path; a message says where neither reads it.
 */
export function parseConfigJson(json: string): { value: unknown } | { error: string } {
  const text = withoutBom(json);
  try {
    return { value: JSON.parse(text) };
  } catch {
    // Comments or trailing commas, or not JSON at all: the tolerant parser tells which.
  }
  const errors: ParseError[] = [];
  const value: unknown = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
  const first = errors[0];
  return first ? { error: `${printParseErrorCode(first.error)} at ${lineColumn(text, first.offset)}` } : { value };
}

/** Parses `.reportreview.json`; problems are reported, never thrown, and the rest is kept. */
export function parseConfig(json: string): { config: ReviewConfig; problems: string[] } {
  const problems: string[] = [];
  const parsed = parseConfigJson(json);
  if ('error' in parsed) return { config: EMPTY_CONFIG, problems: [`not valid JSON: ${parsed.error}`] };
  const raw = parsed.value;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { config: EMPTY_CONFIG, problems: ['the top level must be an object'] };
  const obj = raw as Record<string, unknown>;
  const rules: Record<string, RuleSetting> = {};
  if (obj.rules !== undefined) {
    if (typeof obj.rules !== 'object' || obj.rules === null || Array.isArray(obj.rules)) problems.push('"rules" must be an object');
    else {
      for (const [rule, level] of Object.entries(obj.rules as Record<string, unknown>)) {
        if (!(RULE_IDS as readonly string[]).includes(rule)) problems.push(`unknown rule "${rule}"`);
        else if (typeof level !== 'string' || !LEVELS.has(level)) problems.push(`rule "${rule}": level must be off, info, warning, error or default`);
        else rules[rule] = level as RuleSetting;
      }
    }
  }
  const dismissed: DismissedFinding[] = [];
  if (obj.dismissed !== undefined) {
    if (!Array.isArray(obj.dismissed)) problems.push('"dismissed" must be an array');
    else {
      for (const d of obj.dismissed) {
        if (d && typeof d === 'object' && typeof (d as DismissedFinding).fingerprint === 'string') {
          const { fingerprint, rule, what } = d as DismissedFinding;
          dismissed.push({ fingerprint, rule: typeof rule === 'string' ? rule : '', ...(typeof what === 'string' ? { what } : {}) });
        } else problems.push('each entry of "dismissed" needs a "fingerprint"');
      }
    }
  }
  return { config: { rules, dismissed }, problems };
}

/** Later configurations override earlier ones rule by rule (`default` does not override); dismissals add up. */
export function mergeConfigs(...configs: readonly ReviewConfig[]): ReviewConfig {
  const rules: Record<string, RuleSetting> = {};
  const dismissed: DismissedFinding[] = [];
  for (const c of configs) {
    for (const [rule, level] of Object.entries(c.rules)) if (level !== 'default') rules[rule] = level;
    // One by one: `push(...c.dismissed)` overflows the stack past ~125 000 dismissals.
    for (const d of c.dismissed) dismissed.push(d);
  }
  return { rules, dismissed };
}

/** A finding as configured: dropped when its rule is off or it was dismissed, its severity as set. */
export function applyConfig(findings: readonly Finding[], model: ReportModel, config: ReviewConfig): Finding[] {
  const dismissed = new Set(config.dismissed.map((d) => d.fingerprint));
  const out: Finding[] = [];
  for (const f of findings) {
    const level = config.rules[f.rule] ?? 'default';
    if (level === 'off') continue;
    if (dismissed.size > 0 && dismissed.has(fingerprint(f, model))) continue;
    out.push(level === 'default' ? f : { ...f, severity: level });
  }
  return out;
}

/**
 * A stable name for a finding: its rule, the figures or headings it involves as written, and the
 * words right before the first of them (the label). No line numbers, so it survives edits
 * elsewhere; it changes when the figures themselves change, which is when a reviewer should look again.
 */
export function fingerprint(f: Finding, model: ReportModel): string {
  const text = model.text;
  const spans = [f.span, ...f.related.map((r) => r.span)];
  const figures = spans.map((s) => text.slice(s.start, s.end).replace(/\s+/g, ''));
  const line = model.lines.lines[model.lines.lineAt(f.span.start)]!;
  const label = text.slice(Math.max(line.start, f.span.start - 12), f.span.start).replace(/\s+/g, '');
  return `${f.rule}:${createHash('sha1').update([f.rule, label, ...figures].join('\u0000')).digest('hex').slice(0, 12)}`;
}

/** `.reportreview.json` with one more dismissal, keeping everything else in it. */
export function withDismissal(json: string | undefined, entry: DismissedFinding): string {
  let obj: Record<string, unknown> = {};
  if (json !== undefined && json.trim() !== '') {
    const parsed = JSON.parse(json) as unknown;
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) obj = parsed as Record<string, unknown>;
    else throw new Error('.reportreview.json: the top level must be an object');
  }
  const list = Array.isArray(obj.dismissed) ? [...(obj.dismissed as unknown[])] : [];
  if (!list.some((d) => (d as DismissedFinding | null)?.fingerprint === entry.fingerprint)) list.push(entry);
  obj.dismissed = list;
  return JSON.stringify(obj, null, 2) + '\n';
}
