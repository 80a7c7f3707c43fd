/**
 * Restatements: one specific figure stated twice — `受理行政复议申请151件` in the summary,
 * `受理行政复议申请115件` in the detail.
 *
 * Two statements are the same figure only when they name the same indicator, scope and period:
 * identical, specific labels (eight characters or more, or six with a scope such as `全区`), one
 * unit, both exact, both in the same part of the report (never last year's result against this
 * year's target), no other year, no plan or comparison words, no cumulative or five-year total, and
 * neither a per-head figure nor the year's increment against a stock. Even so the pairing rests on
 * wording alone: it is `inferred`.
 *
 * A target built on last year's figure restates it in words that say so: `地区生产总值在上年321.6亿元
 * 的基础上增长6.5%左右`, in the plan, is the review's `全县地区生产总值达到312.6亿元`. That pairing is
 * `explicit` (form `baseOfTarget`): the words name the figure as last year's.
 */
import { Figure } from '../figures';
import { ReportModel } from '../reportModel';
import { partAt, periodAt } from '../structure';
import { Evidence, isExactCount, Reading } from './common';

export interface Restatement {
  readonly kind: 'restatement';
  /** `sameLabel`: two figures of one specific label; `baseOfTarget`: last year's figure a target is built on. */
  readonly form: 'sameLabel' | 'baseOfTarget';
  readonly first: Figure;
  readonly again: Figure;
  readonly reading: Reading;
  readonly evidence: readonly Evidence[];
}

const OTHER_PERIOD = /(上年|去年|同期|上一年|前年|较|比|目标|计划|力争|预计|预期|争取|将|拟|年均|平均|每|累计|五年|十四五|十三五|十五五)/;
const LONGER_PERIOD = /(五年|累计|十四五|十三五|以来)/;
/** A label this long names one metric; a shorter one (`解答法律咨询`) recurs across services. */
const SPECIFIC_LABEL = 8;
const SCOPED_LABEL = 6;
const SCOPE = /^(全区|全县|全市|全省|全镇|全乡|全局|全系统|全年|共)/;

function yearsIn(text: string): string {
  return [...new Set(text.match(/(19|20)\d\d(?=年)/g) ?? [])].sort().join(',');
}

export function readRestatements(model: ReportModel): Restatement[] {
  const out: Restatement[] = [];
  const sentenceText = (f: Figure) => {
    const s = model.sentences[f.sentence]!.span;
    return model.text.slice(s.start, s.end);
  };
  /** The period of each sentence's figures: one heading path, looked up once per sentence. */
  const periods = new Map<number, ReturnType<typeof periodAt>>();
  const periodOf = (f: Figure) => {
    let p = periods.get(f.sentence);
    if (p === undefined) periods.set(f.sentence, (p = periodAt(model, model.sentences[f.sentence]!.span.start)));
    return p;
  };
  /** Where each sentence first names a longer period (`五年`, `累计`), searched once per sentence. */
  const longerPeriodAt = new Map<number, number>();
  const longerPeriodOf = (f: Figure, text: string) => {
    let at = longerPeriodAt.get(f.sentence);
    if (at === undefined) {
      const m = LONGER_PERIOD.exec(text);
      longerPeriodAt.set(f.sentence, (at = m ? model.sentences[f.sentence]!.span.start + m.index + m[0].length : Infinity));
    }
    return at;
  };
  // Figures that name one metric, grouped by label and unit in document order: only a label stated
  // twice can be a restatement, so the costlier tests below run for those alone.
  const byKey = new Map<string, Figure[]>();
  for (const f of model.figures) {
    const specific = f.label.length >= SPECIFIC_LABEL || (f.label.length >= SCOPED_LABEL && SCOPE.test(f.label));
    if (!isExactCount(f) || !specific || /[0-9０-９]/.test(f.label) || f.totalCue || f.label.startsWith('其中')) continue;
    if (f.plan || f.cumulative || f.perUnit || f.prior || f.change) continue;
    const key = `${f.label}\u0000${f.quantity.unit}`;
    const group = byKey.get(key);
    if (group) group.push(f);
    else byKey.set(key, [f]);
  }
  const ofThisPeriod = (f: Figure) => {
    const s = model.sentences[f.sentence]!.span;
    const text = sentenceText(f);
    if (OTHER_PERIOD.test(text.slice(Math.max(0, f.labelSpan.start - s.start - 8), f.quantity.span.end - s.start))) return false;
    // `五年累计改造…、新增学位3.2万个`: a longer period named anywhere before the figure in its sentence.
    if (longerPeriodOf(f, text) <= f.quantity.span.start) return false;
    const period = periodOf(f);
    return period !== 'plan' && period !== 'longPast';
  };
  const found: Restatement[] = [];
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    let earlier: Figure | undefined;
    for (const f of group) {
      if (!earlier) {
        if (ofThisPeriod(f)) earlier = f;
        continue;
      }
      // The cheap tests first: the same figure again, or in the same sentence, is no restatement.
      if (earlier.sentence === f.sentence || earlier.quantity.value === f.quantity.value || !ofThisPeriod(f)) continue;
      if (partAt(model, earlier.quantity.span.start) !== partAt(model, f.quantity.span.start) || periodOf(earlier) !== periodOf(f)) continue;
      if (earlier.increment !== f.increment) continue;
      if (yearsIn(sentenceText(earlier)) !== yearsIn(sentenceText(f))) continue;
      found.push({ kind: 'restatement', form: 'sameLabel', first: earlier, again: f, reading: 'inferred', evidence: [{ words: f.label, span: f.labelSpan }] });
    }
  }
  // (Built only for a report with a target on last year's base: most have none.)
  let reviewed: Map<string, Figure | null> | undefined;
  for (const f of model.figures) {
    if (!/^的?基础上/.test(f.following)) continue;
    reviewed ??= reviewFigures(model, periodOf, ofThisPeriod);
    const base = baseOfTarget(f, periodOf, reviewed);
    if (base) found.push({ kind: 'restatement', form: 'baseOfTarget', first: base, again: f, reading: 'explicit', evidence: [{ words: f.label, span: f.labelSpan }] });
  }
  // In document order, as every reader gives its relations.
  found.sort((a, b) => a.again.index - b.again.index);
  for (const r of found) out.push(r);
  return out;
}

/** `地区生产总值在上年321.6亿元的基础上`: the indicator named before 在, last year's figure after. */
const BASE_OF_TARGET = /^(?:全(?:区|县|市|省|州|旗|盟))?([\u4e00-\u9fff]{4,16}?)(?:要|力争|预期|预计)?在(?:上年|上一年|去年|20\d\d年)(?:实际完成|完成|实现)?$/;
/** `在去年城镇新增就业5.28万人的基础上`: the indicator named after last year. */
const BASE_NAMED_AFTER = /^(?:[\u4e00-\u9fff]{0,12}[，,])?在(?:上年|上一年|去年|20\d\d年)(?:全(?:区|县|市|省|州|旗|盟))?([\u4e00-\u9fff]{4,16})$/;
/**
 * An indicator's name as a key that does not depend on the order of its words: `城镇新增就业` and
 * `新增城镇就业` are one indicator, written either way.
 */
function indicatorKey(name: string, unit: string): string {
  return `${[...name].sort().join('')}\u0000${unit}`;
}
/** The review's words for the same indicator: its scope and verb left out. */
const REVIEW_LABEL = /^(?:全(?:区|县|市|省|州|旗|盟))?(?:全年|年内)?([\u4e00-\u9fff]{4,16}?)(?:总量)?(?:达到|达|为|实现|完成|突破)?$/;

/**
 * The review's figures by indicator and unit (`地区生产总值` in 亿元), built once per report: the
 * one exact figure of the review part (this year's, of the period the report looks back on) of that
 * name, or null where the review states the indicator several ways.
 */
function reviewFigures(model: ReportModel, periodOf: (f: Figure) => string, ofThisPeriod: (f: Figure) => boolean): Map<string, Figure | null> {
  const out = new Map<string, Figure | null>();
  for (const g of model.figures) {
    if (!isExactCount(g) || g.plan || g.prior || g.change || g.cumulative || g.perUnit || g.totalCue) continue;
    const name = REVIEW_LABEL.exec(g.label)?.[1];
    if (name === undefined || periodOf(g) !== 'past' || !ofThisPeriod(g)) continue;
    const key = indicatorKey(name, g.quantity.unit);
    const seen = out.get(key);
    if (seen === undefined) out.set(key, g);
    else if (seen !== null && seen.quantity.value !== g.quantity.value) out.set(key, null);
  }
  return out;
}

/** The review's figure a target restates as last year's, where it states it otherwise. */
function baseOfTarget(f: Figure, periodOf: (f: Figure) => string, reviewed: Map<string, Figure | null>): Figure | undefined {
  if (!isExactCount(f) || !/^的?基础上/.test(f.following) || periodOf(f) !== 'plan') return undefined;
  const name = BASE_OF_TARGET.exec(f.label)?.[1] ?? BASE_NAMED_AFTER.exec(f.label)?.[1];
  if (name === undefined) return undefined;
  const found = reviewed.get(indicatorKey(name, f.quantity.unit));
  // (Only one stated before the target: the review comes first.)
  if (!found || found.index >= f.index || sameWhenRounded(found, f)) return undefined;
  return found;
}

function sameWhenRounded(a: Figure, b: Figure): boolean {
  const coarser = a.quantity.decimals <= b.quantity.decimals ? a : b;
  const finer = coarser === a ? b : a;
  const scale = coarser.quantity.value / Number(coarser.quantity.numberText.replace(/[^0-9.]/g, '') || 1);
  const step = scale * 10 ** -coarser.quantity.decimals;
  return Math.abs(finer.quantity.value - coarser.quantity.value) <= step / 2 + 1e-9 * Math.abs(coarser.quantity.value);
}
