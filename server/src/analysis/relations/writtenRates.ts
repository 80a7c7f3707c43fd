/**
 * Rates whose words write out their base around them (`relations/rateStatements.ts` reads the rest):
 * - `fraction`: `10.3%(败诉11件/审结196件)` — the fraction written after the rate, or a count in
 *   brackets after it (`覆盖率100%(23个水源地全部达标)`);
 * - `ofWhole`: `完成年度任务3.2万人的106.9%` — the share of the figure right before;
 * - `whole`: `覆盖率90.4%,224家规上工业企业中已建立党组织的192家` — the whole and its part after the rate.
 */
import { Figure } from '../figures';
import { ReportModel } from '../reportModel';
import { ALL_OF_THEM } from '../vocabulary';
import { evidenceAt, isExactCount, sameUnit } from './common';
import { rateStem, stemKeys } from './rateNames';
import { NEGATION, reading } from './rateReadings';
import { Stated } from './rates';

/**
 * `规上工业企业党组织覆盖率达到90.4%,224家规上工业企业中已建立党组织的192家`: the rate first, then the
 * clause that gives its whole (named with 中) and its part.
 */
function wholeAndPartAfter(model: ReportModel, rate: Figure): Stated | undefined {
  const whole = model.figures[rate.index + 1];
  const part = model.figures[rate.index + 2];
  if (!whole || !part || whole.sentence !== rate.sentence || part.sentence !== rate.sentence) return undefined;
  if (!isExactCount(whole) || !isExactCount(part) || !sameUnit(whole, part) || part.quantity.value > whole.quantity.value) return undefined;
  const text = model.text;
  if (!/^\s*[，,]\s*[\u4e00-\u9fff]{0,4}$/.test(text.slice(rate.quantity.span.end, whole.quantity.span.start))) return undefined;
  const between = text.slice(whole.quantity.span.end, part.quantity.span.start);
  if (!/^[^，,。；;、]{0,16}中[^，,。；;、]{0,16}$/.test(between)) return undefined;
  // The part ends the clause: `…的192家,` or the sentence.
  if (!/^\s*(?:[，,。；;]|$)/.test(text.slice(part.quantity.span.end, part.quantity.span.end + 1))) return undefined;
  return { by: 'whole', readings: [reading(rate, [part], [whole], false)], evidence: [evidenceAt(whole, '中')] };
}

/** `10.3%（败诉11件/法院审结196件）`: the rate with its fraction written after it in brackets. */
function fractionAfter(model: ReportModel, rate: Figure): Stated | undefined {
  const figures = model.figures;
  const a = figures[rate.index + 1];
  const b = figures[rate.index + 2];
  if (!a || !b || !a.inParentheses || !b.inParentheses || a.sentence !== rate.sentence || b.sentence !== rate.sentence) return undefined;
  if (!/^\s*[（(][^）)]{0,20}$/.test(model.text.slice(rate.quantity.span.end, a.quantity.span.start))) return undefined;
  if (!/^[^）)]{0,20}[/／][^）)]{0,20}$/.test(model.text.slice(a.quantity.span.end, b.quantity.span.start))) return undefined;
  const isPoint = (f: Figure) => (f.quantity.kind === 'count' || f.quantity.kind === 'amount') && f.quantity.qualifier === 'exact';
  if (!isPoint(a) || !isPoint(b) || !sameUnit(a, b)) return undefined;
  return { by: 'fraction', readings: [reading(rate, [a], [b], false)], evidence: [{ words: '/', span: { start: a.quantity.span.end, end: b.quantity.span.start } }] };
}

/**
 * The figures of a rate in brackets right after it: the whole (`占全县住宅小区的83.2%(全县住宅小区158个)`,
 * the count before the rate its part), both (`…的66.6%(注册用户28.6万人、常住人口46.2万人)`), or a
 * whole and the part in it (`破案率38.2%(412起中破获138起)`).
 */
function bracketAfter(model: ReportModel, rate: Figure): Stated | undefined {
  const figures = model.figures;
  const a = figures[rate.index + 1];
  const isPoint = (f: Figure) => (f.quantity.kind === 'count' || f.quantity.kind === 'amount') && f.quantity.qualifier === 'exact' && !f.perUnit;
  if (!a || !a.inParentheses || a.sentence !== rate.sentence || !isPoint(a)) return undefined;
  const open = model.text.slice(rate.quantity.span.end, a.quantity.span.start);
  if (!/^[^（(，,。；;]{0,8}[（(][^）)，,。；;]{0,20}$/.test(open)) return undefined;
  const b = figures[rate.index + 2];
  const inBracket = b && b.inParentheses && b.sentence === rate.sentence && !/[）)]/.test(model.text.slice(a.quantity.span.end, b.quantity.span.start)) ? b : undefined;
  const context = model.text.slice(Math.max(model.sentences[rate.sentence]!.span.start, rate.quantity.span.start - 24), a.quantity.span.start);
  const namedInContext = (f: Figure) => {
    const noun = f.label.replace(/[^\u4e00-\u9fff]/g, '').replace(/^(?:全省|全市|全县|全区|全旗|全镇|全部|应)/, '');
    return noun.length >= 2 && context.slice(0, context.length - open.length).includes(noun.slice(-2));
  };
  if (inBracket && isPoint(inBracket) && sameUnit(a, inBracket)) {
    const gap = model.text.slice(a.quantity.span.end, inBracket.quantity.span.start);
    // `(412起中破获138起)`: the whole, then the part in it.
    if (/^[^、，,]{0,4}中/.test(gap) && inBracket.quantity.value <= a.quantity.value) return { by: 'fraction', readings: [reading(rate, [inBracket], [a], false)], evidence: [{ words: '中', span: { start: a.quantity.span.end, end: inBracket.quantity.span.start } }] };
    // `(注册用户28.6万人、常住人口46.2万人)`: the part, then the whole the rate names.
    if (gap.startsWith('、') && a.quantity.value <= inBracket.quantity.value && namedInContext(inBracket)) return { by: 'fraction', readings: [reading(rate, [a], [inBracket], false)], evidence: [{ words: '、', span: { start: a.quantity.span.end, end: inBracket.quantity.span.start } }] };
    return undefined;
  }
  if (b && b.inParentheses && b.sentence === rate.sentence && !/[）)]/.test(model.text.slice(a.quantity.span.end, b.quantity.span.start))) return undefined;
  // `达标率100%(23个水源地全部达标)`: the count in the bracket, every one of which did what the rate measures.
  const afterA = /^[^（(）)，,。；;]{0,16}(?=[）)])/.exec(model.text.slice(a.quantity.span.end, a.quantity.span.end + 24))?.[0] ?? '';
  const allIn = new RegExp(`(?:${ALL_OF_THEM.join('|')})`).exec(afterA);
  const key = stemKeys(rateStem(rate.label))[0] ?? '';
  if (allIn && key.length === 2 && afterA.slice(allIn.index).includes(key) && !NEGATION.test(afterA.slice(allIn.index + allIn[0].length, allIn.index + allIn[0].length + 2))) {
    return { by: 'all', readings: [reading(rate, [a], [a], false)], evidence: [{ words: allIn[0], span: { start: a.quantity.span.end + allIn.index, end: a.quantity.span.end + allIn.index + allIn[0].length } }] };
  }
  // One figure in the bracket, named as the rate's whole: the count right before the rate is its part.
  const part = figures[rate.index - 1];
  if (!part || part.sentence !== rate.sentence || part.inParentheses || !isExactCount(part) || !sameUnit(part, a) || part.quantity.value > a.quantity.value || part.perUnit) return undefined;
  if (!namedInContext(a) && !/^应/.test(a.label)) return undefined;
  // `其中幼儿园学位0.82万个、…、普通高中学位0.82万个,完成年度计划的103.1%（计划新增学位5.2万个）`: the last
  // item of a `、` list is no more the rate's part than the others; the list or its total may be.
  if (part.separatorBefore === '、') return undefined;
  return { by: 'whole', readings: [reading(rate, [part], [a], false)], evidence: [{ words: a.label, span: a.labelSpan }] };
}

/**
 * `占十件民生实事累计完成投资的58.7%`: a measure of the things counted (their investment, funds,
 * output) is the whole, not their count.
 */
const MEASURE_OF_COUNTED = /(?:投资|资金|金额|总额|总量|产值|增加值|收入|支出|面积|规模|资产|经费|费用)的$/;

/**
 * Whether the rate is a share of a measure of things counted in its own name (`占十件民生实事累计完成
 * 投资的58.7%`): no figure gives that whole, and the count is part of the name, so it is not read.
 */
export function namesMeasureOfCounted(model: ReportModel, rate: Figure): boolean {
  const counted = model.figures[rate.index - 1];
  if (!counted || counted.sentence !== rate.sentence || !/占$/.test(counted.cue)) return false;
  const gap = model.text.slice(counted.quantity.span.end, rate.quantity.span.start).trim();
  return /^[\u4e00-\u9fff]{1,16}的$/.test(gap) && MEASURE_OF_COUNTED.test(gap);
}

/** `完成年度目标任务3.2万人的106.9%`: the share of the figure right before, for the count before that. */
function ofWholeReading(model: ReportModel, rate: Figure): Stated | undefined {
  if (!rate.label.endsWith('的')) return undefined;
  const whole = model.figures[rate.index - 1];
  if (!whole || whole.sentence !== rate.sentence || whole.quantity.qualifier !== 'exact') return undefined;
  // `再就业6420人,…实现就业1860人,分别完成年度目标任务1.1万人和3000人的58.4%和62.0%`: two wholes, two
  // shares, in the order of the two counts before them; the first share is of the first whole.
  const firstWhole = model.figures[rate.index - 2];
  const second = model.figures[rate.index + 1];
  if (firstWhole && second && firstWhole.sentence === rate.sentence && second.sentence === rate.sentence && second.quantity.kind === 'percent' && /^\s*(?:和|、|及)\s*$/.test(model.text.slice(firstWhole.quantity.span.end, whole.quantity.span.start)) && /^\s*(?:和|、|及)\s*$/.test(model.text.slice(rate.quantity.span.end, second.quantity.span.start))) {
    if (!/分别[\u4e00-\u9fff]{0,12}$/.test(model.text.slice(Math.max(model.sentences[rate.sentence]!.span.start, firstWhole.quantity.span.start - 16), firstWhole.quantity.span.start))) return undefined;
    const counts = model.sentences[rate.sentence]!.figures.filter((c) => c.index < firstWhole.index && isExactCount(c) && sameUnit(c, firstWhole) && !c.perUnit);
    const ofFirst = counts[counts.length - 2];
    if (!ofFirst || !sameUnit(whole, firstWhole)) return undefined;
    return { by: 'ofWhole', readings: [reading(rate, [ofFirst], [firstWhole], false)], evidence: [evidenceAt(firstWhole, '分别')] };
  }
  const gap = model.text.slice(whole.quantity.span.end, rate.quantity.span.start).trim();
  if (!/^[）)]?\s*的$/.test(gap) && !(/占[^，,。；;、]{0,12}$/.test(whole.cue) && /^[\u4e00-\u9fff]{1,12}的$/.test(gap) && !MEASURE_OF_COUNTED.test(gap))) return undefined;
  const sentence = model.sentences[rate.sentence]!;
  // Any count of the whole's unit before it may be the part (`新增就业5.1万人,其中…1.2万人,完成年度任务
  // 4.5万人的113%` is of the 5.1万): all are read, nearest last.
  const parts = sentence.figures.filter((c) => c.index < whole.index && isExactCount(c) && sameUnit(c, whole) && !c.perUnit);
  if (parts.length === 0) return undefined;
  // `化解债务4.26亿元,超额完成年度任务3.8亿元的12.1%`: the excess over the whole, not the share done.
  if (/超额|超出|超过/.test(whole.label)) {
    const over = parts.filter((part) => part.quantity.value > whole.quantity.value);
    if (over.length === 0) return undefined;
    return { by: 'ofWhole', readings: over.map((part) => reading(rate, [part], [whole], false, 'change')), evidence: [evidenceAt(whole, `${whole.label}的`)] };
  }
  return { by: 'ofWhole', readings: parts.map((part) => reading(rate, [part], [whole], false)), evidence: [evidenceAt(whole, `${whole.label}的`)] };
}

/** The reading a rate's surrounding words write out, if they write one. */
export function writtenReading(model: ReportModel, rate: Figure): Stated | undefined {
  return fractionAfter(model, rate) ?? bracketAfter(model, rate) ?? ofWholeReading(model, rate) ?? wholeAndPartAfter(model, rate);
}
