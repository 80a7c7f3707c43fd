/**
 * Review configuration: the level of each rule and the findings a reviewer dismissed. Read from a
 * `.reportreview.json` (shared by a team, honoured by the editor and the command line alike) and,
 * in the editor, from `reportReview.*` settings. Pure: parsing and applying, no file access.
 */
import { applyEdits, createScanner, Edit, Node, parse as parseJsonc, parseTree, ParseError, printParseErrorCode, SyntaxKind } from 'jsonc-parser';
import { ALL_CHECKS } from './checks/index';
import { Finding, LocalizedText, Severity } from './findings';
import { ReportModel } from './reportModel';
import { sha1Hex } from './sha1';

export type RuleLevel = Severity | 'off';
/** `default` keeps the severity the check chose (it may differ per finding: error when certain, warning when inferred). */
export type RuleSetting = RuleLevel | 'default';

/** Every rule id, in the registry's order (`checks/index.ts`). */
export const RULE_IDS: readonly string[] = ALL_CHECKS.map((c) => c.rule);

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
        if (!RULE_IDS.includes(rule)) problems.push(`unknown rule "${rule}"`);
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

/** Rules that are off until a setting or `.reportreview.json` gives them a level. */
export const OFF_BY_DEFAULT: ReadonlySet<string> = new Set(ALL_CHECKS.filter((c) => c.defaultOff).map((c) => c.rule));

/** A finding as configured, with its fingerprint: computed once, read by diagnostics, fixes, dismissals and SARIF. */
export interface ConfiguredFinding {
  readonly finding: Finding;
  readonly fingerprint: string;
}

/** Findings as configured: dropped when their rule is off or they were dismissed, their severity as set. */
export function configureFindings(findings: readonly Finding[], model: ReportModel, config: ReviewConfig): ConfiguredFinding[] {
  const dismissed = new Set(config.dismissed.map((d) => d.fingerprint));
  const out: ConfiguredFinding[] = [];
  for (const f of findings) {
    const level = config.rules[f.rule] ?? 'default';
    if (level === 'off' || (level === 'default' && OFF_BY_DEFAULT.has(f.rule))) continue;
    const print = fingerprint(f, model);
    if (dismissed.has(print)) continue;
    out.push({ finding: level === 'default' ? f : { ...f, severity: level }, fingerprint: print });
  }
  return out;
}

/** The findings of `configureFindings`, without their fingerprints. */
export function applyConfig(findings: readonly Finding[], model: ReportModel, config: ReviewConfig): Finding[] {
  return configureFindings(findings, model, config).map((c) => c.finding);
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
  return `${f.rule}:${sha1Hex([f.rule, label, ...figures].join('\u0000')).slice(0, 12)}`;
}

/** The result of adding a dismissal to the text of `.reportreview.json`. */
export type DismissalEdit =
  | { readonly ok: true; readonly text: string; readonly changed: boolean }
  | { readonly ok: false; readonly reason: LocalizedText };

const refuse = (zh: string, en: string): DismissalEdit => ({ ok: false, reason: { zh, en } });

/** The blanks a line starts with, for the line holding `offset`. */
function indentAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start, offset))![0];
}

/**
 * Where to add an item after `node` in a list or object: right after the node (and its trailing
 * comma, if any), or, when only blanks and a comment follow it on its line, at the end of that line,
 * so a comment stays with the item it was written after. `comma` says whether one must be added.
 */
function placeAfter(text: string, node: Node): { at: number; comma: boolean; lineEnd: boolean; rightAfter: number } {
  const end = node.offset + node.length;
  const scanner = createScanner(text, false);
  scanner.setPosition(end);
  let comma = false;
  let afterComma = end;
  for (;;) {
    const kind = scanner.scan();
    const offset = scanner.getTokenOffset();
    if (kind === SyntaxKind.Trivia || kind === SyntaxKind.LineCommentTrivia) continue;
    if (kind === SyntaxKind.BlockCommentTrivia && !/[\r\n]/.test(text.slice(offset, offset + scanner.getTokenLength()))) continue;
    if (kind === SyntaxKind.CommaToken && !comma) {
      comma = true;
      afterComma = offset + 1;
      continue;
    }
    if (kind === SyntaxKind.LineBreakTrivia) return { at: offset, comma: !comma, lineEnd: true, rightAfter: afterComma };
    return { at: afterComma, comma: !comma, lineEnd: false, rightAfter: afterComma };
  }
}

function entryText(entry: DismissedFinding, compact: boolean): string {
  const fields: [string, string][] = [['fingerprint', entry.fingerprint], ['rule', entry.rule]];
  if (entry.what !== undefined) fields.push(['what', entry.what]);
  const parts = fields.map(([k, v]) => `${JSON.stringify(k)}:${compact ? '' : ' '}${JSON.stringify(v)}`);
  return compact ? `{${parts.join(',')}}` : `{ ${parts.join(', ')} }`;
}

/** Everything but `dismissed`, as values: what an edit must leave as it was. */
function allButDismissed(text: string): string {
  const value = parseJsonc(text, [], { allowTrailingComma: true }) as Record<string, unknown>;
  const { dismissed: _, ...rest } = value;
  return JSON.stringify(rest);
}

/**
 * `.reportreview.json` with one more dismissal. Only the `dismissed` array changes, by inserting
 * one entry (or the array, when there is none): comments, key order, indentation, line ends,
 * escapes, numbers too large for a double and a byte order mark stay exactly as the user wrote
 * them. What cannot be edited that way — text that is not JSON, a top level that is not an object,
 * `dismissed` written twice or not as an array — is refused with a reason, never rewritten.
 */
export function withDismissal(json: string | undefined, entry: DismissedFinding): DismissalEdit {
  const bom = json?.startsWith(BOM) ? BOM : '';
  const text = json === undefined ? '' : withoutBom(json);
  if (text.trim() === '') return { ok: true, changed: true, text: `${bom}{\n  "dismissed": [\n    ${entryText(entry, false)}\n  ]\n}\n` };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const error = errors[0];
  if (error || !root) {
    const where = error ? `${printParseErrorCode(error.error)} at ${lineColumn(text, error.offset)}` : 'empty';
    return refuse(`不是有效的 JSON(${where}),未修改;请先手动修正`, `it is not valid JSON (${where}); it was not changed: fix it by hand first`);
  }
  if (root.type !== 'object') return refuse('顶层不是对象,未修改', 'its top level is not an object; it was not changed');
  const props = root.children ?? [];
  const dismissedProps = props.filter((p) => p.children?.[0]?.value === 'dismissed');
  if (dismissedProps.length > 1) {
    return refuse(`"dismissed" 出现了 ${dismissedProps.length} 次,未修改;请先合并为一个`, `"dismissed" appears ${dismissedProps.length} times; it was not changed: merge them into one first`);
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const rootText = text.slice(root.offset, root.offset + root.length);
  // The file's style, from what it holds: an empty object has none, and gets the usual one.
  const multiline = /[\r\n]/.test(rootText) || props.length === 0;
  const compact = !multiline && !/[,:] /.test(rootText);
  const unit = (props[0] && multiline ? indentAt(text, props[0].offset) : '') || '  ';
  const edits: Edit[] = [];
  /** `item` after `node`: on a line of its own when `node` has one, else right after it. */
  const insertAfter = (node: Node, item: string, ownLine: boolean) => {
    const place = placeAfter(text, node);
    if (place.comma) edits.push({ offset: node.offset + node.length, length: 0, content: ',' });
    if (ownLine && place.lineEnd) edits.push({ offset: place.at, length: 0, content: eol + indentAt(text, node.offset) + item });
    else edits.push({ offset: place.rightAfter, length: 0, content: (compact ? '' : ' ') + item });
  };
  /** An empty `[]` or `{}` (blanks only inside) given its first item. */
  const fill = (node: Node, open: string, close: string, indent: string, item: string) => {
    const inner = text.slice(node.offset + 1, node.offset + node.length - 1);
    const content = compact ? `${open}${item}${close}` : `${open}${eol}${indent}${unit}${item}${eol}${indent}${close}`;
    if (inner.trim() === '') edits.push({ offset: node.offset, length: node.length, content });
    else edits.push({ offset: node.offset + 1, length: 0, content: `${eol}${indent}${unit}${item}` });
  };
  const property = dismissedProps[0];
  if (property) {
    const list = property.children?.[1];
    if (!list || list.type !== 'array') {
      const kind = list?.type ?? 'nothing';
      return refuse(`"dismissed" 不是数组(而是 ${kind}),未修改`, `"dismissed" is not an array but ${kind === 'object' ? 'an object' : kind}; it was not changed`);
    }
    const items = list.children ?? [];
    const already = items.some((item) => item.type === 'object' && item.children?.some((p) => p.children?.[0]?.value === 'fingerprint' && p.children[1]?.value === entry.fingerprint));
    if (already) return { ok: true, changed: false, text: bom + text };
    if (items.length === 0) fill(list, '[', ']', indentAt(text, property.offset), entryText(entry, compact));
    // Entries one per line when the list is written so (its first entry on a line of its own).
    else insertAfter(items[items.length - 1]!, entryText(entry, compact), /[\r\n]/.test(text.slice(list.offset, items[0]!.offset)));
  } else {
    const last = props[props.length - 1];
    const indent = last ? indentAt(text, last.offset) : '';
    const list = compact ? `"dismissed":[${entryText(entry, true)}]` : multiline || !last
      ? `"dismissed": [${eol}${indent || unit}${unit}${entryText(entry, false)}${eol}${indent || unit}]`
      : `"dismissed": [${entryText(entry, false)}]`;
    if (last) insertAfter(last, list, multiline);
    else fill(root, '{', '}', '', list);
  }
  const edited = applyEdits(text, edits);
  // The edit must have added exactly this entry and changed nothing else; if not, refuse.
  const before = parseConfig(text).config.dismissed.length;
  const after = parseConfigJson(edited);
  const safe =
    !('error' in after) &&
    parseConfig(edited).config.dismissed.length === before + 1 &&
    parseConfig(edited).config.dismissed.some((d) => d.fingerprint === entry.fingerprint) &&
    allButDismissed(edited) === allButDismissed(text);
  if (!safe) return refuse('无法在保留原有内容的前提下修改,未修改', 'it cannot be edited without changing what is in it; it was not changed');
  return { ok: true, changed: true, text: bom + edited };
}
