/**
 * Quantities stated in a report: counts with a measure word (`1838件`, `200余场次`, `一百二十人`),
 * amounts (`5229万元`), and percentages (`95.4%`, `百分之九十五`).
 *
 * Years, dates, plan names and numbered names are not quantities and are skipped here, so that
 * everything downstream (section details, checks, hovers) can trust what it receives.
 */
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from './chineseNumerals';
import { Span, toHalfWidth } from './text';

export type QuantityKind = 'count' | 'amount' | 'percent' | 'percentagePoint';

/** How a qualifier turns a figure into a bound or an estimate. */
export type Qualifier = 'exact' | 'atLeast' | 'moreThan' | 'about' | 'nearly' | 'atMost';

export interface Quantity {
  readonly kind: QuantityKind;
  /** The value in the unit as written, magnitude applied: `5229万元` is 52 290 000 (元). */
  readonly value: number;
  /** The number as written, e.g. `95.4`, `1,234`, `一百二十`: its decimals matter for rounding. */
  readonly numberText: string;
  /** Digits after the decimal point as written (`95.40` has 2). */
  readonly decimals: number;
  /** The measure word or unit (`件`, `人次`, `万元`, `%`), as written. */
  readonly unit: string;
  /** The magnitude word between number and unit (`万`, `亿`), or empty. */
  readonly magnitude: string;
  readonly qualifier: Qualifier;
  /** The whole figure including qualifiers and unit. */
  readonly span: Span;
  /** Just the number. */
  readonly numberSpan: Span;
}

/**
 * Measure words, longest first so that `人次` wins over `人` and `场次` over `场`.
 * Money units are listed with their magnitudes (`万元`) so that the amount is read whole.
 */
const COUNT_UNITS = [
  '人次', '场次', '户次', '件次', '批次', '家次', '车次', '架次', '课时', '学时', '小时', '余万',
  '件', '人', '次', '个', '份', '场', '名', '项', '条', '家', '宗', '卷', '本', '期', '部', '所', '起',
  '处', '户', '单', '例', '篇', '首', '册', '张', '套', '台', '辆', '座', '间', '支', '队', '批',
  '类', '种', '位', '封', '堂', '节', '天', '日', '余', '万', '亿', '元', '册', '期', '轮', '块',
  '篇', '万人', '平方米', '公里', '千米', '米', '亩', '吨', '栋', '幢', '顿', '组', '站', '室', '村', '社区', '镇', '乡', '街道', '个月',
];
const MONEY_UNITS = ['元', '万元', '亿元', '千元'];
const UNIT_ALTERNATION = [...new Set([...COUNT_UNITS, ...MONEY_UNITS])]
  .filter((u) => u !== '余' && u !== '余万' && u !== '万' && u !== '亿')
  .sort((a, b) => b.length - a.length)
  .join('|');

// A number: ASCII or full-width digits, optional thousands separators and decimals.
const ARABIC = '[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?';
const PREFIX_QUALIFIER = '(近|约|逾|超过|不少于|不低于|不超过|不到|将近|大约|高达|多达)?';
const FIGURE = new RegExp(
  `${PREFIX_QUALIFIER}(${ARABIC})[ \\t]*(万|亿|千)?[ \\t]*(余|多)?[ \\t]*(%|％|个百分点|(?:${UNIT_ALTERNATION}))?[ \\t]*(以上|左右|以下|以内|余)?`,
  'g',
);
const CHINESE_FIGURE = new RegExp(
  `${PREFIX_QUALIFIER}([${CHINESE_NUMERAL_CHARS}]{2,})(余|多)?(${UNIT_ALTERNATION})(以上|左右|余)?`,
  'g',
);
const PERCENT_WORDS = new RegExp(`${PREFIX_QUALIFIER}百分之([${CHINESE_NUMERAL_CHARS}点]+)(以上|左右)?`, 'g');
const CHINESE_DIGIT_VALUE: Record<string, string> = {
  零: '0', 〇: '0', 一: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
};

function qualifierOf(prefix: string | undefined, after: string | undefined, suffix: string | undefined): Qualifier {
  if (after === '余' || after === '多' || suffix === '余') return 'moreThan';
  switch (prefix) {
    case '近': case '将近': case '不到': return 'nearly';
    case '约': case '大约': return 'about';
    case '逾': case '超过': return 'moreThan';
    case '不少于': case '不低于': return 'atLeast';
    case '不超过': return 'atMost';
  }
  switch (suffix) {
    case '以上': return 'atLeast';
    case '左右': return 'about';
    case '以下': case '以内': return 'atMost';
  }
  return 'exact';
}

const MAGNITUDE: Record<string, number> = { 万: 1e4, 亿: 1e8, 千: 1e3 };

/** True when the figure at `index` is part of a date, a version, a phone number or a plan span. */
function isNotAQuantity(text: string, start: number, end: number, numberText: string, unit: string): boolean {
  const before = text[start - 1];
  // Part of a larger token: `ISO9001`, `G318`, `2021-2025`, `3+1`, `12345`-hotline, `〔2024〕`.
  if (before !== undefined && /[A-Za-z_\-+/〔\[]/.test(before)) return true;
  const after = text[end];
  if (after !== undefined && /[-+/~～—]/.test(after) && /[0-9]/.test(text[end + 1] ?? '')) return true;
  if (unit === '' ) return true;
  // A year (2024年) or a date (3月26日) is not a count: the unit 年/月/日 is not in our lists, but
  // `26日` is (as a count of days) — a day after a month is a date.
  if (unit === '日' || unit === '天') {
    const head = text.slice(Math.max(0, start - 3), start);
    if (/月$/.test(head)) return true;
  }
  void numberText;
  return false;
}

/** Every quantity in `text[start, end)`, in document order. */
export function findQuantities(text: string, start = 0, end = text.length): Quantity[] {
  const slice = text.slice(start, end);
  const found: Quantity[] = [];
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(slice); m; m = FIGURE.exec(slice)) {
    if (m[0].length === 0) { FIGURE.lastIndex++; continue; }
    const [, prefix, num, magnitude = '', after, unitRaw = '', suffix] = m;
    const numStart = start + m.index + (prefix?.length ?? 0);
    const numEnd = numStart + num!.length;
    const prev = slice[m.index - 1];
    // Digits glued to a preceding digit or decimal point belong to another number.
    if (prev !== undefined && /[0-9０-９.．]/.test(prev)) continue;
    let unit = unitRaw;
    let kind: QuantityKind;
    if (unit === '%' || unit === '％') kind = 'percent';
    else if (unit === '个百分点') kind = 'percentagePoint';
    else if (MONEY_UNITS.includes(unit) || (magnitude && unit === '元')) kind = 'amount';
    else kind = 'count';
    if (unit === '' && magnitude) unit = ''; // `5万` alone: a bare magnitude, still unitless
    const spanEnd = start + m.index + m[0].length;
    if (isNotAQuantity(text, start + m.index, spanEnd, num!, unit)) continue;
    const half = toHalfWidth(num!).replace(/,/g, '');
    const dot = half.indexOf('.');
    const decimals = dot < 0 ? 0 : half.length - dot - 1;
    let value = Number(half);
    if (!Number.isFinite(value)) continue;
    if (magnitude) value *= MAGNITUDE[magnitude]!;
    found.push({
      kind, value, numberText: num!, decimals, unit, magnitude,
      qualifier: qualifierOf(prefix, after, suffix),
      span: { start: start + m.index, end: spanEnd },
      numberSpan: { start: numStart, end: numEnd },
    });
  }
  CHINESE_FIGURE.lastIndex = 0;
  for (let m = CHINESE_FIGURE.exec(slice); m; m = CHINESE_FIGURE.exec(slice)) {
    const [, prefix, num, after, unit, suffix] = m;
    const value = parseChineseNumeral(num!);
    // Only numerals with a place word (十 百 千 万 亿) are read: `三项制度` and `两规划` are names.
    if (value === undefined || !/[十百千万亿]/.test(num!)) continue;
    const prev = slice[m.index - 1];
    if (prev === '第' || (prev !== undefined && CHINESE_NUMERAL_CHARS.includes(prev))) continue;
    const numStart = start + m.index + (prefix?.length ?? 0);
    found.push({
      kind: MONEY_UNITS.includes(unit!) ? 'amount' : 'count', value, numberText: num!, decimals: 0, unit: unit!, magnitude: '',
      qualifier: qualifierOf(prefix, after, suffix),
      span: { start: start + m.index, end: start + m.index + m[0].length },
      numberSpan: { start: numStart, end: numStart + num!.length },
    });
  }
  PERCENT_WORDS.lastIndex = 0;
  for (let m = PERCENT_WORDS.exec(slice); m; m = PERCENT_WORDS.exec(slice)) {
    const [, prefix, num, suffix] = m;
    const [intPart, fracPart] = num!.split('点');
    const whole = parseChineseNumeral(intPart!);
    if (whole === undefined) continue;
    let numberText = String(whole);
    if (fracPart) {
      const digits = [...fracPart].map((c) => CHINESE_DIGIT_VALUE[c]);
      if (digits.some((d) => d === undefined)) continue;
      numberText += '.' + digits.join('');
    }
    const numStart = start + m.index + (prefix?.length ?? 0);
    found.push({
      kind: 'percent', value: Number(numberText), numberText: num!, decimals: fracPart ? fracPart.length : 0, unit: '百分之',
      magnitude: '', qualifier: qualifierOf(prefix, undefined, suffix),
      span: { start: start + m.index, end: start + m.index + m[0].length },
      numberSpan: { start: numStart, end: numStart + num!.length + 3 },
    });
  }
  found.sort((a, b) => a.span.start - b.span.start);
  return found;
}
