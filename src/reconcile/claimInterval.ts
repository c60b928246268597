import type { CountReading } from '../log/Dataset.js';

/** A range of whole numbers; `max` null when open above. */
export interface Interval {
  min: number;
  max: number | null;
}

/**
 * A claim's interval under the default reading (SPEC.md step 3): a bare figure
 * is a count of the dead found so far, so a floor; anything else as worded.
 *
 * @example
 * defaultInterval({ min: 340, max: 340, bare: true }); // => { min: 340, max: null }
 */
export function defaultInterval(reading: Pick<CountReading, 'min' | 'max' | 'bare'>): Interval {
  return { min: reading.min, max: defaultMax(reading) };
}

/**
 * The upper end of `defaultInterval`, for the folds that read it for every
 * claim without building an interval.
 *
 * @example
 * defaultMax({ min: 340, max: 340, bare: true }); // => null
 */
export function defaultMax(reading: Pick<CountReading, 'max' | 'bare'>): number | null {
  return reading.bare ? null : reading.max;
}

/** A claim's interval as the `ucdp` and `ibc` policies read it: the figure as stated. */
export function exactInterval(reading: Pick<CountReading, 'min' | 'max'>): Interval {
  return { min: reading.min, max: reading.max };
}
