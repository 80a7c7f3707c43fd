/**
 * Chinese numerals as they appear in reports: heading ordinals (`十一`), counts (`一百二十`, `两万`)
 * and the circled digits of the fifth heading level.
 */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** The characters a Chinese numeral may contain. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/**
 * Value of a Chinese numeral such as `十一`, `二十`, `一百零五`, `两万三千`, or `undefined` when the
 * string is not a well-formed numeral. Digit strings written place by place (`二〇二四`) are read
 * digit by digit, as in years.
 */
export function parseChineseNumeral(s: string): number | undefined {
  if (s.length === 0) return undefined;
  let hasUnit = false;
  for (const ch of s) {
    if (!(ch in DIGITS) && !(ch in SMALL_UNITS) && !(ch in BIG_UNITS)) return undefined;
    if (ch in SMALL_UNITS || ch in BIG_UNITS) hasUnit = true;
  }
  if (!hasUnit) {
    if (s.length === 1) return DIGITS[s];
    // 二〇二四, 一九九八: digits written place by place, as in years. `二三` is no numeral.
    if (s.length < 3 && !/[〇零]/.test(s)) return undefined;
    let v = 0;
    for (const ch of s) v = v * 10 + DIGITS[ch]!;
    return v;
  }
  let total = 0; // completed 亿/万 groups
  let section = 0; // within the current group, below 万
  let digit: number | undefined; // pending digit
  for (const ch of s) {
    if (ch in DIGITS) {
      if (digit !== undefined && digit !== 0 && DIGITS[ch] !== 0) return undefined; // 二三: two digits in a row
      digit = DIGITS[ch];
    } else if (ch in SMALL_UNITS) {
      const unit = SMALL_UNITS[ch]!;
      // 十 alone means 一十 (十一 = 11)
      section += (digit === undefined ? 1 : digit) * unit;
      digit = undefined;
    } else {
      // 亿 closes everything before it; 万 closes only the group below it (一亿二千万 = 1.2e8).
      const group = section + (digit ?? 0);
      if (ch === '亿') {
        if (total + group === 0) return undefined;
        total = (total + group) * BIG_UNITS[ch]!;
      } else {
        if (group === 0) return undefined;
        total += group * BIG_UNITS[ch]!;
      }
      section = 0;
      digit = undefined;
    }
  }
  return total + section + (digit ?? 0);
}

/** The Chinese numeral for 1–99, as used in heading markers (`十一`, `二十三`). */
export function formatChineseOrdinal(n: number): string {
  const d = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n <= 0 || n >= 100 || !Number.isInteger(n)) return String(n);
  if (n < 10) return d[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? '' : d[tens]) + '十' + (ones === 0 ? '' : d[ones]);
}

const CIRCLED_FIRST = 0x2460; // ①
/** Value of a circled digit ①–⑳, or undefined. */
export function parseCircled(ch: string): number | undefined {
  const c = ch.charCodeAt(0);
  return ch.length === 1 && c >= CIRCLED_FIRST && c <= CIRCLED_FIRST + 19 ? c - CIRCLED_FIRST + 1 : undefined;
}
export function formatCircled(n: number): string {
  return n >= 1 && n <= 20 ? String.fromCharCode(CIRCLED_FIRST + n - 1) : `(${n})`;
}
