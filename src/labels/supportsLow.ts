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
  return supportsLowAt(interval.min, interval.max, low);
}

/**
 * `supportsLow` for an interval given by its ends, so that a label can be
 * worked out for every scope without building an interval for every claim.
 *
 * @example
 * supportsLowAt(803, null, 1301); // => false
 */
export function supportsLowAt(min: number, max: number | null, low: number): boolean {
  return min >= low || (max !== null && min <= low && low <= max);
}
