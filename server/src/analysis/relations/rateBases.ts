/**
 * The base a rate's kind implies, for the GRIM test of Brown & Heathers: outcomes of concluded
 * cases over `审结`, passes over those who sat the examination (`参考`), successful mediations over
 * the disputes mediated, cases concluded over cases received. Only a rate whose own words state no
 * reading, that no admissible reading explains, and whose base stands before it in its sentence.
 */
import { Figure } from '../figures';
import { ReportModel } from '../reportModel';
import { grimInformative, percentReachable } from '../rounding';
import { CASE_OUTCOMES, CONCLUDED_WORDS, pattern } from '../vocabulary';
import { Evidence, roundingError } from './common';
import { OUGHT_HEAD, rateStem } from './rateNames';
import { countsBeforeRate, RateRelation } from './rates';

/** A rate and the base its kind implies (`胜诉率` over `审结8件`), for the GRIM test. */
export interface RateBase {
  readonly kind: 'rateBase';
  readonly rate: Figure;
  readonly base: Figure;
  /** Whether some whole count out of the base gives the rate at its precision. */
  readonly reachable: boolean;
  readonly evidence: readonly Evidence[];
}

/** What a rate's kind implies as its base, by the words of the rate's name and of the base's label. */
const BASES: readonly { readonly rate: RegExp; readonly base: RegExp }[] = [
  // Outcomes of cases are shares of the cases decided.
  { rate: pattern([CASE_OUTCOMES]), base: pattern([CONCLUDED_WORDS]) },
  // Passes are shares of those who sat the examination.
  { rate: /(?:通过|合格|及格)$/, base: /(?:参考|参加考试|参加.{0,6}考试|应考|考试)/ },
  // Successful mediations are a share of the disputes mediated.
  { rate: /调解成功$|^成功$/, base: /调解(?!成功)/ },
  // Problems found are a share of the things inspected: `对13家机构开展检查,问题检出率38.2%`.
  { rate: /检出$/, base: /检查|抽查|抽检|检测|核查|评查/ },
  // Cases solved are a share of the cases filed: `立案24起,…破案率`.
  { rate: /破案$/, base: /立案/ },
  // Cases concluded are a share of the cases received.
  { rate: /(?:结案|办结)$/, base: /(?:受理|收案|立案|收到)/ },
];

/** Cases concluded in one way (`以调解方式结案`, `撤诉结案`): an outcome, never all of the cases concluded. */
const CONCLUDED_BY_WAY = /(?:方式|调解|和解|撤诉|撤回|驳回|判决)(?:结案|审结|办结)/;

/** Units of occasions, not of what is counted at them: `组织资格考试2次` counts sittings, not candidates. */
const OCCASION_UNITS: ReadonlySet<string> = new Set(['次', '场', '场次', '期', '轮']);

/** Rates whose base the rate's kind implies and the text states, for the GRIM test. */
export function readRateBases(model: ReportModel, rates: readonly RateRelation[]): RateBase[] {
  const out: RateBase[] = [];
  for (const r of rates) {
    const rate = r.rate;
    if (r.stated.length > 0 || r.agrees || rate.quantity.qualifier !== 'exact' || rate.quantity.value > 100) continue;
    const stem = rateStem(rate.label);
    const kind = BASES.find((b) => b.rate.test(stem));
    if (!kind) continue;
    const counts = countsBeforeRate(model.sentences[rate.sentence]!, rate);
    // The base is not the numerator: `考试合格3851名` names the passes, not those who sat.
    // Nor a way of concluding: `通过调解和解方式结案25件` is one outcome of the cases concluded.
    // Nor a count of occasions: `组织资格考试2次,参考人员通过率93.5%` is of the candidates.
    const bases = counts.filter((c) => kind.base.test(c.label + c.following) && !kind.rate.test(c.label) && !c.label.includes(stem) && !OUGHT_HEAD.test(c.label) && !CONCLUDED_BY_WAY.test(c.label) && !OCCASION_UNITS.has(c.quantity.unit) && roundingError(c) === 0);
    const base = bases[bases.length - 1];
    if (!base) continue;
    const n = base.quantity.value;
    const { value: stated, decimals } = rate.quantity;
    if (!Number.isInteger(n) || n <= 0 || !grimInformative(decimals, n)) continue;
    out.push({
      kind: 'rateBase',
      rate,
      base,
      reachable: percentReachable(stated, decimals, n),
      evidence: [{ words: base.label, span: base.labelSpan }],
    });
  }
  return out;
}
