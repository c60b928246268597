/**
 * Numbers as each language's newsrooms write them. A count of the dead is a
 * whole number, so there are no decimals here.
 *
 * - English (AP, Reuters): one to nine spelled out ("seven"), 10 and up in
 *   figures with a comma between thousands ("1,300", "11,300").
 * - French (Imprimerie nationale, Le Monde, AFP): figures grouped by threes
 *   from 1 000 up with U+202F NARROW NO-BREAK SPACE ("1 300"), the
 *   separator `Intl.NumberFormat('fr-FR')` also writes; a no-break space keeps
 *   a figure on one line.
 * - Spanish (RAE, Ortografía 2010, as EFE and El País print it): four-digit
 *   numbers without a separator ("1300"), five digits and more grouped by a
 *   point ("13.000").
 * - Arabic: Western digits, as Al Jazeera Arabic and most Arab wire copy print
 *   them, not Arabic-Indic digits; four-digit numbers without a separator
 *   ("1300"), five digits and more grouped by an ASCII comma ("11,300"), which
 *   cannot be confused with the Arabic comma «،» of the sentence.
 *
 * Grouping is done here, not by `Intl`, so the output does not depend on the
 * ICU data a runtime ships with.
 */
import type { DescribeLang } from '../types.js';

/** U+202F NARROW NO-BREAK SPACE: the French thousands separator, and the space before « ; ». */
export const NARROW_NBSP = '\u202F';
/** U+00A0 NO-BREAK SPACE: the French space before « : ». */
export const NBSP = '\u00A0';

const ENGLISH_SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const;

/** Options of `formatNumber`. */
export interface FormatNumberOptions {
  /**
   * English only: spell out one to nine ("seven"), as AP and Reuters do.
   * Default true; false gives figures ("7"), for a table cell or a tight label.
   */
  spellSmall?: boolean;
}

/**
 * A whole number as the newsrooms of `lang` write it in running text.
 * Runs in O(digits).
 *
 * @throws {RangeError} when `n` is not a non-negative safe integer (a programmer error).
 * @example
 * formatNumber(11300, 'es'); // => '11.300'
 */
export function formatNumber(n: number, lang: DescribeLang, options: FormatNumberOptions = {}): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`formatNumber: expected a non-negative whole number, got ${String(n)}`);
  switch (lang) {
    case 'en':
      if (n >= 1 && n <= 9 && options.spellSmall !== false) return ENGLISH_SMALL[n]!;
      return group(n, ',', 4);
    case 'fr':
      return group(n, NARROW_NBSP, 4);
    case 'es':
      return group(n, '.', 5);
    case 'ar':
      return group(n, ',', 5);
  }
}

/** Digits grouped by threes with `separator` when there are at least `minDigits` of them. */
function group(n: number, separator: string, minDigits: number): string {
  const digits = String(n);
  if (digits.length < minDigits) return digits;
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return groups.join(separator);
}
