/**
 * `heading-sequence`: broken heading numbering — a repeated number (a second `(四)`), a skipped
 * one (`1.` then `3.`), one out of order, a first heading that is not number one, and an inline
 * list that breaks (`一是…二是…四是`, or `三` written without its 是).
 *
 * Numbering restarts under each parent, and each marker form counts on its own: `1.` items and
 * `(一)` sections under the same `一、` are two sequences. An inline list restarts at every `一是`.
 * Only a break inside a running sequence is reported: a first heading may have any number, and a
 * sequence that starts again at one is a new one (a new part, a paragraph's own list).
 */
import { formatChineseOrdinal, formatCircled } from '../chineseNumerals';
import { Check, Finding, TextFix } from '../findings';
import { HeadingKind } from '../headings';
import { Heading, ReportModel } from '../reportModel';
import { Span } from '../text';

export const HEADING_SEQUENCE = 'heading-sequence';

/** Headings renumbered by one fix at most: a pasted list of thousands gets a bounded edit. */
const MAX_RENUMBERED = 200;

/** `ordinal` in the digit width the marker uses (`１２` for a full-width marker). */
function digitsLike(marker: string, ordinal: number): string {
  const digits = String(ordinal);
  return /[０-９]/.test(marker) ? digits.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : digits;
}

/** How the marker of `ordinal` is written in the style of `like` (keeps its brackets, width and separator). */
export function markerFor(like: Heading, ordinal: number): string {
  const m = like.marker;
  switch (like.kind) {
    case 'chapter':
      return formatChineseOrdinal(ordinal) + m.slice(-1);
    case 'section':
      return m[0] + formatChineseOrdinal(ordinal) + m[m.length - 1];
    case 'item':
      return digitsLike(m, ordinal) + m.replace(/^[0-9０-９]+\s*/, '');
    case 'subitem':
      return m[0] + digitsLike(m, ordinal) + m[m.length - 1];
    case 'circled':
      return formatCircled(ordinal);
    case 'inline':
      return formatChineseOrdinal(ordinal) + '是';
    case 'plain':
    case 'part':
      return m;
  }
}

const KIND_NAME: Record<HeadingKind, { zh: string; en: string }> = {
  chapter: { zh: '一级标题', en: 'level-1 heading' },
  section: { zh: '二级标题', en: 'level-2 heading' },
  item: { zh: '三级标题', en: 'level-3 heading' },
  subitem: { zh: '四级标题', en: 'level-4 heading' },
  circled: { zh: '五级标题', en: 'level-5 heading' },
  inline: { zh: '并列项', en: 'list item' },
  plain: { zh: '标题', en: 'heading' },
  part: { zh: '部分', en: 'part' },
};

function checkSiblings(siblings: readonly Heading[], findings: Finding[]): void {
  // Each marker form runs its own sequence among the siblings.
  const byKind = new Map<HeadingKind, Heading[]>();
  for (const h of siblings) {
    if (h.kind === 'plain' || h.kind === 'part') continue;
    let list = byKind.get(h.kind);
    if (!list) byKind.set(h.kind, (list = []));
    list.push(h);
  }
  for (const [kind, list] of byKind) {
    const name = KIND_NAME[kind];
    /** Marker and title of the headings met so far: one met again is text repeated by a copy. */
    const seen = new Set<string>();
    for (let i = 0; i < list.length; i++) {
      const h = list[i]!;
      const key = `${h.ordinal}\u0000${h.title}`;
      const repeated = seen.has(key);
      seen.add(key);
      if (h.missingShi) {
        const fixed = markerFor(h, h.ordinal);
        findings.push({
          rule: HEADING_SEQUENCE,
          severity: 'warning',
          span: h.markerSpan,
          message: {
            zh: `并列项“${h.marker}”缺少“是”:按前文“${markerFor(h, h.ordinal - 1)}”,应为“${fixed}”`,
            en: `List item "${h.marker}" lacks 是: after "${markerFor(h, h.ordinal - 1)}" it should read "${fixed}"`,
          },
          related: i > 0 ? [{ span: list[i - 1]!.markerSpan, message: { zh: '前一项', en: 'previous item' } }] : [],
          arithmetic: `${markerFor(h, h.ordinal - 1)} → ${fixed}`,
          fix: { span: h.markerSpan, replacement: fixed },
        });
        continue;
      }
      // The first of a sequence may be any number: a file may start in its second part, and a
      // level may be numbered straight through the document. Numbering that starts again at one
      // is a new sequence (a new part, a paragraph's own list, the text pasted twice).
      // A heading identical to an earlier one is a stretch of text pasted twice, not a numbering
      // slip; the numbering goes on from it.
      if (i === 0 || repeated) continue;
      const prev = list[i - 1]!;
      // A second `(一)` right after the first is a slip; after a longer run, one starts a new list.
      // Items (`1.`) are left alone even then: a paragraph may number its single point.
      if (h.ordinal === 1 && (prev.ordinal > 1 || kind === 'item' || kind === 'subitem' || kind === 'circled' || kind === 'inline')) continue;
      const expected = prev.ordinal + 1;
      if (h.ordinal === expected) continue;
      const exp = markerFor(h, expected);
      const related = [{ span: prev.markerSpan, message: { zh: `前一个编号“${prev.marker}”`, en: `previous number "${prev.marker}"` } }];
      let message: { zh: string; en: string };
      let fix: TextFix | undefined;
      if (h.ordinal === prev.ordinal) {
        // A repeated number: this one and those numbered on from it move up by one (`(四)(四)(五)`
        // becomes `(四)(五)(六)`). A skip or a disorder may be a missing section: no fix is guessed.
        const also: { span: Span; replacement: string }[] = [];
        for (let k = i + 1; k < list.length && also.length < MAX_RENUMBERED && list[k]!.ordinal === list[k - 1]!.ordinal + 1 && !list[k]!.missingShi; k++) {
          also.push({ span: list[k]!.markerSpan, replacement: markerFor(list[k]!, list[k]!.ordinal + 1) });
        }
        fix = { span: h.markerSpan, replacement: exp, ...(also.length > 0 ? { also } : {}) };
        message = {
          zh: `${name.zh}编号重复:“${h.marker}”紧接在“${prev.marker}”之后,应为“${exp}”`,
          en: `Repeated ${name.en} number: "${h.marker}" follows "${prev.marker}"; expected "${exp}"`,
        };
      } else if (h.ordinal > expected) {
        const missing = h.ordinal - expected === 1 ? `“${exp}”` : `“${exp}”至“${markerFor(h, h.ordinal - 1)}”`;
        message = {
          zh: `${name.zh}编号跳号:“${prev.marker}”之后是“${h.marker}”,缺少${missing}`,
          en: `Skipped ${name.en} number: "${h.marker}" follows "${prev.marker}"; "${exp}" is missing`,
        };
      } else {
        message = {
          zh: `${name.zh}编号顺序错误:“${h.marker}”出现在“${prev.marker}”之后,应为“${exp}”`,
          en: `${name.en[0]!.toUpperCase()}${name.en.slice(1)} numbers out of order: "${h.marker}" follows "${prev.marker}"; expected "${exp}"`,
        };
      }
      findings.push({
        rule: HEADING_SEQUENCE,
        severity: 'warning',
        span: h.markerSpan,
        message,
        related,
        arithmetic: `${prev.marker} → ${h.marker}(${exp})`,
        ...(fix ? { fix } : {}),
      });
    }
  }
}

function checkHeadingSequence(model: ReportModel): Finding[] {
  const findings: Finding[] = [];
  // Siblings are checked level by level; a part (an attachment, a glossary, the year's tasks
  // after an unnumbered title) holds its headings as children, so they number on their own.
  const stack: (readonly Heading[])[] = [model.roots];
  while (stack.length > 0) {
    const siblings = stack.pop()!;
    checkSiblings(siblings, findings);
    for (const h of siblings) if (h.children.length > 0) stack.push(h.children);
  }
  return findings;
}

export const headingSequenceCheck: Check = { rule: HEADING_SEQUENCE, run: checkHeadingSequence };
