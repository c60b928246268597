import type { Interval } from '../reconcile/claimInterval.js';

/**
 * Whether a claim supports a low (SPEC.md, "corroborated"): its floor reaches
 * the low, or it gives a range bounded above that contains it. "About 1,400"
 * ([1260, 1540]) supports 1,301; a bare 803 (a floor) does not.
 *
 * @example
 * supportsLow({ min: 1260, max: 1540 }, 1301); // => true
 */
export function supportsLow(interval: Interval, low: number): boolean {
  return interval.min >= low || (interval.max !== null && interval.min <= low && low <= interval.max);
}
