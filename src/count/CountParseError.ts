/**
 * Why a wording could not be read as a count. A closed set:
 * - `not-a-string`: the input is not a string;
 * - `too-long`: the wording is longer than `MAX_COUNT_TEXT_LENGTH` characters;
 * - `no-figure`: nothing in the wording states a figure (and it does not say that no figure was given);
 * - `qualifier-without-figure`: a qualifier ("more than") with no figure after it;
 * - `conflicting-qualifiers`: two qualifiers that say different things ("more than at most 30");
 * - `several-figures`: more than one death figure, and none of them is the head of the others;
 * - `empty-range`: the wording's range is empty ("nearly 0", "fewer than 0", "between 60 and 30");
 * - `bad-number`: digits that break the separators rule ("1,38"), a decimal figure
 *   without a scale word ("2.5 killed"), or a figure that is not a whole number;
 * - `too-large`: a figure beyond `Number.MAX_SAFE_INTEGER`;
 * - `bad-qualifier`: a qualifier that cannot apply to what follows ("fewer than dozens");
 * - `not-a-death-count`: the figure counts something else: the injured, the missing,
 *   the arrested, an age, a date, a time, a year, a duration, a magnitude, a percentage;
 * - `difference-or-rate`: a difference ("70 higher than"), an average or a rate
 *   ("an average of 13,536 a month"): these say nothing of how many have died so far;
 * - `bad-option`: an option the function does not know (`lang: 'de'`);
 * - `unreadable`: reading failed in a way none of the above describes (kept so that
 *   `safeParseCount` never throws; please report it).
 */
export type CountParseErrorCode =
  | 'not-a-string'
  | 'too-long'
  | 'no-figure'
  | 'qualifier-without-figure'
  | 'conflicting-qualifiers'
  | 'several-figures'
  | 'empty-range'
  | 'bad-number'
  | 'too-large'
  | 'bad-qualifier'
  | 'not-a-death-count'
  | 'difference-or-rate'
  | 'bad-option'
  | 'unreadable';

const SHOWN_LENGTH = 80;

/**
 * The error `parseCount` throws when a wording cannot be read as a count.
 * It names the text, the position (a JavaScript string index) where reading
 * failed, a machine-readable `code` and a `reason` a person can read.
 *
 * @example
 * new CountParseError('more than', 9, 'qualifier-without-figure', 'no figure after "more than"').position; // => 9
 */
export class CountParseError extends Error {
  override readonly name = 'CountParseError';
  /** The wording that could not be read (for a non-string input: a description of it). */
  readonly text: string;
  /** The string index where reading failed (0 for a non-string input). */
  readonly position: number;
  /** Why, as a code from a closed set. */
  readonly code: CountParseErrorCode;
  /** Why, in words. */
  readonly reason: string;

  constructor(text: string, position: number, code: CountParseErrorCode, reason: string) {
    super(`Cannot read the count ${showText(text)}: ${reason} (at character ${position})`);
    this.text = text;
    this.position = position;
    this.code = code;
    this.reason = reason;
  }
}

/** The text quoted for a message, cut to a readable length. */
function showText(text: string): string {
  const shown = text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH)}… (${text.length} characters)` : text;
  return JSON.stringify(shown);
}
