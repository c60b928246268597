import type { CountReading } from '../log/Dataset.js';

/** A range of whole numbers; `max` null when open above. */
export interface Interval {
  min: number;
  max: number | null;
}

/**
 * The upper end of a claim's interval under the default reading (SPEC.md step 3):
 * a bare figure is a count of the dead found so far, so a floor (open above);
 * anything else as worded. The low end is the reading's `min` under every policy.
 *
 * @example
 * defaultMax({ max: 340, bare: true }); // => null
 */
export function defaultMax(reading: Pick<CountReading, 'max' | 'bare'>): number | null {
  return reading.bare ? null : reading.max;
}
