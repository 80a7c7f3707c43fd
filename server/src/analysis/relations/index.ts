/**
 * The relations layer: how the figures of one version of a report relate to each other, read once
 * and shared by the checks, the hovers, the overview and the command line — so a hover can never
 * show arithmetic a check disagrees with.
 *
 * Each relation carries its evidence (the words that tie its figures) and how it was read:
 * `explicit` when the text's words state it, `inferred` when it rests on word order. Checks turn
 * relations into findings by one publishing rule (`checks/publish.ts`).
 */
import { Figure } from '../figures';
import { ReportModel } from '../reportModel';
import { Span, lowerBound } from '../text';
import { assessBreakdown } from './breakdownAssessment';
import { Breakdown, readBreakdowns } from './breakdowns';
import { assessChange } from './changeAssessment';
import { Change, readChanges } from './changes';
import { ListCount, listCountAgrees, readListCounts } from './lists';
import { RateBase, readRateBases } from './rateBases';
import { RateRelation, readRates } from './rates';
import { readRestatements, Restatement } from './restatements';
import { readTableChanges, readTableRates, readTableSums } from './tables';

export type Relation = RateRelation | RateBase | Breakdown | Change | ListCount | Restatement;

export interface Relations {
  readonly rates: readonly RateRelation[];
  readonly rateBases: readonly RateBase[];
  readonly breakdowns: readonly Breakdown[];
  readonly changes: readonly Change[];
  readonly listCounts: readonly ListCount[];
  readonly restatements: readonly Restatement[];
  /** The relations a figure takes part in, in the order above. */
  involving(figure: Figure): readonly Relation[];
  /**
   * How many relations whose arithmetic could be checked stand in a span (by the figure they
   * speak of: the rate, the total, the figure now, the count), and how many of them the text
   * contradicts. What the overview and section hovers say was checked.
   */
  tallyIn(span: Span): { readonly checked: number; readonly contradicted: number };
}

const cache = new WeakMap<ReportModel, Relations>();

/** The relations of a model, computed on first use and kept as long as the model. */
export function relationsOf(model: ReportModel): Relations {
  let r = cache.get(model);
  if (!r) {
    r = readRelations(model);
    cache.set(model, r);
  }
  return r;
}

/** Each reader isolated: one that throws leaves its relations empty and the others whole. */
function safely<T>(read: () => T[]): T[] {
  try {
    return read();
  } catch {
    return [];
  }
}

function readRelations(model: ReportModel): Relations {
  const rates = [...safely(() => readRates(model)), ...safely(() => readTableRates(model))];
  const rateBases = safely(() => readRateBases(model, rates));
  const breakdowns = [...safely(() => readBreakdowns(model)), ...safely(() => readTableSums(model))];
  const changes = [...safely(() => readChanges(model)), ...safely(() => readTableChanges(model))];
  const listCounts = safely(() => readListCounts(model));
  const restatements = safely(() => readRestatements(model));
  let byFigure: Map<Figure, Relation[]> | undefined;
  const index = (): Map<Figure, Relation[]> => {
    const m = new Map<Figure, Relation[]>();
    const add = (f: Figure | undefined, r: Relation) => {
      if (!f) return;
      let list = m.get(f);
      if (!list) m.set(f, (list = []));
      if (list[list.length - 1] !== r) list.push(r);
    };
    for (const r of rates) {
      add(r.rate, r);
      for (const x of r.stated) for (const f of [...x.numerator, ...x.denominators]) add(f, r);
    }
    for (const r of rateBases) { add(r.rate, r); add(r.base, r); }
    for (const b of breakdowns) { add(b.total, b); for (const p of b.parts) add(p, b); }
    for (const c of changes) { add(c.current, c); add(c.prior, c); add(c.delta, c); add(c.rate, c); }
    for (const l of listCounts) add(l.count, l);
    for (const r of restatements) { add(r.first, r); add(r.again, r); }
    return m;
  };
  let anchors: { at: number[]; contradictedBefore: number[] } | undefined;
  const tally = () => {
    const list: { at: number; bad: boolean }[] = [];
    const add = (f: Figure, bad: boolean) => list.push({ at: f.quantity.span.start, bad });
    for (const r of rates) if (r.statedBy) add(r.rate, !r.agrees);
    for (const r of rateBases) add(r.rate, !r.reachable);
    for (const b of breakdowns) {
      if (b.reading !== 'explicit') continue;
      const a = assessBreakdown(b);
      add(b.total, a.sumAgrees === false || a.partAbove !== undefined || a.sumAbove === true);
    }
    for (const c of changes) {
      const a = assessChange(model, c);
      const verdicts = [a.sum?.agrees, a.growth?.agrees, a.grim?.agrees].filter((v): v is boolean => v !== undefined);
      if (verdicts.length > 0) add(c.current, verdicts.includes(false));
    }
    for (const l of listCounts) add(l.count, !listCountAgrees(l));
    list.sort((x, y) => x.at - y.at);
    const contradictedBefore = [0];
    for (const x of list) contradictedBefore.push(contradictedBefore[contradictedBefore.length - 1]! + (x.bad ? 1 : 0));
    return { at: list.map((x) => x.at), contradictedBefore };
  };
  return {
    rates, rateBases, breakdowns, changes, listCounts, restatements,
    involving(figure) {
      byFigure ??= index();
      return byFigure.get(figure) ?? [];
    },
    tallyIn(span) {
      anchors ??= tally();
      const from = lowerBound(anchors.at, span.start, (x) => x);
      const to = lowerBound(anchors.at, span.end, (x) => x);
      return { checked: to - from, contradicted: anchors.contradictedBefore[to]! - anchors.contradictedBefore[from]! };
    },
  };
}

export type { Breakdown } from './breakdowns';
export type { Change, GrowthBasis } from './changes';
export type { ListCount } from './lists';
export type { RateBase } from './rateBases';
export type { RateReading } from './rateReadings';
export type { RateRelation } from './rates';
export type { Restatement } from './restatements';
export type { Evidence, Reading } from './common';
