/**
 * The parts of a report that are not its body: the front matter (title, web-page chrome, the
 * metadata table of a government disclosure page) and the sign-off (issuing body and date).
 * Neither may yield headings or be counted as sections.
 */
import { LineIndex } from './text';

/** Metadata labels of disclosure pages and reposts: `发布时间:`, `索引号: |`, `信息来源`. */
const METADATA = /(发布时间|发布日期|信息来源|来源[:：]|索引号|文件编号|发文字号|生成日期|成文日期|发布机构|发文机关|主题分类|组配分类|公开形式|公开方式|公开范围|公开时限|浏览次数|点击数|访问量|作者[:：]|责任编辑|字体[:：]?[大中小])/;
/** Short page-chrome lines left by copying from a website. */
const CHROME = /^[【\[(（]?(朗读|打印|打印本页|关闭|关闭窗口|分享|分享到|收藏|返回顶部|字号|视力保护色|默认|大|中|小|扫一扫|[大中小 ]+)[】\])）:：]?$/;
/** What a report's title ends with. */
const TITLE_WORDS = /(报告|情况|总结|汇报|要点|计划|通报|述职|自查|报告书|白皮书)[)）]?$/;
/** A date as written under a sign-off: `2025年1月20日`, `二〇二五年一月二十日`. */
const DATE_LINE = /^[(（]?\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*[)）]?$/;
const SENTENCE_PUNCT = /[。，,；;！？!?]/;

export interface FrontMatter {
  /** First and last line (zero-based, inclusive). */
  readonly startLine: number;
  readonly endLine: number;
  /** The title line, when the front matter has one. */
  readonly titleLine?: number;
}

export interface SignOff {
  readonly startLine: number;
  readonly endLine: number;
  readonly issuerLines: readonly number[];
  readonly dateLine?: number;
}

function stripMarkdown(s: string): string {
  return s.replace(/^#{1,6}\s+/, '').replace(/^\*\*|\*\*$/g, '').trim();
}

/**
 * Lines at the top that are not body: stops at the first line that is a heading or body text.
 * `isHeadingLine` is asked so that a report opening with `一、` has no front matter.
 */
export function findFrontMatter(lines: LineIndex, isHeadingLine: (line: number) => boolean, markdown: boolean): FrontMatter | undefined {
  let first = -1;
  let last = -1;
  let titleLine: number | undefined;
  for (let i = 0; i < lines.lineCount; i++) {
    const raw = lines.lineText(i).trim();
    if (raw === '') continue;
    if (isHeadingLine(i)) break;
    const text = stripMarkdown(raw);
    const isMarkdownTitle = markdown && /^#\s/.test(raw);
    let frontish = false;
    if (METADATA.test(text) || CHROME.test(text) || text.includes(' | ') || /^[-—]{2,}/.test(text)) frontish = true;
    else if (titleLine === undefined && (isMarkdownTitle || (text.length <= 80 && !SENTENCE_PUNCT.test(text) && TITLE_WORDS.test(text)))) {
      frontish = true;
      titleLine = i;
    } else if (titleLine !== undefined && i === last + 1 && text.length <= 40 && !SENTENCE_PUNCT.test(text)) {
      // A second title line or a parenthesised date under the title: `(2025年1月20日)`.
      frontish = true;
    }
    if (!frontish) break;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return undefined;
  return titleLine === undefined ? { startLine: first, endLine: last } : { startLine: first, endLine: last, titleLine };
}

/** The issuer and date lines at the bottom, if the report ends with them. */
export function findSignOff(lines: LineIndex, isHeadingLine: (line: number) => boolean, firstBodyLine: number): SignOff | undefined {
  let i = lines.lineCount - 1;
  const skipBlank = () => { while (i >= firstBodyLine && lines.lineText(i).trim() === '') i--; };
  skipBlank();
  if (i < firstBodyLine) return undefined;
  let endLine = i;
  let dateLine: number | undefined;
  // `(此件公开发布)` or similar notes after the date belong to the sign-off.
  if (/^[(（](此件|本件).{0,12}[)）]$/.test(stripMarkdown(lines.lineText(i).trim()))) {
    i--;
    skipBlank();
  }
  if (i >= firstBodyLine && DATE_LINE.test(stripMarkdown(lines.lineText(i).trim()))) {
    dateLine = i;
    i--;
    skipBlank();
  }
  const issuerLines: number[] = [];
  while (i >= firstBodyLine && issuerLines.length < 3) {
    const t = stripMarkdown(lines.lineText(i).trim());
    if (t === '' || t.length > 40 || SENTENCE_PUNCT.test(t) || /[:：]$/.test(t) || isHeadingLine(i)) break;
    // An issuer names a body: it ends with one of the words bodies are named with.
    if (!/(局|委|会|院|政府|办公室|办|厅|部|处|所|中心|室|组|党委|党组|委员会|街道|镇|乡|人民政府)$/.test(t)) break;
    issuerLines.unshift(i);
    i--;
    skipBlank();
  }
  if (dateLine === undefined && issuerLines.length === 0) return undefined;
  const startLine = issuerLines[0] ?? dateLine!;
  return dateLine === undefined ? { startLine, endLine, issuerLines } : { startLine, endLine, issuerLines, dateLine };
}
