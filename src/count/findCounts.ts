import { OVERLAP_TOKENS, restartToken } from './chunks.js';
import { CountParseError } from './CountParseError.js';
import { LEXICONS } from './lexicon/compile.js';
import type { CountOptions } from './options.js';
import { describeValue, resolveLang } from './options.js';
import { scanChunk } from './scanChunk.js';
import type { Token } from './tokenize.js';
import { toParsedCount } from './toParsedCount.js';
import type { ParsedCount } from './types.js';

/** A count expression found in a sentence. */
export interface FoundCount {
  /** JavaScript string indices: `sentence.slice(start, end) === text`. */
  start: number;
  end: number;
  /** The expression as written, qualifiers included ("at least 130", «أكثر من 130»). */
  text: string;
  /** The expression read as `parseCount` reads it; `count.text` is `text`. */
  count: ParsedCount;
  /**
   * The victim category the sentence names for this figure ('civilians', 'children',
   * 'women', 'men', 'security forces', 'soldiers', 'fighters', 'journalists',
   * 'health workers', 'aid workers', 'protesters', 'detainees', 'migrants',
   * 'refugees', 'students'), or null (people in general, or nothing said).
   */
  category: string | null;
}

/**
 * Finds the death-toll expressions of a sentence (or of a longer text), with their
 * offsets, their range and the victim category the sentence names. A figure is
 * returned when its context says it counts the dead: a word for the dead after it
 * ("130 people were killed", «130 قتيلاً», "30 morts"), a verb or noun before it
 * ("killed at least 130", "the toll rose to 340", «مقتل 130»), or a link to such a
 * figure ("..., including 30 civilians"). Figures of the injured, the missing, the
 * arrested, ages, dates, times, years, durations, magnitudes, percentages, earlier
 * tolls ("up from 100"), rates and differences are skipped. Projections ("could
 * reach 20,000"), increments ("12 more died"), totals mixing the dead with the
 * injured or missing, and denied figures are returned with that `count.kind`, so
 * keep `count.kind === 'deaths'` for running tolls only.
 *
 * Cost: linear in the length of the text (one tokenizing pass, then windows of
 * bounded size around each figure; a long text is read in chunks cut after the end of
 * a sentence, or overlapping where no sentence ends, so that memory stays small).
 *
 * @throws {CountParseError} `not-a-string` when the sentence is not a string; `bad-option` for an unknown `lang`.
 * @example
 * findCounts('Killed at least 130 people, including 30 civilians; 200 were wounded').map((found) => [found.text, found.category]); // => [['at least 130', null], ['30', 'civilians']]
 */
export function findCounts(sentence: string, options: CountOptions = {}): FoundCount[] {
  if (typeof sentence !== 'string') {
    throw new CountParseError(describeValue(sentence), 0, 'not-a-string', `expected a string, got ${describeValue(sentence)}`);
  }
  const { lang, firstTokens } = resolveLang(options, sentence);
  const found: FoundCount[] = [];
  let from = 0;
  // The figures a chunk keeps start in [ownFrom, ownUntil): chunks cut inside a sentence overlap (see `OVERLAP_TOKENS`).
  let ownFrom = 0;
  do {
    const { tokens, findings, end } = scanChunk(sentence, from, LEXICONS[lang], 'sentence', firstTokens);
    const restart = restartToken(sentence, tokens, end);
    const ownUntil = restart < 0 ? end : (tokens[restart + OVERLAP_TOKENS] as Token).start;
    for (const { expression, verdict } of findings) {
      if (verdict.status !== 'count') continue;
      const start = (tokens[expression.start] as Token).start;
      if (start < ownFrom || start >= ownUntil) continue;
      const stop = (tokens[expression.end - 1] as Token).end;
      const text = sentence.slice(start, stop);
      found.push({ start, end: stop, text, count: toParsedCount(expression, verdict.kind, text, lang), category: verdict.category });
    }
    ownFrom = ownUntil;
    from = restart < 0 ? end : (tokens[restart] as Token).start;
  } while (from < sentence.length);
  return found;
}
