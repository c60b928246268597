/**
 * An amount is how a line states a number of dead: "more than 130", "at least
 * 131", "about 1,400", "between 100 and 300", "dozens". It is language-neutral;
 * each phrasebook writes it.
 *
 * `describe` takes an amount from the estimate's range, and echoes the wording
 * of the claim behind it where that wording says the same range in another
 * way (a claim "more than 130" gives the low 131, written "more than 130").
 * The wording is recognised here only to be echoed, and only when the
 * reading agrees with the claim's `min` and `max`; the parser of record is
 * `parseCount` (COUNT-SEMANTICS.md).
 */
import { safeParseCount } from '../count/safeParseCount.js';
import type { EstimateClaim } from '../reconcile/types.js';
import type { DescribeLang } from './types.js';

/** Unquantified plurals, with the floor COUNT-SEMANTICS.md gives each. */
export type VagueWord =
  | 'a-number'
  | 'several'
  | 'tens'
  | 'dozens'
  | 'scores'
  | 'hundreds'
  | 'thousands'
  | 'tens-of-thousands'
  | 'hundreds-of-thousands';

/** The floor of each unquantified plural ("dozens" is [24, open)). */
export const VAGUE_FLOOR: Readonly<Record<VagueWord, number>> = {
  'a-number': 2,
  several: 3,
  tens: 20,
  dozens: 24,
  scores: 40,
  hundreds: 200,
  thousands: 2000,
  'tens-of-thousands': 20000,
  'hundreds-of-thousands': 200000,
};

/** A number of dead as a line states it. */
export type Amount =
  | { kind: 'exact'; n: number }
  | { kind: 'at-least'; n: number }
  | { kind: 'more-than'; n: number }
  | { kind: 'about'; n: number }
  | { kind: 'nearly'; n: number }
  | { kind: 'just-over'; n: number }
  | { kind: 'up-to'; n: number }
  | { kind: 'fewer-than'; n: number }
  | { kind: 'between'; low: number; high: number }
  | { kind: 'vague'; word: VagueWord };

/** A wording read as an amount; `bare` when it states a figure without a qualifier ("340 killed"). */
export interface Reading {
  amount: Amount;
  bare: boolean;
}

/** The amount that states the range [low, high] in plain words: "at least", "between", "up to", or the figure. */
export function amountOfRange(low: number, high: number | null): Amount {
  if (high === null) return { kind: 'at-least', n: low };
  if (low === high) return { kind: 'exact', n: low };
  if (low === 0) return { kind: 'up-to', n: high };
  return { kind: 'between', low, high };
}

/** The smallest number an amount allows: "more than 130" is 131. */
export function floorOf(amount: Amount): number {
  switch (amount.kind) {
    case 'exact':
    case 'at-least':
      return amount.n;
    case 'more-than':
    case 'just-over':
      return amount.n + 1;
    case 'about':
    case 'nearly':
      return Math.floor((9 * amount.n) / 10);
    case 'up-to':
    case 'fewer-than':
      return 0;
    case 'between':
      return amount.low;
    case 'vague':
      return VAGUE_FLOOR[amount.word];
  }
}

/** The largest number an amount allows; null when it is open above ("more than 130", "dozens"). */
export function ceilingOf(amount: Amount): number | null {
  switch (amount.kind) {
    case 'exact':
    case 'up-to':
      return amount.n;
    case 'at-least':
    case 'more-than':
    case 'vague':
      return null;
    case 'about':
    case 'just-over':
      return tenthAbove(amount.n);
    case 'nearly':
    case 'fewer-than':
      return amount.n - 1;
    case 'between':
      return amount.high;
  }
}

/** ⌈11N/10⌉ in integers (in floating point, `Math.ceil(1.1 * 1400)` is 1541). */
function tenthAbove(n: number): number {
  return Math.floor((11 * n + 9) / 10);
}

/** ⌊9N/10⌋ in integers. */
function tenthBelow(n: number): number {
  return Math.floor((9 * n) / 10);
}

/** True when `reading` says exactly the range [min, max] a claim was read as (under any policy). */
export function readingMatches(reading: Reading, min: number, max: number | null): boolean {
  const { amount } = reading;
  switch (amount.kind) {
    case 'exact':
      return min === amount.n && (max === amount.n || (reading.bare && max === null));
    case 'at-least':
      return min === amount.n;
    case 'more-than':
      return min === amount.n + 1;
    case 'about':
      return min === tenthBelow(amount.n) && max === tenthAbove(amount.n);
    case 'nearly':
      return min === tenthBelow(amount.n) && max === amount.n - 1;
    case 'just-over':
      return min === amount.n + 1 && max === tenthAbove(amount.n);
    case 'up-to':
      return min === 0 && max === amount.n;
    case 'fewer-than':
      return min === 0 && max === amount.n - 1;
    case 'between':
      return min === amount.low && max === amount.high;
    case 'vague':
      return min === VAGUE_FLOOR[amount.word];
  }
}

/** The fields a claim may carry beyond `EstimateClaim` (a qualifier and a language, when reconcile gives them). */
type ClaimWithReading = EstimateClaim & { qualifier?: string | undefined; figure?: number | null | undefined };

/**
 * What a claim says, as an amount that agrees with its `min` and `max`: from
 * its `qualifier` when the estimate carries one, else from its wording; null
 * when neither can be matched to the range.
 */
export function readingOfClaim(claim: EstimateClaim): Reading | null {
  const { min, max } = claim;
  const { qualifier, figure } = claim as ClaimWithReading;
  if (qualifier !== undefined) {
    const fromQualifier = readingOfQualifier(qualifier, min, max, figure ?? null);
    if (fromQualifier !== null && readingMatches(fromQualifier, min, max)) return fromQualifier;
  }
  const { reading } = readWording(claim.wording);
  if (reading !== null && readingMatches(reading, min, max)) return reading;
  return null;
}

function readingOfQualifier(qualifier: string, min: number, max: number | null, figure: number | null): Reading | null {
  switch (qualifier) {
    case 'exact':
      return { amount: { kind: 'exact', n: min }, bare: max === null };
    case 'at-least':
      return { amount: { kind: 'at-least', n: min }, bare: false };
    case 'more-than':
      return min > 0 ? { amount: { kind: 'more-than', n: min - 1 }, bare: false } : null;
    case 'about':
      return figure === null ? null : { amount: { kind: 'about', n: figure }, bare: false };
    case 'nearly':
      return max === null ? null : { amount: { kind: 'nearly', n: max + 1 }, bare: false };
    case 'just-over':
      return min > 0 ? { amount: { kind: 'just-over', n: min - 1 }, bare: false } : null;
    case 'between':
      return max === null ? null : { amount: { kind: 'between', low: min, high: max }, bare: false };
    case 'at-most':
      return max === null ? null : { amount: { kind: 'up-to', n: max }, bare: false };
    case 'fewer-than':
      return max === null ? null : { amount: { kind: 'fewer-than', n: max + 1 }, bare: false };
    case 'vague': {
      const word = (Object.keys(VAGUE_FLOOR) as VagueWord[]).find((w) => VAGUE_FLOOR[w] === min);
      return word === undefined ? null : { amount: { kind: 'vague', word }, bare: false };
    }
    default:
      return null;
  }
}

/* ------------------------------------------------------------------------ */
/* Reading a wording, by the count parser of record.                         */
/* ------------------------------------------------------------------------ */

/** A wording as `parseCount` reads it: its amount (null when it gives none to echo) and its language. */
export interface WordingReading {
  reading: Reading | null;
  lang: DescribeLang;
}

/**
 * Reads a count's wording ("more than 130", «أكثر من 130 قتيلاً», "plus
 * d'une centaine", "entre 100 y 300", "dozens of men") with `parseCount`, so a
 * line echoes a wording exactly as reconciliation read it; the language is the
 * one the parser detected (English when the wording cannot be read).
 *
 * @example
 * readWording('plus de 130 morts'); // => { reading: { amount: { kind: 'more-than', n: 130 }, bare: false }, lang: 'fr' }
 */
export function readWording(wording: string): WordingReading {
  const parsed = safeParseCount(wording);
  if (!parsed.success) return { reading: null, lang: /[\u0600-\u06FF]/u.test(wording) ? 'ar' : 'en' };
  const { qualifier, min, max, figure, bare, noFigure, lang } = parsed.data;
  if (noFigure) return { reading: null, lang };
  if (bare) return { reading: { amount: { kind: 'exact', n: min }, bare: true }, lang };
  return { reading: readingOfQualifier(qualifier, min, max, figure), lang };
}
