/**
 * Quantities stated in a report: counts with a measure word (`2204件`, `200余场次`, `一百二十人`),
 * amounts (`5229万元`), and percentages (`95.3%`, `百分之九十五`).
 *
 * Years, dates, plan names and numbered names are not quantities and are skipped here, so that
 * everything downstream (section details, checks, hovers) can trust what it receives.
 */
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from './chineseNumerals';
import { withoutRanks } from './ranks';
import { codeTable, Span, toHalfWidth } from './text';

/** `multiple` is a figure in 倍 (`增长1.1倍`): a ratio, never added to anything. */
export type QuantityKind = 'count' | 'amount' | 'percent' | 'percentagePoint' | 'multiple';

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
  /**
   * Written as one Chinese numeral character (`纠错八件`, `三项制度`): a count, but one that often
   * names a set phrase (`两个确立`), so relations use it only where its role is plain.
   */
  readonly singleCharacter?: boolean;
}

/**
 * Measure words, longest first so that `人次` wins over `人` and `场次` over `场`.
 * Money units are listed with their magnitudes (`万元`) so that the amount is read whole.
 */
const COUNT_UNITS = [
  '人次', '场次', '户次', '件次', '批次', '家次', '车次', '架次', '艘次', '课时', '学时', '小时', '个月',
  '件', '人', '次', '个', '份', '场', '名', '项', '条', '家', '宗', '卷', '本', '期', '部', '所', '起',
  '处', '户', '单', '例', '篇', '首', '册', '张', '套', '台', '辆', '座', '间', '支', '队', '批',
  '类', '种', '位', '封', '堂', '节', '天', '日', '轮', '块', '组', '站', '室', '村', '镇', '乡',
  '栋', '幢', '亩', '吨', '米', '千米', '公里', '平方米', '平方公里', '立方米', '公顷', '社区', '街道',
  '千瓦时', '千瓦', '兆瓦', '度', '标箱', '列', '艘', '架', '床', '头', '只', '株', '棵', '颗', '斤', '公斤', '千克',
  '倍', '微克/立方米', '毫克/立方米', '毫克/升', '笔', '宗次', '件次', '对', '具',
  // `重点抓好以下四方面工作`: aspects counted with no measure word; `烟叶8.6万担`.
  '方面', '枚', '担',
  // `3大机器人产业基地`, `迭部、碌曲、玛曲、镇原4县`: counts of major things and of places.
  '大', '县', '市', '区', '省', '州',
];
const MONEY_UNITS = ['元', '万元', '亿元', '千元', '美元', '万美元', '亿美元'];
const UNIT_ALTERNATION = [...new Set([...COUNT_UNITS, ...MONEY_UNITS])].sort((a, b) => b.length - a.length).join('|');

// A number: ASCII or full-width digits, optional thousands separators and decimals.
const ARABIC = '[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?';
/**
 * Words before a number that make it a bound or an estimate, longest first. They are looked up
 * backwards from each number rather than matched by the pattern, so that the pattern can start
 * at digits only: a regular expression that may start anywhere costs a try at every character.
 */
const PREFIXES = ['不少于', '不低于', '不超过', '将近', '大约', '高达', '多达', '超过', '突破', '不到', '不足', '高于', '低于', '近', '约', '逾', '超'];
/** Where a digit run starts; each candidate is then read whole from there. */
const DIGIT_RUN = /[0-9０-９]+/g;
const ARABIC_NUMBER = new RegExp(ARABIC, 'y');
/**
 * Units by their first code unit, longest first: a lookup of one character and a few `startsWith`
 * instead of a try at every length, since every number in the text asks for its unit.
 */
const UNITS_BY_FIRST: ReadonlyMap<number, readonly string[]> = (() => {
  const m = new Map<number, string[]>();
  for (const u of UNIT_ALTERNATION.split('|')) {
    const c = u.charCodeAt(0);
    if (!m.has(c)) m.set(c, []);
    m.get(c)!.push(u);
  }
  for (const list of m.values()) list.sort((a, b) => b.length - a.length);
  return m;
})();
/** Place words: a run of numerals with one of them is a number (`一百二十`), without one it is not (`二三`). */
const PLACE_CHAR = codeTable('十百千万亿');

function skipSpaces(text: string, at: number, end: number): number {
  while (at < end && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  return at;
}

/** The unit written at `at`, longest first: `%`, `个百分点`, `人次` before `人`. */
function unitAt(text: string, at: number, end: number): string {
  const c = text[at];
  if (c === '%' || c === '％') return c;
  if (text.startsWith('个百分点', at) && at + 4 <= end) return '个百分点';
  const candidates = UNITS_BY_FIRST.get(text.charCodeAt(at));
  if (candidates) for (const u of candidates) if (at + u.length <= end && text.startsWith(u, at)) return u;
  return '';
}

/**
 * A figure written with digits, from `at`: number, magnitude (`万`), `余`/`多`, unit and a
 * trailing bound (`以上`, `左右`), blanks allowed between them as reports write `收案 58 件`.
 */
function readArabicFigure(text: string, at: number, end: number) {
  ARABIC_NUMBER.lastIndex = at;
  const m = ARABIC_NUMBER.exec(text);
  if (!m) return undefined;
  const num = m[0];
  let p = skipSpaces(text, at + num.length, end);
  let magnitude = '';
  const mc = text[p];
  // `48千瓦` is 48 of the unit 千瓦, not 48 thousand 瓦: a unit that starts with 千 wins.
  if (p < end && (mc === '万' || mc === '亿' || (mc === '千' && !unitAt(text, p, end).startsWith('千')))) {
    magnitude = mc;
    p = skipSpaces(text, p + 1, end);
    // `1.91万亿元`: 万亿 is one magnitude, a million million.
    if (mc === '万' && text[p] === '亿' && p < end) {
      magnitude = '万亿';
      p = skipSpaces(text, p + 1, end);
    }
  }
  let after: string | undefined;
  if (p < end && (text[p] === '余' || text[p] === '多')) {
    after = text[p];
    p = skipSpaces(text, p + 1, end);
  }
  const unit = p < end ? unitAt(text, p, end) : '';
  let stop = at + num.length;
  if (magnitude || after) stop = p;
  if (unit) {
    p += unit.length;
    stop = p;
    p = skipSpaces(text, p, end);
  }
  let suffix: string | undefined;
  for (const w of ['以上', '左右', '以下', '以内']) {
    if (text.startsWith(w, p) && p + 2 <= end) {
      suffix = w;
      stop = p + 2;
      break;
    }
  }
  if (suffix === undefined && unit && text[p] === '余' && p < end) {
    suffix = '余';
    stop = p + 1;
  }
  return { num, magnitude, after, unit, suffix, end: stop };
}

/**
 * The next run of numeral characters worth reading at or after `from`: two or more (`一百二十`),
 * or one of 二…十 right before the first character of a measure word (`纠错八件`). Single
 * numerals are everywhere in Chinese text (`统一`, `一是`), so the scan skips those that cannot
 * count anything.
 */
function nextNumeralRun(text: string, from: number, end: number): Span | undefined {
  NUMERAL_RUN.lastIndex = from;
  const m = NUMERAL_RUN.exec(text);
  return m && m.index < end ? { start: m.index, end: m.index + m[0].length } : undefined;
}
/**
 * Two or more numerals, or one that can count before the first character of a measure word. The
 * single numeral needs no look-behind: one right after another numeral is inside a longer run,
 * which the first branch matches from its start.
 */
const NUMERAL_RUN = new RegExp(
  `[${CHINESE_NUMERAL_CHARS}]{2,}|[二两三四五六七八九十](?=[${[...new Set(UNIT_ALTERNATION.split('|').map((u) => u[0]!))].join('')}余多])`,
  'g',
);

/** Measure words a single numeral makes names with: `东三省`, `四大发明`, `两市`. Digits only count with them. */
const PLACE_OR_RANK_UNITS = new Set(['大', '县', '市', '区', '省', '州']);
/** The rest of a quoted name and the words that open its definition: `统一”,即`. */
// (Or what the name makes up, then 即: `“三个清单”内部廉政风险防控机制,即…`.)
const SLOGAN_DEFINED = /^[\u4e00-\u9fff]{1,6}[”"’」』](?:[，,：:]?\s*(?:即|包括|就是|是指|：|:)|[\u4e00-\u9fff]{2,14}[，,]\s*即)/;
const CHINESE_TAIL = new RegExp(`(余|多)?(${UNIT_ALTERNATION})(以上|左右|余)?`, 'y');
const PERCENT_WORDS = new RegExp(`百分之([${CHINESE_NUMERAL_CHARS}点]+)(以上|左右)?`, 'y');

/** The last code unit of each prefix: most numbers have none of them before, and are done at once. */
const PREFIX_LAST = codeTable(PREFIXES.map((p) => p[p.length - 1]!).join(''));

/** A one-character prefix that ends a word instead: `签约618户` is 618, not about 618. */
export const ENDS_A_WORD: Readonly<Record<string, string>> = { 约: '签节合制预条公契邀履违解守特纽简婉', 近: '附最接邻亲就靠', 超: '赶高特' };

function prefixBefore(text: string, at: number, floor: number): string | undefined {
  if (at === 0 || PREFIX_LAST[text.charCodeAt(at - 1)] === 0) return undefined;
  for (const p of PREFIXES) {
    if (at - p.length < floor || !text.startsWith(p, at - p.length)) continue;
    if (p.length === 1 && at - 2 >= floor && ENDS_A_WORD[p]?.includes(text[at - 2]!)) return undefined;
    return p;
  }
  return undefined;
}
const CHINESE_DIGIT_VALUE: Record<string, string> = {
  零: '0', 〇: '0', 一: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
};

function qualifierOf(prefix: string | undefined, after: string | undefined, suffix: string | undefined): Qualifier {
  if (after === '余' || after === '多' || suffix === '余') return 'moreThan';
  switch (prefix) {
    case '近': case '将近': case '不到': case '不足': return 'nearly';
    case '约': case '大约': return 'about';
    case '逾': case '超过': case '超': case '突破': case '高于': return 'moreThan';
    case '不少于': case '不低于': return 'atLeast';
    case '不超过': case '低于': return 'atMost';
  }
  switch (suffix) {
    case '以上': return 'atLeast';
    case '左右': return 'about';
    case '以下': case '以内': return 'atMost';
  }
  return 'exact';
}

export const MAGNITUDE: Record<string, number> = { 万: 1e4, 亿: 1e8, 千: 1e3, 万亿: 1e12 };

/** True when the figure at `index` is part of a date, a version, a phone number or a plan span. */
function isNotAQuantity(text: string, start: number, end: number, unit: string): boolean {
  const before = text[start - 1];
  // Part of a larger token: `ISO9001`, `G318`, `2021-2025`, `3+1`, `12345`-hotline, `〔2024〕`.
  // A signed percentage in a table cell (`　-10.0%`) is a change, not part of a token.
  const signedCell = (before === '-' || before === '+') && /^(?:%|％)$/.test(unit) && (start < 2 || /\s/.test(text[start - 2]!));
  if (before !== undefined && !signedCell && /[A-Za-z_\-+/〔\[第]/.test(before)) return true;
  const after = text[end];
  if (after !== undefined && /[-+/~～—]/.test(after) && /[0-9]/.test(text[end + 1] ?? '')) return true;
  if (unit === '') return true;
  if (namesAClass(text, end)) return true;
  // A year (2024年) or a date (3月26日) is not a count: the unit 年/月/日 is not in our lists, but
  // `26日` is (as a count of days) — a day after a month is a date.
  if (unit === '日' || unit === '天') {
    const head = text.slice(Math.max(0, start - 3), start);
    if (/月$/.test(head)) return true;
  }
  return false;
}

/** `10万吨级泊位`, `百亿元级企业`: a size that names a class of things, not a figure of them. */
function namesAClass(text: string, end: number): boolean {
  return text.charCodeAt(end) === 0x7ea7 && text[end + 1] !== '别';
}

/**
 * Whether a value can be a figure of a report: finite (300 digits, or 一亿亿亿…, overflow to
 * Infinity, which a hover would show as `∞ 元`) and small enough for exact arithmetic (past 2^53 a
 * sum of parts is rounded, and a check would report a mismatch the text does not have). Numbers
 * that large in a report are identifiers, not counts.
 */
function isComputable(value: number): boolean {
  return Number.isFinite(value) && value <= Number.MAX_SAFE_INTEGER;
}

/** Every quantity in `text[start, end)`, in document order. */
export function findQuantities(text: string, start = 0, end = text.length): Quantity[] {
  const found: Quantity[] = [];
  DIGIT_RUN.lastIndex = start;
  for (let run = DIGIT_RUN.exec(text); run && run.index < end; run = DIGIT_RUN.exec(text)) {
    const at = run.index;
    const prev = text.charCodeAt(at - 1);
    // Digits glued to a decimal point belong to the number before them, and so do three digits
    // after a thousands separator (`1,234`); a comma after a word is the clause's (`薄弱，14个`).
    if (at > start && (prev === 0x2e || prev === 0xff0e)) continue;
    if (at > start + 1 && (prev === 0x2c || prev === 0xff0c) && isDigitCode(text.charCodeAt(at - 2)) && run[0].length === 3) continue;
    const m = readArabicFigure(text, at, end);
    if (!m) continue;
    DIGIT_RUN.lastIndex = at + m.num.length;
    const { num, magnitude, after, unit, suffix } = m;
    const matchEnd = m.end;
    const prefix = prefixBefore(text, at, start);
    let kind: QuantityKind;
    if (unit === '%' || unit === '％') kind = 'percent';
    else if (unit === '个百分点') kind = 'percentagePoint';
    else if (unit === '倍') kind = 'multiple';
    else if (MONEY_UNITS.includes(unit) || (magnitude && unit === '元')) kind = 'amount';
    else kind = 'count';
    const spanStart = at - (prefix?.length ?? 0);
    if (isNotAQuantity(text, at, matchEnd, unit)) continue;
    // Most numbers are plain ASCII digits: read those without building new strings.
    const half = /^[0-9.]+$/.test(num) ? num : toHalfWidth(num).replace(/,/g, '');
    const dot = half.indexOf('.');
    const decimals = dot < 0 ? 0 : half.length - dot - 1;
    let value = Number(half);
    // Rounded to 15 significant digits: 33.8 × 1e8 is 3 380 000 000, not 3 379 999 999.9999995.
    if (magnitude) value = Number((value * MAGNITUDE[magnitude]!).toPrecision(15));
    if (!isComputable(value)) continue;
    found.push({
      kind, value, numberText: num, decimals, unit, magnitude,
      qualifier: qualifierOf(prefix, after, suffix),
      span: { start: spanStart, end: matchEnd },
      numberSpan: { start: at, end: at + num.length },
      singleCharacter: false,
    });
  }
  const arabic = found.splice(0, found.length);
  for (let run = nextNumeralRun(text, start, end); run; run = nextNumeralRun(text, run.end, end)) {
    const num = text.slice(run.start, run.end);
    const single = num.length === 1;
    // Numerals with a place word (十 百 千 万 亿) are read, and single numerals before a measure
    // word; `二三` and ordinals (`第二次`, `星期三`) are not counts.
    if (!single && !hasPlaceWord(num)) continue;
    const before = text[run.start - 1];
    if (before === '第' || before === '期' || before === '周' || before === '初') continue;
    CHINESE_TAIL.lastIndex = run.end;
    const tail = CHINESE_TAIL.exec(text);
    if (!tail || CHINESE_TAIL.lastIndex > end) continue;
    const value = parseChineseNumeral(num);
    if (value === undefined || !isComputable(value)) continue;
    const [, after, unit, suffix] = tail;
    if (namesAClass(text, CHINESE_TAIL.lastIndex)) continue;
    // `三年`, `两天` and `四个月` say how long, a single numeral with 余/多 is a phrase (`十多个`),
    // `二期` is a phase, `两位数` a number of digits, and a numeral opening a quotation names a
    // slogan (`“两个维护”`, `“三个代表”`), not a count.
    if (single && (after !== undefined || unit === '天' || unit === '日' || unit === '个月' || unit === '小时' || unit === '期' || unit === '批' || (PLACE_OR_RANK_UNITS.has(unit!) && !(unit === '大' && (/[”"]/.test(before ?? '') || (/[“"]/.test(before ?? '') && SLOGAN_DEFINED.test(text.slice(CHINESE_TAIL.lastIndex, CHINESE_TAIL.lastIndex + 28)))))) || text[CHINESE_TAIL.lastIndex] === '数')) continue;
    // …unless the quotation names a list it goes on to give: `“五个统一”,即统一主体、统一文书…`.
    if (single && /[“‘「『"]/.test(before ?? '') && !SLOGAN_DEFINED.test(text.slice(CHINESE_TAIL.lastIndex, CHINESE_TAIL.lastIndex + 28))) continue;
    const prefix = prefixBefore(text, run.start, start);
    found.push({
      kind: MONEY_UNITS.includes(unit!) ? 'amount' : unit === '倍' ? 'multiple' : 'count', value, numberText: num, decimals: 0, unit: unit!, magnitude: '',
      qualifier: qualifierOf(prefix, after, suffix),
      span: { start: run.start - (prefix?.length ?? 0), end: CHINESE_TAIL.lastIndex },
      numberSpan: { start: run.start, end: run.end },
      singleCharacter: single,
    });
  }
  for (let at = text.indexOf('百分之', start); at >= 0 && at < end; at = text.indexOf('百分之', at + 3)) {
    PERCENT_WORDS.lastIndex = at;
    const m = PERCENT_WORDS.exec(text);
    if (!m || PERCENT_WORDS.lastIndex > end) continue;
    const [, num, suffix] = m;
    const [intPart, fracPart] = num!.split('点');
    const whole = parseChineseNumeral(intPart!);
    if (whole === undefined) continue;
    let numberText = String(whole);
    if (fracPart) {
      const digits = [...fracPart].map((c) => CHINESE_DIGIT_VALUE[c]);
      if (digits.some((d) => d === undefined)) continue;
      numberText += '.' + digits.join('');
    }
    const prefix = prefixBefore(text, at, start);
    found.push({
      kind: 'percent', value: Number(numberText), numberText: num!, decimals: fracPart ? fracPart.length : 0, unit: '百分之',
      magnitude: '', qualifier: qualifierOf(prefix, undefined, suffix),
      span: { start: at - (prefix?.length ?? 0), end: PERCENT_WORDS.lastIndex },
      numberSpan: { start: at, end: at + num!.length + 3 },
      singleCharacter: false,
    });
  }
  // Each pass found its quantities in order, and words for percentages are rare: merge, not sort.
  return withoutRanks(text, mergeInOrder(arabic, found));
}

/** Two lists of quantities in document order, merged into one. */
function mergeInOrder(a: readonly Quantity[], b: Quantity[]): Quantity[] {
  if (b.length === 0) return a as Quantity[];
  b.sort((x, y) => x.span.start - y.span.start);
  const out: Quantity[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.span.start <= b[j]!.span.start)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

function hasPlaceWord(num: string): boolean {
  for (let i = 0; i < num.length; i++) if (PLACE_CHAR[num.charCodeAt(i)] === 1) return true;
  return false;
}

function isDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}
