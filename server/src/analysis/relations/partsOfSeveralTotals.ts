/**
 * Parts and the several totals they may be of: a total that closes a list of totals (`建议135件、
 * 提案188件,其中…`), parts named with a total's noun (`其中建议…、提案…`), groups of parts each opening
 * with the noun of one total, and parts that name two totals at once. Read by `subsetBreakdowns.ts`
 * and `breakdowns.ts`.
 */
import { Figure } from '../figures';
import { CROSSCUTTING_ATTRIBUTES, mentions, SINGLE_DIMENSIONS } from '../vocabulary';
import { between, isCountLike, isExactCount, sameUnit } from './common';
import { canBePart } from './figureRoles';

/** How far a search for parts reaches, in figures (as `subsetBreakdowns.ts`): bounded, so that work stays linear. */
const MAX_PARTS = 16;

/** The total is the last of a list of counts of its unit: `建议135件、提案188件`, `…1430吨和870吨`. */
export function closesListOfTotals(text: string, figures: readonly Figure[], total: Figure): boolean {
  // Figures of a sentence are consecutive in the document: the total's place is found at once.
  const at = total.index - figures[0]!.index;
  const before = figures[at - 1];
  if (at <= 0 || before === undefined || !sameUnit(before, total) || !isCountLike(before)) return false;
  // `新增龙头企业28家、总数达到216家`: the year's increment and its stock are no list of totals.
  if (before.increment || /总数|总量|累计|达到|达$/.test(total.cue)) return false;
  // (`9个县（市、区）政府和42个市直部门`: each count's noun after it, then the conjunction.)
  const gap = between(text, before, total);
  return total.separatorBefore === '、' || /^\s*(?:和|及|以及|与)\s*$/.test(gap) || (before.following !== '' && gap.startsWith(before.following) && /^[^，,。；;0-9０-９]{0,14}(?:和|及|以及|与)\s*$/.test(gap));
}

/**
 * The figures before `total` that the names of its 其中 clause pick out, one each: `婚姻家庭` and
 * `邻里纠纷` in `其中婚姻家庭和邻里纠纷合计798件`. Undefined unless two or more names each name
 * exactly one earlier count of the total's unit.
 */
export function namedParts(figures: readonly Figure[], at: number, total: Figure, before: readonly Figure[] = []): Figure[] | undefined {
  const names = total.label.replace(/^其中/, '').replace(/^(?:利用|使用|投入|争取)/, '').split(/和|与|及|、/).map((n) => n.trim()).filter((n) => n.length >= 2);
  if (names.length < 2) return undefined;
  const earlier = [...before, ...figures.slice(0, at)].filter((f) => sameUnit(f, total) && isExactCount(f) && !f.totalCue);
  const parts: Figure[] = [];
  for (const name of names) {
    const matches = earlier.filter((f) => f.label.includes(name) && !parts.includes(f));
    if (matches.length !== 1) return undefined;
    parts.push(matches[0]!);
  }
  return parts;
}

/**
 * Whether parts sort by one attribute only, each naming one value of it once: `博士26人、硕士218人、其他本科
 * 及以上人才1616人` (a bound, 及以上, only on the rest: 其他 leaves out those already counted).
 */
export function oneDimension(parts: readonly Figure[]): boolean {
  return SINGLE_DIMENSIONS.some((values) => {
    const seen = new Set<string>();
    for (const p of parts) {
      const label = p.label.replace(/^其中/, '');
      const named = values.filter((v) => label.includes(v));
      if (named.length !== 1 || seen.has(named[0]!)) return false;
      if (/以上|以下/.test(label) && !/^(?:其他|其余)/.test(label)) return false;
      if (mentions(label.replace(named[0]!, ''), CROSSCUTTING_ATTRIBUTES)) return false;
      seen.add(named[0]!);
    }
    return true;
  });
}

/** Whether the parts end with the nouns (last two characters) of two or more different totals. */
export function namesSeveralTotals(parts: readonly Figure[], totals: readonly Figure[]): boolean {
  if (totals.length < 2) return false;
  const nouns = totals.map((t) => t.label.replace(/[^\u4e00-\u9fff]/g, '').slice(-2)).filter((n) => n.length === 2);
  const named = new Set<string>();
  for (const p of parts) for (const n of nouns) if (p.label.endsWith(n)) named.add(n);
  return named.size >= 2;
}

/**
 * After a `、` list of totals ending with `last`, the groups of parts from `i` that each open with
 * the noun (last four characters) of one total, the rest of each group joined by `、`, the groups
 * by commas. Empty unless the first part names one total.
 */
export function groupsNamingTotals(figures: readonly Figure[], i: number, last: Figure): { total: Figure; noun: string; parts: Figure[] }[] {
  let at = last.index - figures[0]!.index;
  const totals = [last];
  while (at > 0 && totals.length < 6 && figures[at]!.separatorBefore === '、' && sameUnit(figures[at - 1]!, last) && isExactCount(figures[at - 1]!)) totals.unshift(figures[--at]!);
  const nouns = totals.map((t) => t.label.replace(/[^\u4e00-\u9fff]/g, '').slice(-4));
  if (totals.length < 2 || nouns.some((n) => n.length < 4) || new Set(nouns).size < nouns.length) return [];
  const named = (f: Figure) => nouns.map((n, k) => (f.label.includes(n) ? k : -1)).filter((k) => k >= 0);
  const groups: { total: Figure; noun: string; parts: Figure[] }[] = [];
  let k = i;
  while (k < figures.length && k < i + MAX_PARTS) {
    const f = figures[k]!;
    const which = named(f);
    if (which.length !== 1 || !sameUnit(f, last) || !isExactCount(f) || !canBePart(f) || f.change || f.prior) break;
    if (groups.length > 0 && f.separatorBefore !== ',') break;
    const parts = [f];
    for (k++; k < figures.length && figures[k]!.separatorBefore === '、' && sameUnit(figures[k]!, last) && isExactCount(figures[k]!) && canBePart(figures[k]!) && named(figures[k]!).length === 0; k++) parts.push(figures[k]!);
    groups.push({ total: totals[which[0]!]!, noun: nouns[which[0]!]!, parts });
  }
  return groups;
}

/**
 * `新建改扩建中小学和幼儿园87所,其中中小学52所、幼儿园35所`: a total whose name ends with the kinds it
 * joins (by 和, 及 or 、), broken down into exactly those kinds in order, is all of them.
 */
export function namesJoinedKinds(totalLabel: string, parts: readonly Figure[]): boolean {
  if (parts.length < 2 || parts.length > 4) return false;
  const kinds = parts.map((p) => p.label.replace(/^其中[:：]?/, ''));
  if (kinds.some((k) => !/^[\u4e00-\u9fff]{2,8}$/.test(k))) return false;
  const head = kinds.slice(0, -1).join('、');
  const last = kinds[kinds.length - 1]!;
  return ['和', '及', '、', '与'].some((join) => totalLabel.endsWith(`${head}${join}${last}`));
}

/** Every part from `i` of the total's unit names the total's noun (its last two characters). */
export function partsNameTotal(figures: readonly Figure[], i: number, total: Figure, ofTotal: readonly Figure[]): boolean {
  const noun = total.label.replace(/[^\u4e00-\u9fff]/g, '').slice(-2);
  if (noun.length < 2) return false;
  // (`代表建议51件、委员提案69件,其中主办建议提案73件`: a part naming the other total's noun too is of them both.)
  const before = ofTotal[total.index - ofTotal[0]!.index - 1];
  const otherNoun = before ? before.label.replace(/[^\u4e00-\u9fff]/g, '').slice(-2) : '';
  for (let k = i; k < figures.length && k < i + MAX_PARTS && sameUnit(figures[k]!, total); k++) {
    if (!figures[k]!.label.includes(noun) || (otherNoun.length === 2 && otherNoun !== noun && figures[k]!.label.includes(otherNoun))) return false;
  }
  return true;
}
