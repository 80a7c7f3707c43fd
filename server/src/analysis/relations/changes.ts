/**
 * Changes and growth: a figure now, the figure before, the difference, and the growth rate.
 *
 * Shapes read, each from the text's own words:
 * - `全省地区生产总值11286.4亿元,较“十三五”末的7918.6亿元增加3367.8亿元,增长33.6%` — now, before,
 *   the difference and the growth (`A较B增加C`);
 * - `汽车保有量由1840万辆增至2310万辆` and `事项由420项压减至260项、压减率38.1%` — `由A增至B`;
 * - `安排资金8600万元,比上年增加1200万元` — now and the difference;
 * - `受理案件45件,同比增长15%,上年同期40件` — now, the growth and last year's figure;
 * - `受理行政复议案件67件,同比增长200%` — now and the growth alone: last year's count is unknown,
 *   but a whole number of cases (the GRIM test of growth).
 *
 * A growth belongs to a figure only when nothing names another subject between them:
 * `新增签约项目45个,实际到位资金增长18.6%` is the growth of 实际到位资金. Growth at constant prices
 * (地区生产总值, 增加值) and growth averaged over years (`年均增长`) cannot be recomputed from nominal
 * figures, and are marked so.
 */
import { Figure, Sentence } from '../figures';
import { ReportModel } from '../reportModel';
import { CHANGE_TO_WORDS, NEUTRAL_CHANGE_TO_WORDS, pattern, SCOPE_WORDS } from '../vocabulary';
import { basisOf, Change, isCountLike, ownSubject } from './changeBasis';
import { between, isExactCount, sameUnit } from './common';
import { readGrowthLists } from './growthLists';
import { readRateGaps } from './rateGaps';

export type { Change, GrowthBasis } from './changeBasis';

const CHANGE_TO_VERB = pattern([CHANGE_TO_WORDS], 'end');
/** Words of what comes or goes during a period, never a stock at its end: `新增…`, `注销…`. */
const FLOW = /(?:^|[^净])新增|新领|新申领|注销|吊销|收回|调离|退休|迁出|迁入|退出|解除/;
/** Words that may stand between a figure and the change that is its own: comparisons, not subjects. */
const COMPARISON_ONLY = /^[\s，,、（()）]*(?:同比|环比|比上年同期|较上年同期|比上年末|较上年末|比去年末|较去年末|比年初|较年初|比上年|较上年|比去年|较去年|较同期|与上年相比|同口径)?[\s，,、]*(?:分别)?$/;

/** The growth right before a bracket that opens with the earlier end of a change: `下降29.3%(由上年的512起`. */
function growthBefore(text: string, g: Figure, from: Figure): Figure | undefined {
  if (!g.growth || g.quantity.kind !== 'percent' || g.inParentheses || /分别/.test(g.cue)) return undefined;
  return /^\s*[（(][\u4e00-\u9fff]{0,8}(?:由|从)(?:上年的?|\d{4}年的?)?$/.test(between(text, g, from)) ? g : undefined;
}

/** A rate named for a cut: `压减率`, `下降率`. */
const CUT_RATE = /(?:压减|精简|减少|下降|降低|缩减|削减|缩短)率$/;

/** The growth percentage that follows `f` at once and speaks of it: `…2310万辆,增长26.6%`. */
function growthRight(figures: readonly Figure[], k: number): Figure | undefined {
  const g = figures[k];
  if (!g || g.quantity.kind !== 'percent') return undefined;
  if (!(g.growth || (g.isRate && /(?:压减|精简|减少|下降|降低|缩减|削减|缩短|增长|增加|提高)率$/.test(g.label)))) return undefined;
  if (g.subject !== '' && g.growth) return undefined;
  // `…由14起降至11起、死亡人数由12人降至9人,分别下降21.4%、25.0%`: rates listed for several changes.
  if (/分别/.test(g.cue)) return undefined;
  return g;
}

function readSentence(model: ReportModel, sentence: Sentence, out: Change[]): void {
  const figures = sentence.figures;
  const text = model.text;
  const used = new Set<Figure>();
  const ratesUsed = new Set<Figure>();
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i]!;
    // `城镇化率由54.2%提高到60.8%,提高6.6个百分点`: two shares and the points between them (read
    // before the two ends of a change, which the shares also are).
    if (f.quantity.kind === 'percent' && i > 0 && figures[i + 1]?.quantity.kind === 'percentagePoint') {
      const from = figures[i - 1]!;
      const points = figures[i + 1]!;
      const words = between(text, f, points).replace(/\s+/g, '');
      const rise = POINTS_CHANGE.exec(words);
      if (from.quantity.kind === 'percent' && PERCENT_FROM.test(from.cue) && PERCENT_TO.test(f.cue) && rise && points.quantity.qualifier === 'exact' && f.quantity.qualifier === 'exact' && from.quantity.qualifier === 'exact') {
        used.add(from).add(f).add(points);
        out.push({
          kind: 'change', current: f, prior: from, delta: points, direction: /下降|降低|减少|回落|收窄/.test(rise[1]!) ? 'decrease' : 'increase', rate: undefined,
          basis: 'nominal', reading: 'explicit',
          evidence: [{ words: rise[1]!, span: { start: f.quantity.span.end, end: points.quantity.span.start } }],
        });
        i++;
        continue;
      }
    }
    // `由A增至B`: the two ends of one change, B right after A.
    if (f.change === 'to' && i > 0) {
      const from = figures[i - 1]!;
      // `下降29.3%(由上年的512起降至386起)`: both ends in brackets right after the growth they explain.
      const explained = i >= 2 && from.inParentheses && f.inParentheses ? growthBefore(text, figures[i - 2]!, from) : undefined;
      const exact = (x: Figure) => isExactCount(x) || (explained !== undefined && x.quantity.qualifier === 'exact' && isCountLike(x));
      if (from.change !== 'from' || !sameUnit(from, f) || !exact(from) || !exact(f)) continue;
      let k = i + 1;
      let delta: Figure | undefined;
      const d = figures[k];
      // (`由7612公里增加到9124公里,五年新增1512公里`: what was added over the span is the difference too.)
      const added = d !== undefined && d.increment && /^[\s，,、]*(?:五年|累计|全年|年内)?(?:新增|新建)(?:的)?$/.test(between(text, f, d));
      if (d && (d.change === 'increase' || d.change === 'decrease' || added) && sameUnit(d, f) && isExactCount(d) && (ownSubject(d) === '' || added) && /^[\s，,、]*$/.test(between(text, f, d).replace(/(?:五年|累计|全年|年内)?(?:增长|增加|减少|下降|压减|精简|缩减|削减|降低|净增|净减|新增|新建|提高|提升|扩大|缩小|缩短|压缩|压降)(?:了|的)?$/, ''))) {
        delta = d;
        k++;
      }
      // `净增32家,规上工业企业由286家增至296家`: a net change stated just before the change it is.
      const netBefore = i >= 2 ? figures[i - 2]! : undefined;
      if (!delta && netBefore && !used.has(netBefore) && (netBefore.change === 'increase' || netBefore.change === 'decrease') && /净(?:增|减)(?:加|少)?$/.test(netBefore.cue) && sameUnit(netBefore, f) && isExactCount(netBefore) && /^[，,]\s*[\u4e00-\u9fff]{0,12}(?:由|从)$/.test(between(text, netBefore, from).replace(/(?:上年|去年)(?:末|底)?的?$|\d{4}年(?:底|末)?的?$/, ''))) delta = netBefore;
      const rate = explained && !ratesUsed.has(explained) ? explained : growthRight(figures, k);
      used.add(from).add(f);
      if (delta) used.add(delta);
      if (rate) ratesUsed.add(rate);
      const verb = CHANGE_TO_VERB.exec(f.cue.replace(/\d{4}年(?:底|末)?的?$/, ''))?.[0];
      out.push({
        kind: 'change', current: f, prior: from, delta, direction: f.quantity.value >= from.quantity.value ? 'increase' : 'decrease', rate,
        ...(verb && !(NEUTRAL_CHANGE_TO_WORDS as readonly string[]).includes(verb) ? { verbDirection: /降|减|压|缩|精简/.test(verb) ? ('decrease' as const) : ('increase' as const) } : {}),
        // `由上年的96项精简至58项,压减率65.5%`: a rate named for the change is its growth, in its own direction.
        ...(rate && !rate.growth && rate.isRate ? { listedGrowth: CUT_RATE.test(rate.label) ? ('decrease' as const) : ('increase' as const) } : {}),
        basis: basisOf(model, sentence, f, rate, from), reading: 'explicit',
        evidence: [{ words: text.slice(from.quantity.span.start - 1, from.quantity.span.start) + '…' + f.cue.slice(-2), span: { start: from.quantity.span.start - 1, end: f.quantity.span.start } }],
      });
      continue;
    }
    // `占地区生产总值的10.2%,较上年的8.9%提高1.3个百分点`: a share, last year's, and the points between
    // (or a year's: `达到2.98%,比2020年的2.47%提高0.51个百分点`).
    if (f.quantity.kind === 'percent' && figures[i + 1]?.quantity.kind === 'percent' && /(?:较|比)(?:上年|去年|(?:19|20)\d{2}年(?:底|末)?)(?:同期)?的?$/.test(figures[i + 1]!.cue) && figures[i + 2]?.quantity.kind === 'percentagePoint') {
      const prior = figures[i + 1]!;
      const points = figures[i + 2]!;
      const rise = POINTS_CHANGE.exec(between(text, prior, points).replace(/\s+/g, ''));
      if (rise && /^[，,]?(?:较|比)(?:上年|去年|上年同期|去年同期|(?:19|20)\d{2}年(?:底|末)?)的?$/.test(between(text, f, prior).replace(/\s+/g, '')) && [f, prior, points].every((x) => x.quantity.qualifier === 'exact')) {
        used.add(f).add(prior).add(points);
        out.push({
          kind: 'change', current: f, prior, delta: points, direction: /下降|降低|减少|回落|收窄/.test(rise[1]!) ? 'decrease' : 'increase', rate: undefined,
          basis: 'nominal', reading: 'explicit',
          evidence: [{ words: rise[1]!, span: { start: prior.quantity.span.end, end: points.quantity.span.start } }],
        });
        i += 2;
        continue;
      }
    }
    // `净增高新技术企业62家,总数达到286家,增长21.7%`: a net rise, the stock it brings, and the stock's
    // growth (over 286 − 62). A gross 新增 says nothing of what left, so only 净增 is read.
    if (/净增(?:加)?[^，,。；;、]{0,12}$/.test(f.cue) && isExactCount(f) && !used.has(f)) {
      const stock = figures[i + 1];
      const g = figures[i + 2];
      if (stock && g && sameUnit(stock, f) && isExactCount(stock) && /^[，,]\s*(?:[\u4e00-\u9fff]{0,8}?)(?:总数|总量|累计)(?:达到|达|为|增至)?$/.test(between(text, f, stock)) && g.growth && g.quantity.kind === 'percent' && g.subject === '' && /^[，,、]\s*(?:同比|比上年|较上年)?(?:增长|增加|提高)$/.test(between(text, stock, g).replace(/\s+/g, '')) && stock.quantity.value > f.quantity.value) {
        used.add(f).add(stock);
        ratesUsed.add(g);
        out.push({
          kind: 'change', current: stock, prior: undefined, delta: f, direction: 'increase', rate: g,
          basis: basisOf(model, sentence, stock, g), reading: 'explicit',
          evidence: [{ words: '净增', span: { start: f.quantity.span.start - f.cue.length, end: f.quantity.span.start } }],
        });
        i += 2;
        continue;
      }
    }
    // `A,较上年的B增加C` and `A,比上年增加C`: a difference stated for the figure before it.
    if ((f.change === 'increase' || f.change === 'decrease') && i > 0 && !used.has(f) && isExactCount(f) && ownSubject(f) === '') {
      let j = i - 1;
      let prior: Figure | undefined;
      if (figures[j]!.prior && sameUnit(figures[j]!, f) && isExactCount(figures[j]!)) {
        prior = figures[j];
        j--;
      }
      let current: Figure | undefined = figures[j];
      // `…参保人数318.64万人,其中…城乡居民…226.77万人,参保总人数较上年的315.20万人净增3.44万人`: last year's
      // figure may name its subject; the figure now is the one of that name, not the one right before.
      const priorSubject = (prior ? /^([\u4e00-\u9fff]{3,12})(?:较|比)/.exec(prior.label)?.[1] ?? '' : '').replace(/总/g, '');
      if (prior && priorSubject.length >= 3 && current && !current.label.replace(/总/g, '').includes(priorSubject)) {
        current = figures.slice(0, j).reverse().find((c) => sameUnit(c, f) && isExactCount(c) && c.label.replace(/总/g, '').includes(priorSubject));
      }
      // `规上工业企业达到3286家,全年新增入规企业412家,净增238家,增长7.8%`: a net change with no comparison of
      // its own, right after the year's gross increment, is the change of the stock before that increment.
      const increment = !prior && current?.increment && /净(?:增|减)/.test(f.cue) && !/比|较/.test(f.cue) ? current : undefined;
      if (increment) {
        const stock = figures[j - 1];
        current = stock && sameUnit(stock, f) && isExactCount(stock) && !stock.change && !stock.increment && /达到$|达$|总数|总量|共有$|现有/.test(stock.cue) ? stock : undefined;
      }
      if (!current || !sameUnit(current, f) || !isExactCount(current) || current.change || current.prior || used.has(current)) continue;
      // `其中中央资金1.62亿元、省级资金2.24亿元,比上年增加0.58亿元`: after the last of a `、` list, the
      // difference may be of the whole list or its total as well as of the last item: not read.
      // (A list of things of other units is no list of parts: `律师事务所48家、执业律师1263名,比上年增加97名`.)
      // So may a comparison with last year's figure: `新申领证件615人、注销证件208人,较上年末的8235人净增407人`
      // compares the stock the two flows change, which neither is.
      const listedBefore = figures[j - 1];
      if (current.separatorBefore === '、' && listedBefore !== undefined && sameUnit(listedBefore, current)) continue;
      // (Nor a flow compared with last year's stock: `新增持证执法人员86人,注销32人,较上年末的1232人净增54人`.)
      if (prior && /(?:上年|去年)(?:末|底)/.test(prior.cue + prior.label) && FLOW.test(current.label)) continue;
      // (A net change is never of a flow: `新设立6215户,注销2237户,净增3978户` nets the two.)
      if (/净(?:增|减)/.test(f.cue) && FLOW.test(current.label)) continue;
      const gap = between(text, increment ?? current, prior ?? f).replace(/\s+/g, '');
      // Only comparison words between: `8600万元,比上年增加` — not `新增签约项目45个,实际到位资金增加…`.
      const gapWords = prior ? gap.replace(/(?:较|比|与)?[^，,]{0,12}?$/, '') : gap.replace(/(?:增长|增加|减少|下降|降低|净增加|净减少|净增|净减|多|少|提高|提升|上升|增产|增收|扩大)了?$/, '');
      if (!COMPARISON_ONLY.test(gapWords)) continue;
      // `达到383家,较上年增加97家,上年为315家` and `…增加9件(上年为25件)`: last year's figure after the difference.
      if (!prior) prior = priorStatedAfter(text, figures, i, current);
      const rate = growthRight(figures, i + 1 + (prior && prior.index === f.index + 1 ? 1 : 0));
      used.add(current).add(f);
      if (prior) used.add(prior);
      if (rate) ratesUsed.add(rate);
      out.push({
        kind: 'change', current, prior, delta: f, direction: f.change, rate,
        basis: basisOf(model, sentence, current, rate), reading: 'explicit',
        evidence: [{ words: f.cue.slice(-6), span: { start: Math.max(current.quantity.span.end, f.quantity.span.start - 6), end: f.quantity.span.start } }],
      });
      continue;
    }
  }
  readGrowthLists(model, sentence, out, ratesUsed);
  // Growth percentages of the figure right before them: `受理45件,同比增长15%[,上年同期40件]`.
  for (let i = 1; i < figures.length; i++) {
    const g = figures[i]!;
    if (!g.growth || g.quantity.kind !== 'percent' || used.has(g)) continue;
    if (ratesUsed.has(g)) continue;
    // `17起、死亡9人,同比分别下降22.7%和25%`: rates listed against counts in order are not guessed,
    // nor where 分别 stands a few figures before (`76起、55人,分别比上年的87起、61人下降12.6%`).
    if (/分别/.test(g.cue) || g.subject !== '') continue;
    if (i >= 2 && /分别/.test(text.slice(figures[Math.max(0, i - 4)]!.quantity.span.end, g.quantity.span.start))) continue;
    let j = i - 1;
    let prior: Figure | undefined;
    // `较上年的118件增长38.1%`: last year's figure stands between the count and its growth.
    if (figures[j]!.prior && isCountLike(figures[j]!)) {
      prior = figures[j];
      j--;
    }
    let current = figures[j];
    // `新增就业52384人,完成年度目标任务(4.8万人)的109.13%,较上年的48916人增长8.1%`: with last
    // year's figure stated in the unit of a count before, that count is this year's, past a share.
    if (prior && g.index === prior.index + 1 && (!current || !isCountLike(current) || current.inParentheses)) {
      let k = j;
      // (Past the whole of that share too: `新增就业2.86万人,完成年度目标任务5.2万人的55.0%,比上年同期的
      // 2.74万人增长4.4%` — the target is no figure of this year's.)
      const wholeOfShare = (x: number) => figures[x + 1]?.quantity.kind === 'percent' && /^[）)]?\s*的$/.test(between(text, figures[x]!, figures[x + 1]!).trim());
      while (k >= 0 && (figures[k]!.quantity.kind === 'percent' || figures[k]!.inParentheses || wholeOfShare(k))) k--;
      const candidate = figures[k];
      if (candidate && isExactCount(candidate) && sameUnit(candidate, prior) && !candidate.prior && !candidate.change && !/[。；;]/.test(between(text, candidate, prior))) {
        out.push({
          kind: 'change', current: candidate, prior, delta: undefined, direction: g.growth, rate: g,
          basis: basisOf(model, sentence, candidate, g), reading: 'explicit',
          evidence: [{ words: prior.cue.slice(-6), span: prior.labelSpan }],
        });
        continue;
      }
    }
    if (!current || !isCountLike(current) || current.prior || current.change === 'increase' || current.change === 'decrease') continue;
    // Between the count and what follows it only comparison words may stand; last year's figure
    // brings its own cue (`较2023年的`), which is not a subject.
    const toNext = between(text, current, prior ?? g).replace(/\s+/g, '');
    // With last year's figure, its comparison (`较上年的`) is cut off; what stands before the
    // comparison word is a subject (`，进出口总额较上年的628.9亿元`), not to be cut with it.
    const comparison = prior ? toNext.search(/(?:较|比|与)[^，,、较比与]{0,12}$/) : -1;
    const lead = prior ? (comparison >= 0 ? toNext.slice(0, comparison) : toNext.replace(/[^，,、]{0,14}$/, '')) : toNext.replace(/(?:增长|增加|上升|提高|提升|下降|减少|降低|回落|下滑)(?:了|达|为)?$/, '');
    if (!COMPARISON_ONLY.test(lead)) {
      // `进出口总额680.3亿元,其中出口…、进口193.6亿元,进出口总额较上年的628.9亿元增长8.2%`: the
      // growth names its subject, a figure stated earlier in the sentence.
      const named = prior && figureNamed(figures, lead, current, prior);
      if (named && prior && COMPARISON_ONLY.test(between(text, prior, g).replace(/\s+/g, '').replace(/(?:增长|增加|上升|提高|提升|下降|减少|降低|回落|下滑)(?:了|达|为)?$/, ''))) {
        out.push({
          kind: 'change', current: named, prior, delta: undefined, direction: g.growth, rate: g,
          basis: basisOf(model, sentence, named, g), reading: 'explicit',
          evidence: [{ words: lead.replace(/^.*[，,、]/, ''), span: { start: current.quantity.span.end, end: prior.quantity.span.start } }],
        });
      }
      continue;
    }
    if (prior && !COMPARISON_ONLY.test(between(text, prior, g).replace(/\s+/g, '').replace(/(?:增长|增加|上升|提高|提升|下降|减少|降低|回落|下滑)(?:了|达|为)?$/, ''))) continue;
    // A growth after a comma that closes a list of parts under `其中` speaks of their total; after a
    // single part, of either: `共5272件,其中A4127件、…、D35件,比上年的5868件下降10.2%`.
    if (/^[，,]/.test(toNext)) {
      const total = totalOfPartsEndingAt(text, figures, j);
      if (total === null) {
        // `融资164.8亿元,其中知识产权质押融资12.6亿元,比上年的9.8亿元增长28.6%`: last year's figure
        // can only be of the part (of the total, the rise would be sixteenfold).
        const whole = figures[j - 1];
        const factor = 1 + (g.growth === 'decrease' ? -1 : 1) * g.quantity.value / 100;
        const near = (c: Figure) => prior !== undefined && prior.quantity.value > 0 && factor > 0 && Math.abs(Math.log(c.quantity.value / prior.quantity.value / factor)) < Math.log(1.5);
        if (!whole || !near(current) || near(whole)) continue;
      }
      if (total) current = total;
    }
    // Last year's figure after the growth, maybe in brackets: `同比增长15.6%(上年同期8,317人次)`.
    const after = figures[i + 1];
    if (!prior && after && after.prior && sameUnit(after, current) && /^[，,（(]*$/.test(between(text, g, after).replace(/\s+/g, '').replace(/(?:上年同期|去年同期|上年末|去年末|上年|去年|同期|\d{4}年(?:底|末|同期)?)(?:为|是|的)?$/, ''))) prior = after;
    if (prior && !sameUnit(prior, current)) prior = undefined;
    out.push({
      kind: 'change', current, prior, delta: undefined, direction: g.growth, rate: g,
      basis: basisOf(model, sentence, current, g), reading: prior ? 'explicit' : 'inferred',
      evidence: [{ words: g.cue.slice(-6), span: { start: Math.max(current.quantity.span.end, g.quantity.span.start - 6), end: g.quantity.span.start } }],
    });
  }
}

/**
 * When `figures[j]` is the last of parts listed after `其中`: the figure they are parts of, if at
 * least two parts are listed with `、` and the total stands right before `其中` in their unit;
 * `null` when the list has a single part or no such total. `undefined` when it ends no such list.
 */
function totalOfPartsEndingAt(text: string, figures: readonly Figure[], j: number): Figure | null | undefined {
  let a = j;
  // Back over the parts, bounded: a list of parts is seldom longer than a dozen.
  while (a > 0 && j - a < 16) {
    const gap = between(text, figures[a - 1]!, figures[a]!);
    if (/其中/.test(gap)) break;
    if (!gap.includes('、') || /[，,。；;：:]/.test(gap)) return undefined;
    a--;
  }
  if (a === 0) return undefined;
  const opening = between(text, figures[a - 1]!, figures[a]!);
  if (!/其中/.test(opening) || /[。；;]/.test(opening) || /[，,、]/.test(opening.slice(opening.lastIndexOf('其中')))) return undefined;
  const total = figures[a - 1]!;
  if (a === j || !isExactCount(total) || !sameUnit(total, figures[j]!) || total.change || total.prior) return null;
  return total;
}

/** The earlier share of a change in points: `由54.2%`, `从2020年的45.8%`. */
const PERCENT_FROM = /(?:由|从)(?:\d{4}年(?:底|末)?的?|上年的?|上年末的?)?$/;
/** The later share: `提高到60.8%`, `提高到2025年的52.6%`. */
const PERCENT_TO = /(?:提高|提升|上升|增加|增长|扩大|下降|降低|减少|回落|收窄)(?:到|至)(?:\d{4}年(?:底|末)?的?)?$/;
/** The points between them, right after the later share: `,提高6.6`. */
const POINTS_CHANGE = /^[，,、]?(?:累计|共|五年|十年|三年|两年|近五年|五年来|五年间)?(提高|提升|上升|增加|扩大|下降|降低|减少|回落|收窄)了?$/;

/** Words a label may open with that do not change what it counts: `全年全市完成进出口总额`. */
const SCOPE_OPENING = new RegExp(`^(?:其中|全年|当年|今年|${SCOPE_WORDS.join('|')}|完成|实现)+`);

/**
 * The one figure up to `last` that the words `lead` name (the words after the last comma): the
 * count whose label is those words, past scope words, or else the only one whose label ends with
 * them. `undefined` when none or several do: a growth is then paired with nothing.
 */
function figureNamed(figures: readonly Figure[], lead: string, last: Figure, prior: Figure): Figure | undefined {
  const noun = lead.replace(/^.*[，,、]/, '');
  if (!/^[\u4e00-\u9fff]{2,12}$/.test(noun)) return undefined;
  // The last 16 figures up to `last`: a bounded search.
  const end = last.index - figures[0]!.index + 1;
  const candidates = figures.slice(Math.max(0, end - 16), end).filter((c) => isExactCount(c) && sameUnit(c, prior) && !c.prior && !c.change && !c.perUnit);
  const exact = candidates.filter((c) => c.label.replace(SCOPE_OPENING, '') === noun);
  if (exact.length === 1) return exact[0];
  if (exact.length > 1) return undefined;
  // `出口总额` names `其中出口52.7亿元`, not `进出口总额86.4亿元`: a label that ends with the noun names it
  // only if nothing but openings (其中, 全年, 完成…) stands before it.
  const bare = noun.replace(/总(?:额|量|值|数)$/, '');
  const names = (c: Figure, n: string) => n.length >= 2 && c.label.endsWith(n) && c.label.slice(0, c.label.length - n.length).replace(SCOPE_OPENING, '') === '';
  const ending = candidates.filter((c) => names(c, noun) || (bare !== noun && names(c, bare)));
  return ending.length === 1 ? ending[0] : undefined;
}

/** Every change the report states, with whatever of its parts the text gives. */
export function readChanges(model: ReportModel): Change[] {
  const out: Change[] = [];
  for (const sentence of model.sentences) {
    readSentence(model, sentence, out);
    readBaseAndAddition(model, sentence, out);
    readRateGaps(sentence, model.text, out);
  }
  return out;
}

/** `上年为315家`, `(上年同期为25件)`: a figure of last period named by nothing else. */
const PRIOR_ALONE = /^(?:上年|去年|上年同期|去年同期|上一年)(?:为|是|有)?$/;

/**
 * Last year's figure stated right after a difference (`,上年为315家`, `(上年为25件)`), in the unit of
 * the figure now: the earlier end of the change. Only separators may stand between.
 */
function priorStatedAfter(text: string, figures: readonly Figure[], i: number, current: Figure): Figure | undefined {
  const next = figures[i + 1];
  if (!next || !next.prior || !isCountLike(next) || next.quantity.qualifier !== 'exact' || !sameUnit(next, current) || !PRIOR_ALONE.test(next.cue)) return undefined;
  return /^\s*[，,（(]\s*$/.test(between(text, figures[i]!, next).replace(/(?:上年|去年|上年同期|去年同期|上一年)(?:为|是|有)?$/, '')) ? next : undefined;
}

/** `在现有38个点位基础上新增…12个`: the base, then what is added on it. */
const ADDED_ON_BASE = /^[\u4e00-\u9fff“”]{0,8}?的?基础上[，,]?\s*(?:再|又|继续|全年)?(?:新增|新建成|新建|新开通|新设|新认定|新培育|增加)[\u4e00-\u9fff“”]{0,16}$/;
/** `,使全市点位总数达到`, `,全县累计建成面积达到`: the stock the two make. */
const STOCK_MADE = /^[，,]\s*(?:使|从而使)?[\u4e00-\u9fff“”]{0,16}?(?:总数|总量|总规模|总面积|总里程|总装机(?:容量|规模)?|累计[\u4e00-\u9fff]{0,8})(?:达到|达|增至|增加到)$/;

/**
 * `在现有38个点位基础上新增治超非现场执法点位12个,使全市点位总数达到46个`: a base, what was added on
 * it, and the stock they make, in that order in one sentence — a change whose earlier end, difference
 * and later end are all stated.
 */
function readBaseAndAddition(model: ReportModel, sentence: Sentence, out: Change[]): void {
  const figures = sentence.figures;
  const text = model.text;
  for (let i = 0; i + 2 < figures.length; i++) {
    const [base, added, stock] = [figures[i]!, figures[i + 1]!, figures[i + 2]!];
    if (![base, added, stock].every(isExactCount) || !sameUnit(base, added) || !sameUnit(added, stock)) continue;
    if (!/在[^，,。；;]{0,8}$/.test(text.slice(Math.max(sentence.span.start, base.quantity.span.start - 10), base.quantity.span.start))) continue;
    if (!ADDED_ON_BASE.test(between(text, base, added)) || !STOCK_MADE.test(between(text, added, stock))) continue;
    if (out.some((c) => c.current === stock || c.delta === added)) continue;
    out.push({
      kind: 'change', current: stock, prior: base, delta: added, direction: 'increase', rate: undefined, basis: 'nominal', reading: 'explicit',
      evidence: [{ words: '基础上', span: { start: base.quantity.span.end, end: added.quantity.span.start } }],
    });
  }
}
