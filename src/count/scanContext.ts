import type { Lexicon } from './lexicon/compile.js';
import type { Cue } from './lexicon/types.js';
import type { Token } from './tokenize.js';
import type { TrieMatch } from './trie.js';
import { startBitsOf } from './trie.js';
import type { ScanMode } from './scan.js';

/** A cue found in the tokens, with its span. */
export type CueSpan = { start: number; end: number; cue: Cue; conj: boolean };

/** What the scan needs to look around a figure: the tokens, the cue at each token, and where cues and expressions end. */
export interface Context {
  readonly tokens: readonly Token[];
  readonly lex: Lexicon;
  readonly mode: ScanMode;
  readonly cueAt: readonly (TrieMatch<Cue> | null)[];
  /** For each token: the longest cue that ends there. */
  readonly cueEndingAt: readonly (CueSpan | null)[];
}

/** Where the figures are: counted figures (boundaries of the windows) and transparent ones (dates, ages...), by token. */
export interface Layout {
  readonly startsAt: Int32Array;
  readonly endsAt: Int32Array;
  /** For a token inside a transparent figure: the token index after it; -1 elsewhere. */
  readonly skipForward: Int32Array;
  /** For a token inside a transparent figure: the token index before it; -2 elsewhere. */
  readonly skipBackward: Int32Array;
}

/** The layout of a text with one counted figure: no other figure to stop at or skip. */
export const EMPTY_LAYOUT: Layout = {
  startsAt: new Int32Array(0),
  endsAt: new Int32Array(0),
  skipForward: new Int32Array(0),
  skipBackward: new Int32Array(0),
};

/**
 * The cue that ends at token `index`, or one that covers it and runs on into the figure
 * ("aged between" before "between 2 and 70"). Constant time (a cue is a few tokens long).
 *
 * @example
 * (() => { const tokens = tokenize('were killed 5'); const cueAt = tokens.map((_, index) => matchLongest(LEXICONS.en.cues, tokens, index)); const cueEndingAt = cueAt.map((match, index) => (match === null ? null : { start: index, end: match.end, cue: match.value, conj: false })); return cueBefore({ tokens, lex: LEXICONS.en, mode: 'sentence', cueAt, cueEndingAt }, 1)?.cue.kind; })(); // => 'death'
 */
export function cueBefore(context: Context, index: number): CueSpan | null {
  if (index < 0) return null;
  const ending = context.cueEndingAt[index] ?? null;
  if (ending !== null) return ending;
  for (let start = index; start >= 0 && start > index - 5; start--) {
    const match = context.cueAt[start];
    if (match !== null && match !== undefined && match.end > index) return { start, end: match.end, cue: match.value, conj: match.conj };
  }
  return null;
}

/**
 * True when the token at `index` is a "from" that starts the old value of a revision
 * ("raised its toll from X to Y", "up from X"), not a range. Constant time (five tokens back at most).
 *
 * @example
 * (() => { const tokens = tokenize('raised from 130 to 340'); const cueAt = tokens.map((_, index) => matchLongest(LEXICONS.en.cues, tokens, index)); return isRevisionFrom({ tokens, lex: LEXICONS.en, mode: 'phrase', cueAt, cueEndingAt: cueAt.map(() => null) }, 1); })(); // => true
 */
export function isRevisionFrom(context: Context, index: number): boolean {
  if (index < 0 || index >= context.tokens.length) return false;
  if ((startBitsOf(context.tokens[index] as Token, context.lex.startIndex) & context.lex.fromBits) === 0) return false;
  for (let back = index - 1; back >= 0 && back >= index - 5; back--) {
    const cue = context.cueAt[back];
    if (cue !== null && cue !== undefined && (cue.value.kind === 'revision' || cue.value.kind === 'previous')) {
      if (cue.end > index) return cue.value.kind === 'previous';
      return true;
    }
  }
  return false;
}
