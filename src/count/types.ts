/**
 * The shapes of a parsed count. The semantics are those of COUNT-SEMANTICS.md;
 * every wording becomes an integer range `[min, max]` (`max` null when open).
 */

/** Languages whose wording the parser reads. */
export type CountLang = 'en' | 'ar' | 'fr' | 'es';

/**
 * How the wording bounds the figure. A closed set:
 * - `exact`: a bare figure ("130 killed", "a dozen") or "exactly N"; `[N, N]`
 * - `at-least`: "at least N", "N or more"; `[N, open)`
 * - `more-than`: "more than N", "over N", "N+"; `[N+1, open)`
 * - `at-most`: "up to N", "as many as N"; `[0, N]`
 * - `fewer-than`: "fewer than N", "under N"; `[0, N-1]`
 * - `about`: "about N", "some N"; `[⌊9N/10⌋, ⌈11N/10⌉]`
 * - `nearly`: "nearly N", "almost N"; `[⌊9N/10⌋, N-1]`
 * - `just-over`: "just over N"; `[N+1, ⌈11N/10⌉]`
 * - `between`: "between A and B", "A-B"; `[A, B]`
 * - `vague`: an unquantified plural ("dozens", "several", "hundreds"); `[k, open)`
 * - `none`: no figure given ("did not give a toll"); `[0, open)` with `noFigure`
 */
export type Qualifier =
  | 'exact'
  | 'at-least'
  | 'more-than'
  | 'at-most'
  | 'fewer-than'
  | 'about'
  | 'nearly'
  | 'just-over'
  | 'between'
  | 'vague'
  | 'none';

/**
 * What the number counts. Only `deaths` is a running death toll; the others
 * are what COUNT-SEMANTICS.md says is not one, and a dataset rejects them.
 */
export type CountKind = 'deaths' | 'increment' | 'projection' | 'mixed' | 'denied';

/** A wording read as a range. */
export interface ParsedCount {
  /** The wording as given. */
  text: string;
  /** Inclusive lower bound. */
  min: number;
  /** Inclusive upper bound, or null when nothing bounds it from above. */
  max: number | null;
  qualifier: Qualifier;
  kind: CountKind;
  /** True when the wording says no figure was given. */
  noFigure: boolean;
  /**
   * True when the wording states a figure without any qualifier ("340 killed",
   * "a dozen"). Reconciliation reads a bare figure as a floor under the default
   * policy (tolls rise), and as the point `[min, max]` under `ucdp` and `ibc`.
   * "exactly 340" is `exact` but not bare.
   */
  bare: boolean;
  /**
   * The figure the wording states, used to choose a best estimate (SPEC.md step 5):
   * N for a bare figure, "exactly N" and "about N"; `min` for a range open above
   * (at least, more than, an unquantified plural) and for "just over N" (N+1);
   * the midpoint rounded down for "between A and B"; N-1 for "nearly N" (the
   * highest value the wording allows); 0 for "no one"; null for a range bounded
   * only above ("fewer than 200") and for no figure.
   */
  figure: number | null;
  /** The language the wording was read in (detected when `lang` was 'auto'). */
  lang: CountLang;
}
