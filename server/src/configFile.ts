/**
 * Finding and reading `.reportreview.json`: the nearest one in the file's folder or above it.
 * Shared by the language server and the command line, so both honour the same file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EMPTY_CONFIG, parseConfig, ReviewConfig } from './analysis/config';

export const CONFIG_FILE_NAME = '.reportreview.json';

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

export function loadConfigFor(filePath: string, stopAt?: string): LoadedConfig {
  const file = findConfigFile(path.dirname(filePath), stopAt);
  if (!file) return { config: EMPTY_CONFIG, file: undefined, problems: [] };
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { config: EMPTY_CONFIG, file, problems: [e instanceof Error ? e.message : String(e)] };
  }
  const { config, problems } = parseConfig(text);
  return { config, file, problems };
}
