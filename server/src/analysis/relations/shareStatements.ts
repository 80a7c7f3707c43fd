/**
 * Shares a rate's words name (`relations/rateStatements.ts` reads the other statements):
 * - `share`: `总装机8240万千瓦,新能源装机3390万千瓦、占比41.1%` — a bare `占比` after a part, of a
 *   whole before it in the sentence;
 * - `namedWhole`: `…3390万千瓦,占总装机的41.1%` — the whole named in the rate, stated before it,
 *   in the clause before the semicolon, in the sentence a `X中` clause points to, or right after it;
 * - each end of a share that changes (`占比由15.8%提高到37.2%`), of the whole at that end.
 */
import { Figure } from '../figures';
import { ReportModel } from '../reportModel';
import { clauseBefore, evidenceAt, isExactCount, sameUnit } from './common';
import { reading } from './rateReadings';
import { allCountsBefore, Stated } from './rates';

/** A share named by no more than `占比`: it is of the figure right before it. */
export const BARE_SHARE = /^(?:其)?(?:所)?(?:占比|比重|占比重|份额|占|比例|所占比例)$/;
/** A share whose whole is named in it: `占总装机的`, `占全市行政村总数的`. */
export const NAMED_WHOLE = /占(.{2,20}?)(?:的)?(?:比重|比例)?$/;
/** A share that names only its part before a bare 占: `交通设施投资占`. */
const SUBJECT_SHARE = /^[\u4e00-\u9fff“”"]{2,16}(?:所)?占(?:比)?$/;

/** Whether a whole named in a rate (`占适用清单案件的`) names a count's label: its characters in order. */
export function namesWhole(name: string, label: string): boolean {
  if (name.length < 2 || label.length < 2) return false;
  // (A label of a bare head, `支出` of `三项支出合计`, is no name of `市本级一般公共预算支出`.)
  if (label.includes(name) || (name.includes(label) && (label.length >= 3 || name.length <= label.length + 2))) return true;
  // `专利申请` for `申请专利`: a name of two words may give them in either order.
  if (name.length === 4 && label.includes(name.slice(2) + name.slice(0, 2))) return true;
  return name.length >= 3 && inOrder(name, label);
}

/**
 * Whether every character of a name stands in a label, in order (`新增装机` in `新增新能源装机容量`),
 * with at most `spare` other characters among them where that is given.
 */
function inOrder(name: string, label: string, spare = Infinity): boolean {
  const first = name[0];
  if (first === undefined) return true;
  for (let start = label.indexOf(first); start >= 0; start = label.indexOf(first, start + 1)) {
    // From each start, the nearest characters give the tightest match.
    let at = start;
    for (const c of name) {
      at = label.indexOf(c, at);
      if (at < 0) return false;
      at++;
    }
    if (at - start - name.length <= spare) return true;
  }
  return false;
}

/** The count right after a share, in its sentence, whose label names the whole the share names. */
function wholeNamedAfter(model: ReportModel, rate: Figure, part: Figure, wholeName: string): Figure[] {
  const next = model.figures[rate.index + 1];
  if (next === undefined || next.sentence !== rate.sentence || !isExactCount(next) || !sameUnit(next, part) || next.change) return [];
  return next.quantity.value >= part.quantity.value && namesWhole(wholeName, next.label.replace(/(?:为|是|达到?)$/, '')) ? [next] : [];
}

/**
 * `全年完成水利建设投资12.6亿元,…。从资金来源看,争取补助资金7.38亿元,占全年完成水利投资的68.3%`: a
 * whole the share names at length (four characters or more) may be given in the sentence before, of
 * the same paragraph: the one count there of that name, this year's, or none.
 */
function wholeInSentenceBefore(model: ReportModel, sentenceIndex: number, wholeName: string, part: Figure): Figure[] {
  if (sentenceIndex === 0 || wholeName.replace(/[^\u4e00-\u9fff]/g, '').length < 4) return [];
  const prev = model.sentences[sentenceIndex - 1]!;
  if (!/^[ \t\u3000]*$/.test(model.text.slice(prev.span.end, model.sentences[sentenceIndex]!.span.start))) return [];
  // (The name's scope and year, `全年完成水利投资`, may open the count's words rather than its label.)
  const name = wholeName.replace(/^(?:全年|当年|全市|全县|全区|全省)/, '');
  // (At most two characters between, `完成水利建设投资`: a name split wider, `窗口…办理户籍业务` for
  // `窗口业务`, is of another thing.)
  const named = prev.figures.filter((c) => isExactCount(c) && !c.perUnit && !c.change && !c.prior && !/^(?:上年|去年|上一年)/.test(c.cue) && sameUnit(c, part) && inOrder(name, c.label, 2));
  return named.length === 1 && named[0]!.quantity.value >= part.quantity.value ? named : [];
}

/**
 * `已审结336件,审结率92.31%。审结案件中,维持198件…;纠错41件,占审结案件的12.20%`: a clause of this
 * sentence or the one before opens with the whole named with 中, which points to the count of that
 * name in the sentence before it. One such count, in the same paragraph, or none.
 */
function wholeOpenedWithZhong(model: ReportModel, sentenceIndex: number, wholeName: string, part: Figure): Figure[] {
  const joined = (a: number, b: number) => /^[ \t\u3000]*$/.test(model.text.slice(model.sentences[a]!.span.end, model.sentences[b]!.span.start));
  const head = wholeName.replace(/(?:案件|事项|申请)$/, '');
  if (head.length < 2) return [];
  for (let k = sentenceIndex; k >= 1 && sentenceIndex - k <= 1; k--) {
    const opening = model.sentences[k]!;
    if (!model.text.slice(opening.span.start, opening.span.start + wholeName.length + 2).trimStart().startsWith(`${wholeName}中`)) continue;
    if (k < sentenceIndex && !joined(k, k + 1)) return [];
    if (!joined(k - 1, k)) return [];
    const named = model.sentences[k - 1]!.figures.filter((c) => isExactCount(c) && !c.perUnit && !c.change && sameUnit(c, part) && c.quantity.value >= part.quantity.value && c.label.includes(head));
    return named.length === 1 ? named : [];
  }
  return [];
}

/**
 * The share the rate's words state, of the figure right before it (`last`, `adjacent` when only
 * separators stand between): its reading, `unread` where the words name a share no figure gives,
 * or nothing where the rate is no share of these kinds.
 */
export function shareReading(model: ReportModel, rate: Figure, last: Figure | undefined, adjacent: boolean): Stated | 'unread' | undefined {
  const text = model.text;
  // `其中新能源装机由186万千瓦增至642万千瓦、占比由15.8%提高到37.2%`: each end of the share is
  // the part over the whole at that end of the change.
  if (rate.change === 'from' || rate.change === 'to') {
    const all = allCountsBefore(model.sentences[rate.sentence]!, rate);
    const ends = all.filter((c) => c.change === rate.change);
    const part = ends[ends.length - 1];
    const wholes = part ? ends.filter((c) => c !== part && c.index < part.index && sameUnit(c, part) && c.quantity.value >= part.quantity.value) : [];
    if (part && wholes.length > 0) return { by: 'share', readings: wholes.map((w) => reading(rate, [part], [w], false)), evidence: [evidenceAt(rate, rate.label)] };
    // `产值549.3亿元,占总产值1186.4亿元的比重由42.6%提高到46.3%`: the figures stated are this year's, the later end.
    if (rate.change !== 'to' || ends.length > 0) return 'unread';
  }
  if (rate.change === 'to') {
    const all = allCountsBefore(model.sentences[rate.sentence]!, rate).filter((c) => !c.change);
    const part = all[all.length - 1];
    // The whole is named before the earlier end: `占规上工业总产值比重由42.6%`.
    const fromShare = model.figures[rate.index - 1];
    const lead = fromShare ? model.text.slice(Math.max(model.sentences[rate.sentence]!.span.start, fromShare.quantity.span.start - 30), fromShare.quantity.span.start) : '';
    const wholeName = /占([^，,。；;]{2,20}?)的?(?:比重|比例)?(?:由|从)$/.exec(lead)?.[1];
    const wholes = part ? all.filter((c) => c !== part && sameUnit(c, part) && c.quantity.value >= part.quantity.value && (wholeName === undefined || namesWhole(wholeName, c.label))) : [];
    if (part && wholes.length > 0) return { by: 'share', readings: wholes.map((w) => reading(rate, [part], [w], false)), evidence: [evidenceAt(rate, rate.label)] };
    return 'unread';
  }

  // `…新能源装机3390万千瓦、占比41.1%` and `…3390万千瓦,占总装机的41.1%`: a share of the figure right before it.
  if (last && adjacent) {
    const bare = BARE_SHARE.test(rate.label);
    const named = bare ? undefined : NAMED_WHOLE.exec(rate.label);
    // `其中交通设施48.6亿元、…,交通设施投资占63.8%`: a bare share that names its part before 占.
    const ownPart = !bare && !named && SUBJECT_SHARE.test(rate.label);
    if (bare || named || ownPart) {
      // `占监测户数的`: a whole counted in the part's unit (户数, 人数) is named by the words before it.
      const wholeName = named?.[1]?.replace(/(?:总数|总量|总额|总和|总)$/, '').replace(/^(?:全部|总)/, '').replace(/(?<=[\u4e00-\u9fff]{2})[户人家件个项所名]?数$/, '');
      // The whole may stand anywhere before in the sentence, past other shares: `…3127亿元、占比61.0%,高新技术产业产值2218亿元、占比43.3%`.
      const before = allCountsBefore(model.sentences[rate.sentence]!, last);
      // `A类企业8.96万户,占69.8%,D类企业0.31万户,占2.4%`: a count with a share of its own is a sibling part, not the whole.
      const hasOwnShare = (c: Figure) => {
        const next = model.figures[c.index + 1];
        if (next === undefined || next === rate || next.sentence !== c.sentence || next.quantity.kind !== 'percent') return false;
        if (BARE_SHARE.test(next.label) || /占(?:比|比重)?$/.test(next.label)) return true;
        // `60岁及以上人口126.8万人,占常住人口的24.7%,其中65岁及以上人口92.6万人,占18.1%`: after a whole's
        // share of a named whole, a part's bare share is of that named whole too, not of the whole before.
        if (bare && NAMED_WHOLE.test(next.label)) return true;
        // `…的达到3.47万人,占持证执法人员总数的27.0%;…,约占执法人员总数的3.2%`: a part of the whole named.
        const itsWhole = NAMED_WHOLE.exec(next.label)?.[1]?.replace(/(?:总数|总量|总额|总和|总)$/, '');
        return wholeName !== undefined && itsWhole !== undefined && itsWhole.length >= 2 && (namesWhole(wholeName, itsWhole) || namesWhole(itsWhole, wholeName));
      };
      // (A change is no whole, unless the share names it: `全年净增1562家,…,占净增数的`.)
      const namesChange = /增|减/.test(wholeName ?? '');
      // (A whole whose label is its scope, `全市9746名持证执法人员中`, is named by the words after it.)
      // (The later end of a change is named by the words before its earlier end: `内设机构由14个精简为9个`.)
      const earlierEnd = (c: Figure) => (c.change === 'to' && model.figures[c.index - 1]?.change === 'from' ? model.figures[c.index - 1] : undefined);
      const namesTheWhole = (c: Figure) => wholeName !== undefined && (namesWhole(wholeName, c.label) || namesWhole(wholeName, earlierEnd(c)?.label.replace(/(?:由|从)$/, '') ?? '') || (/^(?:全市|全县|全区|全省|全州|全镇|全盟|全旗)?$/.test(c.label) && namesWhole(wholeName, c.following.replace(/中$/, ''))));
      // (The later end of a change is a level, what there is now: `内设机构由14个精简为9个,其中…6个,占内设机构总数的`.)
      let wholes = before.filter((c) => sameUnit(c, last) && c.quantity.value >= last.quantity.value && (!c.change || c.change === 'to' || namesChange) && !hasOwnShare(c) && (bare || ownPart || namesTheWhole(c)));
      // `地区生产总值1286.4亿元…;服务业增加值986.2亿元,占地区生产总值的比重76.7%`: a whole named in
      // the rate may stand in the clause before the semicolon.
      const previous = wholes.length === 0 && !bare ? clauseBefore(model, rate.sentence) : undefined;
      if (previous) wholes = previous.figures.filter((c) => isExactCount(c) && !c.perUnit && sameUnit(c, last) && c.quantity.value >= last.quantity.value && !c.change && !hasOwnShare(c) && namesTheWhole(c));
      if (wholes.length === 0 && wholeName !== undefined) wholes = wholeOpenedWithZhong(model, rate.sentence, wholeName, last);
      if (wholes.length === 0 && wholeName !== undefined && !previous) wholes = wholeInSentenceBefore(model, rate.sentence, wholeName, last);
      // `工业用电量186.4亿千瓦时,占全社会用电量的65.1%,全社会用电量为286.3亿千瓦时`: the whole the share
      // names may be given right after it.
      if (wholes.length === 0 && wholeName !== undefined) wholes = wholeNamedAfter(model, rate, last, wholeName);
      // `三大产业产值分别达到138.6亿元、96.4亿元、82.8亿元,占总产值比重77.0%`: the share of the listed parts together.
      const run: Figure[] = [last];
      for (let k = before.length - 1; k >= 0 && run[0]!.separatorBefore === '、' && before[k] === model.figures[run[0]!.index - 1] && sameUnit(before[k]!, last); k--) run.unshift(before[k]!);
      let numerator = run.length > 1 && /分别/.test(model.text.slice(model.sentences[rate.sentence]!.span.start, run[0]!.quantity.span.start).slice(-12)) ? run : [last];
      // `其中企业12.56万户、个体工商户33.71万户、合作社0.56万户,企业占经营主体总量的比重26.8%`: the
      // share names its part before 占; a count of another name is not it.
      const subject = named || ownPart ? rate.label.slice(0, rate.label.indexOf('占')).replace(/[^\u4e00-\u9fff]/g, '').replace(/^(?:分别|各自|均|各|其中)/, '').replace(/(?:分别|均|各)$/, '') : '';
      // The part's own words, or those words and what is measured of it: `社会资本参与修复` for
      // `社会资本参与修复面积`, `农村低保` for `农村低保对象`.
      const partNamed = (f: Figure) => {
        // `其中“即办件”51项`: a name in quotes right before the figure is its label.
        const quoted = f.label === '' ? /[“"]([^”"“]{2,12})[”"]\s*$/.exec(text.slice(Math.max(0, f.quantity.span.start - 16), f.quantity.span.start))?.[1] : undefined;
        const own = (quoted ?? f.label).replace(/^其中[:：]?/, '').replace(/^(?:全年|全市|全县|全省|全区)/, '');
        if (quoted !== undefined) return own === subject || (ownPart && subject.startsWith(own) && subject.length - own.length <= 3);
        // (`当年新增装机` for `新增新能源装机容量`: a name of four characters or more, given in order, with
        // the year it speaks of left out.)
        const bare = subject.replace(/^(?:当年|全年|今年|本年|年内)/, '');
        return f.label.includes(subject) || own.endsWith(subject) || (ownPart && own.length >= 2 && subject.startsWith(own) && subject.length - own.length <= 3) || (bare.length >= 4 && inOrder(bare, own));
      };
      if (subject.length >= 2 && !numerator.some(partNamed)) {
        const namedPart = before.filter((c) => sameUnit(c, last) && partNamed(c));
        if (namedPart.length !== 1) return 'unread';
        numerator = namedPart;
      } else if (ownPart && subject.length < 2) return 'unread';
      const sum = numerator.reduce((n, f) => n + f.quantity.value, 0);
      const wholesOfSum = wholes.filter((w) => !numerator.includes(w) && w.quantity.value >= sum);
      if (wholesOfSum.length > 0) {
        // Nearest last, but the largest whole last of all: it is the one reported when none fits.
        wholesOfSum.sort((a, b) => a.quantity.value - b.quantity.value);
        return { by: bare || ownPart ? 'share' : 'namedWhole', readings: wholesOfSum.map((w) => reading(rate, numerator, [w], false)), evidence: [evidenceAt(rate, rate.label)] };
      }
      // `占十件民生实事累计完成投资的58.7%`: a share of a whole it names that no figure gives is not read.
      if (named && wholes.length === 0 && !/[“"]/.test(rate.label)) return 'unread';
    }
  }
  return undefined;
}
