/**
 * The structure of a report above its headings: the parts a work report is made of — the review
 * of last year (or of five years), this year's tasks and targets, the problems, a glossary,
 * attachments — and the period each stretch of text speaks of.
 *
 * Parts matter twice. Heading numbering starts again where a part starts (`2026年工作安排` after the
 * review, `名词解释` at the end), so a restart there is no mistake. And a figure in the tasks part is
 * a target, not a result: it is not the same figure as last year's result under the same name.
 */
import type { Heading, ReportModel } from './reportModel';
import { lowerBound } from './text';
import {
  APPENDIX_TITLES, GLOSSARY_TITLES, PLAN_TITLE_WORDS, PROBLEM_TITLE_WORDS, REVIEW_TITLE_WORDS, mentions,
} from './vocabulary';

export type PartKind = 'review' | 'plan' | 'problems' | 'glossary' | 'appendix' | 'other';

export interface PartTitle {
  readonly kind: PartKind;
}

/** What a stretch of text speaks of: last year, a longer past (five years), or the plans ahead. */
export type Period = 'past' | 'longPast' | 'plan' | 'unknown';

const SENTENCE_PUNCTUATION = /[。，,；;！？!?、]/;
const APPENDIX = new RegExp(`^[#*\\s]*(?:${APPENDIX_TITLES.join('|')})\\s*[0-9０-９一二三四五六七八九十]*\\s*(?:[:：]|$)`);
const GLOSSARY = new RegExp(`^[#*\\s]*(?:${GLOSSARY_TITLES.join('|')})\\s*[:：]?\\s*$`);
const LONG_PAST = /(十四五|五年|过去\d+年|近年来)/;

/**
 * Whether a line reads as the title of a part: short, with no sentence punctuation, and some
 * Chinese in it. (Whether it opens a part is decided by what follows it; see `parseReport`.)
 */
export function isPartTitle(line: string): boolean {
  const t = line.replace(/^[#*\s]+|[*\s]+$/g, '');
  if (t.length < 2 || t.length > 32 || SENTENCE_PUNCTUATION.test(t) || /^[-—]/.test(t)) return false;
  if (APPENDIX.test(t)) return true;
  let han = 0;
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) >= 0x4e00 && t.charCodeAt(i) <= 0x9fff) han++;
  return han >= 2 && !/[:：]./.test(t);
}

/** Which part a title names, if it names one: `名词解释`, `附件2`, `2026年工作安排`, `一、2025年工作回顾`. */
export function partTitleOf(title: string): PartTitle | undefined {
  const t = title.trim();
  if (APPENDIX.test(t)) return { kind: 'appendix' };
  if (GLOSSARY.test(t)) return { kind: 'glossary' };
  if (mentions(t, PROBLEM_TITLE_WORDS) && !mentions(t, REVIEW_TITLE_WORDS)) return { kind: 'problems' };
  if (mentions(t, REVIEW_TITLE_WORDS)) return { kind: 'review' };
  if (mentions(t, PLAN_TITLE_WORDS) || /20\d\d年(?:主要)?(?:工作|任务)/.test(t) && !/回顾/.test(t)) return { kind: 'plan' };
  return undefined;
}

/** Periods of titles already read: every figure asks for the period of its headings. */
const titlePeriods = new WeakMap<Heading, Period | 'none'>();

/** The period a heading's title speaks of, when it says. */
function periodOfTitle(h: Heading): Period | undefined {
  let p = titlePeriods.get(h);
  if (p === undefined) titlePeriods.set(h, (p = readPeriodOfTitle(h) ?? 'none'));
  return p === 'none' ? undefined : p;
}

function readPeriodOfTitle(h: Heading): Period | undefined {
  const kind = h.part ?? (h.kind === 'inline' ? undefined : partTitleOf(h.title)?.kind);
  if (kind === 'plan') return 'plan';
  if (kind === 'review') return LONG_PAST.test(h.title) ? 'longPast' : 'past';
  if (LONG_PAST.test(h.title) && h.kind !== 'inline') return 'longPast';
  return undefined;
}

/** The innermost heading whose section holds `offset`, with its ancestors, outermost first. */
function headingPathAt(model: ReportModel, offset: number): Heading[] {
  const path: Heading[] = [];
  let level: readonly Heading[] = model.roots;
  for (;;) {
    const i = lowerBound(level, offset + 1, (c) => c.sectionSpan.start) - 1;
    const h = i >= 0 ? level[i] : undefined;
    if (!h || offset >= h.sectionSpan.end || h.kind === 'inline') return path;
    path.push(h);
    level = h.children;
  }
}

/**
 * The period the text at `offset` speaks of: the innermost heading that says (a `（一）“十四五”时期
 * 主要成就` inside a review), else the part it stands in.
 */
export function periodAt(model: ReportModel, offset: number): Period {
  const path = headingPathAt(model, offset);
  for (let k = path.length - 1; k >= 0; k--) {
    const p = periodOfTitle(path[k]!);
    if (p) return p;
  }
  return 'unknown';
}

/** The part of the report the text at `offset` stands in (`other` where no title says). */
export function partAt(model: ReportModel, offset: number): PartKind {
  const path = headingPathAt(model, offset);
  for (const h of path) if (h.part) return h.part;
  return 'other';
}
