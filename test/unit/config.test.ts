import * as assert from 'node:assert/strict';
import { applyConfig, DismissedFinding, fingerprint, mergeConfigs, parseConfig, withDismissal } from '../../server/src/analysis/config';
import { analyzeReport } from '../../server/src/analysis/index';

const TEXT = '一、情况\n调解矛盾纠纷2316件,调解成功2204件,成功率达95.3%。\n(一)甲\n(一)乙\n';

describe('review configuration', () => {
  it('parses rule levels and dismissals, reporting problems without throwing', () => {
    const { config, problems } = parseConfig('{"rules":{"rate-mismatch":"warning","nope":"error","sum-mismatch":"loud"},"dismissed":[{"fingerprint":"x:1","rule":"x"},{}]}');
    assert.deepEqual(config.rules, { 'rate-mismatch': 'warning' });
    assert.deepEqual(config.dismissed, [{ fingerprint: 'x:1', rule: 'x' }]);
    assert.equal(problems.length, 3);
    assert.equal(parseConfig('{oops').problems.length, 1);
    assert.equal(parseConfig('[]').problems.length, 1);
  });

  it('applies levels: off drops a rule, a level overrides, default keeps the check\'s own', () => {
    const a = analyzeReport(TEXT, { forceReport: true });
    const rules = (c: Parameters<typeof applyConfig>[2]) => applyConfig(a.findings, a.model, c).map((f) => `${f.rule}:${f.severity}`);
    assert.deepEqual(rules({ rules: {}, dismissed: [] }), ['rate-mismatch:error', 'heading-sequence:warning']);
    assert.deepEqual(rules({ rules: { 'heading-sequence': 'off' }, dismissed: [] }), ['rate-mismatch:error']);
    assert.deepEqual(rules({ rules: { 'rate-mismatch': 'info', 'heading-sequence': 'default' }, dismissed: [] }), ['rate-mismatch:info', 'heading-sequence:warning']);
  });

  it('merges settings over the file rule by rule, and adds up dismissals', () => {
    const merged = mergeConfigs(
      { rules: { 'rate-mismatch': 'off', 'sum-mismatch': 'info' }, dismissed: [{ fingerprint: 'a', rule: 'r' }] },
      { rules: { 'rate-mismatch': 'error', 'sum-mismatch': 'default' }, dismissed: [{ fingerprint: 'b', rule: 'r' }] },
    );
    assert.deepEqual(merged.rules, { 'rate-mismatch': 'error', 'sum-mismatch': 'info' });
    assert.deepEqual(merged.dismissed.map((d) => d.fingerprint), ['a', 'b']);
  });

  it('dismisses by a fingerprint that survives lines moving but not the figures changing', () => {
    const a = analyzeReport(TEXT, { forceReport: true });
    const rate = a.findings.find((f) => f.rule === 'rate-mismatch')!;
    const fp = fingerprint(rate, a.model);
    assert.match(fp, /^rate-mismatch:[0-9a-f]{12}$/);
    const moved = analyzeReport('前言一段。\n\n' + TEXT, { forceReport: true });
    const kept = applyConfig(moved.findings, moved.model, { rules: {}, dismissed: [{ fingerprint: fp, rule: 'rate-mismatch' }] });
    assert.deepEqual(kept.map((f) => f.rule), ['heading-sequence']);
    const changed = analyzeReport(TEXT.replace('95.3%', '95.5%'), { forceReport: true });
    const still = applyConfig(changed.findings, changed.model, { rules: {}, dismissed: [{ fingerprint: fp, rule: 'rate-mismatch' }] });
    assert.ok(still.some((f) => f.rule === 'rate-mismatch'));
  });

  it('records a dismissal in the file, keeping what it had and not repeating itself', () => {
    const text = (json: string | undefined, entry: DismissedFinding = { fingerprint: 'f:1', rule: 'f', what: '95.4%' }) => {
      const r = withDismissal(json, entry);
      assert.ok(r.ok, JSON.stringify(r));
      return r.text;
    };
    const once = text('{"rules":{"sum-mismatch":"off"}}');
    assert.deepEqual(JSON.parse(once), { rules: { 'sum-mismatch': 'off' }, dismissed: [{ fingerprint: 'f:1', rule: 'f', what: '95.4%' }] });
    assert.deepEqual(withDismissal(once, { fingerprint: 'f:1', rule: 'f' }), { ok: true, changed: false, text: once });
    assert.deepEqual(JSON.parse(text(undefined, { fingerprint: 'g', rule: 'g' })), { dismissed: [{ fingerprint: 'g', rule: 'g' }] });
  });

  it('changes only the dismissed list: comments, layout, line ends, escapes, big numbers and the BOM stay', () => {
    const team = [
      '\ufeff{',
      '\t// agreed at the review meeting',
      '\t"rules": { "approximate-precise": "off" },',
      '\t"dismissed": [',
      '\t\t{ "fingerprint": "rate-mismatch:000000000001", "rule": "rate-mismatch" } // a rounding the bureau uses',
      '\t],',
      '\t"budget": 12345678901234567890,',
      '\t"note": "\\u62a5\\u544a"',
      '}',
      '',
    ].join('\r\n');
    const r = withDismissal(team, { fingerprint: 'sum-mismatch:00000000000a', rule: 'sum-mismatch', what: '1224项' });
    assert.ok(r.ok && r.changed);
    const added = '\r\n\t\t{ "fingerprint": "sum-mismatch:00000000000a", "rule": "sum-mismatch", "what": "1224项" }';
    const at = team.indexOf(' // a rounding');
    assert.equal(r.text, team.slice(0, at) + ',' + team.slice(at, team.indexOf('\r\n\t],')) + added + team.slice(team.indexOf('\r\n\t],')));
    assert.deepEqual(parseConfig(r.text).config.dismissed.map((d) => d.fingerprint), ['rate-mismatch:000000000001', 'sum-mismatch:00000000000a']);
  });

  it('follows the file\'s style: compact, on one line, or with no list yet', () => {
    const add = (json: string) => {
      const r = withDismissal(json, { fingerprint: 'f:1', rule: 'f' });
      assert.ok(r.ok);
      return r.text;
    };
    assert.equal(add('{"dismissed":[{"fingerprint":"a"}]}'), '{"dismissed":[{"fingerprint":"a"},{"fingerprint":"f:1","rule":"f"}]}');
    assert.equal(add('{ "rules": { "a": "off" } }'), '{ "rules": { "a": "off" }, "dismissed": [{ "fingerprint": "f:1", "rule": "f" }] }');
    assert.equal(add('{\n    "rules": {},\n}\n'), '{\n    "rules": {},\n    "dismissed": [\n        { "fingerprint": "f:1", "rule": "f" }\n    ]\n}\n');
    assert.equal(add('{\n  "dismissed": []\n}\n'), '{\n  "dismissed": [\n    { "fingerprint": "f:1", "rule": "f" }\n  ]\n}\n');
  });

  it('refuses, with a reason, what it cannot edit without changing the user\'s data', () => {
    const reason = (json: string) => {
      const r = withDismissal(json, { fingerprint: 'f:1', rule: 'f' });
      assert.ok(!r.ok, json);
      return r.reason.en;
    };
    assert.match(reason('{"dismissed": {"fingerprint": "a"}}'), /not an array but an object/);
    assert.match(reason('{"dismissed": [{"fingerprint": "a"}], "dismissed": [{"fingerprint": "b"}]}'), /appears 2 times/);
    assert.match(reason('{"rules": {'), /not valid JSON \(.* at line 1, column \d+\)/);
    assert.match(reason('[1]'), /top level is not an object/);
  });

  it('reads a file saved with a UTF-8 byte order mark, as Windows editors write it', () => {
    const { config, problems } = parseConfig('\ufeff{"rules":{"heading-sequence":"off"}}');
    assert.deepEqual(problems, []);
    assert.deepEqual(config.rules, { 'heading-sequence': 'off' });
  });

  it('reads comments and trailing commas, as VS Code settings allow', () => {
    const { config, problems } = parseConfig('{\n  // the team agreed\n  "rules": { "heading-sequence": "off", /* for now */ },\n}\n');
    assert.deepEqual(problems, []);
    assert.deepEqual(config.rules, { 'heading-sequence': 'off' });
    assert.match(parseConfig('{"rules": }').problems[0]!, /not valid JSON: ValueExpected at line 1, column 11/);
  });

  it('merges and applies 150 000 dismissals (no spread onto the stack)', () => {
    const many = Array.from({ length: 150_000 }, (_, i) => ({ fingerprint: `rate-mismatch:${i.toString(16).padStart(12, '0')}`, rule: 'rate-mismatch' }));
    const merged = mergeConfigs({ rules: {}, dismissed: many }, { rules: {}, dismissed: [] });
    assert.equal(merged.dismissed.length, 150_000);
    const a = analyzeReport(TEXT, { forceReport: true });
    assert.deepEqual(applyConfig(a.findings, a.model, merged).map((f) => f.rule), ['rate-mismatch', 'heading-sequence']);
  });
});
