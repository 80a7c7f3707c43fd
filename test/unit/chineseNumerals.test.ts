import * as assert from 'node:assert/strict';
import { formatChineseOrdinal, formatCircled, parseChineseNumeral, parseCircled } from '../../server/src/analysis/chineseNumerals';

describe('chineseNumerals', () => {
  it('reads ordinals and counts', () => {
    const cases: [string, number][] = [
      ['一', 1], ['十', 10], ['十一', 11], ['二十', 20], ['二十三', 23], ['九十九', 99],
      ['一百二十', 120], ['一百零五', 105], ['两万', 20000], ['两万三千', 23000], ['三千零一', 3001],
      ['一亿二千万', 120000000], ['二〇二四', 2024],
    ];
    for (const [s, v] of cases) assert.equal(parseChineseNumeral(s), v, s);
  });
  it('rejects what is not a numeral', () => {
    for (const s of ['', '二三', '大', '一是', '万']) assert.equal(parseChineseNumeral(s), undefined, s);
  });
  it('formats ordinals the way headings write them', () => {
    assert.deepEqual([1, 10, 11, 20, 21, 99].map(formatChineseOrdinal), ['一', '十', '十一', '二十', '二十一', '九十九']);
  });
  it('reads and writes circled digits', () => {
    assert.equal(parseCircled('①'), 1);
    assert.equal(parseCircled('⑳'), 20);
    assert.equal(parseCircled('1'), undefined);
    assert.equal(formatCircled(3), '③');
  });
});
