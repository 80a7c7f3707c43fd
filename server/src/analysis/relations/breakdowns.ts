/**
 * Totals and their parts.
 *
 * Four shapes are read, each tied by the text's own words:
 * - `listThenTotal`: `A项、B项、C项,共计T项` — a `、` list of one unit closed by a total cue;
 * - `clauseTable`: `市局418件,东湖区局1026件,西湖区局…,合计4386件` — clauses of one unit with
 *   parallel labels, closed by a total cue;
 * - `totalThenList`: `共T件,分别为A件、B件` or `28个主要指标,包括20个预期性指标、8个约束性指标` —
 *   a total, then a breakdown cue and parts that name things of one kind;
 * - `subset`: `经营主体1163.7万户,其中企业410.1万户` — parts singled out by `其中`/`含`, which need
 *   not be all of the total. A `其中` that opens a sentence refers to a figure of the one before.
 *
 * A total is never a figure per head (`每千人6.6批次`), a difference (`比上年增加1200万元`), last
 * year's figure or a bound that parts cannot contradict (`超11亿人次`); a part is never a threshold
 * (`50万元以上、500万元以下`).
 */
import { Figure, Sentence } from '../figures';
import { ReportModel } from '../reportModel';
import { BREAKDOWN_CUES, COMPOUND_TOTALS, CONCLUDED_WORDS, NEGATIONS, OPEN_LIST_WORDS, OUTCOME_VERBS, pattern } from '../vocabulary';
import { between, clauseBefore, Evidence, headOf, indexInSentence, isCountLike, isExactCount, nounOf, parallel, Reading, roundingError, sameUnit } from './common';

export type BreakdownForm = 'listThenTotal' | 'clauseTable' | 'totalThenList' | 'subset';

export interface Breakdown {
  readonly kind: 'breakdown';
  readonly form: BreakdownForm;
  /** The total the words point to. */
  readonly total: Figure;
  /**
   * Every figure the total may be, nearest first (the first is `total`): a `其中` opening a
   * sentence may refer to any count of the sentence before.
   */
  readonly totals: readonly Figure[];
  readonly parts: readonly Figure[];
  /** The parts are all of the total: their sum should equal it. */
  readonly exhaustive: boolean;
  /** The parts do not overlap: their sum may not pass the total. */
  readonly disjoint: boolean;
  readonly reading: Reading;
  readonly evidence: readonly Evidence[];
}

const BREAKDOWN = pattern([BREAKDOWN_CUES]);
const CONCLUDED = pattern([CONCLUDED_WORDS]);
const OUTCOME_TAIL = new RegExp(`(?:${[...OUTCOME_VERBS].sort((a, b) => b.length - a.length).join('|')})$`);
const NEGATED = new RegExp(`^(?:${NEGATIONS.join('|')})予?`);
const LEADING_TOTAL = /^(?:\d{4}年度?|全年|今年|年内)?(共计|合计|共)/;
/** The breakdown follows its total at once, perhaps after the total's noun: `28个主要指标,包括…`. */
const AFTER_TOTAL_BREAKDOWN = new RegExp(`^[\\u4e00-\\u9fff“”"]{0,10}[\\s，,：:]*(?:其中)?[\\s，,：:]*(${BREAKDOWN.source})[:：]?`);
/** `其中` (or `内含`, or `含` opening a clause or bracket) right before the part's words. */
const PART_CUE = /(?:其中|内含|(?:^|[，,、：:（(])\s*含)/;
const OPEN_AFTER = new RegExp(`^\\s*(?:${OPEN_LIST_WORDS.join('|')})`);
/** Between parts of one list: a comma, `以及`, `和`, words describing the next part. */
const PART_JOIN_WORDS = /^[^。；;]*$/;

/** Units a part may share with its total: the same, or `个` against `项` (`12个项目…其中1项`). */
function subsetUnit(total: Figure, part: Figure): boolean {
  if (sameUnit(total, part)) return true;
  const a = total.quantity.unit;
  const b = part.quantity.unit;
  return (a === '个' && b === '项') || (a === '项' && b === '个');
}

/** A figure that can be a total: a count or amount of a whole, not a ratio, a difference or last year's. */
function canBeTotal(f: Figure): boolean {
  return isCountLike(f) && !f.perUnit && f.change !== 'increase' && f.change !== 'decrease' && !f.prior && !f.quantity.singleCharacter;
}

/** A figure that can be a part: a count or amount, not a threshold (`50万元以上`, `500万元以下`). */
function canBePart(f: Figure): boolean {
  const q = f.quantity.qualifier;
  return isCountLike(f) && !f.perUnit && q !== 'atMost' && q !== 'nearly' && !f.prior;
}

/** The `、` list of same-unit exact counts ending right before `end` (an index in `figures`). */
function listBefore(model: ReportModel, figures: readonly Figure[], end: number, unitOf: Figure): Figure[] {
  const parts: Figure[] = [];
  for (let i = end - 1; i >= 0; i--) {
    const f = figures[i]!;
    if (!isExactCount(f) || !sameUnit(f, unitOf) || !canBePart(f) || f.change) break;
    parts.push(f);
    // A total closes its own list: `…,共1件、…,共2件` is two lists, not one growing with each total.
    // The list's last item may follow `和`: `1个市政府、8个区政府和107个街道,共116个`.
    const joinedByAnd = f.separatorBefore === 'other' && parts.length === 1 && i > 0 && figures[i - 1]!.separatorBefore !== 'start' && /^[^，,。；;]*(?:和|及|以及)[^，,。；;]*$/.test(between(model.text, figures[i - 1]!, f)) && figures[i - 1]!.separatorBefore === '、';
    if ((f.separatorBefore !== '、' && !joinedByAnd) || f.totalCue) break;
  }
  return parts.reverse();
}

/**
 * A table written as clauses: every figure of the sentence before the total is a count of its
 * unit, each with its own label (`市局418件,东湖区局1,026件,…,合计4,386件`). At least three, so that
 * `受理120件,办结100件,合计…` is not read as one.
 */
function clauseTableBefore(figures: readonly Figure[], end: number, unitOf: Figure): Figure[] | undefined {
  const parts = figures.slice(0, end);
  if (parts.length < 3 || parts.some((f) => !isExactCount(f) || !sameUnit(f, unitOf) || f.label.length < 2 || f.change || f.perUnit)) return undefined;
  if (parts.slice(1).some((f) => f.separatorBefore !== ',' && f.separatorBefore !== '、')) return undefined;
  return new Set(parts.map((f) => f.label)).size === parts.length ? parts : undefined;
}

/**
 * The parts of a list that starts at `start`: figures of the total's unit joined by `、`, or by a
 * comma or `以及` when they name things of one kind (`国内民事公证1148件,涉外公证131件`). Figures of
 * other units between them describe the parts (`地区生产总值年均增长5%左右…等16个预期性指标`) when
 * `skipOthers`; a growth percentage right after a part (`企业410.1万户、增长7.7%`) is its own.
 */
function partsFrom(model: ReportModel, figures: readonly Figure[], start: number, unitOf: Figure, skipOthers: boolean): { parts: Figure[]; listed: boolean } {
  const first = figures[start]!;
  const parts: Figure[] = [first];
  let listed = false;
  for (let k = start + 1; k < figures.length; k++) {
    const f = figures[k]!;
    if (!sameUnit(f, unitOf) || !isCountLike(f)) {
      if (f.growth || skipOthers || f.quantity.kind === 'percentagePoint') continue;
      break;
    }
    if (f.totalCue || f.change || f.prior || !canBePart(f)) break;
    const prev = parts[parts.length - 1]!;
    const gap = between(model.text, prev, f);
    // A figure with a cue of its own (`其中`, `包括`) starts another group; a part followed by a
    // breakdown cue is a total of its own (`受理2件包括…、受理2件包括…`).
    if (!PART_JOIN_WORDS.test(gap) || PART_CUE.test(gap) || BREAKDOWN.test(gap)) break;
    // `、调解和解后终止17件` is the next item of a `、` list, though its name holds 和.
    const commaOrAnd = /[，,]|以及/.test(gap) || /^\s*(?:和|及|与)/.test(gap);
    if (!commaOrAnd && /、/.test(gap)) {
      parts.push(f);
      listed = true;
    } else if (parallel(f, first)) parts.push(f);
    // `幼儿园5所、小学4所、初中3所以及高中2所`: the last item of a 、 list after 以及 or 和.
    else if (listed && /^\s*(?:以及|和|及)[^，,、]{0,12}$/.test(gap)) {
      parts.push(f);
      break;
    } else break;
  }
  return { parts, listed };
}

/**
 * The totals a part singled out by `其中` may belong to, nearest first: figures of its unit before
 * it in the sentence that can be totals; for a `其中` opening the sentence, those of the sentence
 * before. A `由A增至B` total pairs its ends with a part's.
 */
function subsetTotals(model: ReportModel, sentenceIndex: number, at: number, part: Figure): Figure[] {
  const figures = model.sentences[sentenceIndex]!.figures;
  const out: Figure[] = [];
  for (let j = at - 1; j >= 0; j--) {
    const f = figures[j]!;
    if (f.inParentheses && !part.inParentheses) continue;
    if (!subsetUnit(f, part) || !canBeTotal(f)) continue;
    // The two ends of a change pair with the part's own: `由2552万辆增至3230万辆,其中…由45万辆增至356万辆`.
    if (part.change === 'from' || part.change === 'to') {
      if (f.change === part.change) out.push(f);
      continue;
    }
    if (f.change === 'from') continue;
    out.push(f);
  }
  // `共收到申请268件,受理251件,审结239件,其中维持…`: `其中` speaks of the figure right before it.
  if (out.length > 1) out.length = 1;
  if (at > 0 || sentenceIndex === 0) return out;
  // `…1928件,调解成功1838件。其中,疑难复杂案件122件`: any count of the sentence before.
  const prev = model.sentences[sentenceIndex - 1]!;
  const gap = model.text.slice(prev.span.end, model.sentences[sentenceIndex]!.span.start);
  if (!/^\s*$/.test(gap)) return out;
  const candidates = prev.figures.filter((f) => sameUnit(f, part) && canBeTotal(f) && !f.inParentheses && f.change !== 'from');
  return candidates.reverse();
}

function cueEvidence(model: ReportModel, a: Figure | undefined, b: Figure, cue: RegExp): Evidence[] {
  const from = a ? a.quantity.span.end : model.sentences[b.sentence]!.span.start;
  const gap = model.text.slice(from, b.quantity.span.start);
  const m = cue.exec(gap);
  return m ? [{ words: m[0].replace(/^[，,、：:（(\s]+/, ''), span: { start: from + m.index, end: from + m.index + m[0].length } }] : [];
}

function readSentence(model: ReportModel, sentence: Sentence, out: Breakdown[]): void {
  const figures = sentence.figures;
  const text = model.text;
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i]!;
    // Parts, then the total: `A项、B项、C项,共计T项`, `由5名律师、2名学者、3名公职律师组成的10人顾问团`.
    const composed = COMPOSED_OF.test(f.cue);
    if ((f.totalCue || composed) && f.separatorBefore !== 'start' && isExactCount(f) && canBeTotal(f)) {
      const list = listBefore(model, figures, i, f);
      if (list.length >= 2) {
        // Other counts of the unit earlier in the sentence may be covered by the total too
        // (`未经复议起诉3件,…;复议后起诉2件,结果维持1件、尚未审结1件,总计5件`): then it is no breakdown.
        const coversMore = figures.slice(0, indexInSentence(sentence, list[0]!)).some((c) => isExactCount(c) && sameUnit(c, f));
        out.push({
          kind: 'breakdown', form: 'listThenTotal', total: f, totals: [f], parts: list, exhaustive: !coversMore, disjoint: true,
          reading: 'explicit', evidence: [cueBefore(f, f.totalCue ?? (COMPOSED_OF.exec(f.cue)?.[0] ?? ''))],
        });
        continue;
      }
      const table = composed ? undefined : clauseTableBefore(figures, i, f);
      if (table) {
        // The clauses name things of one kind (`乙局`, `丙局`, `丁局`; the first may carry the noun: `甲局查办案件`).
        const heads = table.slice(1).map((p) => headOf(nounOf(p)));
        const alike = heads.every((h) => h !== '' && h === heads[0]) && nounOf(table[0]!).includes(heads[0]!);
        out.push({
          kind: 'breakdown', form: 'clauseTable', total: f, totals: [f], parts: table, exhaustive: true, disjoint: true,
          reading: alike ? 'explicit' : 'inferred', evidence: [cueBefore(f, f.totalCue ?? '')],
        });
      }
      continue;
    }
    const next = figures[i + 1];
    if (!next) continue;
    const gap = between(text, f, next);
    // The total, then its breakdown: `共T件,分别为A件、B件`, `28个主要指标,包括…16个…以及…8个…`.
    const cue = canBeTotal(f) && isExactCount(f) ? AFTER_TOTAL_BREAKDOWN.exec(gap) : null;
    if (cue) {
      let start = i + 1;
      while (start < figures.length && (!sameUnit(figures[start]!, f) || !isCountLike(figures[start]!))) start++;
      if (start >= figures.length || !canBePart(figures[start]!)) continue;
      const { parts } = partsFrom(model, figures, start, f, true);
      if (parts.length < 2) continue;
      const lastPart = parts[parts.length - 1]!;
      const open = OPEN_AFTER.test(text.slice(lastPart.quantity.span.end, lastPart.quantity.span.end + 4)) || /^\s*(?:等|其他|其余)/.test(text.slice(lastPart.quantity.span.end, lastPart.quantity.span.end + 3));
      // `分别为` lists all of the total; `包括` may leave some out, but its parts never pass it.
      const exhaustive = /^分别|^具体/.test(cue[1]!) && !open;
      out.push({
        kind: 'breakdown', form: 'totalThenList', total: f, totals: [f], parts, exhaustive, disjoint: true,
        reading: 'explicit', evidence: [{ words: cue[1]!, span: { start: f.quantity.span.end + cue.index + cue[0].indexOf(cue[1]!), end: f.quantity.span.end + cue.index + cue[0].indexOf(cue[1]!) + cue[1]!.length } }],
      });
      continue;
    }
  }
  // Parts singled out with `其中`: `经营主体1163.7万户、增长6.3%,其中企业410.1万户`.
  for (let i = 0; i < figures.length; i++) {
    const first = figures[i]!;
    if (!canBePart(first)) continue;
    const prev = figures[i - 1];
    const gap = text.slice(prev ? prev.quantity.span.end : sentence.span.start, first.quantity.span.start);
    const cue = PART_CUE.exec(gap);
    if (!cue) continue;
    // The cue must introduce this figure, not a clause that ends before it: `其中…占比…，新增…`.
    if (/[。；;]/.test(gap.slice(cue.index))) continue;
    let totals = subsetTotals(model, first.sentence, i, first);
    // `超10亿元企业9家,其中超50亿元企业12家`: a threshold first, the counted part after it.
    if (totals.length > 0 && first.quantity.kind === 'amount' && totals[0]!.quantity.qualifier !== 'exact') totals = [];
    if (totals.length === 0) {
      // `930个项目,其中小型水库7座、水池等调蓄设施993个`: parts of other units may come first.
      for (let k = i + 1; k < figures.length && k <= i + 4 && /^[^。；;]*$/.test(between(text, figures[k - 1]!, figures[k]!)); k++) {
        const later = figures[k]!;
        if (!canBePart(later) || later.totalCue || later.change) continue;
        const laterTotals = subsetTotals(model, first.sentence, i, later);
        if (laterTotals.length === 0) continue;
        const { parts: laterParts, listed: laterListed } = partsFrom(model, figures, k, later, true);
        out.push({ kind: 'breakdown', form: 'subset', total: laterTotals[0]!, totals: laterTotals, parts: laterParts, exhaustive: false, disjoint: laterListed, reading: i > 0 ? 'explicit' : 'inferred', evidence: cueEvidence(model, prev, first, PART_CUE) });
        break;
      }
      continue;
    }
    const { parts, listed } = partsFrom(model, figures, i, first, false);
    // Outcomes of the cases concluded do not overlap: `审结6件,其中维持4件,确认违法1件,撤诉1件`.
    const outcomes = CONCLUDED.test(totals[0]!.label) && parts.every((p) => OUTCOME_HEAD.test(p.label) || /撤诉|调解|和解/.test(p.label));
    const named = parts.length > 1 && (parts.slice(1).every((p) => parallel(p, first)) || outcomes);
    const evidence = cueEvidence(model, prev, first, PART_CUE);
    // `其中合同64件、文件3件、决策事项5件,其余15件`: with the rest, the parts are all of the total.
    const afterParts = figures[i + parts.length];
    const lastPart = parts[parts.length - 1]!;
    let rest = afterParts && afterParts.separatorBefore === ',' && sameUnit(afterParts, first) && isExactCount(afterParts) && REMAINDER_OPENS.test(between(text, lastPart, afterParts)) ? afterParts : undefined;
    // `受理21件,审结19件,其中维持…,其余2件正在办理`: the rest may be of the total before, not of the
    // one 其中 breaks down; then it is no part of this breakdown.
    if (rest) {
      const total = totals[0]!;
      const earlier = [...(clauseBefore(model, total.sentence)?.figures ?? []), ...model.sentences[total.sentence]!.figures.filter((f) => f.index < total.index)];
      const outer = earlier.reverse().find((f) => sameUnit(f, total) && isExactCount(f));
      if (outer && Math.abs(outer.quantity.value - total.quantity.value - rest.quantity.value) <= roundingError(outer) + roundingError(total) + roundingError(rest) + 1e-9) rest = undefined;
    }
    // `进出口总额156.3亿元,其中出口112.6亿元、进口43.7亿元`: a total whose name joins its parts'.
    const compound = COMPOUND_TOTALS.some((c) => totals[0]!.label.includes(c.total) && parts.length === c.parts.length && c.parts.every((name, k) => parts[k]!.label.endsWith(name) || parts[k]!.label.replace(/^其中/, '') === name));
    out.push({
      kind: 'breakdown', form: 'subset', total: totals[0]!, totals, parts: rest ? [...parts, rest] : parts, exhaustive: compound || (rest !== undefined && totals.length === 1 && (listed || named || parts.length === 1)),
      // A `、` list under `其中` is a breakdown; clauses that name things of one kind are too;
      // others (`其中继续教育526人,通过考试取得执法证515人`) may overlap.
      disjoint: listed || named || rest !== undefined,
      reading: i > 0 ? 'explicit' : 'inferred',
      evidence,
    });
    if (rest) i++;
    // `其中新能源汽车由45万辆增至356万辆`: the part's later end belongs to the total's later end.
    const to = figures[i + 1];
    if (first.change === 'from' && to && to.change === 'to' && sameUnit(to, first)) {
      const toTotals = subsetTotals(model, first.sentence, i + 1, to);
      if (toTotals.length > 0) out.push({ kind: 'breakdown', form: 'subset', total: toTotals[0]!, totals: toTotals, parts: [to], exhaustive: false, disjoint: false, reading: i > 0 ? 'explicit' : 'inferred', evidence });
      i++;
    }
    i += parts.length - 1;
  }
  for (let i = 0; i + 1 < figures.length; i++) readWholeAndPart(model, figures, i, out);
  readListsAfterTotals(model, figures, out);
  readBracketedBreakdowns(model, figures, out);
  readRemainders(model, figures, out);
  readOutcomes(figures, out);
  readDispositions(figures, out);
  // `共设置26项指标,地区生产总值等6项指标不及预期`: a later figure counting the total's own noun.
  for (let i = 0; i < figures.length; i++) {
    const t = figures[i]!;
    if (!t.totalCue || !canBeTotal(t) || t.following.length < 2) continue;
    for (let k = i + 1; k < figures.length; k++) {
      const p = figures[k]!;
      if (!sameUnit(p, t) || !canBePart(p) || p.totalCue || p.change) continue;
      if (p.following.startsWith(t.following)) out.push({ kind: 'breakdown', form: 'subset', total: t, totals: [t], parts: [p], exhaustive: false, disjoint: false, reading: 'explicit', evidence: [{ words: t.totalCue, span: { start: t.quantity.span.start - t.totalCue.length, end: t.quantity.span.start } }] });
      break;
    }
  }
}

/** `由…组成的10人顾问团`: the total of the list before it. */
const COMPOSED_OF = /(?:组成|构成)的?$/;
/** Specific outcomes of concluded cases, which do not overlap: `审结11件,维持10件、撤销1件、终止1件`. */
const OUTCOME_HEAD = /^(?:维持|驳回|撤销|变更|确认违法|责令履行|终止|调解|和解|不予受理|胜诉|败诉|纠错)/;
/** `纠错` covers 撤销, 变更, 确认违法 and 责令履行: it overlaps them. */
const CORRECTIONS = /^(?:撤销|变更|确认违法|责令履行)/;
/** `其余2个`, `另2件`: what is left of a total after the figure before. */
const REMAINDER_TAIL = /(?:其余|剩余|余下|另有|另|尚有)(?:的)?$/;
/** A bare `另` is the rest only when what follows says it is still pending: `另1项按程序推进中`, not `另新建30户`. */
const PENDING_AFTER = /^[^，,。；;]{0,6}(?:正在|尚|仍|待|在审|审理中|按程序|未)/;
/** `,另有3A级及以下17家`: a clause that opens with the rest. */
const REMAINDER_OPENS = /[，,]\s*(?:其余|剩余|余下|另有|另|尚有)[^，,。；;]{0,16}$/;

/** Whether a breakdown of this sentence (they are at the end of `out`) already holds the figure as a part. */
function alreadyPart(out: readonly Breakdown[], f: Figure, sentence: number): boolean {
  for (let k = out.length - 1; k >= 0 && out[k]!.total.sentence >= sentence - 1; k--) if (out[k]!.parts.includes(f)) return true;
  return false;
}

function cueBefore(f: Figure, words: string): Evidence {
  return { words, span: { start: f.quantity.span.start - words.length, end: f.quantity.span.start } };
}

/**
 * A total, then a `、` list of its parts with no cue between: `案卷共257卷,评定优秀案卷41卷、合格
 * 案卷219卷、不合格案卷16卷` (parts naming the total's noun), `审结11件,维持10件、撤销1件、终止1件`
 * (outcomes of the cases concluded). The parts do not overlap; they need not be all of it.
 */
function readListsAfterTotals(model: ReportModel, figures: readonly Figure[], out: Breakdown[]): void {
  const text = model.text;
  for (let i = 0; i + 2 < figures.length; i++) {
    const t = figures[i]!;
    if (!isExactCount(t) || !canBeTotal(t)) continue;
    const first = figures[i + 1]!;
    if (!sameUnit(first, t) || first.separatorBefore !== ',' || !canBePart(first) || /[。；;]/.test(between(text, t, first))) continue;
    const concluded = CONCLUDED.test(t.label);
    let parts: Figure[] = [];
    if (concluded && OUTCOME_HEAD.test(first.label)) {
      for (let k = i + 1; k < figures.length; k++) {
        const p = figures[k]!;
        if (!sameUnit(p, t) || !isExactCount(p) || !OUTCOME_HEAD.test(p.label) || (k > i + 1 && p.separatorBefore !== '、' && p.separatorBefore !== ',')) break;
        if (/^纠错/.test(p.label) && parts.some((x) => CORRECTIONS.test(x.label))) break;
        parts.push(p);
      }
    } else if (t.totalCue) {
      const noun = headOf(nounOf(t), 2);
      for (let k = i + 1; k < figures.length; k++) {
        const p = figures[k]!;
        if (!sameUnit(p, t) || !isExactCount(p) || (k > i + 1 && p.separatorBefore !== '、') || noun.length < 2 || headOf(nounOf(p), 2) !== noun) break;
        parts.push(p);
      }
    }
    if (parts.length < 2) continue;
    if (alreadyPart(out, parts[0]!, t.sentence)) continue;
    out.push({ kind: 'breakdown', form: 'totalThenList', total: t, totals: [t], parts, exhaustive: false, disjoint: true, reading: 'explicit', evidence: [{ words: concluded ? t.label : t.totalCue ?? '', span: t.labelSpan }] });
  }
}

/** `义务教育阶段学校77所(58所小学、19所初中)`: the parts in brackets right after their total. */
function readBracketedBreakdowns(model: ReportModel, figures: readonly Figure[], out: Breakdown[]): void {
  for (let i = 0; i + 2 < figures.length; i++) {
    const t = figures[i]!;
    const first = figures[i + 1]!;
    if (!isExactCount(t) || !canBeTotal(t) || !first.inParentheses || !sameUnit(first, t) || first.quantity.qualifier !== 'exact') continue;
    if (!/^\s*[（(]$/.test(between(model.text, t, first).replace(/[\u4e00-\u9fff]+$/, ''))) continue;
    const parts = [first];
    for (let k = i + 2; k < figures.length; k++) {
      const p = figures[k]!;
      if (!p.inParentheses || !sameUnit(p, t) || p.quantity.qualifier !== 'exact' || p.separatorBefore !== '、') break;
      parts.push(p);
    }
    const last = parts[parts.length - 1]!;
    if (parts.length < 2 || !/^[\u4e00-\u9fff]*[）)]/.test(model.text.slice(last.quantity.span.end, last.quantity.span.end + 12))) continue;
    out.push({ kind: 'breakdown', form: 'totalThenList', total: t, totals: [t], parts, exhaustive: true, disjoint: true, reading: 'explicit', evidence: [{ words: '（…）', span: { start: first.quantity.span.start, end: last.quantity.span.end } }] });
    i += parts.length;
  }
}

/**
 * A total, what was done of it, and the rest: `反馈问题59个,已整改57个,其余2个正在推进`,
 * `目录7项,已完成6项,另1项按程序推进中`. The two make the whole; a `、` list right after the
 * first may break it down (`审结12件,维持10件、撤销1件、终止1件,另2件正在审理中`).
 */
function readRemainders(model: ReportModel, figures: readonly Figure[], out: Breakdown[]): void {
  for (let k = 2; k < figures.length; k++) {
    const rest = figures[k]!;
    if (rest.separatorBefore !== ',' || !isExactCount(rest) || !REMAINDER_TAIL.test(rest.cue)) continue;
    if (/(?:^|[^其另])另$/.test(rest.cue) && !PENDING_AFTER.test(model.text.slice(rest.quantity.span.end, rest.quantity.span.end + 12))) continue;
    // The figure done, perhaps broken down by a `、` list right after it, then the total before it.
    let j = k - 1;
    if (figures[j]!.separatorBefore === '、') {
      while (j > 0 && figures[j]!.separatorBefore === '、') j--;
      if (figures[j]!.separatorBefore !== ',') continue;
      j--;
    }
    const done = figures[j];
    const t = figures[j - 1];
    if (!done || !t || done.separatorBefore !== ',' || !sameUnit(done, rest) || !sameUnit(t, rest)) continue;
    if (!isExactCount(done) || !isExactCount(t) || !canBeTotal(t) || t.separatorBefore === '、' || /^除/.test(done.label) || done.change || rest.change) continue;
    // `…1286件,其中医疗机构类214件,公共场所893件,其余179件`: the rest is of the total before 其中, not of its first part.
    const before = figures[j - 2];
    if (PART_CUE.test(model.text.slice(before ? before.quantity.span.end : model.sentences[t.sentence]!.span.start, t.quantity.span.start))) continue;
    out.push({ kind: 'breakdown', form: 'totalThenList', total: t, totals: [t], parts: [done, rest], exhaustive: true, disjoint: true, reading: 'explicit', evidence: [cueBefore(rest, REMAINDER_TAIL.exec(rest.cue)![0])] });
  }
}

/**
 * An outcome of the things just counted: `对44件政策性文件进行清理,…依法废止9件`, `委派案件4139件,
 * 成功调解2451件`. The outcome's words are a verb with no noun of their own, so they speak of the
 * count before; what was abolished, adopted or settled cannot be more than what was dealt with.
 */
function readOutcomes(figures: readonly Figure[], out: Breakdown[]): void {
  for (let k = 1; k < figures.length; k++) {
    const o = figures[k]!;
    if (!isExactCount(o) || o.following.length > 0 || !OUTCOME_TAIL.test(o.label) || o.change || o.totalCue) continue;
    let base: Figure | undefined;
    for (let j = k - 1; j >= 0; j--) {
      const f = figures[j]!;
      if (f.quantity.kind === 'percent') continue;
      if (sameUnit(f, o)) base = f;
      break;
    }
    if (!base || !isExactCount(base) || !canBeTotal(base) || OUTCOME_TAIL.test(base.label) || base.quantity.value < 1) continue;
    if (alreadyPart(out, o, o.sentence)) continue;
    const verb = OUTCOME_TAIL.exec(o.label)![0];
    out.push({ kind: 'breakdown', form: 'subset', total: base, totals: [base], parts: [o], exhaustive: false, disjoint: false, reading: 'explicit', evidence: [{ words: verb, span: { start: o.labelSpan.end - verb.length, end: o.labelSpan.end } }] });
  }
}

/**
 * A total, then clauses that sort all of it, named by a verb and its negation: `共新收申请151件,受理
 * 111件,受理前调撤31件,告知5件,不予受理4件`. A category and its negation among the parts make
 * them a partition of the total.
 */
function readDispositions(figures: readonly Figure[], out: Breakdown[]): void {
  for (let i = 0; i + 2 < figures.length; i++) {
    const t = figures[i]!;
    // `共计`, or `共` opening the total's clause (`2021年共新收…申请151件`).
    const cue = t.totalCue ?? LEADING_TOTAL.exec(t.cue)?.[1];
    if (!cue || !isExactCount(t) || !canBeTotal(t)) continue;
    const parts: Figure[] = [];
    for (let k = i + 1; k < figures.length; k++) {
      const p = figures[k]!;
      if (!sameUnit(p, t) || !isExactCount(p) || p.separatorBefore !== ',' || p.label.length === 0 || p.totalCue || p.change) break;
      parts.push(p);
    }
    if (parts.length < 2) continue;
    const labels = parts.map((p) => p.label.replace(/(?:复议|行政复议)?申请$/, ''));
    const negationPair = labels.some((l) => NEGATED.test(l) && labels.some((m) => m !== l && m.length >= 2 && l.replace(NEGATED, '').startsWith(m.slice(0, 2))));
    if (!negationPair) continue;
    out.push({ kind: 'breakdown', form: 'clauseTable', total: t, totals: [t], parts, exhaustive: true, disjoint: true, reading: 'explicit', evidence: [{ words: cue, span: t.labelSpan }] });
  }
}

/** `累计达到1100座`, `总量达1224家`, `总里程达8667公里`: the stock the figure before it is part of. */
const STOCK_CLAUSE = /[、，,]\s*([\u4e00-\u9fff“”]{0,8}?)(?:(累计(?:建成|完成|开展|培育|认定|实施|新增|创建|打造)?|总量|总数|总计|总规模|总里程|总装机(?:容量)?|保有量|总)(?:达到|达|为|突破|增至)?|达到|达|增至)$/;
/** `新增甲2家、乙17家,累计分别达到5家、63家`: the increments and their stocks, in order. */
const STOCKS_IN_ORDER = /[，,]\s*(?:累计|总量|总数)?分别(?:达到|达|为|增至)$/;
/** `规上工业企业达到238家,净增21家`: the stock first, then the year's increment. */
const INCREMENT_AFTER_STOCK = /^[\u4e00-\u9fff]{0,8}[、，,]\s*(?:新增|净增|增加|新培育|新认定)$/;
/** `59项测评点中有22项`, `182个行政村中,已建成劝导站176个`: a whole named with 中, then a part. */
const WHOLE_WITH_ZHONG = /^[^，,。；;、]{0,20}中(?:[，,]\s*(?:其中)?|有|已有|共有|已|均|(?=维持|驳回|撤销|确认违法|责令履行|终止|调解|纠错|胜诉|败诉))[^，,。；;]{0,16}$/;

/**
 * Parts tied to their whole by other words than `其中`: the year's figure and the stock it brings
 * (`新增公园127座,累计达到1100座`), a whole named with `中` (`104种工业产品中,…有44种`), and a later
 * figure with the same noun as a total (`共设置26项指标,…等6项指标不及预期`).
 */
function readWholeAndPart(model: ReportModel, figures: readonly Figure[], i: number, out: Breakdown[]): void {
  const text = model.text;
  const a = figures[i]!;
  let b = figures[i + 1]!;
  // A whole named with 中 may be followed by shares before its part: `104种工业产品中,…占比超过10%的有44种`.
  for (let k = i + 2; b.quantity.kind === 'percent' && k < figures.length && k <= i + 3; k++) b = figures[k]!;
  if (!sameUnit(a, b) || !isCountLike(a) || !isCountLike(b) || a.inParentheses || b.inParentheses) return;
  const gap = between(text, a, b);
  // `电力总装机规模3.1亿千瓦,新能源装机1.7亿千瓦`: a total by its name, and a kind of the same thing.
  const head = b.label.replace(/的$/, '').replace(/[^\u4e00-\u9fff]/g, '').slice(-2);
  if (b === figures[i + 1] && !a.change && !b.change && /总/.test(a.label) && !/总/.test(b.label) && head.length === 2 && a.label.includes(head) && canBeTotal(a) && canBePart(b) && /^[、，,\s]*$/.test(gap.replace(b.label, '').replace(/达到?$|为$/, ''))) {
    out.push({ kind: 'breakdown', form: 'subset', total: a, totals: [a], parts: [b], exhaustive: false, disjoint: false, reading: 'explicit', evidence: [{ words: a.label, span: a.labelSpan }] });
    return;
  }
  const clauses = gap.split(/[，,]/).length;
  // The part first, then the stock: `新增9601处信号灯联网、累计达8000处`.
  if (STOCKS_IN_ORDER.test(gap)) {
    // Pair the k figures before with the k after, in order.
    const firsts: Figure[] = [a];
    for (let k = i - 1; k >= 0 && firsts[0]!.separatorBefore === '、' && sameUnit(figures[k]!, a); k--) firsts.unshift(figures[k]!);
    const k0 = figures.indexOf(b);
    const seconds: Figure[] = [b];
    for (let k = k0 + 1; k < figures.length && figures[k]!.separatorBefore === '、' && sameUnit(figures[k]!, b); k++) seconds.push(figures[k]!);
    if (firsts.length === seconds.length && firsts.length > 1) {
      for (let k = 0; k < firsts.length; k++) {
        if (canBePart(firsts[k]!) && canBeTotal(seconds[k]!)) out.push({ kind: 'breakdown', form: 'subset', total: seconds[k]!, totals: [seconds[k]!], parts: [firsts[k]!], exhaustive: false, disjoint: false, reading: 'explicit', evidence: [{ words: '分别', span: { start: a.quantity.span.end, end: b.quantity.span.start } }] });
      }
    }
    return;
  }
  if (/分别/.test(gap)) return;
  const stock = STOCK_CLAUSE.exec(gap);
  // Without a word of the stock (`累计`, `总量`), only the year's increment reaches a level: `增加31个、达到25个`.
  // A noun before the stock word must be the figure's own (`新登记经营主体…,经营主体总数达到…`).
  const stockNoun = stock?.[1] ?? '';
  const nounAgrees = stockNoun.length === 0 || (stock?.[2] !== undefined && (a.label.includes(stockNoun.slice(-2)) || nounOf(a).includes(stockNoun.slice(-2))));
  if (stock && nounAgrees && canBePart(a) && a.change !== 'decrease' && canBeTotal(b) && b.quantity.qualifier !== 'atLeast' && clauses <= 3 && (stock[2] !== undefined || a.increment || a.change === 'increase')) {
    out.push({ kind: 'breakdown', form: 'subset', total: b, totals: [b], parts: [a], exhaustive: false, disjoint: false, reading: 'explicit', evidence: [{ words: gap.slice(gap.search(/[、，,]/) + 1).trim(), span: { start: b.quantity.span.start - b.cue.length, end: b.quantity.span.start } }] });
    return;
  }
  // The stock, then the year's increment: `高新技术企业达到1126家,净增132家`.
  if (b === figures[i + 1] && /达到$|达$|总数|总量/.test(a.cue) && !a.change && canBeTotal(a) && canBePart(b) && INCREMENT_AFTER_STOCK.test(gap)) {
    out.push({ kind: 'breakdown', form: 'subset', total: a, totals: [a], parts: [b], exhaustive: false, disjoint: false, reading: 'explicit', evidence: [{ words: gap.trim(), span: { start: a.quantity.span.end, end: b.quantity.span.start } }] });
    return;
  }
  // The whole, then a part of it: `59项测评点中有22项`.
  const zhong = WHOLE_WITH_ZHONG.exec(gap);
  if (canBeTotal(a) && canBePart(b) && zhong) {
    const at = gap.search(/中(?:[，,]|有|已有|共有|已|均|维持|驳回|撤销|确认违法|责令履行|终止|调解|纠错|胜诉|败诉)/);
    const k = figures.indexOf(b);
    const { parts, listed } = partsFrom(model, figures, k, a, false);
    out.push({ kind: 'breakdown', form: 'subset', total: a, totals: [a], parts, exhaustive: false, disjoint: listed, reading: 'explicit', evidence: [{ words: '中', span: { start: a.quantity.span.end + at, end: a.quantity.span.end + at + 1 } }] });
  }
}


/** Every total stated with its parts, whether or not they add up (hovers show both). */
export function readBreakdowns(model: ReportModel): Breakdown[] {
  const out: Breakdown[] = [];
  for (const sentence of model.sentences) readSentence(model, sentence, out);
  // Two readings of one breakdown (`其中…` and a total by its name) are one relation.
  const seen = new Set<string>();
  return out.filter((b) => {
    const key = `${b.total.index}:${b.parts.map((p) => p.index).join(',')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The parts' sum. */
export function partsSum(parts: readonly Figure[]): number {
  return parts.reduce((s, p) => s + p.quantity.value, 0);
}

/** How far the parts' sum may be from the true sum of the values they stand for, given their rounding. */
export function sumTolerance(parts: readonly Figure[], total: Figure): number {
  return [...parts, total].reduce((s, f) => s + roundingError(f), 0) + 1e-9;
}

/** Whether the parts' sum agrees with the total, allowing for each figure's rounding. */
export function sumAgrees(parts: readonly Figure[], total: Figure): boolean {
  return Math.abs(partsSum(parts) - total.quantity.value) <= sumTolerance(parts, total);
}

/** Whether the parts' sum passes the total by more than rounding allows. */
export function sumExceeds(parts: readonly Figure[], total: Figure): boolean {
  return partsSum(parts) - total.quantity.value > sumTolerance(parts, total);
}

/** Whether a part passes a total by more than rounding and the total's qualifier allow. */
export function partExceeds(part: Figure, total: Figure): boolean {
  const q = total.quantity.qualifier;
  if (q === 'atLeast') return false;
  if (q === 'moreThan') {
    // `1,870余场次` is below 1,880: 余 and 多 go past a round figure by less than its last place.
    // `超过`, `逾`, `突破` set no upper bound.
    const bound = upperBoundOfRoughFigure(total);
    return bound !== undefined && part.quantity.value > bound + roundingError(part) + 1e-9;
  }
  const slack = q === 'about' || q === 'nearly' ? 0.1 * total.quantity.value : 0;
  return part.quantity.value - total.quantity.value > roundingError(part) + roundingError(total) + slack + 1e-9;
}

/** What a breakdown's figures say of each other: the sum against the total, a part above every total. */
export interface BreakdownAssessment {
  /** For an exhaustive breakdown: whether the parts add up to the total. */
  readonly sumAgrees?: boolean;
  /** A part larger than every total it may belong to. */
  readonly partAbove?: Figure;
  /** For parts that do not overlap: whether their sum passes every possible total. */
  readonly sumAbove?: boolean;
}

export function assessBreakdown(b: Breakdown): BreakdownAssessment {
  if (b.exhaustive) return { sumAgrees: sumAgrees(b.parts, b.total) };
  const partAbove = b.parts.find((p) => b.totals.every((t) => partExceeds(p, t)));
  if (partAbove) return { partAbove };
  const exact = b.parts.filter((p) => p.quantity.qualifier === 'exact');
  const sumAbove = b.disjoint && exact.length >= 2 && exact.length === b.parts.length && b.totals.every((t) => sumExceeds(b.parts, t));
  return { sumAbove };
}

/** The figure a `…余`/`…多` figure stays below: `1870余` → 1880, `200余` → 300, `2.3万余` → 2.4万. */
export function upperBoundOfRoughFigure(f: Figure): number | undefined {
  const q = f.quantity;
  // A word before the number (`超过`, `逾`, `突破`) sets a lower bound only.
  if (q.span.start < q.numberSpan.start) return undefined;
  const digits = q.numberText.replace(/[,，]/g, '').replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (!/^\d+(?:\.\d+)?$/.test(digits)) return undefined;
  let place: number;
  if (digits.includes('.')) place = 10 ** -(digits.length - digits.indexOf('.') - 1);
  else {
    const zeros = digits.length - digits.replace(/0+$/, '').length;
    place = 10 ** zeros;
  }
  const scale = Number(digits) === 0 ? 1 : q.value / Number(digits);
  return q.value + place * scale;
}
