/**
 * Where the shared test data lives: `../shared` beside the repository (CI has it), or
 * REPORT_REVIEW_SHARED. In a user's clone it is absent and the tests that need it skip, saying so.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root, from out/test/helpers/. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

export function sharedDir(): string | undefined {
  const dir = process.env.REPORT_REVIEW_SHARED ?? path.resolve(REPO_ROOT, '..', 'shared');
  return fs.existsSync(path.join(dir, 'corpus')) ? dir : undefined;
}

/** Skips the calling mocha context when the shared corpus is absent, and says why. */
export function requireCorpus(ctx: Mocha.Context): string {
  const dir = sharedDir();
  if (!dir) {
    console.log('    (skipped: ../shared/corpus is not present; set REPORT_REVIEW_SHARED to run these tests)');
    ctx.skip();
  }
  return path.join(dir!, 'corpus');
}

export function sample(name: string): string {
  return fs.readFileSync(path.join(REPO_ROOT, 'samples', name), 'utf8');
}
