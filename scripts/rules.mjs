// Writes what the editor and the configuration file know of each rule from the checks' own
// declarations (`server/src/analysis/checks/index.ts`, the registry): the `reportReview.rules.*`
// settings in package.json, their descriptions in both package.nls files, and the `rules` of
// schemas/reportreview.schema.json. Run by `npm run build` after the TypeScript compile, so adding
// a check means writing the check, its test and its line in the registry; the files below follow.
//   node scripts/rules.mjs           rewrite the files that differ
//   node scripts/rules.mjs --check   exit 1 and name the files that differ, writing nothing
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { ALL_CHECKS } = require(path.join(ROOT, 'out/server/src/analysis/checks/index.js'));

const LEVELS = ['default', 'off', 'info', 'warning', 'error'];
const SETTING_PREFIX = 'reportReview.rules.';
const NLS_PREFIX = 'config.rule.';
/** `rate-mismatch` → `rateMismatch`: the nls key of a rule's description. */
const nlsKey = (rule) => NLS_PREFIX + rule.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

function read(file) {
  return JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
}

/** `object` with the keys `drop` says are generated replaced by `entries`, placed where the first of them was. */
function replaceKeys(object, drop, entries) {
  const out = {};
  let placed = false;
  const place = () => {
    if (placed) return;
    placed = true;
    for (const [k, v] of entries) out[k] = v;
  };
  for (const [k, v] of Object.entries(object)) {
    if (drop(k)) place();
    else out[k] = v;
  }
  place();
  return out;
}

const files = {};

const pkg = read('package.json');
const config = pkg.contributes.configuration;
config.properties = replaceKeys(
  config.properties,
  (k) => k.startsWith(SETTING_PREFIX),
  ALL_CHECKS.map((c) => [
    SETTING_PREFIX + c.rule,
    {
      type: 'string',
      enum: LEVELS,
      enumDescriptions: LEVELS.map((l) => `%config.level.${l}%`),
      default: 'default',
      markdownDescription: `%${nlsKey(c.rule)}%`,
    },
  ]),
);
files['package.json'] = pkg;

for (const [file, lang, wrap] of [
  ['package.nls.json', 'en', (text, rule) => `${text.replace(/\.$/, '')} (\`${rule}\`).`],
  ['package.nls.zh-cn.json', 'zh', (text, rule) => `${text.replace(/。$/, '')}(\`${rule}\`)。`],
]) {
  files[file] = replaceKeys(
    read(file),
    (k) => k.startsWith(NLS_PREFIX),
    ALL_CHECKS.map((c) => [nlsKey(c.rule), wrap(c.description[lang], c.rule)]),
  );
}

const schema = read('schemas/reportreview.schema.json');
schema.properties.rules.properties = Object.fromEntries(ALL_CHECKS.map((c) => [c.rule, { enum: LEVELS }]));
files['schemas/reportreview.schema.json'] = schema;

const check = process.argv.includes('--check');
const stale = [];
for (const [file, value] of Object.entries(files)) {
  const text = JSON.stringify(value, null, 2) + '\n';
  const target = path.join(ROOT, file);
  if (fs.readFileSync(target, 'utf8') === text) continue;
  stale.push(file);
  if (!check) fs.writeFileSync(target, text);
}
if (check && stale.length > 0) {
  console.error(`out of date with the rule registry: ${stale.join(', ')} (run \`node scripts/rules.mjs\`)`);
  process.exit(1);
}
if (!check && stale.length > 0) console.log(`rules: updated ${stale.join(', ')}`);
