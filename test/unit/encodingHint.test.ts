import * as assert from 'node:assert/strict';
import * as iconv from 'iconv-lite';
import { misdecoding } from '../../client/src/encodingHint';

const REPORT = '云溪区人民政府关于2023年度法治政府建设情况的报告\n一、主要工作\n(一)坚持高位推动。全年召开常务会议4次,审议法治议题11项。\n'.repeat(3);

describe('a report decoded with the wrong encoding', () => {
  it('is seen in the replacement characters GBK leaves when read as UTF-8', () => {
    const asUtf8 = new TextDecoder('utf-8').decode(iconv.encode(REPORT, 'gbk'));
    const found = misdecoding(asUtf8);
    assert.equal(found?.kind, 'replacement');
    assert.ok(found!.count >= 50, String(found?.count));
  });

  it('is seen in the accented letters GBK leaves when read as Latin-1', () => {
    const asLatin1 = iconv.encode(REPORT, 'gbk').toString('latin1');
    assert.equal(misdecoding(asLatin1)?.kind, 'latin1');
  });

  it('is not seen in the same report decoded rightly, in English text, or in a stray bad byte', () => {
    assert.equal(misdecoding(REPORT), undefined);
    assert.equal(misdecoding('Notes for the tests. Café, naïve, 95.3% and × and ·.\n'.repeat(20)), undefined);
    assert.equal(misdecoding(REPORT + '\ufffd\ufffd'), undefined);
    assert.equal(misdecoding(''), undefined);
  });
});
