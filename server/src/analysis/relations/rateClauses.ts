/**
 * Rates whose statement reaches past their own clause (`relations/rates.ts` reads the clause itself):
 * - the base before an earlier rate of the sentence (`审结33947件,审结率89.25%。…纠错4278件,直接纠错率`);
 * - a clause that opens with the whole named with 中 (`在投诉中,调解成功61287件,调解成功率`);
 * - the base in the clause before the semicolon, for a numerator named in a few words;
 * - a base in the sentence before whose noun the numerator names (`按时办结投诉52006件` of `投诉`);
 * and the rate's own clause holding a count its name speaks of, which keeps it there.
 */
import { Figure } from '../figures';
import { ReportModel } from '../reportModel';
import { clauseBefore, isExactCount, nounOf, sameUnit, sharesWord } from './common';
import { namesStem, rateStem, stemKeys } from './rateNames';
import { statedReading } from './rateStatements';
import { reading } from './rateReadings';
import { countsBeforeRate, Stated } from './rates';

/** Outcomes of concluded cases: their rates are over what was concluded (审结). */
const OUTCOME_OF_CONCLUDED = /纠错|调解|和解|维持|撤销|驳回|胜诉|败诉/;

/** What a numerator's label names besides the rate's stem and the verbs of doing: `房屋征收` of `完成房屋征收签约`. */
function ownNounOf(label: string, stem: string): string {
  const own = label.replace(/^(?:其中|全年|年内|共|累计|已|完成|实现)+/, '');
  const at = own.indexOf(stem);
  return at >= 0 ? own.slice(0, at) + own.slice(at + stem.length) : own;
}

/** `全年审结行政复议案件` for `审结案件`: the verb, a kind of the noun, then the noun. */
function ofKind(label: string, verb: string, noun: string): boolean {
  const own = label.replace(/^(?:其中|全年|已|共|依法)+/, '');
  return noun.length >= 2 && own.startsWith(verb) && own.endsWith(noun) && own.length - verb.length - noun.length <= 6;
}

/**
 * The reading a rate's words state with counts beyond its clause, when its own clause states none:
 * the reading, the counts it was read from, and whether it reaches past a semicolon or a sentence.
 */
export function statedBeyondClause(model: ReportModel, rate: Figure, ownCounts: readonly Figure[]): { stated: Stated; counts: Figure[]; acrossClauses: boolean } | undefined {
  let counts = [...ownCounts];
  let stated: Stated | undefined;
  let acrossClauses = false;
  // `审结33947件,审结率89.25%。…纠错4278件,直接纠错率`: the base before an earlier rate of the sentence.
  {
    const wider = countsBeforeRate(model.sentences[rate.sentence]!, rate, 1);
    if (wider.length > counts.length) {
      const again = statedReading(model, wider, rate);
      if (again?.by === 'stem' && counts.includes(again.readings[0]!.numerator[0]!)) {
        stated = again;
        counts = wider;
      }
    }
  }
  // `其中投诉83542件、举报21368件…;在投诉中,调解成功61287件,调解成功率`: a clause that opens with the
  // whole named with 中 takes the count of that name in the clause before as its base.
  if (!stated) {
    const sentence = model.sentences[rate.sentence]!;
    const opening = /^\s*(?:在|对)?([\u4e00-\u9fff]{2,8})中[，,]/.exec(model.text.slice(sentence.span.start, sentence.span.start + 14));
    const prev = rate.sentence > 0 ? model.sentences[rate.sentence - 1] : undefined;
    const stem = rateStem(rate.label);
    const named = counts.filter((c) => namesStem(c.label, stem));
    if (opening && prev && named.length === 1 && /^[ \t\u3000]*$/.test(model.text.slice(prev.span.end, sentence.span.start))) {
      const wholeName = opening[1]!.replace(/^(?:上述|以上|全部)/, '');
      // (`已审结146件。在审结案件中,…`: the whole's verb with the noun of cases left unsaid.)
      const verb = wholeName.replace(/的?(?:案件|事项|申请)$/, '');
      // (Not what ought to be done, `全年应审结案件209件`: the whole is what was.)
      const ought = (c: Figure) => /(?:应|需|待)$/.test(c.label.slice(0, Math.max(0, c.label.lastIndexOf(verb))));
      const bases = prev.figures.filter((c) => isExactCount(c) && sameUnit(c, named[0]!) && c.quantity.value >= named[0]!.quantity.value && !ought(c) && (c.label.replace(/^其中/, '').endsWith(wholeName) || (verb.length >= 2 && verb !== wholeName && /^(?:已|共|全年|依法)?$/.test(c.label.replace(/^其中/, '').slice(0, -verb.length)) && c.label.endsWith(verb)) || (verb.length >= 2 && verb !== wholeName && ofKind(c.label, verb, wholeName.slice(verb.length)))));
      if (bases.length === 1) {
        stated = { by: 'stem', readings: [reading(rate, named, bases, false)], evidence: [{ words: `${opening[1]}中`, span: { start: sentence.span.start, end: sentence.span.start + opening[0].length } }] };
        counts = [...bases, ...counts];
        acrossClauses = true;
      }
    }
  }
  // `共排查纠纷1,486件,其中…;调解成功1,452件,调解成功率97.9%`: a numerator named here and its
  // base in the clause before the semicolon.
  const previous = stated ? undefined : clauseBefore(model, rate.sentence);
  // Only a numerator named in a few words (`调解成功1452件`) reaches back over a semicolon.
  // (An outcome of concluded cases, `纠错决定82件,纠错率`, may say more: its base is what was concluded.)
  const outcomeOfConcluded = OUTCOME_OF_CONCLUDED.test(rateStem(rate.label));
  // (Not where the rate's own clause has a count its name speaks of besides the numerator, in another
  // unit: `…务工0.82万人;组织开展技能培训4860人次,培训后实现就业3920人,培训后就业率` is over the training.)
  const ownBase = counts.find((c) => !namesStem(c.label, rateStem(rate.label)) && sharesWord(rate.label.replace(/率$/, ''), c.label) && counts.some((n) => n !== c && !sameUnit(n, c) && namesStem(n.label, rateStem(rate.label))));
  // (People over the person-times of what they took part in, `培训4860人次,…就业3920人`, is how such
  // rates are written: that is the reading.)
  const ownNumerator = ownBase && ownBase.quantity.unit === '人次' ? counts.find((n) => n.index > ownBase.index && (n.quantity.unit === '人' || n.quantity.unit === '名') && n.quantity.value <= ownBase.quantity.value && namesStem(n.label, rateStem(rate.label))) : undefined;
  if (!stated && ownBase && ownNumerator) stated = { by: 'stem', readings: [reading(rate, [ownNumerator], [ownBase], false)], evidence: [{ words: ownNumerator.label, span: ownNumerator.labelSpan }] };
  if (previous && !ownBase && counts.some((c) => namesStem(c.label, rateStem(rate.label)) && (c.label.length <= 8 || outcomeOfConcluded))) {
    const wider = [...countsBeforeRate(previous, rate), ...counts];
    let across = statedReading(model, wider, rate);
    // (`惠及居民1.87万户;…完成房屋征收签约4612户,签约率`: a numerator with a noun of its own reaches
    // only a base that shares a word with it, `审结` of `法定期限内审结`.)
    const numerator = across?.readings[0]!.numerator[0];
    const base = across?.readings[0]!.denominator;
    // (Its clause may name the whole: `审结案件中,以调解方式结案3926件,调解率`.)
    const numeratorClause = numerator ? model.text.slice(model.sentences[rate.sentence]!.span.start, numerator.labelSpan.end) : '';
    const tied = numerator !== undefined && base !== undefined && (ownNounOf(numerator.label, rateStem(rate.label)).length <= 2 || sharesWord(numeratorClause, base.label) || (outcomeOfConcluded && /^(?:其中)?(?:已)?(?:审结|办结|结案)/.test(base.label.replace(/^(?:全年|共)/, ''))));
    // (Of the bases before, an outcome of concluded cases takes only what was concluded.)
    if (across && outcomeOfConcluded) {
      const concluded = across.readings.filter((r) => /^(?:其中)?(?:已|共)?(?:审结|办结)/.test(r.denominator.label.replace(/^(?:全年|年内)/, '')));
      if (concluded.length > 0) across = { ...across, readings: concluded };
    }
    // (Past a semicolon the numerator must name what the rate measures, not only what it is of:
    // `湿地面积12.3万亩,湿地保护率` says nothing of the area protected, and `草原面积` is no base of it.)
    const predicate = stemKeys(rateStem(rate.label))[0] ?? '';
    const measured = numerator !== undefined && predicate.length === 2 && (numerator.label.includes(predicate) || namesStem(numerator.label, predicate));
    if (across?.by === 'stem' && numerator !== undefined && counts.includes(numerator) && tied && measured) {
      stated = across;
      counts = wider;
      acrossClauses = true;
    }
  }
  // `其中投诉52371件、…。按时办结投诉52006件,按期办结率99.03%`: a numerator that names the noun of
  // a count in the sentence before (`投诉`) takes that count as its base.
  if (!stated) {
    const stem = rateStem(rate.label);
    const named = counts.filter((c) => namesStem(c.label, stem));
    const prev = rate.sentence > 0 ? model.sentences[rate.sentence - 1] : undefined;
    if (named.length === 1 && prev && /^[ \t\u3000]*$/.test(model.text.slice(prev.span.end, model.sentences[rate.sentence]!.span.start))) {
      const numerator = named[0]!;
      const nounOfBase = (c: Figure) => nounOf(c).replace(/^其中/, '');
      const bases = prev.figures.filter((c) => isExactCount(c) && sameUnit(c, numerator) && c.quantity.value >= numerator.quantity.value && nounOfBase(c).length >= 2 && numerator.label.includes(nounOfBase(c))).slice(-4);
      if (bases.length > 0) {
        stated = { by: 'stem', readings: bases.map((b) => reading(rate, [numerator], [b], false)), evidence: [{ words: nounOf(bases[0]!), span: numerator.labelSpan }] };
        counts = [...bases, ...counts];
        acrossClauses = true;
      }
    }
  }
  return stated ? { stated, counts, acrossClauses } : undefined;
}
