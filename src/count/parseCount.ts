import type { CountParseErrorCode } from './CountParseError.js';
import { OVERLAP_TOKENS, restartToken } from './chunks.js';
import { CountParseError } from './CountParseError.js';
import { LEXICONS } from './lexicon/compile.js';
import { saysNoFigure } from './noFigure.js';
import type { CountOptions } from './options.js';
import { describeValue, resolveLang } from './options.js';
import type { Finding, SkipReason } from './scan.js';
import { scanChunk } from './scanChunk.js';
import type { Token } from './tokenize.js';
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
 * look-ahead, no backtracking regular expression; a long text is read in chunks).
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
  const read = parseCountOrFailure(text, options);
  if (read instanceof CountFailure) throw read.toError();
  return read;
}

/**
 * Why `parseCountOrFailure` could not read a wording: what `CountParseError` will say, kept as plain data
 * so that `safeParseCount` builds its error without a throw and a catch.
 */
export class CountFailure {
  readonly text: string;
  readonly at: number;
  readonly code: CountParseErrorCode;
  readonly reason: string;

  constructor(text: string, at: number, code: CountParseErrorCode, reason: string) {
    this.text = text;
    this.at = at;
    this.code = code;
    this.reason = reason;
  }

  /**
   * The error for this failure. `withStack` false records no stack frames: an error returned
   * as a value (`safeParseCount`) is not debugged by where it was built, and capturing the
   * frames costs more than reading a short wording.
   */
  toError(withStack = true): CountParseError {
    if (withStack) return new CountParseError(this.text, this.at, this.code, this.reason);
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      return new CountParseError(this.text, this.at, this.code, this.reason);
    } finally {
      Error.stackTraceLimit = limit;
    }
  }
}

/**
 * `parseCount` without throwing: the count, or the failure it would throw as an error
 * (`bad-option` included). Cost: that of `parseCount`.
 *
 * @example
 * parseCountOrFailure('nearly 0') instanceof CountFailure; // => true
 */
export function parseCountOrFailure(text: unknown, options: CountOptions = {}): ParsedCount | CountFailure {
  if (typeof text !== 'string') {
    return new CountFailure(describeValue(text), 0, 'not-a-string', `expected a string, got ${describeValue(text)}`);
  }
  if (text.length > MAX_COUNT_TEXT_LENGTH) {
    return new CountFailure(text, MAX_COUNT_TEXT_LENGTH, 'too-long', `a count is a phrase of at most ${MAX_COUNT_TEXT_LENGTH} characters`);
  }
  let resolved: ReturnType<typeof resolveLang>;
  try {
    resolved = resolveLang(options, text);
  } catch (error) {
    if (error instanceof CountParseError) return new CountFailure(error.text, error.position, error.code, error.reason);
    throw error;
  }
  const { lang, firstTokens } = resolved;
  const lex = LEXICONS[lang];
  // What the chunks say, in text order: the head figure, another independent one, the first
  // figure that is not a death count, the first failure, and whether the wording says "no figure".
  let head: { finding: Finding; tokens: readonly Token[] } | null = null;
  let headAt = -1;
  let independentAt = -1;
  let skipped: { reason: SkipReason; at: number } | null = null;
  let firstFailure: Problem | null = null;
  let firstHardFailure: (Problem & { from: number }) | null = null;
  let noFigure = false;
  let dual = false;
  let from = 0;
  // What a chunk reports starts in [ownFrom, ownUntil): chunks cut inside a sentence overlap (see `OVERLAP_TOKENS`).
  let ownFrom = 0;
  do {
    const { tokens, findings, failures, end } = scanChunk(text, from, lex, 'phrase', firstTokens);
    const restart = restartToken(text, tokens, end);
    const ownUntil = restart < 0 ? end : (tokens[restart + OVERLAP_TOKENS] as Token).start;
    for (const finding of findings) {
      const at = offsetOf(tokens, finding.expression.start, end);
      if (at < ownFrom || at >= ownUntil) continue;
      if (finding.verdict.status === 'skip') {
        skipped ??= { reason: finding.verdict.reason, at };
      } else if (head === null) {
        head = { finding, tokens };
        headAt = at;
      } else if (!finding.linked && independentAt < 0) {
        independentAt = at;
      }
    }
    for (const failure of failures) {
      if (firstFailure !== null && (firstHardFailure !== null || failure.code === 'qualifier-without-figure')) continue;
      const where = offsetOf(tokens, failure.from ?? failure.at, end);
      if (where < ownFrom || where >= ownUntil) continue;
      const problem: Problem = { code: failure.code, reason: failure.reason, at: offsetOf(tokens, failure.at, end) };
      firstFailure ??= problem;
      if (failure.code !== 'qualifier-without-figure' && firstHardFailure === null) {
        firstHardFailure = { code: problem.code, reason: problem.reason, at: problem.at, from: offsetOf(tokens, failure.from ?? failure.at, end) };
      }
    }
    if (head === null && !noFigure) noFigure = saysNoFigure(tokens, lex);
    if (lang === 'ar' && !dual) dual = hasArabicDual(tokens);
    ownFrom = ownUntil;
    from = restart < 0 ? end : (tokens[restart] as Token).start;
  } while (from < text.length);
  const found = head as { finding: Finding; tokens: readonly Token[] } | null;
  const hard = firstHardFailure as (Problem & { from: number }) | null;
  // A wording that failed to read before its figure ("nearly 0", "more than more than 130") is an error, not noise.
  if (hard !== null && (found === null || hard.from <= headAt)) return new CountFailure(text, hard.at, hard.code, hard.reason);
  if (found === null) {
    const skip = skipped as { reason: SkipReason; at: number } | null;
    if (skip !== null) {
      const code = skip.reason === 'rate' || skip.reason === 'difference' ? 'difference-or-rate' : 'not-a-death-count';
      return new CountFailure(text, skip.at, code, SKIP_REASONS[skip.reason]);
    }
    if (noFigure) return noFigureCount(text, lang);
    if (dual) return { text, min: 2, max: 2, qualifier: 'exact', kind: 'deaths', noFigure: false, bare: true, figure: 2, lang };
    const failure = firstFailure as Problem | null;
    if (failure !== null) return new CountFailure(text, failure.at, failure.code, failure.reason);
    return new CountFailure(text, text.length, 'no-figure', 'no figure found, and the wording does not say that none was given');
  }
  if (independentAt >= 0) {
    return new CountFailure(text, independentAt, 'several-figures', 'more than one figure; give one count per claim');
  }
  const { finding } = found;
  const kind = finding.verdict.status === 'count' ? finding.verdict.kind : 'deaths';
  return toParsedCount(finding.expression, kind, text, lang);
}

/** Why reading failed and where (a string index), kept until an error is thrown. */
interface Problem {
  readonly code: CountParseErrorCode;
  readonly reason: string;
  readonly at: number;
}

/** The string index of a token of a chunk, or the chunk's end past its last token. */
function offsetOf(tokens: readonly Token[], index: number, end: number): number {
  return tokens[index]?.start ?? end;
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
