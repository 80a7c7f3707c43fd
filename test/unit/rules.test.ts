import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { ALL_CHECKS } from '../../server/src/analysis/checks/index';
import { OFF_BY_DEFAULT, RULE_IDS } from '../../server/src/analysis/config';
import { sha1Hex } from '../../server/src/analysis/sha1';

const ROOT = path.resolve(__dirname, '../../..');
const json = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));

describe('the rule registry', () => {
  it('declares each rule once, with a title and a description in both languages', () => {
    assert.deepEqual(RULE_IDS, ALL_CHECKS.map((c) => c.rule));
    assert.equal(new Set(RULE_IDS).size, RULE_IDS.length);
    for (const c of ALL_CHECKS) {
      assert.match(c.rule, /^[a-z]+(-[a-z]+)+$/);
      for (const text of [c.title.zh, c.title.en, c.description.zh, c.description.en]) assert.ok(text.trim().length > 3, `${c.rule}: ${text}`);
      assert.match(c.description.zh, /[\u4e00-\u9fff]/, c.rule);
    }
    assert.deepEqual([...OFF_BY_DEFAULT], ['restated-mismatch']);
  });

  it('is what the editor settings, their descriptions and the configuration schema list', () => {
    const settings = json('package.json').contributes.configuration.properties;
    const en = json('package.nls.json');
    const zh = json('package.nls.zh-cn.json');
    const settingIds = Object.keys(settings).filter((k) => k.startsWith('reportReview.rules.')).map((k) => k.slice('reportReview.rules.'.length));
    assert.deepEqual(settingIds, RULE_IDS);
    for (const c of ALL_CHECKS) {
      const key = /^%(.+)%$/.exec(settings[`reportReview.rules.${c.rule}`].markdownDescription)![1]!;
      assert.ok(en[key].startsWith(c.description.en.replace(/\.$/, '')), `${c.rule} en: ${en[key]}`);
      assert.ok(zh[key].startsWith(c.description.zh.replace(/。$/, '')), `${c.rule} zh: ${zh[key]}`);
      assert.ok(en[key].includes(`\`${c.rule}\``) && zh[key].includes(`\`${c.rule}\``));
    }
    const stale = Object.keys(en).filter((k) => k.startsWith('config.rule.') && !Object.values(settings).some((s) => (s as { markdownDescription?: string }).markdownDescription === `%${k}%`));
    assert.deepEqual(stale, []);
    assert.deepEqual(Object.keys(json('schemas/reportreview.schema.json').properties.rules.properties), RULE_IDS);
  });
});

describe('sha1Hex (fingerprints without node:crypto)', () => {
  it('agrees with node:crypto on any text, Chinese and astral characters included', () => {
    const known = ['', 'abc', 'rate-mismatch\u0000成功率\u000095.3%', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), '𠀀'.repeat(40)];
    for (const t of known) assert.equal(sha1Hex(t), createHash('sha1').update(t).digest('hex'), JSON.stringify(t));
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (t) => sha1Hex(t) === createHash('sha1').update(t).digest('hex')), { numRuns: 300 });
  });
});
