import type { ReadFailure } from './grammar.js';
import { CountParseError } from './CountParseError.js';
import { LEXICONS } from './lexicon/compile.js';
import { saysNoFigure } from './noFigure.js';
import type { CountOptions } from './options.js';
import { describeValue, resolveLang } from './options.js';
import type { Finding, SkipReason } from './scan.js';
import { scanTokens } from './scan.js';
import type { Token } from './tokenize.js';
import { tokenize } from './tokenize.js';
import { noFigureCount, toParsedCount } from './toParsedCount.js';
import type { ParsedCount } from './types.js';

/** The longest wording `parseCount` reads (a claim's count is a phrase; longer input is rejected at once). */
export const MAX_COUNT_TEXT_LENGTH = 1_000_000;

const SKIP_REASONS: Readonly<Record<SkipReason, string>> = {
  injured: 'the figure counts the injured, not the dead',
  missing: 'the figure counts the missing, not the dead',
  arrested: 'the figure counts the arrested or detained, not the dead',
  displaced: 'the figure counts the displaced, rescued or sick, not the dead',
  date: 'the figure is a date',
  time: 'the figure is a time of day',
  year: 'the figure is a year',
  age: 'the figure is an age',
  ordinal: 'the figure is an ordinal',
  percent: 'the figure is a percentage',
  unit: 'the figure counts something else (a distance, a sum, strikes, buildings...)',
  magnitude: 'the figure is a magnitude',
  duration: 'the figure is a duration',
  previous: 'the figure is an earlier toll that a newer one replaces',
  rate: 'the figure is an average or a rate, not a count of the dead so far',
  difference: 'the figure is a difference between counts, not a count of the dead so far',
};

/**
 * Reads a reported count as an integer range `[min, max]` by the rules of
 * COUNT-SEMANTICS.md: "more than 130" is [131, open), "about two dozen" [21, 27],
 * "nearly 1.5 million" [1350000, 1499999], «أكثر من 130 قتيلاً» [131, open),
 * "une centaine" [90, 110], "did not give a toll" [0, open) with `noFigure`.
 * Reads English, Arabic, French and Spanish (`lang: 'auto'` by default), digits in
 * any of the three digit sets, number words up to the billions. The words around
 * the figure ("people were killed", «قتيلاً», "morts") are read for what they say:
 * the `kind` is `increment` ("12 more died"), `projection` ("could reach 20,000"),
 * `mixed` ("killed and injured"), `denied` ("and not ten dead"), else `deaths`.
 *
 * Cost: linear in the length of the text (a tokenizer and a grammar with bounded
 * look-ahead, no backtracking regular expression).
 *
 * @throws {CountParseError} when the text is not a string, is longer than
 * `MAX_COUNT_TEXT_LENGTH`, states no figure and does not say none was given, states
 * several independent figures, gives an empty range ("nearly 0"), counts something
 * else than the dead ("200 wounded", a date, an age), or is a difference or a rate
 * ("70 higher than", "an average of 13,536 a month").
 * @example
 * parseCount('more than 130'); // => {min: 131, max: null, qualifier: 'more-than', kind: 'deaths', bare: false, figure: 131, ...}
 */
export function parseCount(text: string, options: CountOptions = {}): ParsedCount {
  if (typeof text !== 'string') {
    throw new CountParseError(describeValue(text), 0, 'not-a-string', `expected a string, got ${describeValue(text)}`);
  }
  if (text.length > MAX_COUNT_TEXT_LENGTH) {
    throw new CountParseError(text, MAX_COUNT_TEXT_LENGTH, 'too-long', `a count is a phrase of at most ${MAX_COUNT_TEXT_LENGTH} characters`);
  }
  const tokens = tokenize(text);
  const lang = resolveLang(options, tokens, text);
  const lex = LEXICONS[lang];
  const { findings, failures } = scanTokens(tokens, lex, 'phrase');
  let head: Finding | undefined;
  let independent: Finding | undefined;
  for (const finding of findings) {
    if (finding.verdict.status === 'skip') continue;
    if (head === undefined) head = finding;
    else if (!finding.linked && independent === undefined) independent = finding;
  }
  // A wording that failed to read before its figure ("nearly 0", "more than more than 130") is an error, not noise.
  for (const failure of failures) {
    if (failure.code !== 'qualifier-without-figure' && (head === undefined || (failure.from ?? failure.at) <= head.expression.start)) {
      throw failureError(text, tokens, failure);
    }
  }
  if (head === undefined) {
    const skipped = findings[0];
    if (skipped !== undefined && skipped.verdict.status === 'skip') {
      const reason = skipped.verdict.reason;
      const code = reason === 'rate' || reason === 'difference' ? 'difference-or-rate' : 'not-a-death-count';
      throw new CountParseError(text, offsetOf(tokens, skipped.expression.start, text), code, SKIP_REASONS[reason]);
    }
    if (saysNoFigure(tokens, lex)) return noFigureCount(text, lang);
    if (lang === 'ar' && hasArabicDual(tokens)) return { text, min: 2, max: 2, qualifier: 'exact', kind: 'deaths', noFigure: false, bare: true, figure: 2, lang };
    const failure = failures[0];
    if (failure !== undefined) throw failureError(text, tokens, failure);
    throw new CountParseError(text, text.length, 'no-figure', 'no figure found, and the wording does not say that none was given');
  }
  if (independent !== undefined) {
    throw new CountParseError(
      text,
      offsetOf(tokens, independent.expression.start, text),
      'several-figures',
      'more than one figure; give one count per claim',
    );
  }
  const kind = head.verdict.status === 'count' ? head.verdict.kind : 'deaths';
  return toParsedCount(head.expression, kind, text, lang);
}

function offsetOf(tokens: readonly Token[], index: number, text: string): number {
  return tokens[index]?.start ?? text.length;
}

function failureError(text: string, tokens: readonly Token[], failure: ReadFailure): CountParseError {
  return new CountParseError(text, offsetOf(tokens, failure.at, text), failure.code, failure.reason);
}

/** Words that end like an Arabic dual («ـان») but are not one. */
const NOT_DUALS = new Set(['لبنان', 'ايران', 'الان', 'سكان', 'مكان', 'امان', 'ضمان', 'بيان', 'انسان', 'حيوان', 'عمان', 'سودان', 'اذربيجان', 'اليابان', 'يابان', 'ميدان', 'بلدان', 'شبان', 'رمضان', 'عثمان', 'سلطان', 'بركان', 'فيضان', 'طوفان', 'عنوان', 'ديوان', 'احيان', 'اركان', 'جيران', 'نيران', 'طيران', 'الوان', 'اوان', 'ايمان', 'برلمان', 'سليمان', 'عدوان', 'اعلان', 'لجان', 'كان', 'بان', 'ان', 'حزيران', 'نيسان', 'بستان', 'حلوان']);

/**
 * "Every Arabic dual noun" is two: when a wording has no other figure, a word of
 * the dual form «ـان» («مسعفان», «شرطيتان») reads as 2, unless it is a known
 * non-dual («لبنان», «سكان») or a country in «ـستان».
 */
function hasArabicDual(tokens: readonly Token[]): boolean {
  return tokens.some((token) => {
    if (token.kind !== 'word') return false;
    const word = token.norm;
    return word.length >= 5 && word.endsWith('ان') && !word.startsWith('ال') && !word.endsWith('ستان') && !NOT_DUALS.has(word);
  });
}
