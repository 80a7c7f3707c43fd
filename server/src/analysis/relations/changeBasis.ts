/**
 * What a change is: the figure now, the figure before, the difference and the growth rate, read by
 * changes.ts and growthLists.ts; and how a growth rate was measured, from the words of the change
 * itself (`地区生产总值…增长6.1%` is at constant prices, `年均增长` averaged over years).
 */
import { Figure, Sentence } from '../figures';
import { ReportModel } from '../reportModel';
import { AVERAGE_ANNUAL_WORDS, CONSTANT_PRICE_INDICATORS, pattern } from '../vocabulary';
import { Evidence, Reading } from './common';

/** How a growth rate was measured: on the figures as stated, at constant prices, or averaged over years. */
export type GrowthBasis = 'nominal' | 'constantPrice' | 'averageAnnual';

export interface Change {
  readonly kind: 'change';
  /** The figure now: `A` of `A较B增加C`, `B` of `由A增至B`. */
  readonly current: Figure;
  /** The figure before, when stated. */
  readonly prior: Figure | undefined;
  /** The difference, when stated. */
  readonly delta: Figure | undefined;
  readonly direction: 'increase' | 'decrease';
  /** A growth percentage or a rate of the change (`压减率`) stated with it. */
  readonly rate: Figure | undefined;
  readonly basis: GrowthBasis;
  /** A growth listed after another without a verb of its own (`下降12.6%和9.8%`) takes the first one's direction. */
  readonly listedGrowth?: 'increase' | 'decrease';
  /** The earlier end is another subject's rate, not last period's: `高于城镇居民1.9个百分点` (rateGaps.ts). */
  readonly gap?: true;
  /** The direction the verb of `由A增至B` says, which the two ends may contradict (`由224项增加到186项`). */
  readonly verbDirection?: 'increase' | 'decrease';
  readonly reading: Reading;
  readonly evidence: readonly Evidence[];
}

const CONSTANT_PRICE = pattern([CONSTANT_PRICE_INDICATORS]);
const AVERAGE_ANNUAL = pattern([AVERAGE_ANNUAL_WORDS]);

/** The label of a change figure, without its verbs and comparisons: empty when it has no subject of its own. */
export function ownSubject(f: Figure): string {
  // (`比上年末增加7.86万人`, `比年初增加137.5亿元`: the stock at last year's end is last year's figure.)
  return f.label.replace(/(?:同比|环比|较上年同期|比上年同期|(?:较|比)(?:上年|去年)(?:末|底)|(?:较|比)年初|较上年|比上年|较去年|比去年|较同期|比|较|与上年相比)?(?:增长|增加|上升|提高|提升|扩大|增产|增收|净增加|净增|净减少|净减|多|下降|减少|降低|回落|下滑|压减|缩减|削减|精简|压降|缩短|压缩|缩小|少)?了?$/, '').replace(/^(?:其中|分别|同比|全年|共|五年|累计|年内|当年)+/, '');
}

/** Whether a change's growth can be recomputed from its figures: nominal, at constant prices, or averaged over years. */
export function basisOf(model: ReportModel, sentence: Sentence, current: Figure, rate: Figure | undefined, from?: Figure): GrowthBasis {
  // The change's own words: from the figure before its first one (another indicator's, `规模以上工业
  // 增加值增长7.2%,…,社会消费品零售总额3268.7亿元,比上年的…`) to its rate.
  const first = from && from.index < current.index ? from : current;
  const before = model.figures[first.index - 1];
  const opening = before !== undefined && before.sentence === first.sentence ? before.quantity.span.end : sentence.span.start;
  const upTo = model.text.slice(Math.max(opening, sentence.span.start), (rate ?? current).quantity.span.start);
  // `地区生产总值11286.4亿元…增长33.6%`, `规上工业增加值增长6.2%`: real growth, at constant prices.
  if (CONSTANT_PRICE.test(current.label) || CONSTANT_PRICE.test(upTo.slice(Math.max(0, upTo.length - 60)))) return 'constantPrice';
  // `地区生产总值先后跨越7000亿元、8000亿元两个台阶,由2020年的6126.4亿元增加到…,年均增长6.1%`: a
  // change whose clause opens with 由 is of the subject the clause before names.
  if (from && CONSTANT_PRICE.test(subjectBefore(model, sentence, from))) return 'constantPrice';
  if (rate?.averageAnnual || (rate && AVERAGE_ANNUAL.test(rate.cue))) return 'averageAnnual';
  return 'nominal';
}

/**
 * The words that name a change's subject where its clause opens with 由 or 从 and names none: those
 * before the first figure of the clause before, in the same sentence.
 */
function subjectBefore(model: ReportModel, sentence: Sentence, from: Figure): string {
  const clauses = model.text.slice(sentence.span.start, from.quantity.span.start).split(/[，,]/);
  const own = clauses.pop() ?? '';
  if (!/^\s*(?:并|再|已|先后)?(?:由|从)/.test(own) || clauses.length === 0) return '';
  return clauses[clauses.length - 1]!.split(/[0-9０-９]/)[0]!;
}

export function isCountLike(f: Figure): boolean {
  return f.quantity.kind === 'count' || f.quantity.kind === 'amount';
}
