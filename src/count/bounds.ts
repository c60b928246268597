import type { Qualifier } from './types.js';

/** The qualifiers that bound a single figure N (every `Qualifier` but `between`, `vague` and `none`). */
export type FigureQualifier = Exclude<Qualifier, 'between' | 'vague' | 'none'>;

/** A range with the figure its wording states (see `ParsedCount.figure`). */
export interface Bounds {
  readonly min: number;
  readonly max: number | null;
  readonly figure: number | null;
}

/** Why a wording has no range: it is empty ("nearly 0") or passes the safe integers. */
export interface BoundsProblem {
  readonly problem: 'empty-range' | 'too-large';
  readonly reason: string;
}

/**
 * True when `boundsFor` or `betweenBounds` gave a problem rather than a range. Constant time.
 *
 * @example
 * isBoundsProblem(boundsFor('nearly', 0)); // => true
 */
export function isBoundsProblem(value: Bounds | BoundsProblem): value is BoundsProblem {
  return 'problem' in value;
}

/** ⌈N/10⌉ for a non-negative safe integer N, in integers. */
function tenthRoundedUp(n: number): number {
  const tenth = Math.floor(n / 10);
  return n % 10 === 0 ? tenth : tenth + 1;
}

/**
 * ⌊9N/10⌋ = N − ⌈N/10⌉, computed in integers (no product that could pass 2^53).
 *
 * @example
 * nineTenthsDown(1400); // => 1260
 */
export function nineTenthsDown(n: number): number {
  return n - tenthRoundedUp(n);
}

/**
 * ⌈11N/10⌉ = N + ⌈N/10⌉, computed in integers: never `Math.ceil(1.1 * N)`, which gives 1541 for 1400.
 *
 * @example
 * elevenTenthsUp(1400); // => 1540
 */
export function elevenTenthsUp(n: number): number {
  return n + tenthRoundedUp(n);
}

/**
 * The range a qualifier gives a figure N, by the table of COUNT-SEMANTICS.md:
 * exact [N, N]; at-least [N, open); more-than [N+1, open); at-most [0, N];
 * fewer-than [0, N−1]; about [⌊9N/10⌋, ⌈11N/10⌉]; nearly [⌊9N/10⌋, N−1];
 * just-over [N+1, ⌈11N/10⌉]. Integer arithmetic only; constant time. Returns a
 * problem instead of throwing when the range is empty ("nearly 0", "fewer than 0",
 * "just over 0") or passes the safe integers.
 *
 * @example
 * boundsFor('about', 1400); // => {min: 1260, max: 1540, figure: 1400}
 */
export function boundsFor(qualifier: FigureQualifier, n: number): Bounds | BoundsProblem {
  let min: number;
  let max: number | null;
  let figure: number | null;
  switch (qualifier) {
    case 'exact':
      min = n;
      max = n;
      figure = n;
      break;
    case 'at-least':
      min = n;
      max = null;
      figure = n;
      break;
    case 'more-than':
      min = n + 1;
      max = null;
      figure = n + 1;
      break;
    case 'at-most':
      min = 0;
      max = n;
      figure = null;
      break;
    case 'fewer-than':
      min = 0;
      max = n - 1;
      figure = null;
      break;
    case 'about':
      min = nineTenthsDown(n);
      max = elevenTenthsUp(n);
      figure = n;
      break;
    case 'nearly':
      min = nineTenthsDown(n);
      max = n - 1;
      figure = n - 1;
      break;
    case 'just-over':
      min = n + 1;
      max = elevenTenthsUp(n);
      figure = n + 1;
      break;
  }
  if (!Number.isSafeInteger(min) || (max !== null && !Number.isSafeInteger(max))) {
    return { problem: 'too-large', reason: `${n} is too close to the largest safe integer` };
  }
  if (max !== null && max < min) {
    return { problem: 'empty-range', reason: `"${qualifier} ${n}" is an empty range [${min}, ${max}]` };
  }
  return { min, max, figure };
}

/**
 * The range "between A and B" gives: [A, B], its figure the midpoint rounded down;
 * a problem when B is smaller than A. Constant time.
 *
 * @example
 * betweenBounds(30, 60); // => {min: 30, max: 60, figure: 45}
 */
export function betweenBounds(low: number, high: number): Bounds | BoundsProblem {
  if (high < low) return { problem: 'empty-range', reason: `the range from ${low} to ${high} is empty` };
  return { min: low, max: high, figure: low + Math.floor((high - low) / 2) };
}
