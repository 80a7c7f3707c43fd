/**
 * Accounts that balance by what their figures are, stated clause after clause with no breakdown cue:
 * - what came in this year and what was carried over make what was handled: `新收案件14207件,上年旧存
 *   1657件,共受理15864件`;
 * - a fund's income is its spending and its balance for the period: `基金收入52.36亿元,支出46.81亿元,
 *   当期结余5.55亿元`.
 * - a net increase is at most the gross one it stands after: `全年新登记经营主体186.5万户,净增72.8万户`.
 * Read by `readBreakdowns`; the first two are exhaustive breakdowns of the total.
 */
import { Figure } from '../figures';
import { ReportModel } from '../reportModel';
import type { Breakdown } from './breakdowns';
import { between, isExactCount, sameUnit } from './common';
import { canBePart, canBeTotal } from './figureRoles';

/** What came in during the period (`新收`, `新受理`), and what was carried into it (`旧存`, `上年结转`). */
const NEW_INTAKE = /^(?:[\u4e00-\u9fff]{0,6}?)(?:新收|新受理|当年受理|新立)/;
const CARRIED_IN = /(?:旧存|上年结转|上年未结|上年遗留)/;
/** The total handled: `共受理`, `合计受理`, `共计收案`. */
const HANDLED = /^(?:共|合计|共计|总计)?(?:受理|收案|办理)/;

/** A fund's flows of one period: not its cumulative balance (`累计结余`, `滚存结余`, `年末结余`). */
const INCOME = /收入$/;
const SPENDING = /^(?:[\u4e00-\u9fff]{0,12}?)支出$/;
const PERIOD_BALANCE = /^(?:当期|当年|本年|收支)?结余$|^收支相抵[，,]?\s*(?:当期|当年)?结余$/;

/** The year's gross increment, by its verb: `新登记`, `新认定`, `新增入规`. */
const GROSS_NEW = /^(?:全年|年内|当年|今年)?(?:新增|新登记|新认定|新设立|新注册|新培育|新入规|新纳入)/;

export function readLedgers(model: ReportModel, figures: readonly Figure[], out: Breakdown[]): void {
  const text = model.text;
  // `全年新认定146家,净增92家`: what left is taken from the gross increment to make the net one.
  for (let i = 0; i + 1 < figures.length; i++) {
    const [gross, net] = [figures[i]!, figures[i + 1]!];
    if (!sameUnit(gross, net) || !isExactCount(gross) || !isExactCount(net) || gross.inParentheses || net.inParentheses || gross.change || gross.prior) continue;
    if (!GROSS_NEW.test(gross.label) || !/^[\s，,]*净增(?:加)?$/.test(between(text, gross, net))) continue;
    out.push({ kind: 'breakdown', form: 'subset', total: gross, totals: [gross], parts: [net], exhaustive: false, disjoint: false, reading: 'explicit', evidence: [{ words: '净增', span: { start: net.quantity.span.start - 2, end: net.quantity.span.start } }] });
  }
  for (let i = 0; i + 2 < figures.length; i++) {
    const [a, b, c] = [figures[i]!, figures[i + 1]!, figures[i + 2]!];
    if (!sameUnit(a, b) || !sameUnit(b, c) || ![a, b, c].every((f) => f.quantity.qualifier === 'exact' && !f.inParentheses && !f.change && !f.prior)) continue;
    // Clause after clause: a comma (or `加上`) between, nothing of another unit.
    if (!/^[\s，,]*(?:加上|另有)?[\u4e00-\u9fff]{0,10}$/.test(between(text, a, b)) || !/^[\s，,]*[\u4e00-\u9fff]{0,10}$/.test(between(text, b, c))) continue;
    if (!canBePart(a) || !canBePart(b) || !canBeTotal(c)) continue;
    const intake = isExactCount(a) && isExactCount(b) && isExactCount(c) && NEW_INTAKE.test(a.label) && CARRIED_IN.test(b.label + b.cue) && (c.totalCue !== undefined || /^(?:共|合计|共计|总计)/.test(c.cue)) && HANDLED.test(c.label.replace(/^(?:全年|全市|全院)/, ''));
    if (intake) {
      out.push({ kind: 'breakdown', form: 'clauseTable', total: c, totals: [c], parts: [a, b], exhaustive: true, disjoint: true, reading: 'explicit', evidence: [{ words: c.totalCue ?? '共', span: c.labelSpan }] });
      continue;
    }
    // `基金收入52.36亿元,支出46.81亿元,当期结余5.55亿元`: income, spending, the balance of the two.
    const fund = a.quantity.kind === 'amount' && INCOME.test(a.label) && SPENDING.test(b.label) && PERIOD_BALANCE.test(c.label) && !/累计|滚存|年末/.test(c.label + c.cue);
    if (fund) {
      out.push({ kind: 'breakdown', form: 'clauseTable', total: a, totals: [a], parts: [b, c], exhaustive: true, disjoint: true, reading: 'explicit', evidence: [{ words: c.label, span: c.labelSpan }] });
    }
  }
}
