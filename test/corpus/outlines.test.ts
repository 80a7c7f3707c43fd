/**
 * The five real reports in ../shared/corpus, with their outlines asserted in full: every
 * heading's line, section end, depth and marker, and its exact title. Titles are compared by
 * hash and length so that no text of the real reports is copied into this repository; a failing
 * test prints the actual titles.
 */
import * as assert from 'node:assert/strict';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeReport } from '../../server/src/analysis/index';
import { outlineOf, OutlineNode } from '../../server/src/analysis/outline';
import { requireCorpus } from '../helpers/shared';

/** `line-endLine depth marker sha1(title)[0,10] title.length`, one per heading in document order. */
const EXPECTED: Record<string, string[]> = {
  '000_f4ec119c80c2af64.txt': [
    '3-4 1 一、 b87b820b83 19',
    '5-9 1 二、 c2fc8622e4 6',
    '6-6 2 (一) 339996ff80 21',
    '6-6 3 一是 e819da71f7 8',
    '6-6 3 二是 cf73847c60 8',
    '6-6 3 三是 bc907d0fb6 8',
    '7-7 2 (二) 413899ce8d 22',
    '7-7 3 一是 52d07fd4d8 6',
    '7-7 3 二是 174f061f97 8',
    '7-7 3 三是 61efdbf262 8',
    '8-8 2 (三) cc47c582c3 22',
    '8-8 3 一是 f6b159b2b7 8',
    '8-8 3 二是 f15154057d 8',
    '8-8 3 三是 b71c406ad4 8',
    '9-9 2 (四) 4b10da9c63 21',
    '9-9 3 一是 583f2689ca 10',
    '9-9 3 二是 4a4c5a90ae 10',
    '9-9 3 三是 0d0f6bb3dd 11',
    '10-11 1 三、 0876033e69 8',
    '11-11 2 一是 819f54ed27 14',
    '11-11 2 二是 dd2fc53a53 12',
    '11-11 2 三是 6ef475cda1 21',
    '12-15 1 四、 a12dc21305 7',
    '13-13 2 (一) 7599c0d900 17',
    '14-14 2 (二) b4ab42b49f 17',
    '15-15 2 (三) dd9007d81c 19',
  ],
  '001_a2bf9c3ea5af3bf9.txt': [
    '5-44 1 一、 303d6ae75b 9',
    '6-9 2 (一) 66a0f4d01b 17',
    '7-7 3 1. 8e1e33f494 8',
    '8-8 3 2. f315abb1d0 12',
    '9-9 3 3. f64bca9c21 13',
    '10-15 2 (二) 1daafb7470 17',
    '11-11 3 1. c42258b814 18',
    '12-12 3 2. 7a0c695bca 13',
    '13-13 3 3. 153453e5a5 12',
    '14-14 3 4. 02863c2575 15',
    '14-14 4 一是 dba387cf18 15',
    '14-14 4 二是 d9ec45a8a1 24',
    '14-14 4 三是 bb21612878 19',
    '15-15 3 5. ee5ff15a17 15',
    '16-19 2 (三) deab5e9ac6 17',
    '17-17 3 1. 6918e6079c 12',
    '18-18 3 2. 14bf37e28a 16',
    '19-19 3 3. a1992e024a 21',
    '19-19 4 一是 b57bfb2521 8',
    '19-19 4 二是 a40f285864 28',
    '20-26 2 (四) 50a4dfa4cf 17',
    '21-21 3 1. 803c4f3347 16',
    '22-22 3 2. 10d1211182 12',
    '23-23 3 3. 99edb0d9cc 10',
    '23-23 4 一是 bc35b097c0 18',
    '23-23 4 二是 6e158c71db 8',
    '24-24 3 4. 14787be647 16',
    '25-25 3 5. 8e4b34f6e2 10',
    '26-26 3 6. 7512d104c5 12',
    '27-31 2 (五) 6616a0687e 22',
    '28-28 3 1. 17448214f1 12',
    '29-29 3 2. e91b0bbc7c 17',
    '30-30 3 3. ca350b0b6f 15',
    '31-31 3 4. ab774e123a 16',
    '31-31 4 一是 7a0325f3d8 9',
    '31-31 4 二是 74cf64592c 14',
    '32-38 2 (六) 208c617eef 17',
    '33-33 3 1. 943da7d02f 8',
    '34-34 3 2. 360be004a6 13',
    '35-35 3 3. 10932e544a 15',
    '36-36 3 4. 4f8b6b92ca 19',
    '37-37 3 5. eeebde7878 6',
    '38-38 3 6. 3e60e6e082 13',
    '39-44 2 (七) a2b2bdfe3d 17',
    '40-40 3 1. a295834672 8',
    '40-40 4 一是 9b78996174 12',
    '40-40 4 二是 a5de28f893 11',
    '40-40 4 三是 0df8a05e8b 11',
    '41-41 3 2. cc6c18ad76 8',
    '41-41 4 一是 3344c09a83 38',
    '41-41 4 二是 c49b8cb758 10',
    '41-41 4 三是 4348aa9d5b 34',
    '42-42 3 3. ddf1540c1c 8',
    '43-43 3 4. 4777d6848f 8',
    '43-43 4 一是 93d24d4d23 14',
    '43-43 4 二是 40a073b1a9 22',
    '43-43 4 三是 cb3c063fc3 14',
    '44-44 3 5. b2be4c68cf 15',
    '45-46 1 二、 7620eb418f 4',
    '46-46 2 一是 c1bfdf1ea9 25',
    '46-46 2 二是 7b741bb16b 12',
    '46-46 2 三是 33a77e14e5 20',
    '47-51 1 三、 ffa0188244 7',
    '48-48 2 (一) c0dd18b53e 11',
    '49-49 2 (二) 526c30c498 11',
    '50-50 2 (三) 6802f04b03 11',
    '51-51 2 (四) 84fc0d6e0c 13',
  ],
  '002_224163a7fd249734.txt': [
    '2-29 1 一、 95678cf458 19',
    '3-7 2 (一) 07ecd25138 17',
    '5-5 3 一是 ea274bc9d8 6',
    '6-6 3 二是 a15c2b0bc2 6',
    '7-7 3 三是 e6d464ffe9 6',
    '8-14 2 (二) 272aae2a0f 22',
    '9-9 3 一是 505c4c269a 15',
    '10-10 3 二是 836d9df000 9',
    '11-11 3 三是 eca239861f 8',
    '12-12 3 四是 9e73795086 7',
    '13-13 3 五是 96e012f839 17',
    '14-14 3 六是 ef5662336d 37',
    '15-19 2 (三) 151b23620d 19',
    '16-16 3 一是 1114edf821 10',
    '17-17 3 二是 0331945bc5 10',
    '18-18 3 三是 536b53773c 10',
    '19-19 3 四是 acaac83d94 10',
    '20-24 2 (四) 0bd66e39a6 17',
    '21-21 3 一是 a76c52ac85 14',
    '22-22 3 二是 aeb3b45bc9 14',
    '23-23 3 三是 954ee72571 12',
    '24-24 3 四是 9c3633189f 10',
    '25-29 2 (四) e7c0b198d4 20',
    '26-26 3 一是 ebdb6affc9 12',
    '27-27 3 二是 fcf8b7104c 12',
    '28-28 3 三是 9a518fcbac 14',
    '30-37 1 二、 2ed810f50c 16',
    '32-32 2 (一) 899d1ea631 15',
    '33-33 2 (二) c525cc62fe 18',
    '34-34 2 (三) beb97deb02 11',
    '35-35 2 (四) 2c3bb95123 14',
    '36-36 2 (五) 4571c882fb 9',
    '37-37 2 (六) 2cbd21181a 12',
    '38-51 1 三、 0c67e8cda2 11',
    '40-41 2 (一) 8f84323365 20',
    '42-43 2 (二) af0bc91f0a 20',
    '44-45 2 (三) ef2ebe3ad7 20',
    '46-47 2 (四) 7573e102b9 20',
    '48-49 2 (五) 44c0c60c5f 23',
    '50-51 2 (六) 021c9979c9 34',
  ],
  '003_46afff7a13b93468.txt': [
    '2-6 1 一、 c2fc8622e4 6',
    '3-3 2 (一) 201db51200 20',
    '4-4 2 (二) b8f2ebcb9e 17',
    '4-4 3 一是 e386e323a4 12',
    '4-4 3 二是 90beab35d0 10',
    '4-4 3 三 c7db680837 8',
    '5-5 2 (三) 5afe169d6b 18',
    '5-5 3 一是 83827dc1f7 10',
    '5-5 3 二是 4d812af068 14',
    '5-5 3 三是 ba71f6a853 10',
    '5-5 3 四是 d385dc5795 11',
    '6-6 2 (四) 8264a4b8b9 19',
    '6-6 3 一是 a3faa15ecb 8',
    '6-6 3 二是 98fef53873 8',
    '6-6 3 三是 27bf84f4dd 10',
    '7-8 1 二、 38d16f1b7e 7',
    '8-8 2 一是 db74c27aeb 12',
    '8-8 2 二是 d8b8bb542b 13',
    '8-8 2 三是 bda1dc7057 13',
    '8-8 2 四是 8c904c7bc3 10',
    '8-8 2 五是 0f833be755 13',
    '9-14 1 三、 4961e53ee1 9',
    '10-10 2 (一) 4fac778a91 17',
    '11-11 2 (二) a7210ee950 17',
    '12-12 2 (三) 2092c38692 14',
    '13-13 2 (四) 92a251ce6c 16',
    '14-14 2 (五) d1583df8f9 18',
  ],
  '004_45fe2b94cdd25e2a.txt': [
    '5-22 1 一、 9eb6950495 4',
    '6-14 2 (一) 8fff8b7304 19',
    '7-7 3 1. cca0447f9e 12',
    '8-8 3 2. a0ac0f7e3a 12',
    '9-9 3 3. 78c2462d51 13',
    '10-10 3 4. d04dce4488 13',
    '11-11 3 5. 6c119962ea 12',
    '12-12 3 6. ef0bcbb3d4 8',
    '13-13 3 7. c5e0297207 6',
    '14-14 3 8. 8e96eda195 11',
    '15-18 2 (二) 2253a3e7b9 19',
    '16-16 3 1. cac599cfdb 12',
    '17-17 3 2. e85e4fc5df 20',
    '18-18 3 3. 4036989130 10',
    '19-22 2 (三) f3a4e43256 18',
    '20-20 3 1. 2f4f18bd84 18',
    '21-21 3 2. d1dd6068c9 18',
    '22-22 3 3. 6aa3cbced8 18',
    '23-29 1 二、 76e59f1cb7 9',
    '25-25 2 (一) f6da813d51 29',
    '26-26 2 (二) 0d4aacc544 27',
    '27-27 2 (三) 282c8a851e 25',
    '28-28 2 (四) 40bc0b3ce0 25',
    '29-29 2 (五) 68eea4064e 34',
  ],

};

function rows(nodes: readonly OutlineNode[]): { row: string; title: string }[] {
  const out: { row: string; title: string }[] = [];
  const walk = (n: OutlineNode) => {
    const hash = crypto.createHash('sha1').update(n.title).digest('hex').slice(0, 10);
    out.push({ row: `${n.line}-${n.endLine} ${n.level} ${n.marker} ${hash} ${n.title.length}`, title: n.title });
    n.children.forEach(walk);
  };
  nodes.forEach(walk);
  return out;
}

describe('corpus: real reports', function () {
  let dir: string;
  before(function () {
    dir = requireCorpus(this);
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`outlines ${file} exactly`, function () {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const analysis = analyzeReport(text);
      assert.equal(analysis.model.isReport, true);
      const actual = rows(outlineOf(analysis.model));
      const mismatch = actual.findIndex((r, i) => r.row !== expected[i]);
      const context = actual.map((r) => `${r.row}  ${r.title}`).join('\n');
      assert.equal(actual.length, expected.length, `heading count differs; actual outline:\n${context}`);
      assert.equal(mismatch, -1, `first difference at heading ${mismatch + 1}; actual outline:\n${context}`);
    });
  }

  it('finds exactly the real numbering mistakes: the second (四) in 002 and 三 without 是 in 003', function () {
    const found: string[] = [];
    for (const file of Object.keys(EXPECTED)) {
      const analysis = analyzeReport(fs.readFileSync(path.join(dir, file), 'utf8'));
      for (const f of analysis.findings.filter((x) => x.rule === 'heading-sequence')) {
        const p = analysis.model.lines.positionAt(f.span.start);
        found.push(`${file.slice(0, 3)}:${p.line + 1} ${analysis.model.text.slice(f.span.start, f.span.end)}`);
      }
    }
    assert.deepEqual(found, ['002:25 (四)', '003:4 三']);
  });

  it('recognises front matter and sign-offs', function () {
    const parts = Object.keys(EXPECTED).map((file) => {
      const m = analyzeReport(fs.readFileSync(path.join(dir, file), 'utf8')).model;
      return [file.slice(0, 3), m.title !== undefined, m.frontMatter ? `${m.frontMatter.startLine + 1}-${m.frontMatter.endLine + 1}` : '-', m.signOff ? `${m.signOff.startLine + 1}-${m.signOff.endLine + 1}` : '-'];
    });
    assert.deepEqual(parts, [
      ['000', true, '1-1', '-'],
      ['001', true, '1-3', '52-53'],
      ['002', false, '-', '52-53'],
      ['003', false, '-', '15-16'],
      ['004', false, '1-3', '-'],
    ]);
  });
});
