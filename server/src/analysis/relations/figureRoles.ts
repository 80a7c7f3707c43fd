/**
 * What a figure may be in a breakdown — a total, a part — and the cues and helpers the breakdown
 * readers share (`breakdowns.ts` for the cued shapes, `impliedParts.ts` for the others).
 */
import { Figure } from '../figures';
import { ReportModel } from '../reportModel';
import { BREAKDOWN_CUES, CONCLUDED_WORDS, pattern } from '../vocabulary';
import type { Breakdown } from './breakdowns';
import { between, Evidence, isCountLike, nounOf, parallel, sameUnit } from './common';

export const BREAKDOWN = pattern([BREAKDOWN_CUES]);
export const CONCLUDED = pattern([CONCLUDED_WORDS]);
/** `其中` (or `内含`, or `含` opening a clause or bracket) right before the part's words. */
/** `含` of `含疑难案件60件` singles a part out; `含有…的条款` is a verb, and a comma before the figure ends its reach. */
export const PART_CUE = /(?:其中|内含|(?:^|[，,、：:（(])\s*含(?!有|量|金|义|糊)(?=[^，,。；;]*$))/;
/** Between parts of one list: a comma, `以及`, `和`, words describing the next part. */
export const PART_JOIN_WORDS = /^[^。；;]*$/;

/** Units a part may share with its total: the same, or `个` against `项` (`12个项目…其中1项`). */
export function subsetUnit(total: Figure, part: Figure): boolean {
  if (sameUnit(total, part)) return true;
  const a = total.quantity.unit;
  const b = part.quantity.unit;
  return (a === '个' && b === '项') || (a === '项' && b === '个') || (DOCUMENT_UNITS.has(a) && oneKindOfPaper(part, total));
}

/** The measure words documents and decisions are counted in, one as good as another in a report. */
const DOCUMENT_UNITS = new Set(['件', '项', '份']);
/** Documents and decisions by kind: `规范性文件12件、重大行政决策9项、政府合同186份`. */
const DOCUMENT_KIND = /(?:文件|决策|决策事项|合同|协议|规章|草案|意见|方案|办法)$/;

/**
 * A part counted in another of the measure words of documents than the figure beside it, and named
 * as a kind of document: `合法性审核193件,其中规范性文件12件、重大行政决策9项、政府合同186份` lists
 * three kinds of paper reviewed, whatever word counts each.
 */
export function oneKindOfPaper(f: Figure, beside: Figure): boolean {
  return DOCUMENT_UNITS.has(f.quantity.unit) && DOCUMENT_UNITS.has(beside.quantity.unit) && f.quantity.kind === 'count' && beside.quantity.kind === 'count' && DOCUMENT_KIND.test(f.label.replace(/^其中/, ''));
}

/** A figure that can be a total: a count or amount of a whole, not a ratio, a difference or last year's. */
export function canBeTotal(f: Figure): boolean {
  return isCountLike(f) && !f.perUnit && f.change !== 'increase' && f.change !== 'decrease' && !f.prior && !f.quantity.singleCharacter;
}

/** A figure that can be a part: a count or amount, not a threshold (`50万元以上`, `500万元以下`). */
export function canBePart(f: Figure): boolean {
  const q = f.quantity.qualifier;
  return isCountLike(f) && !f.perUnit && q !== 'atMost' && q !== 'nearly' && !f.prior;
}

/**
 * Two long names of one frame that differ in one kind word between the same opening and ending:
 * `参加城镇职工基本养老保险` and `参加城乡居民基本养老保险` are two kinds of one insurance, which no one
 * holds both of. At least four characters shared, two of them at the end; two to four that differ in each.
 */
function oneFrame(a: Figure, b: Figure): boolean {
  const x = nounOf(a).replace(/^其中/, '');
  const y = nounOf(b).replace(/^其中/, '');
  let p = 0;
  while (p < x.length && p < y.length && x[p] === y[p]) p++;
  let q = 0;
  while (q < x.length - p && q < y.length - p && x[x.length - 1 - q] === y[y.length - 1 - q]) q++;
  const mx = x.length - p - q;
  const my = y.length - p - q;
  return q >= 2 && p + q >= 4 && mx >= 2 && mx <= 4 && my >= 2 && my <= 4 && /^[\u4e00-\u9fff]+$/.test(x + y) && !/全年|年内|新增|累计|每/.test(x + y);
}

/**
 * A part named in a few words, of no other year or period (`涉外公证`, `副职`): across a comma it
 * may join a list; `全年新增定点医药机构` starts a clause of its own.
 */
export function shortName(f: Figure): boolean {
  const name = nounOf(f).replace(/^其中/, '');
  return name.length <= 8 && !f.increment && !f.cumulative && !/全年|年内|新增|累计|每/.test(name);
}

/**
 * The parts of a list that starts at `start`: figures of the total's unit joined by `、`, or by a
 * comma or `以及` when they name things of one kind (`国内民事公证985件,涉外公证102件`). Figures of
 * other units between them describe the parts (`地区生产总值年均增长5%左右…等16个预期性指标`) when
 * `skipOthers`; a growth percentage right after a part (`企业352.8万户、增长7.7%`) is its own.
 */
export function partsFrom(model: ReportModel, figures: readonly Figure[], start: number, unitOf: Figure, skipOthers: boolean, alike?: (f: Figure) => boolean): { parts: Figure[]; listed: boolean } {
  const first = figures[start]!;
  const parts: Figure[] = [first];
  let listed = false;
  for (let k = start + 1; k < figures.length; k++) {
    const f = figures[k]!;
    if ((!sameUnit(f, unitOf) && !(oneKindOfPaper(f, unitOf) && oneKindOfPaper(unitOf, f))) || !isCountLike(f)) {
      // `城市低保对象0.86万户1.27万人、农村低保对象…`: a part counted twice, in two units, is one item.
      const twin = f.label === '' && f.quantity.span.start === model.figures[f.index - 1]?.quantity.span.end;
      if (f.growth || skipOthers || f.quantity.kind === 'percentagePoint' || twin) continue;
      break;
    }
    // `胜诉68件(驳回原告诉讼请求51件、原告撤诉17件)、败诉5件`: what a bracket breaks a part into is no part beside it.
    if (f.inParentheses && !first.inParentheses) continue;
    // `、失业保险费和工伤保险费合计5.6亿元、…`: a sum of two kinds of its own, listed with `、`, is one more part.
    const ownSum = f.totalCue !== undefined && f.separatorBefore === '、' && /[\u4e00-\u9fff]{2}(?:和|及|与)[\u4e00-\u9fff]{2}/.test(f.label);
    if ((f.totalCue && !ownSum) || f.change || f.prior || !canBePart(f)) break;
    const prev = parts[parts.length - 1]!;
    // `…、终止7件,终止的7件中…`: a part named again, with its own figure, is no further part.
    if (parts.some((p) => p.quantity.value === f.quantity.value && p.label.length >= 2 && f.label.replace(/^其中/, '').startsWith(p.label.replace(/^其中/, '')))) break;
    // `…,预期性指标29项中完成26项、…`: a part named as a whole with 中 has its own parts after it.
    if (model.text.charCodeAt(prev.quantity.span.end) === 0x4e2d /* 中 */) break;
    const gap = between(model.text, prev, f);
    // Parts in brackets end with them: `建议46件(其中主办28件、协办18件)、提案53件…`.
    if (/^[^（(]*[）)]/.test(gap)) break;
    // A figure with a cue of its own (`其中`, `包括`) starts another group; a part followed by a
    // breakdown cue is a total of its own (`受理2件包括…、受理2件包括…`).
    // (A bracket that closes before the figure glosses the next part's name: `医疗保险费（含生育保险）29.8亿元`.)
    const unglossed = gap.includes('含') ? gap.replace(/[（(][^（）()0-9０-９]*[）)]/g, '') : gap;
    if (!PART_JOIN_WORDS.test(gap) || PART_CUE.test(unglossed) || BREAKDOWN.test(gap)) break;
    // `…,签约项目中,工业项目41个、…`: a whole named with 中 opens a breakdown of its own.
    if (/中[，,：:]/.test(gap)) break;
    // `、调解和解后终止17件` is the next item of a `、` list, though its name holds 和.
    const commaOrAnd = /[，,]|以及/.test(gap) || /^\s*(?:和|及|与)/.test(gap);
    if (!commaOrAnd && /、/.test(gap)) {
      parts.push(f);
      listed = true;
    // Parts joined by `、` end at a comma: `其中新开工58个、续建68个,竣工投产41个` (a clause of its own) —
    // but outcomes of cases run on (`…、责令履行6件,调解和解终止36件`), save 纠错, which sums some of them.
    } else if ((!listed && parallel(f, first) && ((shortName(f) && shortName(first)) || oneFrame(f, first))) || (alike !== undefined && alike(first) && alike(f) && !(listed && /^(?:其中)?(?:依法)?纠错/.test(f.label)))) parts.push(f);
    // `幼儿园5所、小学4所、初中3所以及高中2所`: the last item of a 、 list after 以及 or 和.
    else if (listed && /^\s*(?:以及|和|及)[^，,、]{0,12}$/.test(gap)) {
      parts.push(f);
      break;
    } else break;
  }
  return { parts, listed };
}


/** `由…组成的10人顾问团`: the total of the list before it. */
export const COMPOSED_OF = /(?:组成|构成)的?$/;
/** Specific outcomes of concluded cases, which do not overlap: `审结11件,维持10件、撤销1件、终止1件`. */
export const OUTCOME_HEAD = /^(?:维持|驳回|撤销|变更|确认违法|责令履行|终止|调解|和解|不予受理|胜诉|败诉|纠错)/;
/** `纠错` covers 撤销, 变更, 确认违法 and 责令履行: it overlaps them. */
export const CORRECTIONS = /^(?:撤销|变更|确认违法|责令履行)/;
/** `其余2个`, `另2件`: what is left of a total after the figure before. */
export const REMAINDER_TAIL = /(?:其余|剩余|余下|另有|另|尚有)(?:的)?$/;
/** A bare `另` is the rest only when what follows says it is still pending: `另1项按程序推进中`, not `另新建30户`. */
export const PENDING_AFTER = /^[^，,。；;]{0,6}(?:正在|尚|仍|待|在审|审理中|按程序|未)/;
/** `,另有3A级及以下17家`: a clause that opens with the rest. */
export const REMAINDER_OPENS = /[，,]\s*(?:其余|剩余|余下|另有|另|尚有)[^，,。；;]{0,16}$/;
/**
 * The rest of a 其中 list's total: `其中合同64件、文件3件,其余15件`. Not 另有, which after a list may
 * add what is no part of it (`其中…村级1982个,另有1个…合并设置`, `另有12个…被命名为全国…`).
 */
export const REST_OF_LIST = /[，,]\s*(?:其余|剩余|余下|尚有)[^，,。；;]{0,16}$/;

/** Whether a breakdown of this sentence (they are at the end of `out`) already holds the figure as a part. */
export function alreadyPart(out: readonly Breakdown[], f: Figure, sentence: number): boolean {
  for (let k = out.length - 1; k >= 0 && out[k]!.total.sentence >= sentence - 1; k--) if (out[k]!.parts.includes(f)) return true;
  return false;
}

export function cueBefore(f: Figure, words: string): Evidence {
  return { words, span: { start: f.quantity.span.start - words.length, end: f.quantity.span.start } };
}

/** A grade, the whole label of a part of an assessment (its verb, 的 and the noun graded aside): `评定为优秀`, `良好的`, `合格案卷`. */
// (Or a letter grade, `评定A级机构1368家、B级2106家、C级388家`: credit and service ratings.)
export const GRADE = /^(?:其中)?(?:评定为?|评为|评出|评选出)?[“"]?(优秀|良好|较好|基本合格|不合格|合格|一般|较差|不达标|达标|优|良|中|差|[A-DＡ-Ｄ]级)[”"]?(?:等次|等级)?的?(?:案卷|卷宗|单位|项目|机构|企业)?$/;

/**
 * Levels reached, which nest (what meets the higher also meets the lower): `中达到基本标准的91个、推荐
 * 标准的28个`. A list opened by one may overlap, though each level is still bounded by the whole.
 * (Not grades by rank, each its own: `达到一级标准化等级的4座、二级的2座`.)
 */
export function levelsReached(parts: readonly Figure[], opening = parts[0]?.label ?? ''): boolean {
  return parts.length > 1 && /^(?:其中)?(?:已|均)?(?:达到|超过|高于|突破)/.test(opening) && !parts.some((p) => RANKED_GRADE.test(p.label));
}
const RANKED_GRADE = /[一二三四五甲乙丙丁A-EＡ-Ｅ](?:级|等|类)/;
