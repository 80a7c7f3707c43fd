/**
 * `report-review`: the analysis without an editor, for batch use and CI.
 *
 *   report-review outline FILE... [--format text|json]
 *   report-review check FILE|DIR... [--format text|json|sarif|markdown]
 *
 *   report-review summary FILE [--format text|json|markdown]
 *   report-review figures FILE|DIR... [--format csv|json]
 *
 * Word files (`.docx`) are read wherever text files are (`word/docx.ts`); findings on them name
 * the paragraph besides the line of the extracted text.
 *
 * `check` and `summary` honour the nearest `.reportreview.json` above each file (rule levels, dismissed findings).
 *
 * Exit codes: 0 no error found, 1 an error-severity finding, 2 bad usage or an unreadable file,
 * 3 an internal failure (the tool itself broke, or a check failed, so the result is incomplete).
 * When several apply the highest wins (an unreadable file and an error: 2), and the last line on
 * stderr names each of them, so that none is hidden.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { truncationNotice } from '../analysis/bounds';
import { applyConfig, configureFindings, ReviewConfig } from '../analysis/config';
import { analyzeReport, Finding, LineIndex } from '../analysis/index';
import { ConfigFiles } from '../configFile';
import { overviewOf, OverviewSection } from '../presentation/overview';
import { summarizeReport } from '../presentation/summaries';
import { escapeMarkdown, markdownToText, reportMarkdown, sectionMarkdown } from '../presentation/summaryText';
import { formatOutlineText, outlineOf } from '../analysis/outline';
import { errorText, kindOf, readProblemText, readRegularFile } from '../files';
import { isWordFileName, looksLikeWordFile, placeText, readWordReport, WordPlace } from '../word/docx';
import { decodeReport } from './decode';
import { writeFigures } from './figures';
import { JsonArrayWriter } from './jsonStream';
import { SarifWriter } from './sarif';
import { VERSION } from '../version';

/** Exit codes, part of the interface: CI scripts branch on them. */
export const EXIT = { ok: 0, errorFound: 1, usageOrUnreadable: 2, internalFailure: 3 } as const;

/**
 * Larger inputs are not read. The largest real reports are a few hundred kilobytes; analysis runs
 * at some 25 MB/s, so this is about a second of work and a bounded amount of memory per file.
 */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;

type Format = 'text' | 'json' | 'sarif' | 'markdown' | 'csv';

export interface CliIo {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly language: 'zh' | 'en';
}

class UsageError extends Error {}

const USAGE = `用法 / usage:
  report-review outline FILE... [--format text|json]  打印标题大纲 / print the heading tree
  report-review check FILE|DIR... [--format text|json|sarif|markdown]  检查数字与编号 / print findings
  report-review summary FILE [--format text|json|markdown]     报告概览 / the report at a glance
  report-review figures FILE|DIR... [--format csv|json]  数字明细表 / every figure, as a table
  report-review --help | --version

  FILE 可以是 .txt、.md 或 Word 文档 .docx / FILE may be .txt, .md or a Word .docx
  FILE 以 - 开头时写在 -- 之后 / put file names starting with - after --

退出码 / exit codes: 0 无错误 no errors; 1 发现错误 an error was found; 2 用法错误或无法读取 bad usage or unreadable input;
  3 内部故障 internal failure (the tool failed; the result is incomplete)
  同时出现时取最大者,stderr 末行逐一列出 / when several apply the highest wins; the last line on stderr names each`;

/** File extensions read when a directory is given. */
const REPORT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.report', '.docx', '.doc']);

interface Args {
  readonly command: string;
  readonly files: string[];
  readonly format: Format;
}

function parseArgs(argv: readonly string[]): Args {
  let format: Format = 'text';
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      // Everything after `--` is a file name, even `-r.txt` or `--format`.
      for (const f of argv.slice(i + 1)) rest.push(f);
      break;
    }
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v !== 'text' && v !== 'json' && v !== 'sarif' && v !== 'markdown' && v !== 'csv') throw new UsageError(`--format 只接受 text、json、sarif 或 markdown,figures 还接受 csv / --format takes text, json, sarif or markdown (and csv for figures), not ${v ?? 'nothing'}`);
      format = v;
    } else if (a.startsWith('-') && a !== '-') {
      throw new UsageError(`未知选项 / unknown option ${a}`);
    } else rest.push(a);
  }
  const [command, ...files] = rest;
  if (!command) throw new UsageError('缺少命令 / missing command');
  return { command, files, format };
}

function formatOf(file: string): 'plain' | 'markdown' {
  const ext = path.extname(file).toLowerCase();
  return ext === '.md' || ext === '.markdown' ? 'markdown' : 'plain';
}

interface Input {
  readonly file: string;
  /** Named on the command line (analysed even if it does not look like a report) or found in a directory. */
  readonly explicit: boolean;
}

function expand(args: readonly string[], io: CliIo): { inputs: Input[]; problems: number } {
  const inputs: Input[] = [];
  let problems = 0;
  const skip = (file: string, why: string, isProblem: boolean) => {
    if (isProblem) problems++;
    io.stderr(`${file}: ${why}`);
  };
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      skip(dir, errorText(e, io.language), true);
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        walk(p);
        continue;
      }
      const isReport = REPORT_EXTENSIONS.has(path.extname(e.name).toLowerCase());
      if (e.isSymbolicLink()) {
        // A link to a folder is not followed (it may loop, or lead anywhere); one to a file is read.
        let target: fs.Stats | undefined;
        try {
          target = fs.statSync(p);
        } catch {
          if (isReport) skip(p, io.language === 'zh' ? '符号链接指向的文件不存在,已跳过' : 'a symbolic link to nothing; skipped', false);
          continue;
        }
        if (target.isDirectory()) {
          skip(p, io.language === 'zh' ? '指向文件夹的符号链接,未进入' : 'a symbolic link to a folder; not followed', false);
          continue;
        }
        if (isReport) inputs.push({ file: p, explicit: false });
        continue;
      }
      if (!isReport) continue;
      // A FIFO, a socket or a device named `*.txt`: reading it would block or never end.
      if (!e.isFile()) skip(p, readProblemText({ ok: false, problem: 'notRegular', kind: kindOf(e) }, io.language, MAX_INPUT_BYTES), true);
      else inputs.push({ file: p, explicit: false });
    }
  };
  for (const a of args) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(a);
    } catch (e) {
      skip(a, errorText(e, io.language), true);
      continue;
    }
    if (stat.isDirectory()) walk(a);
    else inputs.push({ file: a, explicit: true });
  }
  return { inputs, problems };
}

/** A report's text; for a Word file, where each line of it stands in the document. */
export interface Loaded {
  readonly text: string;
  readonly places?: readonly (WordPlace | undefined)[];
}

/** Reads and decodes a file (or extracts a Word file's text); reports a problem on stderr and returns undefined if it cannot. */
export function load(file: string, io: Pick<CliIo, 'stderr' | 'language'>): Loaded | undefined {
  const read = readRegularFile(file, MAX_INPUT_BYTES);
  if (!read.ok) {
    io.stderr(`${file}: ${readProblemText(read, io.language, MAX_INPUT_BYTES)}`);
    return undefined;
  }
  if (isWordFileName(file)) {
    const word = readWordReport(read.bytes);
    if (!word.ok) {
      io.stderr(`${file}: ${word.message[io.language]}`);
      return undefined;
    }
    return word;
  }
  const decoded = decodeReport(read.bytes);
  if (!decoded.ok && looksLikeWordFile(read.bytes)) {
    // A Word document saved under another name (`报告.txt`): read as what it is.
    const word = readWordReport(read.bytes);
    if (word.ok) return word;
  }
  if (!decoded.ok) {
    io.stderr(`${file}: ${decoded.message[io.language]}`);
    return undefined;
  }
  return { text: decoded.text };
}

function runSummary(args: Args, io: CliIo): number {
  if (args.files.length !== 1) throw new UsageError('summary 需要且只需要一个文件 / summary takes exactly one file');
  if (args.format === 'sarif') throw new UsageError('summary 不支持 sarif / summary does not print sarif');
  const file = args.files[0]!;
  const text = load(file, io)?.text;
  if (text === undefined) return 2;
  const analysis = analyzeReport(text, { format: formatOf(file), forceReport: true });
  if (analysis.truncated) io.stderr(`${file}: ${truncationNotice(analysis.truncated)[io.language]}`);
  const loaded = new ConfigFiles().configFor(path.resolve(file));
  if (loaded.file && loaded.problems.length > 0) io.stderr(`${loaded.file}: ${loaded.problems.join('; ')}`);
  const findings = applyConfig(analysis.findings, analysis.model, loaded.config);
  if (args.format === 'json') {
    const overview = overviewOf(analysis.model, findings, io.language);
    // Lines are 1-based on the command line, as in `check` and `outline`.
    const oneBased = (s: OverviewSection): OverviewSection => ({
      ...s, line: s.line + 1, endLine: s.endLine + 1,
      keyFigures: s.keyFigures.map((f) => ({ ...f, line: f.line + 1 })),
      children: s.children.map(oneBased),
    });
    io.stdout(JSON.stringify({ ...overview, sections: overview.sections.map(oneBased), findings: overview.findings.map((f) => ({ ...f, line: f.line + 1, character: f.character + 1 })) }, null, 2));
    return 0;
  }
  const summary = summarizeReport(analysis.model, findings);
  const parts = [reportMarkdown(summary, io.language), ...summary.sections.map((s) => sectionMarkdown(analysis.model, s, io.language))];
  const markdown = parts.join('\n\n---\n\n');
  io.stdout(args.format === 'markdown' ? markdown : markdownToText(markdown));
  return 0;
}

function runOutline(args: Args, io: CliIo): number {
  if (args.format === 'sarif') throw new UsageError('outline 不支持 sarif / outline does not print sarif');
  if (args.files.length === 0) throw new UsageError('outline 需要一个文件 / outline takes a file');
  if (args.format === 'json' && args.files.length !== 1) throw new UsageError('--format json 时 outline 只接受一个文件 / with --format json, outline takes exactly one file');
  let status = 0;
  for (const file of args.files) {
    const text = load(file, io)?.text;
    if (text === undefined) {
      status = 2;
      continue;
    }
    const analysis = analyzeReport(text, { format: formatOf(file), forceReport: true });
    const outline = outlineOf(analysis.model);
    if (args.format === 'json') {
      io.stdout(JSON.stringify(outline, null, 2));
      continue;
    }
    const title = analysis.model.title?.text;
    io.stdout(`${file}${title ? `  《${title}》` : ''}`);
    io.stdout(outline.length > 0 ? formatOutlineText(outline) : io.language === 'zh' ? '  (没有找到标题)' : '  (no headings found)');
    io.stdout('');
  }
  return status;
}

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  rule: string;
  message: string;
  /** For a Word file: where the finding stands in the document (`第12段“一、坚持…”`). */
  place?: string;
}

function runCheck(args: Args, io: CliIo): number {
  if (args.files.length === 0) throw new UsageError('check 需要至少一个文件或目录 / check takes at least one file or directory');
  const { inputs, problems: expandProblems } = expand(args.files, io);
  let problems = expandProblems;
  let failedChecks = 0;
  // Output is written report by report and nothing of a report is kept once it is written, so a
  // run over many reports holds one at a time.
  const sarif = args.format === 'sarif' ? new SarifWriter(io.stdout, io.language, process.cwd()) : undefined;
  const json = args.format === 'json' ? new JsonArrayWriter(io.stdout, [], []) : undefined;
  const counts = { error: 0, warning: 0, info: 0 };
  const configFiles = new ConfigFiles();
  const toldProblems = new Set<string>();
  const configFor = (file: string): ReviewConfig => {
    const loaded = configFiles.configFor(path.resolve(file));
    if (loaded.file && loaded.problems.length > 0 && !toldProblems.has(loaded.file)) {
      toldProblems.add(loaded.file);
      io.stderr(`${loaded.file}: ${loaded.problems.join('; ')}`);
    }
    return loaded.config;
  };
  let checked = 0;
  for (const input of inputs) {
    const loaded = load(input.file, io);
    if (loaded === undefined) {
      problems++;
      continue;
    }
    const text = loaded.text;
    // An empty file is no report: said, and neither counted nor a problem.
    if (text.trim() === '') {
      io.stderr(`${input.file}: ${io.language === 'zh' ? '文件为空,未检查' : 'empty, not checked'}`);
      continue;
    }
    const analysis = analyzeReport(text, { format: formatOf(input.file), forceReport: input.explicit });
    if (!analysis.model.isReport && !input.explicit) continue;
    checked++;
    failedChecks += analysis.failures.length;
    for (const f of analysis.failures) io.stderr(`${input.file}: 检查 ${f.rule} 出错,已跳过 / check ${f.rule} failed and was skipped: ${f.error.split('\n')[0]}`);
    if (analysis.truncated) io.stderr(`${input.file}: ${truncationNotice(analysis.truncated)[io.language]}`);
    const lines = analysis.model.lines;
    const configured = configureFindings(analysis.findings, analysis.model, configFor(input.file));
    const findings = configured.map((c) => c.finding);
    sarif?.add(input.file, lines, configured, loaded.places ? (line) => placeText(loaded.places![line], io.language) : undefined);
    if (args.format === 'markdown') io.stdout(markdownReport(input.file, analysis.model.title?.text, findings, lines, io.language));
    for (const f of findings) {
      counts[f.severity]++;
      const s = lines.positionAt(f.span.start);
      const e = lines.positionAt(f.span.end);
      const finding: JsonFinding = {
        file: input.file,
        line: s.line + 1,
        column: s.character + 1,
        endLine: e.line + 1,
        endColumn: e.character + 1,
        severity: f.severity,
        rule: f.rule,
        message: f.message[io.language],
      };
      const place = loaded.places ? placeText(loaded.places[s.line], io.language) : undefined;
      if (place) finding.place = place;
      json?.push(finding);
      if (args.format === 'text') io.stdout(`${finding.file}:${finding.line}:${finding.column}: ${finding.severity} ${finding.rule} ${finding.message}${place ? ` [${place}]` : ''}`);
    }
  }
  sarif?.end();
  json?.end();
  const code = failedChecks > 0 ? EXIT.internalFailure : problems > 0 ? EXIT.usageOrUnreadable : counts.error > 0 ? EXIT.errorFound : EXIT.ok;
  // Every reason for a non-zero code is named, also those a higher code hides.
  const reasons: string[] = [];
  if (failedChecks > 0) reasons.push(io.language === 'zh' ? `${failedChecks} 项检查出错(3)` : `${failedChecks} check(s) failed (3)`);
  if (problems > 0) reasons.push(io.language === 'zh' ? `${problems} 个文件无法读取(2)` : `${problems} file(s) unreadable (2)`);
  if (counts.error > 0) reasons.push(io.language === 'zh' ? `发现错误(1)` : `errors found (1)`);
  const exitText = reasons.length === 0 ? '' : io.language === 'zh' ? `;退出码 ${code}:${reasons.join(',')}` : `; exit code ${code}: ${reasons.join(', ')}`;
  io.stderr(
    io.language === 'zh'
      ? `检查了 ${checked} 份报告:${counts.error} 个错误,${counts.warning} 个警告,${counts.info} 个提示${exitText}`
      : `${checked} report(s) checked: ${counts.error} error(s), ${counts.warning} warning(s), ${counts.info} info${exitText}`,
  );
  return code;
}

/**
 * One report's findings as Markdown for a review note: a heading with the file (and title),
 * then each finding with its line, severity, rule, message and the arithmetic it rests on.
 */
function markdownReport(file: string, title: string | undefined, findings: readonly Finding[], lines: LineIndex, language: 'zh' | 'en'): string {
  const zh = language === 'zh';
  const out = [`## ${escapeMarkdown(file)}${title ? ` — ${escapeMarkdown(title)}` : ''}`, ''];
  if (findings.length === 0) out.push(zh ? '没有发现问题。' : 'No findings.');
  const severity = zh ? { error: '错误', warning: '警告', info: '提示' } : { error: 'error', warning: 'warning', info: 'info' };
  for (const f of findings) {
    const line = lines.positionAt(f.span.start).line + 1;
    out.push(`- **${zh ? `第 ${line} 行` : `line ${line}`}** ${severity[f.severity]} \`${f.rule}\`${zh ? ':' : ': '}${escapeMarkdown(f.message[language])}`);
    if (f.arithmetic) out.push(`  - ${zh ? '算式' : 'arithmetic'}${zh ? ':' : ': '}\`${f.arithmetic.replace(/`/g, "'")}\``);
  }
  out.push('');
  return out.join('\n');
}

/** `figures`: every figure of the reports as CSV (UTF-8 with a byte order mark, for Excel and WPS) or JSON. */
function runFigures(args: Args, io: CliIo): number {
  if (args.files.length === 0) throw new UsageError('figures 需要至少一个文件或目录 / figures takes at least one file or directory');
  if (args.format !== 'text' && args.format !== 'csv' && args.format !== 'json') throw new UsageError('figures 只输出 csv 或 json / figures prints csv or json');
  const { inputs, problems } = expand(args.files, io);
  const configFiles = new ConfigFiles();
  const unreadable = writeFigures(inputs, args.format === 'json' ? 'json' : 'csv', io, (file) => load(file, io), (file) => configFiles.configFor(path.resolve(file)).config, formatOf);
  return problems + unreadable > 0 ? EXIT.usageOrUnreadable : EXIT.ok;
}

/** Runs the command line; returns the exit code. */
export function runCli(argv: readonly string[], io: CliIo): number {
  try {
    const options = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
    if (options.includes('--help') || options.includes('-h') || argv.length === 0) {
      (argv.length === 0 ? io.stderr : io.stdout)(USAGE);
      return argv.length === 0 ? 2 : 0;
    }
    if (options.includes('--version')) {
      io.stdout(VERSION);
      return 0;
    }
    const args = parseArgs(argv);
    switch (args.command) {
      case 'outline':
        return runOutline(args, io);
      case 'check':
        return runCheck(args, io);
      case 'summary':
        return runSummary(args, io);
      case 'figures':
        return runFigures(args, io);
      default:
        throw new UsageError(`未知命令 / unknown command: ${args.command}`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`report-review: ${e.message}\n\n${USAGE}`);
      return EXIT.usageOrUnreadable;
    }
    return internalFailure(e, io);
  }
}

/** A failure of the tool itself: said as such, with its own exit code, never taken for a finding. */
function internalFailure(e: unknown, io: Pick<CliIo, 'stderr'>): number {
  io.stderr(`report-review: 内部错误 / internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  return EXIT.internalFailure;
}

/** The language of messages: REPORT_REVIEW_LANG, else the environment's locale, Chinese by default. */
export function cliLanguage(env: NodeJS.ProcessEnv): 'zh' | 'en' {
  const v = env.REPORT_REVIEW_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '';
  if (v === '' || v === 'C' || v === 'POSIX' || v.startsWith('C.')) return 'zh';
  return v.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Entry point of the `report-review` bin. */
export function main(): void {
  const io: CliIo = {
    stdout: (s) => process.stdout.write(s + '\n'),
    stderr: (s) => process.stderr.write(s + '\n'),
    language: cliLanguage(process.env),
  };
  // A reader that stops early (`| head`) closes the pipe: stop writing, with the code earned so far.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    process.exit(internalFailure(e, io));
  });
  try {
    process.exitCode = runCli(process.argv.slice(2), io);
  } catch (e) {
    // Thrown by the output itself (a closed pipe): still not the code for "an error was found".
    process.exitCode = internalFailure(e, { stderr: (s) => process.stderr.write(s + '\n') });
  }
}
