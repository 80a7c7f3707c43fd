/**
 * Finding and reading `.reportreview.json`: the nearest one in the file's folder or above it.
 * Shared by the language server and the command line, so both honour the same file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeReport } from './cli/decode';
import { EMPTY_CONFIG, parseConfig, ReviewConfig } from './analysis/config';
import { errorText, readRegularFile, ReadResult } from './files';

export const CONFIG_FILE_NAME = '.reportreview.json';

/**
 * Larger configuration files are not read. A team's file with a few hundred dismissals is tens of
 * kilobytes; this allows some 150 000 of them.
 */
export const MAX_CONFIG_BYTES = 16 * 1024 * 1024;

/** The nearest `.reportreview.json` at or above `dir`, not going above `stopAt` when given. */
export function findConfigFile(dir: string, stopAt?: string): string | undefined {
  let current = path.resolve(dir);
  const stop = stopAt ? path.resolve(stopAt) : undefined;
  for (;;) {
    const candidate = path.join(current, CONFIG_FILE_NAME);
    try {
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here; go up
    }
    const parent = path.dirname(current);
    if (parent === current || current === stop) return undefined;
    current = parent;
  }
}

export interface LoadedConfig {
  readonly config: ReviewConfig;
  readonly file: string | undefined;
  readonly problems: readonly string[];
}

const NONE: LoadedConfig = { config: EMPTY_CONFIG, file: undefined, problems: [] };

/** Reads and parses one configuration file; problems are reported, never thrown. */
function readConfig(file: string, read: (file: string, maxBytes: number) => ReadResult, maxBytes: number): LoadedConfig {
  const r = read(file, maxBytes);
  if (!r.ok) {
    const problem =
      r.problem === 'tooLarge'
        ? `larger than ${maxBytes / 1024 / 1024} MB (${r.size} bytes); not read`
        : r.problem === 'notRegular'
          ? 'not a regular file; not read'
          : errorText(r.error, 'en');
    return { config: EMPTY_CONFIG, file, problems: [problem] };
  }
  // UTF-8 with or without a byte order mark, or UTF-16 with one, as Windows editors save it.
  const decoded = decodeReport(r.bytes);
  if (!decoded.ok) return { config: EMPTY_CONFIG, file, problems: [decoded.message.en] };
  const { config, problems } = parseConfig(decoded.text);
  return { config, file, problems };
}

/** What identifies one content of a file without reading it: a write changes its size or times. */
function stampOf(file: string): string | undefined {
  try {
    const s = fs.statSync(file);
    return `${s.ino}:${s.size}:${s.mtimeMs}:${s.ctimeMs}`;
  } catch {
    return undefined;
  }
}

/**
 * How long the file found for a folder is trusted without looking again, for editors that do not
 * report files created or deleted. Looking costs a stat per folder level; reading and parsing the
 * file, which is what a cache must spare, happens only when the file itself changes.
 */
const LOOKUP_TTL_MS = 2000;

/**
 * Configuration files found and parsed once, not on every publish, hover and code action: the
 * file found for each folder is remembered, and each file's parse is kept while a stat says it is
 * unchanged. `invalidate` forgets what was found, for a file created, changed or deleted (the
 * editor reports those; the stat and the lookup's expiry catch what it does not report).
 */
export class ConfigFiles {
  private readonly found = new Map<string, { readonly file: string | undefined; readonly at: number }>();
  private readonly parsed = new Map<string, { readonly stamp: string; readonly loaded: LoadedConfig }>();

  constructor(
    private readonly read: (file: string, maxBytes: number) => ReadResult = readRegularFile,
    private readonly maxBytes = MAX_CONFIG_BYTES,
    private readonly now: () => number = Date.now,
  ) {}

  /** The configuration for a file: the nearest `.reportreview.json` at or above it, up to `stopAt`. */
  configFor(filePath: string, stopAt?: string): LoadedConfig {
    const dir = path.dirname(path.resolve(filePath));
    const key = `${dir}\u0000${stopAt ?? ''}`;
    const known = this.found.get(key);
    let file = known && this.now() - known.at < LOOKUP_TTL_MS ? known.file : this.find(key, dir, stopAt);
    let stamp = file ? stampOf(file) : undefined;
    if (file && stamp === undefined) {
      // Gone since it was found: look again, once.
      this.invalidate();
      file = this.find(key, dir, stopAt);
      stamp = file ? stampOf(file) : undefined;
    }
    if (!file || stamp === undefined) return NONE;
    const cached = this.parsed.get(file);
    if (cached && cached.stamp === stamp) return cached.loaded;
    const loaded = readConfig(file, this.read, this.maxBytes);
    this.parsed.set(file, { stamp, loaded });
    return loaded;
  }

  private find(key: string, dir: string, stopAt: string | undefined): string | undefined {
    const file = findConfigFile(dir, stopAt);
    this.found.set(key, { file, at: this.now() });
    return file;
  }

  invalidate(): void {
    this.found.clear();
    this.parsed.clear();
  }
}
