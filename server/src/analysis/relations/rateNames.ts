/**
 * How a count's words name what a rate measures: the rate's stem (`成功` of `调解成功率`, `纠错` of
 * `直接纠错率`), its predicate and head, synonyms (`审结` for `结案`), abbreviations (`网办`), and
 * qualifiers the count must share (`按期`). Read by the rates and their stated readings.
 */
import { Figure } from '../figures';
import type { RateReading } from './rateReadings';
import { ACTUAL_WORDS, CASE_OUTCOMES, CONCLUDED_WORDS, MANNER_WORDS, OUTCOME_VERBS, RATE_MODIFIERS, RESOLUTION_VERBS, SCOPE_WORDS, USAGE_VERBS, pattern } from '../vocabulary';

export const RATE_SUFFIX = /(?:率|比例|占比|比重|百分比)$/;
const MODIFIER_HEAD = pattern([RATE_MODIFIERS, SCOPE_WORDS], 'start');

/** The thing a rate measures: `成功率` → `成功`, `直接纠错率` → `纠错`. */
export function rateStem(label: string): string {
  let stem = stems.get(label);
  if (stem === undefined) {
    stem = readStem(label);
    // Labels repeat (`满意率`, `办结率`), and every rate asks for its stem several times.
    if (stems.size > 10000) stems.clear();
    stems.set(label, stem);
  }
  return stem;
}
const stems = new Map<string, string>();

function readStem(label: string): string {
  let stem = label.replace(RATE_SUFFIX, '');
  for (let k = 0; k < 3; k++) {
    const m = MODIFIER_HEAD.exec(stem);
    if (!m || stem.length - m[0].length < 2) break;
    stem = stem.slice(m[0].length);
  }
  return stem;
}

/**
 * The words of a stem that name what is counted: its last two characters (`成功`, `应诉`, `办结`)
 * and the two before them (`出庭` in `出庭应诉`, `按期` in `按期办结`).
 */
export function stemKeys(stem: string): string[] {
  const han = stem.replace(/[^\u4e00-\u9fff]/g, '');
  const keys: string[] = [];
  if (han.length >= 2) keys.push(han.slice(-2));
  if (han.length >= 4) keys.push(han.slice(-4, -2));
  return keys;
}

/**
 * Predicates that are the outcome of an activity (`合格` of `评查合格率`, `成功` of `调解成功率`,
 * `办结` of `派单办结率`): with one of them, the stem's head names the activity, which every case
 * went through — the base, not what the rate counts.
 */
// (So are qualities of the activity: `垃圾分类准确率` is no share of `垃圾分类示范小区`.)
const OUTCOME_PREDICATES = new Set<string>([...OUTCOME_VERBS, ...CASE_OUTCOMES, ...CONCLUDED_WORDS, ...RESOLUTION_VERBS, ...USAGE_VERBS, '准确', '正确', '精准'].map((w) => w.slice(-2)));

/**
 * Whether a count's label names what a rate's stem measures: the whole stem, its predicate, or its
 * head (`出庭` for `出庭应诉率`). A head that names the activity of an outcome rate does not: `交叉评查
 * 1346卷` were reviewed, and `评查合格率` is of those that passed.
 */
export function namesStem(label: string, stem: string): boolean {
  if (stem.length < 2 || label.length < 2) return false;
  if (label.includes(stem)) return true;
  // `按期答复率` counts what was answered on time: `已答复209件` is its base, not what it counts.
  if (MANNER_OPENING.test(stem) && !MANNER.test(label) && !IN_TIME.test(label)) return false;
  const names = (k: string) => label.includes(k) || abbreviates(k, label) || (SYNONYMS[k]?.test(label) ?? false);
  const [predicate, head] = stemKeys(stem);
  if (predicate !== undefined && names(predicate)) return true;
  return head !== undefined && !OUTCOME_PREDICATES.has(predicate!) && names(head);
}

/** Nouns that measure a thing rather than act on it: `森林面积` is forest, `森林抚育` is work on it. */
const MEASURE_OF_HEAD = /^(?:面积|数量|总量|规模|资源)$/;

/**
 * `森林抚育2.50万亩` for `森林覆盖率`: land named by the stem's head and a word of two characters after
 * it is land worked on (the forest tended), not land the head covers. (Counts of people are left
 * alone: `家庭医生签约服务17.8万人` is what `签约覆盖率` counts.)
 */
export function namesWorkOnCover(f: Figure, stem: string): boolean {
  const [predicate, head] = stemKeys(stem);
  if (predicate !== '覆盖' || head === undefined || !/亩|公顷|平方公里|平方米/.test(f.quantity.unit) || f.label.includes(predicate)) return false;
  const at = f.label.lastIndexOf(head);
  if (at < 0) return false;
  const tail = f.label.slice(at + head.length);
  return /^[\u4e00-\u9fff]{2}$/.test(tail) && !tail.startsWith('的') && !MEASURE_OF_HEAD.test(tail);
}

/**
 * Words a numerator's label may use for what a rate measures: `审结43件` for `结案率`, `纠正37件` or
 * `撤销、变更、确认违法或责令履行6件` for `纠错率`.
 */
const SYNONYMS: Readonly<Record<string, RegExp>> = {
  结案: /审结|办结|执结/,
  办结: /审结|结案/,
  纠错: /纠正|(?:撤销|变更|确认违法|责令履行)[、，,和或及].*(?:撤销|变更|确认违法|责令履行)/,
  // `已整改到位396个` for `整改完成率`: 到位 is done.
  完成: /到位/,
  // `取得基本级以上执法资格的2207人` for `持证率`: those who hold the certificate.
  持证: /取得[^，,。；;]{0,10}(?:资格|证)|持有[^，,。；;]{0,6}证/,
  // `评为优秀、良好的583卷` for `优良率`: the two grades the name joins.
  优良: /优秀[、和及与]良好/,
};

/**
 * `网办` for `网上办理`, `批捕` for `批准逮捕`: a two-character abbreviation, its characters close
 * together in order. A label that opens with the first (`持有行政执法证件` for `持证`, after `其中`,
 * `已`) may hold a few words between them: the verb and its object.
 */
export function abbreviates(key: string, label: string): boolean {
  const a = label.indexOf(key[0]!);
  if (a < 0) return false;
  const b = label.indexOf(key[1]!, a + 1);
  if (b <= a) return false;
  return b - a <= 2 || (a === LABEL_OPENING.exec(label)![0].length && b - a <= 6);
}
/** Words that open a count's label without naming it. */
const LABEL_OPENING = /^(?:其中|已|均|共)?/;

const MANNER = pattern([MANNER_WORDS]);
const MANNER_OPENING = pattern([MANNER_WORDS], 'start');
/** Done within the time allowed, in other words: `法定期限内审结`. */
const IN_TIME = /期限内|时限内|规定时间内|期内/;

/**
 * Whether a part singled out by 其中 is named by the head of a rate's stem and not by its predicate
 * (`其中学校食堂` for `学校食堂覆盖`, `其中差评` for `差评整改`): the rate is then of that part.
 */
export function namesPopulation(label: string, rateLabel: string): boolean {
  // Only a rate named by a predicate (`…覆盖率`, `…整改率`), not a share (`…占62.7%`, `…占比`).
  if (!/^其中/.test(label) || !/[^占]率$/.test(rateLabel) || rateLabel.includes('占')) return false;
  const stem = rateStem(rateLabel);
  const [predicate, head] = stemKeys(stem);
  const name = label.replace(/^其中/, '');
  // (A label naming the predicate in other words, `整改到位` for `整改完成`, counts what the rate does.)
  // (Nor one that abbreviates it, `可网上办理` for `网上可办率`.)
  return predicate !== undefined && head !== undefined && !name.includes(predicate) && !abbreviates(predicate, name) && !(SYNONYMS[predicate]?.test(name) ?? false) && name.includes(stem.slice(0, stem.length - predicate.length));
}

/**
 * Whether a reading's base names the noun of the rate's subject with another qualifier: the rate
 * `重大隐患整改率` over `排查一般隐患4326项` (隐患, but 一般 not 重大).
 */
export function namesOtherKind(r: RateReading, rateLabel: string): boolean {
  const stem = rateStem(rateLabel);
  const [predicate] = stemKeys(stem);
  if (predicate === undefined) return false;
  const subject = stem.slice(0, stem.length - predicate.length).replace(/[^\u4e00-\u9fff]/g, '');
  if (subject.length < 4) return false;
  const noun = subject.slice(-2);
  const base = r.denominator.label;
  return base.includes(noun) && !base.includes(subject) && !r.numerator.some((n) => n.label.includes(subject));
}

/**
 * Whether the numerator names a kind within the base, besides what the rate measures: `会前经合法性
 * 审查的涉法议题63个` of `议题共计146个`, for `审查率100%` — the rate is of the 涉法 topics, whose
 * number is the 63 and not the 146. (`调解成功案件` is no such kind: its qualifier is what is measured.)
 */
export function namesSubKind(r: RateReading, rateLabel: string): boolean {
  if (r.numerator.length !== 1) return false;
  const [predicate] = stemKeys(rateStem(rateLabel));
  const label = r.numerator[0]!.label.replace(/[^\u4e00-\u9fff]/g, '');
  const baseNoun = r.denominator.label.replace(/[^\u4e00-\u9fff]/g, '').slice(-2);
  if (predicate === undefined || baseNoun.length < 2 || !label.endsWith(baseNoun) || label.length < 6) return false;
  const kind = label.slice(-4);
  const qualifier = kind.slice(0, 2);
  return qualifier !== predicate && !r.denominator.label.includes(kind) && label.slice(0, -4).includes(predicate) && /的$/.test(label.slice(0, -4));
}

/** `应出庭…`, `区属各部门应当出庭…`: what should have happened (not `供应`, `相应`). */
export const OUGHT_HEAD = /(?:^|[^相供响适反效对回呼感顺照答理])应(?:当|该)?(?!诉|急|用|对|收|税|届|聘|征|答|邀|变)/;
export const ACTUAL_HEAD = pattern([ACTUAL_WORDS], 'start');

/**
 * A count's label with the name in quotes it follows: `可“全程网办”事项1183项` is labelled `事项`
 * (a quote mark stops a label), but it counts `可全程网办事项`.
 */
function nameWithQuoted(text: string, f: Figure): string {
  const start = f.labelSpan.start;
  if (f.labelSpan.end > f.quantity.span.start) return f.label;
  // `其中水质优良（达到或优于Ⅲ类）断面128个`: a gloss in brackets parts the name from its noun.
  if (text[start - 1] === '）' || text[start - 1] === ')') {
    const g = /(?:^|[，,。；;：:、])([\u4e00-\u9fff]{2,10})[（(][^（）()，,。；;]{1,20}[）)]$/.exec(text.slice(Math.max(0, start - 36), start));
    return g ? `${g[1]}${f.label}` : f.label;
  }
  if (text[start - 1] !== '”' && text[start - 1] !== '"') return f.label;
  const from = Math.max(0, start - 24);
  const m = /(?:^|[，,。；;：:、（(])([\u4e00-\u9fff]{0,6})[“"]([\u4e00-\u9fff]{2,12})[”"]$/.exec(text.slice(from, start));
  return m ? `${m[1]}${m[2]}${f.label}` : f.label;
}

/**
 * Whether a count names what a rate measures: by its label, or by the whole stem in the quoted name
 * it follows (`可“全程网办”事项` for `全程网办率`; not `“双公示”信息` for `上网公示率`: a word of the
 * name is not what the rate measures).
 */
export function namesOwnStem(text: string, f: Figure, stem: string): boolean {
  if (namesWorkOnCover(f, stem)) return false;
  if (namesStem(f.label, stem)) return true;
  // `评为优秀、良好的583卷` for `优良率`: a label cut at a `、` between words, not between figures, is
  // the whole clause before the count.
  if (f.separatorBefore === ',') {
    const clause = /[^，,；;。：:]*$/.exec(text.slice(Math.max(0, f.quantity.span.start - 24), f.quantity.span.start))?.[0] ?? '';
    if (clause.includes('、') && !/[0-9０-９]/.test(clause) && namesStem(clause, stem)) return true;
  }
  const named = nameWithQuoted(text, f);
  return named !== f.label && stem.length >= 2 && named.includes(stem);
}
