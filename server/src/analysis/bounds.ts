/**
 * Limits on what the analysis of one document may return, whatever the text says. A real report
 * has a few dozen findings with a handful of related spans each; a paste built to hurt (a
 * thousand totals in one sentence) must not turn into a publish of hundreds of megabytes or a
 * SARIF file too long to be a string. The limits are far above what a reviewer meets, so they cut
 * only input no reviewer would read finding by finding, and a cut result says so.
 */
import type { Finding, LocalizedText } from './findings';

/** Findings kept per document, in document order; the rest are counted, not kept. */
export const MAX_FINDINGS_PER_DOCUMENT = 2000;
/** Related spans kept per finding: the figures it rests on, the earlier heading. */
export const MAX_RELATED_PER_FINDING = 32;
/** Characters kept of a message or an arithmetic line. */
export const MAX_MESSAGE_CHARACTERS = 1000;

/** What was cut from a document's findings. */
export interface Truncation {
  /** Findings the checks returned, before the cut. */
  readonly found: number;
  /** Findings dropped past MAX_FINDINGS_PER_DOCUMENT. */
  readonly droppedFindings: number;
  /** Kept findings whose related spans were cut to MAX_RELATED_PER_FINDING. */
  readonly cutRelated: number;
}

export interface BoundedFindings {
  readonly findings: Finding[];
  /** Set only when something was cut. */
  readonly truncated?: Truncation;
}

/** `text` cut to `max` characters with an ellipsis, never splitting a surrogate pair. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return text.slice(0, end) + '…';
}

function clipText(t: LocalizedText): LocalizedText {
  return t.zh.length <= MAX_MESSAGE_CHARACTERS && t.en.length <= MAX_MESSAGE_CHARACTERS
    ? t
    : { zh: clip(t.zh, MAX_MESSAGE_CHARACTERS), en: clip(t.en, MAX_MESSAGE_CHARACTERS) };
}

/**
 * Findings (sorted by position) cut to the limits: the first MAX_FINDINGS_PER_DOCUMENT, each with
 * at most MAX_RELATED_PER_FINDING related spans and messages of at most MAX_MESSAGE_CHARACTERS.
 * Findings within the limits are returned as they are.
 */
export function boundFindings(sorted: readonly Finding[]): BoundedFindings {
  const kept = Math.min(sorted.length, MAX_FINDINGS_PER_DOCUMENT);
  const findings: Finding[] = new Array<Finding>(kept);
  let cutRelated = 0;
  for (let i = 0; i < kept; i++) {
    const f = sorted[i]!;
    const tooManyRelated = f.related.length > MAX_RELATED_PER_FINDING;
    if (tooManyRelated) cutRelated++;
    const message = clipText(f.message);
    const arithmetic = f.arithmetic !== undefined ? clip(f.arithmetic, MAX_MESSAGE_CHARACTERS) : undefined;
    const longRelated = f.related.some((r) => r.message.zh.length > MAX_MESSAGE_CHARACTERS || r.message.en.length > MAX_MESSAGE_CHARACTERS);
    if (!tooManyRelated && !longRelated && message === f.message && arithmetic === f.arithmetic) {
      findings[i] = f;
      continue;
    }
    const related = (tooManyRelated ? f.related.slice(0, MAX_RELATED_PER_FINDING) : f.related).map((r) => (longRelated ? { ...r, message: clipText(r.message) } : r));
    findings[i] = { ...f, message, related, ...(arithmetic !== undefined ? { arithmetic } : {}) };
  }
  const droppedFindings = sorted.length - kept;
  if (droppedFindings === 0 && cutRelated === 0) return { findings };
  return { findings, truncated: { found: sorted.length, droppedFindings, cutRelated } };
}

/** What to tell the user about a cut result, once per document. */
export function truncationNotice(t: Truncation): LocalizedText {
  const zh: string[] = [];
  const en: string[] = [];
  if (t.droppedFindings > 0) {
    zh.push(`共发现 ${t.found} 个问题,只列出前 ${MAX_FINDINGS_PER_DOCUMENT} 个`);
    en.push(`${t.found} findings were found; only the first ${MAX_FINDINGS_PER_DOCUMENT} are listed`);
  }
  if (t.cutRelated > 0) {
    zh.push(`${t.cutRelated} 个问题的相关位置超过 ${MAX_RELATED_PER_FINDING} 处,只列出前 ${MAX_RELATED_PER_FINDING} 处`);
    en.push(`${t.cutRelated} finding(s) rest on more than ${MAX_RELATED_PER_FINDING} places; only the first ${MAX_RELATED_PER_FINDING} are listed`);
  }
  return {
    zh: `报告审校:${zh.join(';')}。这样的数量不像一份报告,请检查文本是否完整、是否为误粘贴。`,
    en: `Report Review: ${en.join('; ')}. That many does not look like a report: check that the text is what you meant to paste.`,
  };
}
