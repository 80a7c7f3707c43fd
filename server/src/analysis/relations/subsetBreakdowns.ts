/**
 * Parts singled out with `其中` or `含`: `经营主体986.4万户,其中企业352.8万户` — which need not be all
 * of the total. A `其中` that opens a sentence refers to a figure of the one before; after a `、` list
 * of totals, groups of parts each name their own; parts of two units come in pairs elsewhere
 * (`pairedBreakdowns.ts`). Read by `readBreakdowns`, sentence by sentence.
 */
import { Figure, Sentence } from '../figures';
import { ReportModel } from '../reportModel';
import { SortedOffsets } from '../text';
import { COMPOUND_TOTALS, CROSSCUTTING_ATTRIBUTES, mentions } from '../vocabulary';
import type { Breakdown } from './breakdowns';
import { between, clauseBefore, Evidence, isExactCount, nounOf, parallel, roundingError, sameUnit, unitKey } from './common';
import { canBePart, canBeTotal, CONCLUDED, levelsReached, OUTCOME_HEAD, PART_CUE, partsFrom, REST_OF_LIST, shortName, subsetUnit } from './figureRoles';
import {
  closesListOfTotals, groupsNamingTotals, namedParts, namesJoinedKinds, namesSeveralTotals, oneDimension, partsNameTotal,
} from './partsOfSeveralTotals';

/** How far the searches for a total or its parts reach, in figures: bounded, so that work stays linear in long sentences. */
const MAX_PARTS = 16;

/** Where the text has `其中` or `含`, found in one pass over the text and kept with the model. */
const partCueCache = new WeakMap<ReportModel, SortedOffsets>();

function partCuesOf(model: ReportModel): SortedOffsets {
  let cues = partCueCache.get(model);
  if (!cues) partCueCache.set(model, (cues = new SortedOffsets(model.text, /其中|含/g)));
  return cues;
}

/** Words of a part that comes or goes during the year, as a net change is made of. */
const FLOW_WORDS = /新增|新升|新认定|新培育|新设|新登记|当年|退出|注销|迁出|迁入|关停/;

/**
 * The totals a part singled out by `其中` may belong to, nearest first: figures of its unit before
 * it in the sentence that can be totals; for a `其中` opening the sentence, those of the sentence
 * before. A `由A增至B` total pairs its ends with a part's.
 */
function subsetTotals(model: ReportModel, sentenceIndex: number, at: number, part: Figure): Figure[] {
  const figures = model.sentences[sentenceIndex]!.figures;
  const out: Figure[] = [];
  // `…15个专项行动全面推进,考核指标完成率达到93.3%,其中45项指标中完成42项`: past a rate that names the
  // part's own noun, 其中 speaks of what the rate counts, not of a figure before it.
  const partNoun = nounOf(part).replace(/^其中/, '').replace(/[^\u4e00-\u9fff]/g, '').slice(0, 2);
  for (let j = at - 1; j >= 0; j--) {
    const f = figures[j]!;
    // (Not a bound that describes the count, `42个项目执行率低于50%`.)
    if (f.isRate && f.quantity.qualifier === 'exact' && partNoun.length === 2 && f.label.includes(partNoun)) return out;
    if (f.inParentheses && !part.inParentheses) continue;
    // `达到231家,比上年末净增22家,其中新升规38家,另有16家退出`: after a net change, 其中 breaks down
    // the change (its gains and losses), not the stock before it.
    // (A change against last year, `比上年增加1200万元,其中省级补助5000万元`, leaves 其中 to the level.)
    // Only parts that are themselves comings and goings (`新升规`, `退出`); `其中产值超亿元企业45家` is of the stock.
    if (j === at - 1 && subsetUnit(f, part) && /净(?:增|减)/.test(f.cue) && (f.change === 'increase' || f.change === 'decrease') && part.change === undefined && FLOW_WORDS.test(part.label)) return out;
    if (!subsetUnit(f, part) || !canBeTotal(f)) continue;
    // `粮食总产量612.4亿斤,连续6年稳定在600亿斤以上,其中夏粮…`: a level kept above a bound is no total.
    if ((f.quantity.qualifier === 'atLeast' || f.quantity.qualifier === 'atMost') && /(?:稳定在|保持在|维持在|控制在)$/.test(f.cue)) continue;
    // `14个镇(街道)和32个市政府工作部门…,其中现场述法的18个`: the whole is both joined figures, which no
    // single figure is; no total is read.
    const joinedBefore = figures[j - 1];
    if (joinedBefore && subsetUnit(joinedBefore, part) && isExactCount(joinedBefore) && /^[\u4e00-\u9fff（）()]{0,10}(?:和|及|与)[\u4e00-\u9fff]{0,8}$/.test(between(model.text, joinedBefore, f)) && !part.change) return out;
    // The two ends of a change pair with the part's own: `由1840万辆增至2310万辆,其中…由38万辆增至296万辆`.
    // `共收到申请268件,受理251件,审结239件,其中维持…`: `其中` speaks of the figure right before it,
    // so the first found is the total (and the search ends there: its work is bounded).
    if (part.change === 'from' || part.change === 'to') {
      if (f.change === part.change) {
        // (Not ends of other years: `由2020年的586家增至…,其中2025年由1213家增至1385家` singles out the
        // last year's change, not a part of the five years' stock.)
        const partYear = yearNamed(part);
        const totalYear = yearNamed(f);
        if (partYear === undefined || totalYear === undefined || partYear === totalYear) out.push(f);
        break;
      }
      continue;
    }
    if (f.change === 'from') continue;
    // `权责清单事项4215项,涉及31个区直部门,其中行政许可198项…`: a count in a unit only akin to the part's
    // (个 for 项) gives way to one right before it in the part's own unit.
    const ownUnit = figures[j - 1];
    if (!sameUnit(f, part) && ownUnit && sameUnit(ownUnit, part) && canBeTotal(ownUnit) && !ownUnit.change && isExactCount(ownUnit) && ownUnit.quantity.value >= part.quantity.value) out.push(ownUnit);
    out.push(f);
    // `达到3.62万户,年内新增0.54万户,其中个体网店2.48万户`: after the year's increment, 其中 may speak of the stock before it.
    const stock = figures[j - 1];
    if (f.increment && stock && subsetUnit(stock, part) && canBeTotal(stock) && !stock.change && /达到$|达$|总数|总量|共有$|现有/.test(stock.cue) && stock.quantity.value >= f.quantity.value) out.push(stock);
    // `需征收房屋632户,已签约618户,签约率97.8%,其中住宅587户…`: past a rate, 其中 may speak of its base.
    // (Past a growth of it too: `共受理5864件,比上年下降9.7%,办结5851件,办结率99.8%,其中…`.)
    if (figures.slice(j + 1, at).some((x) => x.isRate)) {
      let b = j - 1;
      while (b >= 0 && figures[b]!.quantity.kind === 'percent' && figures[b]!.growth) b--;
      const base = figures[b];
      if (base && subsetUnit(base, part) && canBeTotal(base) && !base.change && base.quantity.value >= f.quantity.value) out.push(base);
    }
    // `查办案件2318件,办结2236件,其中一般程序案件1472件…`: where the nearest count does not name the
    // part's noun (`案件`) and an earlier one does, 其中 may speak of either.
    const noun = part.label.replace(/^其中/, '').replace(/[^\u4e00-\u9fff]/g, '').slice(-2);
    if (noun.length === 2 && !part.change && !f.label.includes(noun)) {
      for (let k = j - 1; k >= 0 && k >= j - MAX_PARTS; k--) {
        const e = figures[k]!;
        if (subsetUnit(e, part) && canBeTotal(e) && !e.change && !e.increment && e.label.includes(noun) && (!e.inParentheses || part.inParentheses)) {
          out.push(e);
          break;
        }
      }
    }
    break;
  }
  if (at > 0 || sentenceIndex === 0) return out;
  // `…2140件,调解成功2036件。其中,疑难复杂案件118件`: any count of the sentence before — where 其中 opens
  // the sentence. After a clause of its own (`全省行政复议案件主要集中在…等领域,其中…`) it speaks of that.
  if (!/^[\s“”"]*(?:其中|内含|含)/.test(model.text.slice(model.sentences[sentenceIndex]!.span.start, part.quantity.span.start))) return out;
  const prev = model.sentences[sentenceIndex - 1]!;
  const gap = model.text.slice(prev.span.end, model.sentences[sentenceIndex]!.span.start);
  if (!/^\s*$/.test(gap)) return out;
  // (Not the whole of a share, `完成年度目标任务85亿元的101.7%`: a target, not what was done.)
  const shareOf = (f: Figure) => model.figures[f.index + 1]?.quantity.kind === 'percent' && /^\s*的$/.test(between(model.text, f, model.figures[f.index + 1]!));
  const candidates = prev.figures.filter((f) => sameUnit(f, part) && canBeTotal(f) && !f.inParentheses && f.change !== 'from' && !shareOf(f));
  // The sentence before runs back over semicolons to its full stop: `受理3.46万件…;网上渠道受理2.31万件。其中,…`.
  for (let k = sentenceIndex - 2, n = 0; k >= 0 && n < 4; k--, n++) {
    const piece = model.sentences[k]!;
    if (!/[；;]\s*$/.test(model.text.slice(piece.span.start, model.sentences[k + 1]!.span.start))) break;
    candidates.unshift(...piece.figures.filter((f) => sameUnit(f, part) && canBeTotal(f) && !f.inParentheses && f.change !== 'from' && !shareOf(f)));
  }
  return candidates.reverse();
}

function cueEvidence(model: ReportModel, a: Figure | undefined, b: Figure, cue: RegExp): Evidence[] {
  const from = a ? a.quantity.span.end : model.sentences[b.sentence]!.span.start;
  const gap = model.text.slice(from, b.quantity.span.start);
  const m = cue.exec(gap);
  return m ? [{ words: m[0].replace(/^[，,、：:（(\s]+/, ''), span: { start: from + m.index, end: from + m.index + m[0].length } }] : [];
}

export function readSubsets(model: ReportModel, sentence: Sentence, out: Breakdown[]): void {
  const figures = sentence.figures;
  const text = model.text;
  // Parts singled out with `其中`: `经营主体986.4万户、增长6.3%,其中企业352.8万户`. A sentence
  // without the cue's characters has none (most sentences): it is passed over at once.
  const mayHaveCue = partCuesOf(model).some(sentence.span);
  for (let i = 0; mayHaveCue && i < figures.length; i++) {
    const first = figures[i]!;
    if (!canBePart(first)) continue;
    const prev = figures[i - 1];
    const gap = text.slice(prev ? prev.quantity.span.end : sentence.span.start, first.quantity.span.start);
    const cue = PART_CUE.exec(gap);
    if (!cue) continue;
    // The cue must introduce this figure, not a clause that ends before it: `其中…占比…，新增…`.
    if (/[。；;]/.test(gap.slice(cue.index))) continue;
    // `以省厅为被告(含共同被告)的…审结73件`: a cue inside a bracket that closes before the figure glosses a word.
    const afterCue = gap.slice(cue.index + cue[0].length);
    if (/[）)]/.test(afterCue) && !/[（(]/.test(afterCue)) continue;
    // `其中北港区…码头二期投入运营,全港万吨级以上泊位达到112个`: a clause of the whole place (全港, 全市)
    // after the cue's own is no part of it.
    if (/[，,]\s*全(?:市|县|区|省|港|镇|州|旗|国)/.test(afterCue)) continue;
    // `品牌12个,其中“乡村村晚”全年在全市146个乡镇举办`: a count after 在 is where the part happens, not the part.
    if (/在(?:全[市县区省镇乡州旗盟])?$/.test(first.label)) continue;
    // `其中婚姻家庭和邻里纠纷合计798件`: a total of the parts it names (read above), not a part of the figure before.
    if (first.totalCue && /^其中/.test(first.label) && namedParts(figures, i, first)) continue;
    if (first.totalCue && i === 0 && /^\s*其中[，,：:]?\s*$/.test(text.slice(sentence.span.start, first.labelSpan.start)) && namedParts(figures, i, first, model.sentences[first.sentence - 1]?.figures)) continue;
    let totals = subsetTotals(model, first.sentence, i, first);
    // `办理代表建议135件、政协提案188件,其中建议主办128件…,提案主办176件…`: after a `、` list of
    // totals, 其中 may break down the whole list; parts that do not name the last total's noun
    // are not read as parts of it.
    // (The total's list is in its own sentence, the one before where 其中 opens a sentence.)
    const ofTotal = totals.length > 0 ? model.sentences[totals[0]!.sentence]!.figures : figures;
    if (totals.length > 0 && closesListOfTotals(text, ofTotal, totals[0]!) && !partsNameTotal(figures, i, totals[0]!, ofTotal)) {
      // `其中代表建议主办128件、协办7件,政协提案主办176件、协办12件`: each group of parts opens with
      // the noun of one of the totals, and is a part of that one.
      // `建议和提案共163件,其中建议71件、提案92件。其中,涉及…的建议提案19件`: a part naming the nouns of
      // both totals is of their sum, where a breakdown has given it.
      const last = totals[0]!;
      const sibling = ofTotal[last.index - ofTotal[0]!.index - 1];
      const nounOfFigure = (f: Figure | undefined) => (f ? f.label.replace(/[^\u4e00-\u9fff]/g, '').slice(-2) : '');
      const both = sibling !== undefined && nounOfFigure(last).length === 2 && nounOfFigure(sibling).length === 2 && nounOfFigure(last) !== nounOfFigure(sibling) && first.label.includes(nounOfFigure(last)) && first.label.includes(nounOfFigure(sibling));
      const sum = both ? out.find((b) => b.parts.length === 2 && b.parts[0] === sibling && b.parts[1] === last && b.reading === 'explicit') : undefined;
      if (sum && first.separatorBefore !== '、' && !(figures[i + 1] && figures[i + 1]!.separatorBefore === '、')) {
        out.push({ kind: 'breakdown', form: 'subset', total: sum.total, totals: [sum.total], parts: [first], exhaustive: false, disjoint: false, reading: first.sentence === sum.total.sentence ? 'explicit' : 'inferred', evidence: cueEvidence(model, prev, first, PART_CUE) });
        continue;
      }
      const groups = groupsNamingTotals(figures, i, totals[0]!);
      for (const g of groups) {
        out.push({ kind: 'breakdown', form: 'subset', total: g.total, totals: [g.total], parts: g.parts, exhaustive: false, disjoint: true, reading: 'explicit', evidence: [{ words: g.noun, span: g.parts[0]!.labelSpan }] });
      }
      if (groups.length > 0) i = groups[groups.length - 1]!.parts[groups[groups.length - 1]!.parts.length - 1]!.index - figures[0]!.index;
      continue;
    }
    // `其中…完成省下达年度任务1300吨的110.0%`: the base of a share that follows is no part.
    const next = figures[i + 1];
    if (next && next.quantity.kind === 'percent' && /^[）)]?\s*的$/.test(between(text, first, next).trim())) continue;
    // `超10亿元企业9家,其中超50亿元企业12家`, `其中10亿元以上项目176个`: a threshold of the category
    // first, the counted part after it.
    // (`其中港口集团营业收入突破2624亿元` ends its clause: a bound of the part itself, not a category's threshold.)
    const counted = figures[i + 1];
    const categoryFollows = counted !== undefined && !sameUnit(counted, first) && /^[^，,。；;]*$/.test(between(text, first, counted));
    const threshold = first.quantity.kind === 'amount' && (first.quantity.qualifier === 'atLeast' || first.quantity.qualifier === 'moreThan') && categoryFollows;
    if (totals.length > 0 && first.quantity.kind === 'amount' && (threshold || totals[0]!.quantity.qualifier !== 'exact')) totals = [];
    if (totals.length === 0) {
      // `930个项目,其中小型水库7座、水池等调蓄设施836个`: parts of other units may come first.
      // (Not in a list of three units or more: `…改造老旧小区1860个;其中完成加装电梯1.26万部、改造各类管线
      // 3860公里、新增停车位8.6万个` lists the works done, not kinds of the estates.)
      const listUnits = new Set<string>([unitKey(first)]);
      for (let k = i + 1; k < figures.length && figures[k]!.separatorBefore === '、'; k++) listUnits.add(unitKey(figures[k]!));
      if (listUnits.size >= 3) continue;
      for (let k = i + 1; k < figures.length && k <= i + 4 && /^[^。；;]*$/.test(between(text, figures[k - 1]!, figures[k]!)); k++) {
        const later = figures[k]!;
        if (!canBePart(later) || later.totalCue || later.change) continue;
        // Across a comma, a part named at length starts a clause of its own: `其中顶尖人才及团队14个,
        // 留禾来禾高校毕业生5.6万人` counts graduates beside the talents, not among them.
        if (/[，,]/.test(between(text, figures[k - 1]!, later)) && !shortName(later)) break;
        const laterTotals = subsetTotals(model, first.sentence, i, later);
        if (laterTotals.length === 0) continue;
        // The total must be of the 其中's own clauses: at most two commas between, and no rate but the
        // total's own growth or share (`达到1911个,占87.4%,其中100万元以上的村826个`).
        const reach = text.slice(laterTotals[0]!.quantity.span.end, first.quantity.span.start);
        const ratesBetween = figures.slice(laterTotals[0]!.index - figures[0]!.index + 1, i).filter((f) => f.quantity.kind === 'percent');
        if ((reach.match(/[，,]/g) ?? []).length > 2 || ratesBetween.some((f) => !(f.growth || /^占/.test(f.cue)))) break;
        const { parts: laterParts, listed: laterListed } = partsFrom(model, figures, k, later, true);
        out.push({ kind: 'breakdown', form: 'subset', total: laterTotals[0]!, totals: laterTotals, parts: laterParts, exhaustive: false, disjoint: laterListed, reading: i > 0 ? 'explicit' : 'inferred', evidence: cueEvidence(model, prev, first, PART_CUE) });
        break;
      }
      continue;
    }
    // Outcomes of the cases concluded do not overlap: `审结6件,其中维持4件,确认违法1件,撤诉1件`.
    const isOutcome = (p: Figure) => OUTCOME_HEAD.test(p.label.replace(/^其中/, '')) || /撤诉|调解|和解/.test(p.label);
    const concluded = CONCLUDED.test(totals[0]!.label);
    const { parts, listed } = partsFrom(model, figures, i, first, false, concluded ? isOutcome : undefined);
    // `收入110.8亿元,支出102.5亿元,结余8.3亿元。其中职工医保收入76.2亿元、支出68.5亿元…`: parts that
    // name two of the possible totals break down the list of them, not one.
    if (parts.length > 1 && namesSeveralTotals(parts, totals)) {
      i += parts.length - 1;
      continue;
    }
    const outcomes = concluded && parts.every(isOutcome);
    const named = parts.length > 1 && (parts.slice(1).every((p) => parallel(p, first)) || outcomes);
    const evidence = cueEvidence(model, prev, first, PART_CUE);
    // `其中合同64件、文件3件、决策事项5件,其余15件`: with the rest, the parts are all of the total.
    const afterParts = figures[i + parts.length];
    const lastPart = parts[parts.length - 1]!;
    let rest = afterParts && afterParts.separatorBefore === ',' && sameUnit(afterParts, first) && isExactCount(afterParts) && REST_OF_LIST.test(between(text, lastPart, afterParts)) ? afterParts : undefined;
    // `受理21件,审结19件,其中维持…,其余2件正在办理`: the rest may be of the total before, not of the
    // one 其中 breaks down; then it is no part of this breakdown.
    if (rest) {
      const total = totals[0]!;
      const earlier = [...(clauseBefore(model, total.sentence)?.figures ?? []), ...model.sentences[total.sentence]!.figures.filter((f) => f.index < total.index)];
      const outer = earlier.reverse().find((f) => sameUnit(f, total) && isExactCount(f));
      if (outer && Math.abs(outer.quantity.value - total.quantity.value - rest.quantity.value) <= roundingError(outer) + roundingError(total) + roundingError(rest) + 1e-9) rest = undefined;
    }
    // `进出口总额156.3亿元,其中出口112.6亿元、进口43.7亿元`: a total whose name joins its parts'.
    // `其中…、涉毒案件496起、其他刑事案件2295起`: a last part of the others makes the list all of the total.
    // (Not the others of a kind bounded again: `其他本科及以上人才` leaves out those below 本科.)
    const othersWords = lastPart.label.replace(/^(?:其他|其它|其余)/, '');
    const othersLast = parts.length > 1 && othersWords !== lastPart.label && !rest && !/以上|以下|以内/.test(othersWords) && !mentions(othersWords, CROSSCUTTING_ATTRIBUTES);
    const compound = COMPOUND_TOTALS.some((c) => totals[0]!.label.includes(c.total) && parts.length === c.parts.length && c.parts.every((name, k) => parts[k]!.label.endsWith(name) || parts[k]!.label.replace(/^其中/, '') === name)) || namesJoinedKinds(totals[0]!.label, parts);
    // `其中具有法学专业背景的5名、取得法律职业资格的4名`: what people have or have obtained may overlap.
    // (So may parts named by different predicates of the whole, `其中即办件714项、实现“全程网办”的1103项`,
    // `其中适用简易程序1208件、涉及经营主体2514件`: one case may have both.)
    const attributes = parts.length > 1 && (parts.every((p) => /^(?:其中)?(?:具有|具备|取得|持有|拥有|获得)/.test(p.label)) || levelsReached(parts) || mixedPredicates(parts));
    const crosscutting = attributes || (parts.length > 1 && parts.some((p) => mentions(p.label, CROSSCUTTING_ATTRIBUTES)) && !oneDimension(parts));
    out.push({
      kind: 'breakdown', form: 'subset', total: totals[0]!, totals, parts: rest ? [...parts, rest] : parts, exhaustive: compound || ((rest !== undefined || othersLast) && totals.length === 1 && (listed || named || parts.length === 1) && !crosscutting),
      // A `、` list under `其中` is a breakdown; clauses that name things of one kind are too;
      // others (`其中继续教育590人,通过考试取得执法证571人`) may overlap, and so may parts named by
      // attributes of people (`其中女职工3000人,少数民族职工800人`).
      disjoint: (listed || named || rest !== undefined) && !crosscutting,
      reading: i > 0 ? 'explicit' : 'inferred',
      evidence,
    });
    // `完成投资84.3亿元,其中产业类项目78个、完成投资86.1亿元`: the part's own figure of another unit,
    // named as a figure before 其中 is, is part of that figure.
    const own = figures[i + parts.length];
    if (!rest && own && !sameUnit(own, first) && isExactCount(own) && /^[、，,]\s*[^，,。；;、]{0,6}$/.test(between(text, parts[parts.length - 1]!, own).replace(/[\u4e00-\u9fff]+$/, ''))) {
      // (`总投资1268亿元,其中…43个、总投资1294亿元`: a 总 on both names the same measure.)
      const name = own.label.replace(/^(?:其中|共|累计)/, '').replace(/^总(?=[\u4e00-\u9fff]{2})/, '');
      const whole = name.length >= 2 ? figures.slice(Math.max(0, i - 6), i).reverse().find((c) => sameUnit(c, own) && isExactCount(c) && canBeTotal(c) && c.label.replace(/总(?=[^总]*$)/, '').endsWith(name)) : undefined;
      if (whole) out.push({ kind: 'breakdown', form: 'subset', total: whole, totals: [whole], parts: [own], exhaustive: false, disjoint: false, reading: 'explicit', evidence: [{ words: name, span: own.labelSpan }] });
    }
    if (rest) i++;
    // `其中新能源汽车由38万辆增至296万辆`: the part's later end belongs to the total's later end.
    const to = figures[i + 1];
    if (first.change === 'from' && to && to.change === 'to' && sameUnit(to, first)) {
      const toTotals = subsetTotals(model, first.sentence, i + 1, to);
      if (toTotals.length > 0) out.push({ kind: 'breakdown', form: 'subset', total: toTotals[0]!, totals: toTotals, parts: [to], exhaustive: false, disjoint: false, reading: i > 0 ? 'explicit' : 'inferred', evidence });
      i++;
    }
    i += parts.length - 1;
  }
}

/** The year an end of a change names in its own words: `2020` of `由2020年的586家`, of `2020年由586家`. */
function yearNamed(f: Figure): string | undefined {
  return /((?:19|20)\d{2})年/.exec(f.label + f.cue)?.[1];
}

/** Verbs that name what some of a whole have or do, not a kind it divides into. */
const PREDICATE = /^(?:适用|涉及|实现|属于|包含|含有|采用|使用|通过|开展|办理|提供|纳入|接入|享受|参加)/;

/**
 * Whether parts are named by different predicates (`适用简易程序`, `涉及经营主体`) or one by a
 * predicate and another by a kind (`即办件`, `实现“全程网办”的`): such parts may overlap.
 */
function mixedPredicates(parts: readonly Figure[]): boolean {
  const names = parts.map((p) => p.label.replace(/^其中[:：]?/, ''));
  const verbs = names.map((n) => PREDICATE.exec(n)?.[0] ?? '');
  const relative = names.map((n) => /的$/.test(n));
  if (verbs.some((v) => v !== '') && verbs.some((v) => v !== verbs[0])) return true;
  return relative.some((r) => r) && relative.some((r) => !r);
}
