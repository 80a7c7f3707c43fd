/**
 * Go to Symbol in Workspace over reports that are not open: the workspace folders' report files,
 * read lazily (on the first workspace-symbol request, and again when a file changes) and within a
 * budget, so that a folder of twenty district reports is searched whole while a home folder full of
 * other files costs a bounded walk.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseReport } from '../analysis/parseReport';
import { ReportModel } from '../analysis/reportModel';
import { decodeReport } from '../cli/decode';
import { readRegularFile } from '../files';

/** What a walk of the workspace may cost. */
export interface IndexBudget {
  /** Files looked at (report extensions only), over every folder. */
  readonly maxFiles: number;
  /** A larger file is left out. */
  readonly maxFileBytes: number;
  /** Bytes read and kept parsed, over every file. */
  readonly maxTotalBytes: number;
  /** Folders below a workspace folder. */
  readonly maxDepth: number;
}

export const DEFAULT_BUDGET: IndexBudget = { maxFiles: 400, maxFileBytes: 4 * 1024 * 1024, maxTotalBytes: 48 * 1024 * 1024, maxDepth: 6 };

/** Plain-text report files: Markdown reports keep VS Code's own workspace symbols. */
const EXTENSIONS = new Set(['.txt', '.report']);
/** A walk is done again at most this often; within it the files found are reused. */
const RESCAN_MS = 2000;

interface Entry {
  readonly mtimeMs: number;
  readonly size: number;
  /** Undefined when the file does not read as a report. */
  readonly model: ReportModel | undefined;
}

export class WorkspaceIndex {
  private readonly entries = new Map<string, Entry>();
  private files: string[] = [];
  private scannedAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly budget: IndexBudget = DEFAULT_BUDGET, private readonly now: () => number = Date.now) {}

  /** Forget what was found, so that the next request walks again (a file was created or deleted). */
  invalidate(): void {
    this.scannedAt = Number.NEGATIVE_INFINITY;
  }

  /** The reports of the folders, parsed (their outline only: no check is run). */
  reports(folders: readonly string[]): { uri: string; model: ReportModel }[] {
    if (this.now() - this.scannedAt > RESCAN_MS) {
      this.files = this.walk(folders);
      this.scannedAt = this.now();
    }
    const out: { uri: string; model: ReportModel }[] = [];
    const keep = new Set<string>();
    let total = 0;
    for (const file of this.files) {
      let stat: fs.Stats;
      try {
        stat = fs.statSync(file);
      } catch {
        continue;
      }
      if (!stat.isFile() || stat.size > this.budget.maxFileBytes || total + stat.size > this.budget.maxTotalBytes) continue;
      total += stat.size;
      keep.add(file);
      let entry = this.entries.get(file);
      if (!entry || entry.mtimeMs !== stat.mtimeMs || entry.size !== stat.size) {
        entry = { mtimeMs: stat.mtimeMs, size: stat.size, model: readReport(file, this.budget.maxFileBytes) };
        this.entries.set(file, entry);
      }
      if (entry.model) out.push({ uri: pathToFileURL(file).toString(), model: entry.model });
    }
    for (const file of this.entries.keys()) if (!keep.has(file)) this.entries.delete(file);
    return out;
  }

  private walk(folders: readonly string[]): string[] {
    const found: string[] = [];
    const seen = new Set<string>();
    const visit = (dir: string, depth: number) => {
      if (found.length >= this.budget.maxFiles || depth > this.budget.maxDepth) return;
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      entries.sort((a, b) => a.name.localeCompare(b.name));
      for (const e of entries) {
        if (found.length >= this.budget.maxFiles) return;
        // Hidden folders, dependencies and links (which may loop) are not entered.
        if (e.name.startsWith('.') || e.name === 'node_modules') continue;
        const p = path.join(dir, e.name);
        if (e.isDirectory()) visit(p, depth + 1);
        else if (e.isFile() && EXTENSIONS.has(path.extname(e.name).toLowerCase()) && !seen.has(p)) {
          seen.add(p);
          found.push(p);
        }
      }
    };
    for (const f of folders) visit(f, 0);
    return found;
  }
}

/** A file's outline when it reads as a report (or is named as one), else undefined. */
function readReport(file: string, maxBytes: number): ReportModel | undefined {
  const read = readRegularFile(file, maxBytes);
  if (!read.ok) return undefined;
  const decoded = decodeReport(read.bytes);
  if (!decoded.ok) return undefined;
  const model = parseReport(decoded.text, { format: 'plain' });
  const named = path.extname(file).toLowerCase() === '.report' || /报告|总结/.test(path.basename(file));
  return model.isReport || (named && model.roots.length > 0) ? model : undefined;
}
