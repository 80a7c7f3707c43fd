import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const SRC = path.resolve(__dirname, '../../../server/src');

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

/** Every module a file imports, as written. */
function imports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gms), ...text.matchAll(/require\('([^']+)'\)/g)].map((m) => m[1]!);
}

describe('the layers (ARCHITECTURE.md)', () => {
  const analysis = path.join(SRC, 'analysis');

  it('the analysis imports nothing from Node, LSP, VS Code, the CLI or the server: it can run in a browser', () => {
    const files = tsFiles(analysis);
    assert.ok(files.length > 30, `found ${files.length} files`);
    const outside: string[] = [];
    for (const f of files) {
      for (const m of imports(f)) {
        const local = m.startsWith('.') && path.resolve(path.dirname(f), m).startsWith(analysis + path.sep);
        // jsonc-parser is plain JavaScript with no Node dependency (it reads `.reportreview.json` text).
        if (!local && m !== 'jsonc-parser') outside.push(`${path.relative(SRC, f)} imports ${m}`);
      }
    }
    assert.deepEqual(outside, []);
  });

  it('the presentation (hovers, overview, summary, figures table) reads the analysis and nothing of Node, LSP or VS Code; the analysis never reads it', () => {
    const presentation = path.join(SRC, 'presentation');
    const files = tsFiles(presentation);
    assert.ok(files.length >= 5, `found ${files.length} files`);
    const outside: string[] = [];
    for (const f of files) {
      for (const m of imports(f)) {
        const target = m.startsWith('.') ? path.resolve(path.dirname(f), m) : m;
        const allowed = target.startsWith(presentation + path.sep) || target.startsWith(analysis + path.sep);
        if (!allowed) outside.push(`${path.relative(SRC, f)} imports ${m}`);
      }
    }
    for (const f of tsFiles(analysis)) for (const m of imports(f)) if (m.startsWith('.') && path.resolve(path.dirname(f), m).startsWith(presentation + path.sep)) outside.push(`${path.relative(SRC, f)} imports ${m}`);
    assert.deepEqual(outside, []);
  });

  it('checks read relations and the model, never each other', () => {
    const checks = path.join(analysis, 'checks');
    const crossing: string[] = [];
    for (const f of tsFiles(checks)) {
      if (['index.ts', 'figureHelpers.ts', 'publish.ts'].includes(path.basename(f))) continue;
      for (const m of imports(f)) {
        if (!m.startsWith('./')) continue;
        if (!['./figureHelpers', './publish'].includes(m)) crossing.push(`${path.basename(f)} imports ${m}`);
      }
    }
    assert.deepEqual(crossing, []);
  });
});
