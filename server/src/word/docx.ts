/**
 * Word documents (`.docx`) as report text: the body's paragraphs in order, each table row as one
 * line of cells parted by tabs (the form the table readers of the analysis read), and Word's
 * automatic numbering rendered as the reader sees it (`一、`, `（一）`, `1.`), so that numbered
 * headings are headings here too.
 *
 * The package is unzipped with fflate and its XML parsed with xmldom, both synchronously, so the
 * command line reads a `.docx` where it reads a `.txt`. What WordprocessingML means — runs, tracked
 * changes, fields, tables, list levels and their counters — is read here, and only that: no layout,
 * no styles beyond the numbering a paragraph style carries.
 *
 * Every line of the text is mapped back to what a Word user can find: the paragraph's number in the
 * document (every paragraph counts, empty ones too, as Word's own navigation does) and its opening
 * words, or the table, row and cell.
 *
 * Bad input gets a reason, never an exception: the old binary `.doc`, a password-protected file
 * (stored as an encrypted OLE container, not a zip), a corrupt or truncated package, one that is
 * not a Word document, one with no text.
 */
import { unzipSync } from 'fflate';
import { DOMParser } from '@xmldom/xmldom';
import type { Element, Node } from '@xmldom/xmldom';

export interface LocalizedReason {
  readonly zh: string;
  readonly en: string;
}

/** Where a line of the extracted text stands in the Word document. */
export type WordPlace =
  | { readonly kind: 'paragraph'; readonly paragraph: number; readonly opening: string }
  | { readonly kind: 'table'; readonly paragraph: number; readonly table: number; readonly row: number; readonly opening: string };

export type WordProblem = 'oldFormat' | 'encrypted' | 'corrupt' | 'notWord' | 'empty' | 'tooLarge';

export type WordRead =
  | { readonly ok: true; readonly text: string; readonly places: readonly (WordPlace | undefined)[] }
  | { readonly ok: false; readonly problem: WordProblem; readonly message: LocalizedReason };

/** Parts of the package larger than this (uncompressed) are not inflated: a zip bomb stops here. */
export const MAX_PART_BYTES = 64 * 1024 * 1024;
/** How many characters of a paragraph name it in a message. */
const OPENING_LENGTH = 12;

const MESSAGES: Record<WordProblem, LocalizedReason> = {
  oldFormat: {
    zh: '这是旧版 Word 文档(.doc),无法读取;请在 Word 或 WPS 中另存为 .docx 或 .txt 后再检查',
    en: 'this is an old binary Word document (.doc), which cannot be read; save it as .docx or .txt in Word or WPS and check that',
  },
  encrypted: {
    zh: '文档设有打开密码,无法读取;请在 Word 或 WPS 中取消密码(或另存一份不加密的副本)后再检查',
    en: 'the document is password-protected and cannot be read; remove the password in Word or WPS (or save an unprotected copy) and check that',
  },
  corrupt: {
    zh: '文件已损坏或不完整,不是可读取的 .docx;请在 Word 或 WPS 中打开并重新保存',
    en: 'the file is damaged or incomplete and is not a readable .docx; open it in Word or WPS and save it again',
  },
  notWord: {
    zh: '这不是 Word 文档(压缩包中没有正文部分)',
    en: 'this is not a Word document (the package has no main document part)',
  },
  empty: {
    zh: '文档中没有文字',
    en: 'the document has no text',
  },
  tooLarge: {
    zh: `文档正文解压后超过 ${MAX_PART_BYTES / 1024 / 1024} MB,未读取`,
    en: `the document's text is larger than ${MAX_PART_BYTES / 1024 / 1024} MB uncompressed, not read`,
  },
};

function fail(problem: WordProblem): WordRead {
  return { ok: false, problem, message: MESSAGES[problem] };
}

const W_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The stream an encrypted Office file keeps its package in, as its OLE directory spells it (UTF-16LE). */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** Whether a file is read as a Word document, by its name: `.docx` (and its macro and template kin), or the old `.doc`. */
export function isWordFileName(file: string): boolean {
  return /\.(?:docx|docm|dotx|dotm|doc|dot)$/i.test(file);
}

/** Whether the bytes look like a Word file at all (a zip or an OLE container), whatever the name. */
export function looksLikeWordFile(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, OLE_SIGNATURE);
}

/** The text of a `.docx`, with the place in the document of every line. */
export function readWordReport(bytes: Uint8Array): WordRead {
  if (startsWith(bytes, OLE_SIGNATURE)) return fail(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED_PACKAGE) ? 'encrypted' : 'oldFormat');
  if (!startsWith(bytes, [0x50, 0x4b])) return fail('corrupt');
  let files: Record<string, Uint8Array>;
  let tooLarge = false;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        // The XML parts only: pictures and embedded files are never inflated.
        if (!/\.(?:xml|rels)$/i.test(f.name)) return false;
        if (f.originalSize > MAX_PART_BYTES) {
          tooLarge = true;
          return false;
        }
        return true;
      },
    });
  } catch {
    return fail('corrupt');
  }
  if (tooLarge) return fail('tooLarge');
  const mainName = mainDocumentName(files) ?? 'word/document.xml';
  const main = files[mainName];
  if (!main) return fail('notWord');
  let body: Element | undefined;
  let numbering: Numbering;
  try {
    const doc = parseXml(main);
    body = firstChild(doc.documentElement, 'body');
    const dir = mainName.slice(0, mainName.lastIndexOf('/') + 1);
    const styles = files[`${dir}styles.xml`];
    const numberingPart = files[`${dir}numbering.xml`];
    numbering = new Numbering(numberingPart ? parseXml(numberingPart).documentElement : undefined, styles ? parseXml(styles).documentElement : undefined);
  } catch {
    return fail('corrupt');
  }
  if (!body) return fail('notWord');
  const out = new TextBuilder();
  try {
    readBlocks(body, out, numbering);
  } catch {
    // Nesting deep enough to exhaust the stack is no document Word writes.
    return fail('corrupt');
  }
  const text = out.lines.join('\n');
  if (text.trim() === '') return fail('empty');
  return { ok: true, text, places: out.places };
}

/** The main document part named by the package's relationships (`word/document.xml` almost always). */
function mainDocumentName(files: Record<string, Uint8Array>): string | undefined {
  const rels = files['_rels/.rels'];
  if (!rels) return undefined;
  try {
    const root = parseXml(rels).documentElement;
    for (const r of elements(root)) {
      if (r.localName !== 'Relationship' || !/\/officeDocument$/.test(r.getAttribute('Type') ?? '')) continue;
      const target = (r.getAttribute('Target') ?? '').replace(/^\//, '');
      return target || undefined;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

function parseXml(bytes: Uint8Array): { documentElement: Element } {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  const doc = new DOMParser({
    locator: false,
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(message);
    },
  }).parseFromString(text, 'application/xml');
  if (!doc.documentElement) throw new Error('no root element');
  return { documentElement: doc.documentElement };
}

// ---------------------------------------------------------------------------------------------
// XML helpers: WordprocessingML elements by local name in either of its namespaces.

function isW(n: Node, name?: string): n is Element {
  return n.nodeType === 1 && W_NAMESPACES.has((n as Element).namespaceURI ?? '') && (name === undefined || (n as Element).localName === name);
}

function* elements(parent: Element | undefined): Generator<Element> {
  if (!parent) return;
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) yield n as Element;
}

function firstChild(parent: Element | undefined, name: string): Element | undefined {
  for (const e of elements(parent)) if (isW(e, name)) return e;
  return undefined;
}

/** `w:val` (or another attribute) in either namespace, or unprefixed as some writers leave it. */
function attr(e: Element | undefined, name: string): string | undefined {
  if (!e) return undefined;
  for (const ns of W_NAMESPACES) {
    const v = e.getAttributeNS(ns, name);
    if (v !== null && v !== '') return v;
  }
  const plain = e.getAttribute(name);
  return plain === null || plain === '' ? undefined : plain;
}

function intAttr(e: Element | undefined, name: string): number | undefined {
  const v = attr(e, name);
  if (v === undefined) return undefined;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}

// ---------------------------------------------------------------------------------------------
// Numbering: list definitions, the levels a paragraph or its style names, and the counters.

interface Level {
  readonly format: string;
  readonly text: string;
  readonly start: number;
  readonly suffix: 'tab' | 'space' | 'nothing';
  /** `w:isLgl`: the level's own and its parents' numbers in Arabic digits (`1.1`). */
  readonly legal: boolean;
}

interface ListInstance {
  /** The counters are the abstract list's unless this instance restarts some levels. */
  readonly abstractId: string;
  readonly startOverrides: ReadonlyMap<number, number>;
  readonly levelOverrides: ReadonlyMap<number, Level>;
}

class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly abstractLinks = new Map<string, string>();
  private readonly instances = new Map<string, ListInstance>();
  /** Style id → its numbering (numId, level) and the style it is based on. */
  private readonly styles = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
  private readonly numberingStyles = new Map<string, string>();
  private readonly counters = new Map<string, number[]>();

  constructor(numbering: Element | undefined, styles: Element | undefined) {
    for (const s of elements(styles)) {
      if (!isW(s, 'style')) continue;
      const id = attr(s, 'styleId');
      if (!id) continue;
      const numPr = firstChild(firstChild(s, 'pPr'), 'numPr');
      const entry: { numId?: string; ilvl?: number; basedOn?: string } = {};
      const numId = attr(firstChild(numPr, 'numId'), 'val');
      const ilvl = intAttr(firstChild(numPr, 'ilvl'), 'val');
      const basedOn = attr(firstChild(s, 'basedOn'), 'val');
      if (numId !== undefined) entry.numId = numId;
      if (ilvl !== undefined) entry.ilvl = ilvl;
      if (basedOn !== undefined) entry.basedOn = basedOn;
      this.styles.set(id, entry);
      if (attr(s, 'type') === 'numbering' && numId !== undefined) this.numberingStyles.set(id, numId);
    }
    for (const e of elements(numbering)) {
      if (isW(e, 'abstractNum')) {
        const id = attr(e, 'abstractNumId');
        if (id === undefined) continue;
        const levels = new Map<number, Level>();
        for (const l of elements(e)) if (isW(l, 'lvl')) levels.set(intAttr(l, 'ilvl') ?? 0, readLevel(l));
        this.abstracts.set(id, levels);
        const link = attr(firstChild(e, 'numStyleLink'), 'val');
        if (link) this.abstractLinks.set(id, link);
      } else if (isW(e, 'num')) {
        const id = attr(e, 'numId');
        const abstractId = attr(firstChild(e, 'abstractNumId'), 'val');
        if (id === undefined || abstractId === undefined) continue;
        const startOverrides = new Map<number, number>();
        const levelOverrides = new Map<number, Level>();
        for (const o of elements(e)) {
          if (!isW(o, 'lvlOverride')) continue;
          const ilvl = intAttr(o, 'ilvl') ?? 0;
          const start = intAttr(firstChild(o, 'startOverride'), 'val');
          if (start !== undefined) startOverrides.set(ilvl, start);
          const lvl = firstChild(o, 'lvl');
          if (lvl) levelOverrides.set(ilvl, readLevel(lvl));
        }
        this.instances.set(id, { abstractId, startOverrides, levelOverrides });
      }
    }
  }

  /** The number a paragraph shows, as Word renders it (`一、`, `（一）`, `1.`), or empty. */
  render(pPr: Element | undefined): string {
    const ref = this.reference(pPr);
    if (!ref) return '';
    const instance = this.instances.get(ref.numId);
    if (!instance) return '';
    const levels = this.levelsOf(instance.abstractId);
    const levelOf = (k: number) => instance.levelOverrides.get(k) ?? levels?.get(k);
    const level = levelOf(ref.ilvl);
    if (!level) return '';
    // Instances of one abstract list continue its numbering; one with a start override starts afresh.
    const key = instance.startOverrides.size > 0 ? `num:${ref.numId}` : `abstract:${instance.abstractId}`;
    let counts = this.counters.get(key);
    if (!counts) this.counters.set(key, (counts = []));
    for (let k = 0; k <= ref.ilvl; k++) {
      if (counts[k] === undefined) {
        const start = instance.startOverrides.get(k) ?? levelOf(k)?.start ?? 1;
        counts[k] = k === ref.ilvl ? start - 1 : start;
      }
    }
    counts[ref.ilvl]!++;
    counts.length = ref.ilvl + 1;
    if (level.format === 'bullet' || level.format === 'none') return '';
    const marker = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      const n = counts![k] ?? levelOf(k)?.start ?? 1;
      const format = level.legal ? 'decimal' : (levelOf(k)?.format ?? 'decimal');
      return formatNumber(n, format);
    });
    if (marker === '') return '';
    if (level.suffix === 'nothing') return marker;
    if (level.suffix === 'space') return `${marker} `;
    // A tab after the number: a reader sees a gap, which after `一、` or `（一）` is no character at all.
    return /[、）．，：]$/.test(marker) ? marker : `${marker} `;
  }

  private reference(pPr: Element | undefined): { numId: string; ilvl: number } | undefined {
    const numPr = firstChild(pPr, 'numPr');
    const direct = attr(firstChild(numPr, 'numId'), 'val');
    const directLevel = intAttr(firstChild(numPr, 'ilvl'), 'val');
    // `numId` 0 says: no numbering here, whatever the style says.
    if (direct === '0') return undefined;
    let styleId = attr(firstChild(pPr, 'pStyle'), 'val');
    let numId = direct;
    let ilvl = directLevel;
    for (let depth = 0; styleId && depth < 16 && (numId === undefined || ilvl === undefined); depth++) {
      const style = this.styles.get(styleId);
      if (!style) break;
      numId ??= style.numId;
      ilvl ??= style.ilvl;
      styleId = style.basedOn;
    }
    if (numId === undefined || numId === '0') return undefined;
    return { numId, ilvl: Math.min(Math.max(ilvl ?? 0, 0), 8) };
  }

  /** An abstract list defined through a numbering style (`w:numStyleLink`) takes that style's list. */
  private levelsOf(abstractId: string, depth = 0): Map<number, Level> | undefined {
    const link = this.abstractLinks.get(abstractId);
    if (link && depth < 8) {
      const numId = this.numberingStyles.get(link);
      const target = numId === undefined ? undefined : this.instances.get(numId);
      if (target && target.abstractId !== abstractId) return this.levelsOf(target.abstractId, depth + 1);
    }
    return this.abstracts.get(abstractId);
  }
}

function readLevel(l: Element): Level {
  const suffix = attr(firstChild(l, 'suff'), 'val');
  return {
    format: attr(firstChild(l, 'numFmt'), 'val') ?? 'decimal',
    text: attr(firstChild(l, 'lvlText'), 'val') ?? '',
    start: intAttr(firstChild(l, 'start'), 'val') ?? 1,
    suffix: suffix === 'space' || suffix === 'nothing' ? suffix : 'tab',
    legal: isOn(firstChild(l, 'isLgl')),
  };
}

const CHINESE_DIGITS = '〇一二三四五六七八九';
const TIANGAN = '甲乙丙丁戊己庚辛壬癸';
const DIZHI = '子丑寅卯辰巳午未申酉戌亥';

/** `一` … `十` … `九十九` … as Chinese counting (`chineseCounting`, `chineseCountingThousand`) writes them. */
function chineseCounting(n: number): string {
  if (n <= 0 || n >= 100000) return String(n);
  const units = ['', '十', '百', '千', '万'];
  const digits = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const place = digits.length - 1 - i;
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += '零';
    zero = false;
    // `十一`, not `一十一`, for the numbers from ten to nineteen.
    out += (d === 1 && place === 1 && i === 0 ? '' : CHINESE_DIGITS[d]!) + units[place]!;
  });
  return out;
}

function letters(n: number, upper: boolean): string {
  if (n <= 0) return String(n);
  // Word repeats the letter past z: aa, bb, …
  const letter = String.fromCharCode((upper ? 65 : 97) + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [v, s] of table) while (n >= v) {
    out += s;
    n -= v;
  }
  return out;
}

/** A counter in one of Word's number formats (`w:numFmt`); unknown formats as decimal. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographDigital':
      return format === 'ideographDigital' ? String(n).split('').map((d) => CHINESE_DIGITS[Number(d)]).join('') : chineseCounting(n);
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? TIANGAN[n - 1]! : String(n);
    case 'ideographZodiac':
      return n >= 1 && n <= 12 ? DIZHI[n - 1]! : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2488 + n - 1) : `${n}.`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'lowerLetter':
      return letters(n, false);
    case 'upperLetter':
      return letters(n, true);
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    default:
      return String(n);
  }
}

// ---------------------------------------------------------------------------------------------
// The body: blocks in order, paragraphs and table rows as lines.

class TextBuilder {
  readonly lines: string[] = [];
  readonly places: (WordPlace | undefined)[] = [];
  paragraphs = 0;
  tables = 0;

  add(text: string, place: (opening: string) => WordPlace): void {
    // A line break inside a paragraph (Shift+Enter) is a line of the text, in the same paragraph.
    const parts = text.split('\n');
    const opening = openingOf(text);
    for (const p of parts) {
      this.lines.push(p);
      this.places.push(place(opening));
    }
  }
}

function openingOf(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > OPENING_LENGTH ? `${t.slice(0, OPENING_LENGTH)}…` : t;
}

/** Blocks of the body, a cell or a content control: paragraphs and tables, in order. */
function readBlocks(parent: Element, out: TextBuilder, numbering: Numbering): void {
  for (const e of elements(parent)) {
    if (!isW(e)) continue;
    switch (e.localName) {
      case 'p': {
        const n = ++out.paragraphs;
        const text = numbering.render(firstChild(e, 'pPr')) + paragraphText(e);
        out.add(text, (opening) => ({ kind: 'paragraph', paragraph: n, opening }));
        break;
      }
      case 'tbl':
        readTable(e, out, numbering);
        break;
      // Content controls, custom XML and tracked insertions hold blocks of their own.
      case 'sdt':
        readBlocks(firstChild(e, 'sdtContent') ?? e, out, numbering);
        break;
      case 'customXml':
      case 'ins':
      case 'moveTo':
        readBlocks(e, out, numbering);
        break;
      default:
        break;
    }
  }
}

function readTable(tbl: Element, out: TextBuilder, numbering: Numbering): void {
  const table = ++out.tables;
  let row = 0;
  const rows = (parent: Element): Element[] => {
    const found: Element[] = [];
    for (const e of elements(parent)) {
      if (isW(e, 'tr')) found.push(e);
      else if (isW(e, 'sdt')) found.push(...rows(firstChild(e, 'sdtContent') ?? e));
      else if (isW(e, 'customXml') || isW(e, 'ins')) found.push(...rows(e));
    }
    return found;
  };
  for (const tr of rows(tbl)) {
    row++;
    const firstParagraph = out.paragraphs + 1;
    const cells: string[] = [];
    const cellsOf = (parent: Element): Element[] => {
      const found: Element[] = [];
      for (const e of elements(parent)) {
        if (isW(e, 'tc')) found.push(e);
        else if (isW(e, 'sdt')) found.push(...cellsOf(firstChild(e, 'sdtContent') ?? e));
        else if (isW(e, 'customXml')) found.push(...cellsOf(e));
      }
      return found;
    };
    for (const tc of cellsOf(tr)) cells.push(cellText(tc, out, numbering));
    const r = row;
    // The cells of a row on one line, parted by tabs: the table readers split there.
    out.add(cells.join('\t'), (opening) => ({ kind: 'table', paragraph: firstParagraph, table, row: r, opening }));
  }
}

/** A cell's paragraphs (and any table nested in it) as one piece of text, its paragraphs counted. */
function cellText(tc: Element, out: TextBuilder, numbering: Numbering): string {
  const pieces: string[] = [];
  const walk = (parent: Element) => {
    for (const e of elements(parent)) {
      if (isW(e, 'p')) {
        out.paragraphs++;
        const t = (numbering.render(firstChild(e, 'pPr')) + paragraphText(e)).replace(/[\t\n]+/g, ' ').trim();
        if (t) pieces.push(t);
      } else if (isW(e, 'tbl')) {
        for (const tr of elements(e)) if (isW(tr, 'tr')) for (const c of elements(tr)) if (isW(c, 'tc')) walk(c);
      } else if (isW(e, 'sdt')) walk(firstChild(e, 'sdtContent') ?? e);
      else if (isW(e, 'customXml') || isW(e, 'ins')) walk(e);
    }
  };
  walk(tc);
  return pieces.join(' ');
}

/** Elements whose content a reader does not see as the paragraph's text. */
const HIDDEN = new Set(['pPr', 'rPr', 'sdtPr', 'sdtEndPr', 'del', 'moveFrom', 'instrText', 'delText', 'delInstrText', 'footnoteReference', 'endnoteReference', 'commentReference', 'drawing', 'pict', 'object', 'fldData']);

/** A toggle property (`<w:vanish/>`, `<w:vanish w:val="true"/>`) that is present and not switched off. */
function isOn(e: Element | undefined): boolean {
  if (!e) return false;
  const v = attr(e, 'val');
  return v !== 'false' && v !== '0' && v !== 'off';
}

/** The visible text of a paragraph: runs, hyperlinks, fields' results and tracked insertions. */
function paragraphText(p: Element): string {
  let out = '';
  // Inside a complex field (`w:fldChar`), text between `begin` and `separate` is the field code,
  // text between `separate` and `end` its result. Fields nest: one state per open field.
  const fields: ('code' | 'result')[] = [];
  let fieldCode = 0;
  const walk = (parent: Element) => {
    for (let n = parent.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1) continue;
      const e = n as Element;
      // Alternate content (a text box, a shape) is drawn apart from the paragraph's line.
      if (e.localName === 'AlternateContent') continue;
      if (!isW(e)) continue;
      const name = e.localName ?? '';
      if (HIDDEN.has(name)) continue;
      // A run formatted as hidden text (`w:vanish`) is not on the page.
      if (name === 'r' && isOn(firstChild(firstChild(e, 'rPr'), 'vanish'))) continue;
      switch (name) {
        case 't':
          if (fieldCode === 0) out += e.textContent ?? '';
          break;
        case 'tab':
        case 'ptab':
          if (fieldCode === 0) out += '\t';
          break;
        case 'br':
        case 'cr':
          // A page or column break ends nothing a reader reads; a line break starts a new line.
          if (fieldCode === 0 && attr(e, 'type') !== 'page' && attr(e, 'type') !== 'column') out += '\n';
          break;
        case 'noBreakHyphen':
          if (fieldCode === 0) out += '-';
          break;
        case 'sym': {
          const code = Number.parseInt(attr(e, 'char') ?? '', 16);
          // Symbol-font characters sit in the private use area: no character a reader would type.
          if (fieldCode === 0 && Number.isFinite(code) && (code < 0xe000 || code > 0xf8ff)) out += String.fromCodePoint(code);
          break;
        }
        case 'fldChar': {
          const type = attr(e, 'fldCharType');
          if (type === 'begin') fields.push('code');
          else if (type === 'separate' && fields.length > 0) fields[fields.length - 1] = 'result';
          else if (type === 'end') fields.pop();
          fieldCode = fields.filter((f) => f === 'code').length;
          break;
        }
        default:
          walk(e);
      }
    }
  };
  walk(p);
  return out;
}

/** The place of a line (0-based) in words, for a message after the line: `第12段“一、坚持…”`. */
export function placeText(place: WordPlace | undefined, language: 'zh' | 'en'): string | undefined {
  if (!place) return undefined;
  if (place.kind === 'table') {
    return language === 'zh'
      ? `第${place.paragraph}段,表格${place.table}第${place.row}行“${place.opening}”`
      : `paragraph ${place.paragraph}, table ${place.table} row ${place.row} “${place.opening}”`;
  }
  return language === 'zh' ? `第${place.paragraph}段“${place.opening}”` : `paragraph ${place.paragraph} “${place.opening}”`;
}
