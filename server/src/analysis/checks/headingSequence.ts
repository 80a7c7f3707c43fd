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
import { Check, Finding, TextFix } from '../findings';
import { FORM_OF, HeadingKind } from '../headingForms';
import { Heading, ReportModel } from '../reportModel';
import { Span } from '../text';

export const HEADING_SEQUENCE = 'heading-sequence';

/** Headings renumbered by one fix at most: a pasted list of thousands gets a bounded edit. */
const MAX_RENUMBERED = 200;

/** How the marker of `ordinal` is written in the style of `like` (keeps its brackets, width and separator). */
export function markerFor(like: Heading, ordinal: number): string {
  return FORM_OF[like.kind].markerFor(like.marker, ordinal);
}

/**
 * The last number of a heading's run written inline in its section, each opening a sentence
 * (`（一）…。（二）…。（五）…` in one paragraph, then `（六）` opening the next): the numbering runs on
 * from it. The heading's own number where none is.
 */
function lastInline(text: string, prev: Heading, before: number): number {
  const body = text.slice(prev.headingSpan.end, prev.sectionSpan.end);
  let at = 0;
  let n = prev.ordinal;
  while (n + 1 < before) {
    const marker = markerFor(prev, n + 1);
    let found = -1;
    for (let k = body.indexOf(marker, at); k >= 0; k = body.indexOf(marker, k + 1)) {
      // (A number inside a sentence, `依照第(二)项`, is a reference, not an item.)
      if (k === 0 || /[。；;！？!?\s]/.test(body[k - 1]!)) {
        found = k;
        break;
      }
    }
    if (found < 0) break;
    at = found + marker.length;
    n++;
  }
  return n;
}

function checkSiblings(text: string, siblings: readonly Heading[], findings: Finding[]): void {
  // Each marker form runs its own sequence among the siblings.
  const byKind = new Map<HeadingKind, Heading[]>();
  for (const h of siblings) {
    if (h.kind === 'plain' || h.kind === 'part') continue;
    let list = byKind.get(h.kind);
    if (!list) byKind.set(h.kind, (list = []));
    list.push(h);
  }
  for (const [kind, list] of byKind) {
    const form = FORM_OF[kind];
    const name = form.name;
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
      // The numbers written inline in the previous section count as its run.
      const ranTo = h.ordinal > prev.ordinal + 1 ? lastInline(text, prev, h.ordinal) : prev.ordinal;
      // A second `(一)` right after the first is a slip; after a longer run, one starts a new list.
      // Items (`1.`) are left alone even then: a paragraph may number its single point.
      if (h.ordinal === 1 && (prev.ordinal > 1 || form.restartsFreely)) continue;
      const expected = ranTo + 1;
      if (h.ordinal === expected) continue;
      // `(五)(五)(七)`: the repeated number stands for the one the next takes up from; the repeat is the
      // one slip, already reported.
      if (i >= 2 && list[i - 2]!.ordinal === prev.ordinal && h.ordinal === prev.ordinal + 2) continue;
      // `四是…六是…五是`: two numbers swapped, reported once at the first of them.
      if (i >= 2 && list[i - 2]!.ordinal === h.ordinal - 1 && prev.ordinal === h.ordinal + 1) continue;
      const next = list[i + 1];
      const swapped = next !== undefined && h.ordinal === expected + 1 && next.ordinal === expected;
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
      } else if (swapped) {
        related.push({ span: next.markerSpan, message: { zh: `后一个编号“${next.marker}”`, en: `next number "${next.marker}"` } });
        message = {
          zh: `${name.zh}编号顺序颠倒:“${h.marker}”出现在“${next.marker}”之前`,
          en: `${name.en[0]!.toUpperCase()}${name.en.slice(1)} numbers swapped: "${h.marker}" comes before "${next.marker}"`,
        };
      } else if (h.ordinal > expected) {
        const missing = h.ordinal - expected === 1 ? `“${exp}”` : `“${exp}”至“${markerFor(h, h.ordinal - 1)}”`;
        const after = ranTo > prev.ordinal ? markerFor(prev, ranTo) : prev.marker;
        message = {
          zh: `${name.zh}编号跳号:“${after}”之后是“${h.marker}”,缺少${missing}`,
          en: `Skipped ${name.en} number: "${h.marker}" follows "${after}"; "${exp}" is missing`,
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
    checkSiblings(model.text, siblings, findings);
    for (const h of siblings) if (h.children.length > 0) stack.push(h.children);
  }
  return findings;
}

export const headingSequenceCheck: Check = {
  rule: HEADING_SEQUENCE,
  title: { zh: '标题编号错误', en: 'Broken heading numbering' },
  description: {
    zh: '标题编号错误:重复、跳号、顺序错误,或“一是、二是”并列项中断。',
    en: 'Broken heading numbering: a repeated, skipped or out-of-order number, or an inline list that breaks.',
  },
  run: checkHeadingSequence,
};
