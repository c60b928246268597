/**
 * The parts a number written in words is made of. A language's table maps its
 * words (and multiword phrases such as "quatre-vingt", «اثنا عشر») to these.
 */
export type NumberTerm =
  /** A word worth 1-999 that adds: "thirty", «ثلاثمئة», "doscientos". */
  | { readonly type: 'value'; readonly value: number }
  /** "hundred", "cent", "ciento", «مئة»: multiplies what stands before it (1 when nothing does). */
  | { readonly type: 'hundred' }
  /** "thousand", "million", "lakh", «ألف»; `plural` forms («آلاف», "millones") need a figure before them. */
  | { readonly type: 'scale'; readonly value: number; readonly plural: boolean }
  /** A letter right after digits that scales them: "20k", "1.5m", "3bn". */
  | { readonly type: 'suffix'; readonly value: number }
  /** A whole amount in one word, the Arabic dual of a scale: «ألفان» (2000), «مليونان». */
  | { readonly type: 'amount'; readonly value: number }
  /** English "dozen": twelve times what stands before it ("two dozen"; "a dozen" is 12). */
  | { readonly type: 'dozen' }
  /** "a", "an": one, only before a multiplier ("a hundred", "a dozen"). */
  | { readonly type: 'article' }
  /** "half a", "un demi", "medio", «نصف»: half of the multiplier that follows. */
  | { readonly type: 'half-before' }
  /** "and a half", "et demi", "y medio", «ونصف»: half more. */
  | { readonly type: 'half-after' }
  /** A joint inside a number: "and", "et", "y", «و», a hyphen; `rule` says where it may stand. */
  | { readonly type: 'and'; readonly rule: JointRule };

/**
 * Where a joint may stand inside a number, so that "between two thousand and
 * three thousand" does not read "two thousand and three":
 * - `after-multiplier`: after "hundred" or a scale word ("one hundred and thirty", "a thousand and five");
 * - `tens-units`: between tens and units ("twenty-five", "treinta y dos");
 * - `before-one`: before one or eleven ("vingt et un", "soixante et onze");
 * - `any`: anywhere a word may add (French hyphens, Arabic «و»).
 */
export type JointRule = 'after-multiplier' | 'tens-units' | 'before-one' | 'any';

/**
 * An adding word worth `amount` (1-999), for a language's table. Constant time.
 *
 * @example
 * value(30); // => {type: 'value', value: 30}
 */
export const value = (amount: number): NumberTerm => ({ type: 'value', value: amount });
/**
 * A scale word ("thousand", «آلاف» with `plural`), for a language's table. Constant time.
 *
 * @example
 * scale(1000, true); // => {type: 'scale', value: 1000, plural: true}
 */
export const scale = (amount: number, plural = false): NumberTerm => ({ type: 'scale', value: amount, plural });
export const HUNDRED: NumberTerm = { type: 'hundred' };
/**
 * A joint inside a number, with the rule of where it may stand. Constant time.
 *
 * @example
 * joint('after-multiplier'); // => {type: 'and', rule: 'after-multiplier'}
 */
export const joint = (rule: JointRule): NumberTerm => ({ type: 'and', rule });
export const ARTICLE: NumberTerm = { type: 'article' };
export const DOZEN: NumberTerm = { type: 'dozen' };
export const HALF_BEFORE: NumberTerm = { type: 'half-before' };
export const HALF_AFTER: NumberTerm = { type: 'half-after' };

/**
 * Table entries for words that share a value. Linear in the number of words.
 *
 * @example
 * same(3, 'trois', 'tres'); // => [['trois', {type: 'value', value: 3}], ['tres', {type: 'value', value: 3}]]
 */
export function same(amount: number, ...words: string[]): [string, NumberTerm][] {
  return words.map((word) => [word, value(amount)]);
}
