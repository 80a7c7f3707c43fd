/**
 * The TextMate grammar, tokenised with the same engine VS Code uses (vscode-textmate + Oniguruma).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { REPO_ROOT } from '../helpers/shared';

let grammar: textmate.IGrammar;

/** Each token of `line` whose scopes include one ending in `.report`, as `text=scope`. */
function tokens(line: string): string[] {
  const r = grammar.tokenizeLine(line, textmate.INITIAL);
  return r.tokens
    .map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scope: t.scopes.filter((s) => s.endsWith('.report') && s !== 'text.report').join(' ') }))
    .filter((t) => t.scope !== '')
    .map((t) => `${t.text}=${t.scope}`);
}

describe('TextMate grammar', () => {
  before(async () => {
    const wasm = fs.readFileSync(path.join(REPO_ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
      loadGrammar: async () => {
        const file = path.join(REPO_ROOT, 'syntaxes', 'report.tmLanguage.json');
        return textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
      },
    });
    grammar = (await registry.loadGrammar('text.report'))!;
    assert.ok(grammar);
  });

  it('colours each heading level with its own scope', () => {
    assert.deepEqual(tokens('一、总体情况'), ['一、=meta.heading.1.report punctuation.definition.heading.1.report markup.heading.1.report', '总体情况=meta.heading.1.report markup.heading.1.report']);
    assert.match(tokens('（二）推进执法。正文')[1]!, /^推进执法=.*entity\.name\.type\.heading\.2\.report$/);
    assert.match(tokens('1．完善制度')[1]!, /^完善制度=.*entity\.name\.function\.heading\.3\.report$/);
    assert.match(tokens('(1)细化清单')[1]!, /^细化清单=.*variable\.other\.heading\.4\.report$/);
    assert.match(tokens('①明确事项')[1]!, /^明确事项=.*support\.type\.heading\.5\.report$/);
  });

  it('marks inline list items, numbers, percentages and 《》 titles', () => {
    const t = tokens('全年办理1,838件,成功率95.4%。一是落实《行政复议法》,提高3.5个百分点。');
    assert.deepEqual(t, [
      '1,838=constant.numeric.report',
      '95.4%=constant.numeric.percentage.report',
      '一是=keyword.other.list-item.report',
      '《行政复议法》=string.quoted.other.title.report',
      '3.5个百分点=constant.numeric.percentage.report',
    ]);
  });

  it('leaves years and dates uncoloured', () => {
    assert.deepEqual(tokens('2024年,全县于2025年3月26日召开会议,7月8日开展活动30场'), ['2024年=meta.date.report', '2025年3月26日=meta.date.report', '7月8日=meta.date.report', '30=constant.numeric.report']);
  });

  it('does not colour false friends as headings', () => {
    for (const line of ['12.4宪法宣传周', '2024年,全县', '二十大精神']) {
      assert.ok(!tokens(line).some((t) => t.includes('heading')), line);
    }
  });
});
