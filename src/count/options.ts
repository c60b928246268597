import { CountParseError } from './CountParseError.js';
import { detectLang } from './detectLang.js';
import { chunkEnd } from './chunks.js';
import type { Token } from './tokenize.js';
import { tokenize } from './tokenize.js';
import type { CountLang } from './types.js';

/** Options of `parseCount`, `safeParseCount` and `findCounts`. */
export interface CountOptions {
  /** The language of the wording; `'auto'` (the default) tells it from the script and the words. */
  lang?: CountLang | 'auto' | undefined;
}

/** The answer for a language given by name, one shared object each (never written to). */
const RESOLVED: Readonly<Record<CountLang, { lang: CountLang }>> = { en: { lang: 'en' }, fr: { lang: 'fr' }, es: { lang: 'es' }, ar: { lang: 'ar' } };

/**
 * The language to read a text in: the one asked for, or, for `'auto'` or none, the one
 * `detectLang` tells from the text's first chunk (whose tokens are returned, to be reused).
 * Cost: linear in the first chunk's length.
 *
 * @throws {CountParseError} `bad-option` for a language the parser does not read.
 * @example
 * resolveLang({lang: 'auto'}, 'decenas de muertos').lang; // => 'es'
 */
export function resolveLang(options: CountOptions | undefined, text: string): { lang: CountLang; firstTokens?: Token[] } {
  const asked: unknown = options?.lang;
  if (asked === undefined || asked === 'auto') {
    const firstTokens = tokenize(text, 0, chunkEnd(text, 0));
    return { lang: detectLang(firstTokens, text), firstTokens };
  }
  // Compared one by one: cheaper than a set lookup, and this runs once a wording.
  if (asked === 'en' || asked === 'fr' || asked === 'es' || asked === 'ar') return RESOLVED[asked];
  throw new CountParseError(text, 0, 'bad-option', `unknown language ${JSON.stringify(String(asked))}: use 'en', 'ar', 'fr', 'es' or 'auto'`);
}

/**
 * A short description of a value that is not a string, for an error message. Constant time.
 *
 * @example
 * describeValue([130]); // => 'an array'
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}
