/**
 * How a stated figure agrees with a computed one. A value written with d decimals agrees when the
 * computed value rounds half up to it, or truncates to it: reports use both, and a checker that
 * knew only one would cry wolf on the other (statcheck's lesson).
 */

const EPS = 1e-9;

/** The stated value scaled to an integer count of its last decimal place (95.4 with 1 decimal → 954). */
function scaled(stated: number, decimals: number): number {
  return Math.round(stated * 10 ** decimals);
}

export function agrees(computed: number, stated: number, decimals: number): boolean {
  const f = 10 ** decimals;
  const target = scaled(stated, decimals);
  const halfUp = Math.floor(computed * f + 0.5 + EPS);
  const truncated = Math.floor(computed * f + EPS);
  return halfUp === target || truncated === target;
}

/** The computed value written as the report would, with the stated decimals or two more for context. */
export function formatComputed(value: number, decimals: number): string {
  const shown = Math.max(2, decimals + 1);
  return Number(value.toFixed(shown)).toString();
}

/** Whether some whole count k of n gives a percentage that agrees with `stated` (the GRIM test). */
export function percentReachable(stated: number, decimals: number, n: number): boolean {
  if (n <= 0) return false;
  const k0 = Math.floor((stated * n) / 100);
  for (let k = Math.max(0, k0 - 1); k <= Math.min(n, k0 + 2); k++) {
    if (agrees((100 * k) / n, stated, decimals)) return true;
  }
  return false;
}

/** The whole counts of n nearest to the stated percentage, for a message (`7/8 = 87.5%, 8/8 = 100%`). */
export function nearestReachable(stated: number, n: number): { k: number; percent: number }[] {
  const exact = (stated * n) / 100;
  const out: { k: number; percent: number }[] = [];
  for (const k of [Math.floor(exact), Math.ceil(exact)]) {
    if (k >= 0 && k <= n && !out.some((o) => o.k === k)) out.push({ k, percent: (100 * k) / n });
  }
  if (out.length === 1 && out[0]!.k === Math.floor(exact) && out[0]!.k + 1 <= n) out.push({ k: out[0]!.k + 1, percent: (100 * (out[0]!.k + 1)) / n });
  return out;
}

/** Whether a percentage stated this way carries information about a denominator of n at all. */
export function grimInformative(decimals: number, n: number): boolean {
  return n < 10 ** (2 + decimals);
}

/** `value` rounded half up to `decimals` places, as text (95.335 → "95.34"). */
export function roundHalfUp(value: number, decimals: number): string {
  const f = 10 ** decimals;
  return (Math.floor(value * f + 0.5 + EPS) / f).toFixed(decimals);
}
