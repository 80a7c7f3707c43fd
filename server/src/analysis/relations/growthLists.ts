/**
 * Growth rates listed with `分别` against figures listed in the same order (`存款…、贷款…,分别增长7.8%
 * 和9.1%`), with last year's figures, the differences or the two ends of each change listed too.
 */
import { Figure, Sentence } from '../figures';
import { ReportModel } from '../reportModel';
import { basisOf, Change, isCountLike, ownSubject } from './changeBasis';
import { between, sameUnit } from './common';

/** Between the earlier and the later ends of a list of changes: `…增至`, `…提高到`. */
const CHANGE_TO_BETWEEN = /^[\s]*(?:分别)?(?:增至|增加到|增长到|提高到|提高至|提升至|提升到|上升至|上升到|达到|降至|下降到)$/;

/**
 * Growth rates listed with `分别` against figures listed in the same order, with last year's
 * figures listed too: `办理许可28.6万件、处罚4.27万件,分别较上年的26.9万件、4.51万件增长6.3%、
 * 下降5.3%`, `事故9起、死亡7人,同比分别下降18.2%、22.2%(2023年分别为11起、9人)`.
 */
export function readGrowthLists(model: ReportModel, sentence: Sentence, out: Change[], ratesUsed: Set<Figure>): void {
  const figures = sentence.figures;
  const text = model.text;
  for (let i = 0; i < figures.length; i++) {
    const g0 = figures[i]!;
    if (!g0.growth || (i > 0 && figures[i - 1]!.growth)) continue;
    const growths = [g0];
    // `下降12.6%和9.8%`: a percentage joined on without a verb of its own shares the first one's.
    const continues = (f: Figure, gap: string) => f.quantity.kind === 'percent' && (f.growth !== undefined ? /^[\s、和及]*(?:增长|下降|增加|减少|上升|降低)?$/.test(gap) : !f.isRate && /^[\s、和及]+$/.test(gap));
    for (let k = i + 1; k < figures.length && continues(figures[k]!, between(text, figures[k - 1]!, figures[k]!)); k++) growths.push(figures[k]!);
    const n = growths.length;
    if (n < 2 || i < n) continue;
    const listed = (from: number) => figures.slice(from, from + n);
    const point = (f: Figure) => isCountLike(f) && f.quantity.qualifier === 'exact';
    const isRun = (run: readonly Figure[]) => run.length === n && run.every((f, k) => point(f) && (k === 0 || f.separatorBefore === '、' || /^[\s、和及]*[\u4e00-\u9fff]{0,8}$/.test(between(text, run[k - 1]!, f))));
    // `接待游客386万人次,实现收入21.4亿元,分别…`: figures of different units, each in a clause of its
    // own, are paired with the growths by their order and their units.
    const isLooseRun = (run: readonly Figure[]) => run.length === n && run.every((f, k) => point(f) && (k === 0 || /^[\s，,、和及]*[\u4e00-\u9fff]{0,10}$/.test(between(text, run[k - 1]!, f)))) && run.every((f, k) => run.every((g, m) => m === k || !sameUnit(f, g)));
    let currents: Figure[];
    let priors: Figure[] | undefined;
    const before = listed(i - n);
    const pairs = i >= 2 * n ? figures.slice(i - 2 * n, i) : [];
    if (pairs.length === 2 * n && pairs.every((f, k) => f.change === (k % 2 === 0 ? 'from' : 'to') && isCountLike(f) && (k % 2 === 0 || sameUnit(f, pairs[k - 1]!)))) {
      // `起数由14起降至11起、死亡人数由12人降至9人,分别下降21.4%、25.0%`: each change's two ends, in order.
      currents = pairs.filter((_, k) => k % 2 === 1);
      priors = pairs.filter((_, k) => k % 2 === 0);
    } else if (isRun(before) && /较|比|与(?:上年|去年)/.test(text.slice(figures[i - n - 1]?.quantity.span.end ?? sentence.span.start, before[0]!.quantity.span.start)) && i >= 2 * n && (isRun(listed(i - 2 * n)) || isLooseRun(listed(i - 2 * n))) && (before[0]!.change === 'increase' || before[0]!.change === 'decrease') && before.slice(1).every((d) => !d.prior && (d.change === undefined || d.change === before[0]!.change))) {
      // `存款5864.2亿元、贷款5217.6亿元,分别比上年末增加424.3亿元和435.2亿元,分别增长7.8%和9.1%`,
      // `事故7起,死亡5人,比上年分别减少3起、2人,分别下降30.0%和28.6%`: the differences, not last year's figures.
      const levels = listed(i - 2 * n);
      if (!levels.every((c, k) => sameUnit(c, before[k]!))) continue;
      for (let k = 0; k < n; k++) {
        const g = growths[k]!;
        ratesUsed.add(g);
        out.push({
          kind: 'change', current: levels[k]!, prior: undefined, delta: before[k]!, direction: g.growth ?? g0.growth!, rate: g,
          ...(g.growth ? {} : { listedGrowth: g0.growth! }),
          basis: basisOf(model, sentence, levels[k]!, g), reading: 'explicit',
          evidence: [{ words: '分别', span: { start: g0.quantity.span.start - 2, end: g0.quantity.span.start } }],
        });
      }
      i += n - 1;
      continue;
    } else if (isRun(before) && /较|比|与(?:上年|去年)/.test(text.slice(figures[i - n - 1]?.quantity.span.end ?? sentence.span.start, before[0]!.quantity.span.start)) && i >= 2 * n && (isRun(listed(i - 2 * n)) || isLooseRun(listed(i - 2 * n))) && before.every((d) => d.change !== 'increase' && d.change !== 'decrease')) {
      // `A、B,分别较上年的C、D增长x%、y%` (last year's figures, no differences: `分别减少3起、2人`).
      currents = listed(i - 2 * n);
      priors = before;
    } else if (isRun(before) && i >= 2 * n && isRun(listed(i - 2 * n)) && CHANGE_TO_BETWEEN.test(between(text, figures[i - n - 1]!, before[0]!)) && /(?:由|从)(?:上年(?:末|底)?的?|去年(?:末|底)?的?|\d{4}年(?:底|末)?的?)?(?:每人每月|每人每年|每月|每年|人均)?$/.test(text.slice(Math.max(sentence.span.start, figures[i - 2 * n]!.quantity.span.start - 12), figures[i - 2 * n]!.quantity.span.start))) {
      // `收入分别由35680元、16320元增至46820元、23150元,年均分别增长5.6%和7.2%`.
      currents = before;
      priors = listed(i - 2 * n);
    } else if (isRun(before) || isLooseRun(before)) {
      currents = before;
      const after = listed(i + n);
      const lead = figures[i + n] ? text.slice(growths[n - 1]!.quantity.span.end, figures[i + n]!.quantity.span.start) : '';
      if (isRun(after) && /^[\s，,（(]*(?:\d{4}年|上年|去年)(?:同期)?分别为$/.test(lead.trim())) priors = after;
      if (!priors && !isRun(before)) continue;
    } else continue;
    if (!currents.every((c, k) => priors === undefined || sameUnit(c, priors[k]!))) continue;
    // `…一般公共预算收入由9.82亿元增加到13.72亿元,城乡常住居民人均可支配收入年均分别增长5.2%和7.8%`: growths
    // that name a subject of their own, one no figure before is named by, are of that subject.
    // (A subject of several, `事故起数和死亡人数`, is each one's: every one must open with words of a figure's.)
    const subjects = ownSubject(g0).replace(/(?:年均|平均|分别|同比|各)+$/, '').replace(/^(?:年均|平均)/, '').split(/和|及|、/).filter((p) => p.length >= 2);
    const namedBefore = currents.map((c, k) => `${priors?.[k]?.label ?? ''}${c.label}`).join('|');
    if (subjects.some((p) => !namedBefore.includes(p.slice(0, 2)))) continue;
    // `分别` ties the lists together, somewhere between the first figure and the growths.
    if (!/分别/.test(text.slice(currents[0]!.quantity.span.end, g0.quantity.span.start))) continue;
    for (let k = 0; k < n; k++) {
      const g = growths[k]!;
      ratesUsed.add(g);
      out.push({
        kind: 'change', current: currents[k]!, prior: priors?.[k], delta: undefined, direction: g.growth ?? g0.growth!, rate: g,
        ...(g.growth ? {} : { listedGrowth: g0.growth! }),
        basis: basisOf(model, sentence, currents[k]!, g), reading: priors ? 'explicit' : 'inferred',
        evidence: [{ words: '分别', span: { start: g0.quantity.span.start - 2, end: g0.quantity.span.start } }],
      });
    }
    i += n - 1;
  }
}
