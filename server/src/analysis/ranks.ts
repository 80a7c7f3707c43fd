/**
 * Places in a ranking and moves in one (`排名进入全国前三十位`, `排名上升6位`): found as counts in 位 or
 * 名, and set apart from the quantities, since nothing adds up with them.
 */
import type { Quantity } from './quantities';

/**
 * A place in a ranking, or a move in one, is not a count: `排名进入全国前三十位`, `排名上升6位`,
 * `排名前10名`. No part of a whole adds up with it, and `其中…前三十位` would otherwise read as a part
 * larger than a total of six. A figure listed right after a rank is a rank too (`分别上升12位、9位`).
 */
export function withoutRanks(text: string, quantities: Quantity[]): Quantity[] {
  let kept: Quantity[] | undefined;
  let previousRank: Quantity | undefined;
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i]!;
    const rank = q.kind === 'count' && (q.unit === '位' || q.unit === '名') && (
      isRankAt(text, q.span.start, q.unit) ||
      (previousRank !== undefined && /^\s*[、和与及]\s*$/.test(text.slice(previousRank.span.end, q.span.start))));
    if (rank) {
      kept ??= quantities.slice(0, i);
      previousRank = q;
    } else {
      kept?.push(q);
      previousRank = undefined;
    }
  }
  return kept ?? quantities;
}

/** A move in a ranking (`上升6位`, `前移3名`) or a place in one (`前30位`, `排名前10名`). */
const RANK_MOVE_BEFORE = /(?:上升|提升|提高|前移|前进|进位|下降|后退|后移|下滑|回落|跃升|攀升|晋升)$/;
const RANK_PLACE_BEFORE = /(?:前|后)$/;
const RANKING_WORD = /(?:排名|排位|位次|名次|排序|名列|位列|位居|跃居|居全|列全)/;
function isRankAt(text: string, start: number, unit: string): boolean {
  const head = text.slice(Math.max(0, start - 12), start);
  if (RANK_MOVE_BEFORE.test(head)) return true;
  if (!RANK_PLACE_BEFORE.test(head)) return false;
  // `前30位` is a place; `前10名` is one where the clause speaks of a ranking (else the ten
  // people at the top of a list, a count).
  return unit === '位' || RANKING_WORD.test(head.slice(head.search(/[^，,。；;：:]*$/)));
}
