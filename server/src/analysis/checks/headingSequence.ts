/**
 * `heading-sequence`: broken heading numbering — a repeated number (a second `(四)`), a skipped
 * one (`1.` then `3.`), one out of order, a first heading that is not number one, and an inline
 * list that breaks (`一是…二是…四是`, or `三` written without its 是).
 *
 * Numbering restarts under each parent, and each marker form counts on its own: `1.` items and
 * `(一)` sections under the same `一、` are two sequences. An inline list restarts at every `一是`.
 */
import { formatChineseOrdinal, formatCircled } from '../chineseNumerals';
import { Check, Finding } from '../findings';
import { HeadingKind } from '../headings';
import { Heading, ReportModel } from '../reportModel';

export const HEADING_SEQUENCE = 'heading-sequence';

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
};

/**
 * Some reports number a level straight through the document instead of restarting it under each
 * parent (`一、…(一)(二) 二、…(三)(四)`). A first child that continues the previous heading of its
 * form is that style, not a mistake.
 */
function continuesDocumentNumbering(h: Heading, previousOfKind: ReadonlyMap<Heading, Heading>): boolean {
  const before = previousOfKind.get(h);
  return before !== undefined && before.ordinal === h.ordinal - 1;
}

function checkSiblings(siblings: readonly Heading[], findings: Finding[], previousOfKind: ReadonlyMap<Heading, Heading>): void {
  // Each marker form runs its own sequence among the siblings.
  const byKind = new Map<HeadingKind, Heading[]>();
  for (const h of siblings) {
    if (h.kind === 'plain') continue;
    let list = byKind.get(h.kind);
    if (!list) byKind.set(h.kind, (list = []));
    list.push(h);
  }
  for (const [kind, list] of byKind) {
    const name = KIND_NAME[kind];
    for (let i = 0; i < list.length; i++) {
      const h = list[i]!;
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
        });
        continue;
      }
      if (i === 0 || (kind === 'inline' && h.ordinal === 1)) {
        // An inline list starts only at 一是, so only block headings can start wrong.
        if (h.ordinal !== 1 && kind !== 'inline' && !continuesDocumentNumbering(h, previousOfKind)) {
          findings.push({
            rule: HEADING_SEQUENCE,
            severity: 'warning',
            span: h.markerSpan,
            message: {
              zh: `${name.zh}编号未从“${markerFor(h, 1)}”开始:第一个是“${h.marker}”`,
              en: `The ${name.en} numbering does not start at "${markerFor(h, 1)}": the first is "${h.marker}"`,
            },
            related: [],
            arithmetic: `${markerFor(h, 1)} → ${h.marker}`,
          });
        }
        continue;
      }
      const prev = list[i - 1]!;
      const expected = prev.ordinal + 1;
      if (h.ordinal === expected) continue;
      const exp = markerFor(h, expected);
      const related = [{ span: prev.markerSpan, message: { zh: `前一个编号“${prev.marker}”`, en: `previous number "${prev.marker}"` } }];
      let message: { zh: string; en: string };
      if (h.ordinal === prev.ordinal) {
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
      });
    }
  }
}

function checkHeadingSequence(model: ReportModel): Finding[] {
  const findings: Finding[] = [];
  // The heading of the same form just before each heading, anywhere in the document.
  const previousOfKind = new Map<Heading, Heading>();
  const lastOfKind = new Map<string, Heading>();
  for (const h of model.headings) {
    const last = lastOfKind.get(h.kind);
    if (last) previousOfKind.set(h, last);
    lastOfKind.set(h.kind, h);
  }
  const visit = (siblings: readonly Heading[]) => {
    checkSiblings(siblings, findings, previousOfKind);
    for (const h of siblings) if (h.children.length > 0) visit(h.children);
  };
  // The report and each attachment number their top level on their own.
  const parts: Heading[][] = [[]];
  let next = 0;
  for (const h of model.roots) {
    while (next < model.partBreaks.length && model.partBreaks[next]! < h.line) {
      parts.push([]);
      next++;
      // The first heading of an attachment has nothing before it to continue.
      if (h.kind !== 'inline') previousOfKind.delete(h);
    }
    parts[parts.length - 1]!.push(h);
  }
  for (const part of parts) visit(part);
  return findings;
}

export const headingSequenceCheck: Check = { rule: HEADING_SEQUENCE, run: checkHeadingSequence };
