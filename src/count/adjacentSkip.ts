import type { Expression } from './grammar.js';
import type { CueKind } from './lexicon/types.js';
import type { SkipReason } from './scan.js';
import type { Context } from './scanContext.js';
import { cueBefore, isRevisionFrom } from './scanContext.js';
import type { Token } from './tokenize.js';
import { spellingsOf } from './tokenize.js';

const CURRENCY = new Set(['$', '\u20ac', '\u00a3', '\u00a5', '#', '\u20b9']);
const YEAR_WORDS = new Set(['in', 'since', 'of', 'until', 'by', 'from', 'year', 'en', 'desde', 'depuis', 'de', 'del', 'du', 'année', 'año', 'hasta', 'منذ', 'عام', 'سنة', 'خلال', 'في', 'لعام']);
const PEOPLE_AFTER_YEAR: ReadonlySet<CueKind> = new Set(['death', 'person', 'category', 'casualty', 'injured', 'missing', 'arrested', 'displaced']);
const OF = new Set(['of', 'de', 'du']);

/**
 * What a figure is when its neighbours say it is not a count: a date ("March 7"), a time,
 * a year, an age ("aged 30", "30-year-old"), an ordinal, a percentage, a unit ("30 km",
 * "$5"), a magnitude, a duration ("3 days"), an earlier toll ("up from 100"), a rate
 * ("an average of 30"); null when none says so. Constant time.
 *
 * @example
 * (() => { const tokens = tokenize('March 7'); const cueAt = tokens.map((_, index) => matchLongest(LEXICONS.en.cues, tokens, index)); const cueEndingAt = cueAt.map((match, index) => (match === null ? null : { start: index, end: match.end, cue: match.value, conj: false })); return adjacentSkip({ tokens, lex: LEXICONS.en, mode: 'sentence', cueAt, cueEndingAt }, readExpression(tokens, 1, LEXICONS.en).expression); })(); // => 'date'
 */
export function adjacentSkip(context: Context, expression: Expression): SkipReason | null {
  const { tokens, lex, cueAt } = context;
  const next = tokens[expression.end];
  const after = tokens[expression.end + 1];
  // Guarded: a negative index on an array is a slow named-property lookup, and most figures start a phrase.
  const prev = expression.start >= 1 ? tokens[expression.start - 1] : undefined;
  const beforePrev = expression.start >= 2 ? tokens[expression.start - 2] : undefined;
  const nextCue = cueAt[expression.end]?.value.kind ?? null;
  const prevCue = cueBefore(context, expression.start - 1)?.cue.kind ?? null;
  const glued = next !== undefined && next.kind === 'word' && !next.spaceBefore;
  if (glued && expression.digits && lex.ordinalSuffixes.has(next.norm)) return 'ordinal';
  if (glued && expression.plainNumeral !== null && next.norm === 's') return 'year';
  if (nextCue === 'percent' || next?.norm === '%') return 'percent';
  if (prev !== undefined && CURRENCY.has(prev.norm)) return 'unit';
  if (nextCue === 'unit') return 'unit';
  if (next?.norm === '-' && after !== undefined && !after.spaceBefore) {
    const hyphened = cueAt[expression.end + 1]?.value.kind;
    if (hyphened === 'duration' || hyphened === 'unit' || hyphened === 'magnitude') return hyphened;
  }
  if (nextCue === 'duration') return 'duration';
  if (nextCue === 'magnitude' || prevCue === 'magnitude') return 'magnitude';
  if (prev !== undefined && OF.has(prev.norm) && cueBefore(context, expression.start - 2)?.cue.kind === 'magnitude') return 'magnitude';
  if (next?.norm === ':' && after?.kind === 'num' && !after.spaceBefore) return 'time';
  if (prev?.norm === ':' && beforePrev?.kind === 'num' && !prev.spaceBefore && !(tokens[expression.start] as Token).spaceBefore) return 'time';
  if (nextCue === 'time' || prevCue === 'time') return 'time';
  if (nextCue === 'month' || prevCue === 'month' || (prev?.norm === 'may' && prev.upper)) return 'date';
  if (next !== undefined && (next.norm === 'de' || next.norm === 'du') && cueAt[expression.end + 1]?.value.kind === 'month') return 'date';
  if (next?.norm === '/' && after?.kind === 'num') return 'date';
  if (prev?.norm === '/' && beforePrev?.kind === 'num') return 'date';
  if (prev?.norm === '-' && !prev.spaceBefore && beforePrev?.kind === 'num' && beforePrev.norm.length === 4) return 'date';
  const plain = expression.plainNumeral;
  if (plain !== null && plain.norm.length === 2 && plain.norm.startsWith('0')) return 'date';
  if (plain !== null && plain.norm.length === 4 && isYear(context, expression, Number(plain.norm), nextCue)) return 'year';
  if (prevCue === 'age') return 'age';
  if (prevCue === 'previous' || isRevisionFrom(context, expression.start - 1)) return 'previous';
  if (prevCue === 'rate-before') return 'rate';
  return null;
}

/** A plain four-digit figure from 1900 to 2099 is a year, unless a noun for people follows ("2000 people"). */
function isYear(context: Context, expression: Expression, value: number, nextCue: CueKind | null): boolean {
  if (value < 1900 || value > 2099) return false;
  const prev = expression.start >= 1 ? context.tokens[expression.start - 1] : undefined;
  if (prev !== undefined && (YEAR_WORDS.has(prev.norm) || spellingsOf(prev).some((form) => YEAR_WORDS.has(form)))) return true;
  for (let back = expression.start - 1; back >= 0 && back >= expression.start - 4; back--) {
    if (context.cueAt[back]?.value.kind === 'month' || (context.tokens[back]?.norm === 'may' && context.tokens[back]?.upper)) return true;
  }
  // In a claim's wording a lone "1999" is a figure; in a sentence, a year unless people follow.
  return context.mode === 'sentence' && (nextCue === null || !PEOPLE_AFTER_YEAR.has(nextCue));
}
