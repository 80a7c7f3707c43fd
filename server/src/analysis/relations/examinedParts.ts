/**
 * What an examination found, a part of what it examined: `抽查环评文件116份,发现质量问题的12份`,
 * `审查报备文件134件,发现并督促纠正存在问题的文件9件`, `随机抽查经营主体1284户,发现问题96户`.
 * The things found are among the things looked at, so they cannot be more. Read by `readBreakdowns`.
 *
 * Only where the words say the found are the examined things: a head left out (`存在问题的12份`),
 * the examined noun again (`问题文件`), or a unit that counts those things themselves (`户`, `家`).
 * Problems found (`检查单位112个,发现问题261个`) may be many to a thing, and are left alone; what
 * was put right of them (`已整改到位209个`) is a part of them.
 */
import { Figure } from '../figures';
import { ReportModel } from '../reportModel';
import type { Breakdown } from './breakdowns';
import { between, isExactCount, sameUnit } from './common';
import { alreadyPart, canBePart, canBeTotal } from './figureRoles';

/** Verbs of looking things over, in the examined figure's name or right after it (`…36件进行审查`). */
const EXAMINED = /抽查|核查|筛查|审查|检查|评查|排查|巡查|抽检|督查|复核|检测/;
const EXAMINED_ALL = new RegExp(EXAMINED.source, 'g');
/** What the looking found, in the found figure's words: `经审查发现…`, `核查发现虚假承诺的`, `检出不合格样品`, `评出优秀案卷`. */
const FOUND = /发现|确认|查出|检出|评出|评定为?/;
/** Words before the finding that make the figure another step (`立案查处`, `整改`), not what was found. */
const OTHER_STEP = /立案|查处|移送|移交|整改|处罚|办结|处理|下发|责令|交办|通报/;
/** A looking-over named with the finding itself: `经审查发现`, `经现场核查确认`, `核查发现`. */
const LOOKED_AND_FOUND = /(?:抽查|核查|审查|检查|复核|核实)[\u4e00-\u9fff]{0,2}$/;
/** Units that count the examined things themselves, so that a problem counted in them is a thing with a problem. */
const THING_UNITS = /^(?:户|户次|家|家次|栋|座|所|批次|卷|份)$/;
/** Names of problems, which may be many to a thing. */
const PROBLEMS = /(?:问题|隐患|线索)$/;

/** The words of a clause up to a figure: `审查镇(街道)和部门报送备案的规范性文件` of `…文件33件`. */
function clauseUpTo(model: ReportModel, f: Figure): string {
  const start = model.sentences[f.sentence]!.span.start;
  const before = model.text.slice(Math.max(start, f.quantity.span.start - 40), f.quantity.span.start);
  return before.slice(before.search(/[^，,。；;：:]*$/));
}

/** What a finding names after its verb (`虚假承诺的`), with where the verb stands, or undefined if `words` find nothing. */
function findingIn(words: string): { verbAt: number; rest: string } | undefined {
  const m = FOUND.exec(words);
  if (!m || m.index > 10 || OTHER_STEP.test(words.slice(0, m.index))) return undefined;
  return { verbAt: m.index, rest: words.slice(m.index + m[0].length).replace(/^[：:，,]?有?/, '').replace(/的有$/, '的') };
}

/** The examined things' noun, the last two characters of their name after the verb (or the name's own, without one). */
function examinedNoun(name: string): string {
  let after = name;
  for (const m of name.matchAll(EXAMINED_ALL)) after = name.slice(m.index + m[0].length);
  const noun = after.replace(/[^\u4e00-\u9fff]/g, '');
  return noun.length >= 2 ? noun.slice(-2) : '';
}

export function readExaminedParts(model: ReportModel, figures: readonly Figure[], out: Breakdown[]): void {
  const text = model.text;
  for (let k = 1; k < figures.length; k++) {
    const found = figures[k]!;
    if (!isExactCount(found) || !canBePart(found) || found.change || found.totalCue || found.cumulative || found.separatorBefore === '、') continue;
    // The figure looked at: the nearest one before of the found one's unit, past rates (`抽查比例35.3%`).
    let examined: Figure | undefined;
    let last: Figure | undefined;
    for (let j = k - 1; j >= 0 && !examined; j--) {
      const f = figures[j]!;
      last ??= f;
      if (f.quantity.kind === 'percent') continue;
      if (!sameUnit(f, found)) break;
      examined = f;
    }
    if (!examined || !isExactCount(examined) || !canBeTotal(examined) || examined.change) continue;
    // `评查3.88万卷,其中省级抽查2.36万卷、市县自查1.52万卷,评定优秀案卷1.64万卷`: what is found after the
    // parts of a whole may be of the whole; the last part is not read as what was looked at.
    if (examined.separatorBefore === '、' || alreadyPart(out, examined, examined.sentence)) continue;
    // The finding's words: all between the figure before and this one (labels stop at `、`).
    const words = between(text, last!, found).replace(/^[\s，,]+/, '');
    if (/[。；;]/.test(words)) continue;
    const finding = findingIn(words);
    if (!finding) {
      readPutRight(found, examined, words, out);
      continue;
    }
    const name = clauseUpTo(model, examined);
    const lookedAndFound = LOOKED_AND_FOUND.test(words.slice(0, finding.verbAt));
    // A finding looked at again (`发现疑似违法图斑…,经核查确认违法图斑…`) is of what was found first.
    if (findingIn(name) && !lookedAndFound) continue;
    const looked = lookedAndFound || EXAMINED.test(name) || /^[^，,。；;]{0,4}(?:进行|开展)?(?:抽查|核查|审查|检查|评查|排查)/.test(between(text, examined, found));
    if (!looked) continue;
    const { rest } = finding;
    const noun = examinedNoun(name);
    const elided = /的$/.test(rest);
    const restNoun = rest.replace(/[^\u4e00-\u9fff]/g, '').slice(-2);
    const named = (noun !== '' && (rest.includes(noun) || found.following.slice(0, 12).includes(noun))) || (restNoun.length === 2 && !PROBLEMS.test(restNoun) && name.includes(restNoun));
    const things = THING_UNITS.test(found.quantity.unit) && !PROBLEMS.test(found.following);
    if (!elided && !named && !things) continue;
    if (alreadyPart(out, found, found.sentence)) continue;
    out.push({
      kind: 'breakdown', form: 'subset', total: examined, totals: [examined], parts: [found], exhaustive: false, disjoint: false, reading: 'explicit',
      evidence: [{ words: words.slice(finding.verbAt), span: { start: found.quantity.span.start - words.length + finding.verbAt, end: found.quantity.span.start } }],
    });
  }
}

/** What was put right, of the problems just found: `发现问题218个,已整改到位209个`. */
const PUT_RIGHT = /^(?:已|均已|现已)?(?:完成)?整改(?:到位|完成)?(?:问题)?$/;

function readPutRight(done: Figure, found: Figure, words: string, out: Breakdown[]): void {
  if (done.separatorBefore !== ',' || !PUT_RIGHT.test(words) || found.cumulative) return;
  const finding = findingIn(found.label);
  if (!finding || finding.verbAt > 2 || !PROBLEMS.test(finding.rest.replace(/的$/, '')) || alreadyPart(out, done, done.sentence)) return;
  out.push({ kind: 'breakdown', form: 'subset', total: found, totals: [found], parts: [done], exhaustive: false, disjoint: false, reading: 'explicit', evidence: [{ words, span: done.labelSpan }] });
}
