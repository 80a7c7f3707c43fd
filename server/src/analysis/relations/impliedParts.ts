/**
 * Parts tied to their whole by other words than a breakdown cue: a total then a list of its noun or
 * of case outcomes, parts in brackets, what was done and the rest (`其余`), outcomes of the things
 * just counted (`清理52件…废止11件`), dispositions with a negation, the year's figure and its stock
 * (`新增…,累计达到…`) and a whole named with `中` (both read in wholeAndPart.ts), a total by its name (`总装机`), a later figure of a
 * total's own noun.
 */
import { Figure } from '../figures';
import { ReportModel } from '../reportModel';
import { NEGATIONS, OUTCOME_VERBS } from '../vocabulary';
import type { Breakdown } from './breakdowns';
import { between, headOf, isExactCount, nounOf, roundingError, sameUnit } from './common';
import { readWholeAndPart, readYearAndItsYears } from './wholeAndPart';
import {
  alreadyPart, canBePart, canBeTotal, CONCLUDED, CORRECTIONS, cueBefore, GRADE, OUTCOME_HEAD, PART_CUE, PENDING_AFTER, REMAINDER_TAIL,
} from './figureRoles';

/** Every part a sentence ties to a whole without a breakdown cue. */
export function readImpliedParts(model: ReportModel, figures: readonly Figure[], out: Breakdown[]): void {
  for (let i = 0; i + 1 < figures.length; i++) readWholeAndPart(model, figures, i, out);
  readYearAndItsYears(model, figures, out);
  readListsAfterTotals(model, figures, out);
  readBracketedBreakdowns(model, figures, out);
  readRemainders(model, figures, out);
  readOutcomes(model, figures, out);
  readDispositions(figures, out);
  readCorrectionsTotal(model, figures, out);
  readNestedThresholds(model, figures, out);
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

const LEADING_TOTAL = /^(?:\d{4}年度?|全年|今年|年内)?(共计|合计|共)/;
const NEGATED = new RegExp(`^(?:${NEGATIONS.join('|')})予?`);
const OUTCOME_TAIL = new RegExp(`(?:${[...OUTCOME_VERBS].sort((a, b) => b.length - a.length).join('|')})$`);
/** Verbs that may open an outcome's label (`采纳吸收714条`); not 合格, 成功, 满意, which also qualify nouns (`合格案卷`). */
const OUTCOME_HEAD_WORD = /^(?:采纳|废止|修改|宣布失效|录用|获批|入选)/;
/** `采纳合理意见37条`: an adoption with the noun of what was adopted (its last two characters in group 1). */
const ADOPTED_WITH_NOUN = /^(?:采纳|吸纳|采用)[\u4e00-\u9fff]{0,4}?((?:意见|建议|诉求|提案)(?:建议)?)$/;
/** A review of documents, and what it decided for each: `清理…,继续保留152件、修改21件、废止13件`. */
const REVIEWED = /清理|梳理|评估|审查/;
const DECIDED = /^(?:经清理[，,]?)?(?:决定)?(?:继续保留|继续有效|保留|修改|修订|废止|宣布失效|失效|拟修改|拟废止)$/;
/** What is assessed: the total whose grades follow. */
const ASSESSED = /评查|评审|评议|考核|抽查|抽取|评估|评价/;
/** Between a whole and what was done of it in its own clause: `整改任务已完成`, `个问题均已整改`. */
const DONE_OF_WHOLE = /^[\u4e00-\u9fff“”]{0,10}(?:已|均已|已经)(?:全部)?(?:完成|整改|办结|落实|解决|化解)[\u4e00-\u9fff]{0,4}$/;
/** What was received: the base of what is accepted (`受理`). */
const RECEIVED = /收到|新收|接收|收悉|接到/;
/** What gathers suggestions: the base an adoption is of. */
const GATHERED = /收到|征集|收集|征求|收悉|接收|受理|汇总|梳理/;
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
    // `现行有效规范性文件共计383件进行全面梳理,决定继续有效341件、修改43件、废止28件`: what a review
    // decided for each document, once each.
    if (parts.length === 0 && REVIEWED.test(t.label + between(text, t, first)) && DECIDED.test(first.label)) {
      for (let k = i + 1; k < figures.length; k++) {
        const p = figures[k]!;
        if (!DECIDED.test(p.label) || !sameUnit(p, t) || !isExactCount(p) || (k > i + 1 && p.separatorBefore !== '、')) break;
        parts.push(p);
      }
    }
    // `共评查案卷391卷,评定为优秀152卷、合格241卷、不合格27卷`: grades of what was assessed, each once.
    let graded = false;
    let nested = false;
    if (parts.length === 0 && GRADE.test(first.label) && (ASSESSED.test(t.label) || /^(?:评定为?|评为|评出|评选出)/.test(first.label))) {
      const seen = new Set<string>();
      for (let k = i + 1; k < figures.length; k++) {
        const p = figures[k]!;
        const grade = GRADE.exec(p.label)?.[1];
        // Listed with `、`, or clause by clause: `评为优秀的162卷,合格的293卷,不合格的25卷`.
        if (!grade || !sameUnit(p, t) || !isExactCount(p) || seen.has(grade) || (k > i + 1 && p.separatorBefore !== '、' && p.separatorBefore !== ',')) break;
        seen.add(grade);
        parts.push(p);
      }
      graded = parts.length >= 2;
      // `评定优秀案卷36卷、合格案卷231卷,合格率96.25%`: 合格 may count the better grades too; then the
      // grades may overlap, and only each one is bounded by the total.
      // (Not where the better grades outnumber 合格: then it cannot count them, `优秀198卷、合格147卷`.)
      const better = parts.filter((p) => /^(?:优秀|良好|较好|优|良)$/.test(GRADE.exec(p.label)?.[1] ?? ''));
      const passed = parts.find((p) => GRADE.exec(p.label)?.[1] === '合格');
      nested = passed !== undefined && better.length > 0 && better.reduce((n, p) => n + p.quantity.value, 0) <= passed.quantity.value;
    }
    if (parts.length < 2) continue;
    if (alreadyPart(out, parts[0]!, t.sentence)) continue;
    out.push({ kind: 'breakdown', form: 'totalThenList', total: t, totals: [t], parts, exhaustive: false, disjoint: !nested, reading: 'explicit', evidence: [{ words: graded ? parts[0]!.label : concluded ? t.label : t.totalCue ?? '', span: graded ? parts[0]!.labelSpan : t.labelSpan }] });
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
    // `医院126家(三级医院18家、二级医院42家)`: a bracket may name only the kinds worth naming. Parts far
    // short of the total (more than a tenth) are read as such a list, bounded by the total; parts that
    // nearly make it are meant as all of it.
    const sum = parts.reduce((n, p) => n + p.quantity.value, 0);
    const all = sum >= 0.9 * t.quantity.value;
    out.push({ kind: 'breakdown', form: 'totalThenList', total: t, totals: [t], parts, exhaustive: all, disjoint: true, reading: 'explicit', evidence: [{ words: '（…）', span: { start: first.quantity.span.start, end: last.quantity.span.end } }] });
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
    // `另` and `另有` add as often as they leave a rest: `另1项按程序推进中` is the rest, `另有2108户…被标记为…`
    // another group.
    if (/(?:^|[^其另])另有?$/.test(rest.cue) && !PENDING_AFTER.test(model.text.slice(rest.quantity.span.end, rest.quantity.span.end + 12))) continue;
    // The figure done, perhaps broken down by a `、` list right after it, then the total before it.
    let j = k - 1;
    if (figures[j]!.separatorBefore === '、') {
      while (j > 0 && figures[j]!.separatorBefore === '、') j--;
      if (figures[j]!.separatorBefore !== ',') continue;
      j--;
    }
    const done = figures[j];
    const t = figures[j - 1];
    // `交办的25项整改任务已完成23项,其余2项…`: the whole and what was done of it may share a clause.
    const oneClause = done !== undefined && t !== undefined && done.separatorBefore !== ',' && DONE_OF_WHOLE.test(between(model.text, t, done));
    if (!done || !t || (done.separatorBefore !== ',' && !oneClause) || !sameUnit(done, rest) || !sameUnit(t, rest)) continue;
    if (!isExactCount(done) || !isExactCount(t) || !canBeTotal(t) || t.separatorBefore === '、' || /^除/.test(done.label) || done.change || rest.change) continue;
    // `受理97件,另有上年结转3件,办结95件,其余5件…`: a figure added with 另有 is not the whole, which
    // is the sum of it and the count before.
    if (REMAINDER_TAIL.test(t.cue) || /^(?:另有|另外|此外|另)/.test(t.cue)) continue;
    // `加上上年结转的23件,全年审结381件,尚有18件`: what was carried over is added to the intake, not the whole.
    if (/结转|遗留|积存/.test(t.cue)) continue;
    // `…1286件,其中医疗机构类214件,公共场所893件,其余179件`: the rest is of the total before 其中, not of its first part.
    const before = figures[j - 2];
    if (PART_CUE.test(model.text.slice(before ? before.quantity.span.end : model.sentences[t.sentence]!.span.start, t.quantity.span.start))) continue;
    // (The whole of one clause with what was done of it is read as a whole and a part already: `out` then holds it.)
    const doneOfThis = (b: Breakdown) => b.total === t && b.parts.length === 1 && b.parts[0] === done;
    if (alreadyPart(out, t, t.sentence) || (alreadyPart(out, done, t.sentence) && !(oneClause && out.some(doneOfThis)))) continue;
    // `9个派出所中,城关派出所被评为…,石桥、柳湾2个派出所被评为…,其余6个`: a clause between that names
    // one of the whole's kind with no figure counts a part too; the rest is not of the figures alone.
    const wholeNoun = nounOf(t).replace(/中$/, '').replace(/[^\u4e00-\u9fff]/g, '').slice(-2);
    const clauses = between(model.text, t, done).split(/[，,]/).slice(1, -1);
    if (wholeNoun.length === 2 && clauses.some((c) => c.includes(wholeNoun))) continue;
    const evidence = [cueBefore(rest, REMAINDER_TAIL.exec(rest.cue)![0])];
    // `受理6318件,作出认定决定6024件,作出不予认定决定187件,其余107件…`: with a count before, the
    // two may be siblings and the rest be of that count. Either reading may be meant: the one the
    // figures fit is taken, and neither is asserted when they fit none.
    // Siblings are named alike (`作出认定工伤决定`, `作出不予认定决定`); a whole and what was done of it are not.
    const alike = t.label.replace(/[^\u4e00-\u9fff]/g, '').slice(-2) === done.label.replace(/[^\u4e00-\u9fff]/g, '').slice(-2);
    // `…;民事法律援助案件4650件,行政法律援助案件210件,其余260件`: siblings with no count before them in
    // the clause may be parts of a total before the semicolon; the rest is then of that total.
    if (alike && !before && t.separatorBefore === 'start' && model.sentences[t.sentence]!.span.start > 0 && /[；;]\s*$/.test(model.text.slice(Math.max(0, model.sentences[t.sentence]!.span.start - 2), model.sentences[t.sentence]!.span.start))) continue;
    // `经审查,依法受理23517件,不予受理1964件,其余1362件…`: what was refused is no part of what was accepted
    // but its sibling; with no count of the whole before them, the rest is of a whole not stated here.
    const ownVerb = t.label.replace(/^(?:依法|经审查|已|共)+/, '');
    const negated = (done.label.replace(/^(?:依法|经审查|决定|作出)+/, '').match(NEGATED)?.[0].length ?? 0);
    if (negated > 0 && ownVerb.length >= 2 && done.label.replace(/^(?:依法|经审查|决定|作出)+/, '').slice(negated).startsWith(ownVerb.slice(0, 2)) && !before) continue;
    // (`共梳理文件138件,需修改6件,拟废止2件,其余130件继续执行`: a count smaller than the two after it is
    // no whole of them but their sibling, whatever it is named.)
    const smallerThanParts = t.quantity.value < done.quantity.value + rest.quantity.value;
    if ((alike || smallerThanParts) && before && t.separatorBefore === ',' && isExactCount(before) && sameUnit(before, rest) && canBeTotal(before) && !before.change && !/[。；;]/.test(between(model.text, before, t))) {
      const nested = Math.abs(t.quantity.value - done.quantity.value - rest.quantity.value) <= [done, rest, t].reduce((e, f) => e + roundingError(f), 1e-9);
      const siblings = Math.abs(before.quantity.value - t.quantity.value - done.quantity.value - rest.quantity.value) <= [t, done, rest, before].reduce((e, f) => e + roundingError(f), 1e-9);
      if (siblings && !nested) out.push({ kind: 'breakdown', form: 'totalThenList', total: before, totals: [before], parts: [t, done, rest], exhaustive: true, disjoint: true, reading: 'explicit', evidence });
      if (!nested) continue;
    }
    out.push({ kind: 'breakdown', form: 'totalThenList', total: t, totals: [t], parts: [done, rest], exhaustive: true, disjoint: true, reading: 'explicit', evidence });
  }
}

/** The count of all corrections after a list of outcomes: `直接纠错26件`, `共纠错26件`. */
const CORRECTIONS_TOTAL = /^(?:依法|共|合计|共计)?(?:直接)?纠错(?:的)?$/;

/**
 * `维持118件、确认违法9件、撤销11件、责令履行6件、驳回32件、终止16件,直接纠错26件`: after a list of the
 * outcomes of cases, the count of corrections holds the corrections listed (撤销, 变更, 确认违法, 责令履行),
 * and perhaps one the list leaves out: at least their sum. Only where the list also names an outcome
 * that corrects nothing (维持, 驳回, 终止), so that it is a list of outcomes, not of kinds.
 */
function readCorrectionsTotal(model: ReportModel, figures: readonly Figure[], out: Breakdown[]): void {
  for (let k = 2; k < figures.length; k++) {
    const t = figures[k]!;
    if (!isExactCount(t) || t.separatorBefore !== ',' || !CORRECTIONS_TOTAL.test(t.label)) continue;
    const list: Figure[] = [];
    for (let j = k - 1; j >= 0; j--) {
      const f = figures[j]!;
      if (!sameUnit(f, t) || !isExactCount(f) || !OUTCOME_HEAD.test(f.label.replace(/^其中/, ''))) break;
      list.unshift(f);
      if (f.separatorBefore !== '、') break;
    }
    const corrections = list.filter((f) => CORRECTIONS.test(f.label.replace(/^其中/, '')));
    if (corrections.length < 2 || corrections.length === list.length || /[。；;]/.test(between(model.text, list[0]!, t))) continue;
    out.push({ kind: 'breakdown', form: 'subset', total: t, totals: [t], parts: corrections, exhaustive: false, disjoint: true, reading: 'explicit', evidence: [{ words: t.label, span: t.labelSpan }] });
  }
}

/**
 * An outcome of the things just counted: `对52件政策性文件进行清理,…依法废止11件`, `委派案件3870件,
 * 成功调解2216件`. The outcome's words are a verb with no noun of their own, so they speak of the
 * count before; what was abolished, adopted or settled cannot be more than what was dealt with.
 */
function readOutcomes(model: ReportModel, figures: readonly Figure[], out: Breakdown[]): void {
  for (let k = 1; k < figures.length; k++) {
    const o = figures[k]!;
    // `被采纳380条`, `经核查属实的127件`, `采纳吸收714条`: an outcome verb ending the label, or opening a short one.
    const words = o.label.replace(/的$/, '');
    // `收到意见建议92条,吸纳合理意见37条`: what is adopted, with its own noun, of what was gathered.
    const adopted = ADOPTED_WITH_NOUN.exec(words.replace(/^(?:已|被|经|共|累计)/, ''));
    // `收到行政复议申请1246件,…,受理1139件`: what is accepted, of what was received.
    const accepted = /^(?:已|经审查|依法)?(?:受理|予以受理)$/.test(words);
    if (!isExactCount(o) || o.following.length > 0 || !(OUTCOME_TAIL.test(words) || (words.length <= 4 && OUTCOME_HEAD_WORD.test(words.replace(/^(?:已|被|经)/, ''))) || adopted || accepted) || o.change || o.totalCue) continue;
    // `全年完成达标验收42个,累计达标97个`: a count summed over years is no outcome of the year's.
    if (o.cumulative) continue;
    // `修订5件、废止6件`: an outcome listed after another is its sibling, not its outcome.
    if (o.separatorBefore === '、') continue;
    let base: Figure | undefined;
    for (let j = k - 1; j >= 0; j--) {
      const f = figures[j]!;
      // Past a growth and last year's figure: `收到申请1047件,比上年的814件增长28.6%,受理931件`.
      if (f.quantity.kind === 'percent' || (f.prior && figures[j + 1]?.quantity.kind === 'percent')) continue;
      if (sameUnit(f, o)) base = f;
      break;
    }
    if (!base || !isExactCount(base) || !canBeTotal(base) || OUTCOME_TAIL.test(base.label) || base.quantity.value < 1) continue;
    // `共修改规范性文件27件,废止48件`: a count that opens with an outcome is a sibling action, not a whole.
    // (So is what was made: `制定政府规章1部,修改2部` are two acts of law-making, not one within the other.)
    const baseWords = base.label.replace(/^(?:共|已|被|经|依法|全年|累计)+/, '');
    if (OUTCOME_HEAD_WORD.test(baseWords) || /^(?:[\u4e00-\u9fff]{0,6}(?:政府|常委会|人大))?(?:新)?(?:制定|出台|起草)/.test(baseWords)) continue;
    // `评为优秀的162卷,合格的293卷`: a grade after another is its sibling, not an outcome of it.
    if (GRADE.test(base.label) && GRADE.test(o.label)) continue;
    if (accepted) {
      if (!RECEIVED.test(base.label) || alreadyPart(out, o, o.sentence)) continue;
      // `收到申请68件,依法受理64件、不予受理9件`: what was refused beside what was accepted is the other
      // part of the same applications; the two never overlap.
      // (Only where the list ends with them: `…不予受理38件,经告知转送或申请人撤回27件` names a third.)
      const refused = figures[k + 1];
      const third = figures[k + 2];
      const listGoesOn = third !== undefined && sameUnit(third, o) && refused !== undefined && !/[。；;]/.test(between(model.text, refused, third));
      const both = refused !== undefined && !listGoesOn && sameUnit(refused, o) && isExactCount(refused) && (refused.separatorBefore === '、' || refused.separatorBefore === ',') && /^(?:依法|决定)?(?:不予受理|未予受理|不予立案)(?:的)?$/.test(refused.label) && !refused.change;
      out.push({ kind: 'breakdown', form: 'subset', total: base, totals: [base], parts: both ? [o, refused] : [o], exhaustive: false, disjoint: both, reading: 'explicit', evidence: [{ words, span: o.labelSpan }] });
      continue;
    }
    if (adopted && !(OUTCOME_TAIL.test(words) || words.length <= 4)) {
      const gathered = GATHERED.test(base.label);
      const noun = adopted[1]!;
      if (!gathered || !(base.label.includes(noun.slice(0, 2)) || base.label.includes(noun.slice(-2)))) continue;
      if (alreadyPart(out, o, o.sentence)) continue;
      out.push({ kind: 'breakdown', form: 'subset', total: base, totals: [base], parts: [o], exhaustive: false, disjoint: false, reading: 'explicit', evidence: [{ words: words.slice(0, 2), span: { start: o.labelSpan.start, end: o.labelSpan.start + 2 } }] });
      continue;
    }
    // `建议412件、提案536件,均按期办复,其中满意的871件`: the outcome of a list is of all of it.
    if (base.separatorBefore === '、' && sameUnit(figures[base.index - figures[0]!.index - 1] ?? base, base)) continue;
    if (alreadyPart(out, o, o.sentence)) continue;
    const verb = (OUTCOME_TAIL.exec(words) ?? OUTCOME_HEAD_WORD.exec(words.replace(/^(?:已|被|经)/, '')))![0];
    // `修改规章6件,废止规章9件`: a verb with a noun of its own, the noun the count before ends with, is
    // another action on things of that kind, not an outcome of the count before.
    const ownNoun = words.slice(words.indexOf(verb) + verb.length);
    if (ownNoun.length >= 2 && base.label.endsWith(ownNoun)) continue;
    out.push({ kind: 'breakdown', form: 'subset', total: base, totals: [base], parts: [o], exhaustive: false, disjoint: false, reading: 'explicit', evidence: [{ words: verb, span: { start: o.labelSpan.end - verb.length, end: o.labelSpan.end } }] });
  }
}

/** `亿元以上项目41个`: a threshold named without a figure of its own. */
const WORDED_THRESHOLD = /(?:^|其中|超)(万|亿)元以上([\u4e00-\u9fff]{1,6})$/;

/**
 * Counts above thresholds of one measure: `其中亿元以上项目41个、10亿元以上项目15个`. What passes the
 * higher threshold passes the lower one, so it is a part of that count.
 */
function readNestedThresholds(model: ReportModel, figures: readonly Figure[], out: Breakdown[]): void {
  const text = model.text;
  let previous: { count: Figure; threshold: number; noun: string } | undefined;
  for (let k = 0; k < figures.length; k++) {
    const c = figures[k]!;
    if (!isExactCount(c) || c.quantity.kind !== 'count') continue;
    const p = figures[k - 1];
    let threshold: number | undefined;
    let noun = '';
    const byFigure = p !== undefined && p.quantity.kind === 'amount' && (p.quantity.qualifier === 'atLeast' || p.quantity.qualifier === 'moreThan') && /^[\u4e00-\u9fff]{1,6}$/.test(between(text, p, c));
    if (byFigure) {
      threshold = p!.quantity.value;
      noun = between(text, p!, c);
    } else {
      const worded = WORDED_THRESHOLD.exec(c.label);
      if (worded) {
        threshold = worded[1] === '亿' ? 1e8 : 1e4;
        noun = worded[2]!;
      }
    }
    if (threshold === undefined) {
      previous = undefined;
      continue;
    }
    const here = { count: c, threshold, noun };
    // Only a separator between the two (the second's threshold and noun aside): one list of one measure.
    const opening = byFigure ? p!.quantity.span.start : c.labelSpan.start;
    const gap = previous ? text.slice(previous.count.quantity.span.end, opening) : '';
    if (previous && previous.noun === noun && sameUnit(previous.count, c) && previous.threshold !== threshold && /^\s*[、，,和及]?\s*(?:超)?$/.test(gap)) {
      const [lower, higher] = previous.threshold < threshold ? [previous.count, c] : [c, previous.count];
      out.push({ kind: 'breakdown', form: 'subset', total: lower, totals: [lower], parts: [higher], exhaustive: false, disjoint: false, reading: 'explicit', evidence: [{ words: `${noun}以上`, span: higher.labelSpan }] });
    }
    previous = here;
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
