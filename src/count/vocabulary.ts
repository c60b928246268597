/**
 * The spellings the lexicons' phrases are made of, numbered. Tries are keyed by these
 * numbers and each token carries the numbers of its spellings, read once when it is
 * made: walking a trie then compares small integers, not strings.
 */

const IDS = new Map<string, number>();
/** `[id]` for each id, shared by every token with that one spelling: a token allocates no list. */
const SINGLE_IDS: (readonly number[])[] = [];
const UNKNOWN: readonly number[] = Object.freeze([-1]);

/**
 * The number of a spelling (a normalized word, digits or punctuation), or -1 when no
 * phrase of any lexicon uses it. Constant time (one lookup).
 *
 * @example
 * wordId('no word of any lexicon'); // => -1
 */
export function wordId(spelling: string): number {
  return IDS.get(spelling) ?? -1;
}

/**
 * The number of a spelling, given one if it has none yet: for compiling the lexicons.
 * Constant time.
 *
 * @example
 * internWord('killed') === wordId('killed'); // => true
 */
export function internWord(spelling: string): number {
  let id = IDS.get(spelling);
  if (id === undefined) {
    id = IDS.size;
    IDS.set(spelling, id);
  }
  return id;
}

/**
 * The list `[wordId(spelling)]`, shared (never write to it). Constant time.
 *
 * @example
 * idsOf('no word of any lexicon'); // => [-1]
 */
export function idsOf(spelling: string): readonly number[] {
  const id = IDS.get(spelling);
  if (id === undefined) return UNKNOWN;
  let ids = SINGLE_IDS[id];
  if (ids === undefined) {
    ids = Object.freeze([id]);
    SINGLE_IDS[id] = ids;
  }
  return ids;
}
