/**
 * The spellings the lexicons' phrases are made of, numbered. Tries are keyed by these
 * numbers and each token carries the numbers of its spellings, read once when it is
 * made: walking a trie then compares small integers, not strings. The table is an
 * open-addressing hash over the characters, so that a word of a text is looked up
 * from its span without first being copied into a string of its own.
 */

/** The spelling of each number. */
const WORDS: string[] = [];
/** The length of the longest spelling: a longer span is no word of the vocabulary, and is not hashed. */
let longest = 0;
/** Open addressing: slot → number + 1 (0 is empty). Grown to stay at most half full. */
let slots = new Int32Array(1 << 12);
/** `[id]` for each id, shared by every token with that one spelling: a token allocates no list. */
const SINGLE_IDS: (readonly number[])[] = [];
// Not frozen: a frozen array has another elements kind, and the matching loops would see two.
const UNKNOWN: readonly number[] = [-1];

/** The start value of `hashStep` (FNV-1a's offset basis). */
export const HASH_START = 0x811c9dc5 | 0;

/**
 * One step of FNV-1a over UTF-16 code units: a caller that reads a word character by character
 * hashes it on the way (see `hashedSpanId`). Constant time.
 *
 * @example
 * hashStep(HASH_START, 0x61) === hashStep(HASH_START, 0x61); // => true
 */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

/** FNV-1a over the UTF-16 code units of `text` from `from` to `to` (read as `normalize.ts` explains). */
function hashSpan(text: string, from: number, to: number): number {
  let hash = HASH_START;
  for (let index = from; index < to; index++) hash = hashStep(hash, String.prototype.charCodeAt.call(text, index));
  return hash;
}

function sameSpan(word: string, text: string, from: number, to: number): boolean {
  const length = word.length;
  if (length !== to - from) return false;
  for (let index = 0; index < length; index++) if (String.prototype.charCodeAt.call(word, index) !== String.prototype.charCodeAt.call(text, from + index)) return false;
  return true;
}

/**
 * The number of the spelling `text.slice(from, to)`, or -1 when no phrase of any lexicon
 * uses it; the slice is not made. Linear in the span's length.
 *
 * @example
 * spanId('they were killed', 5, 9) === wordId('were'); // => true
 */
export function spanId(text: string, from: number, to: number): number {
  if (to - from > longest) return -1;
  return hashedSpanId(text, from, to, hashSpan(text, from, to));
}

/**
 * `spanId` when the caller has hashed the span already (`hashStep` from `HASH_START` over
 * its characters). Linear in the span's length.
 *
 * @example
 * hashedSpanId('more', 0, 4, [0x6d, 0x6f, 0x72, 0x65].reduce(hashStep, HASH_START)) === wordId('more'); // => true
 */
export function hashedSpanId(text: string, from: number, to: number, hash: number): number {
  const mask = slots.length - 1;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const entry = slots[slot] as number;
    if (entry === 0) return -1;
    if (sameSpan(WORDS[entry - 1] as string, text, from, to)) return entry - 1;
  }
}

/**
 * The number of a spelling (a normalized word, digits or punctuation), or -1 when no
 * phrase of any lexicon uses it. Linear in the spelling's length.
 *
 * @example
 * wordId('no word of any lexicon'); // => -1
 */
export function wordId(spelling: string): number {
  return spanId(spelling, 0, spelling.length);
}

/**
 * The spelling of a number given by `internWord` (the same string for every token that
 * has it). Constant time.
 *
 * @example
 * spellingOf(internWord('killed')); // => 'killed'
 */
export function spellingOf(id: number): string {
  return WORDS[id] as string;
}

/**
 * How many spellings are numbered: every number given so far is below it. Constant time.
 *
 * @example
 * wordId('killed') < vocabularySize(); // => true
 */
export function vocabularySize(): number {
  return WORDS.length;
}

/**
 * The number of a spelling, given one if it has none yet: for compiling the lexicons.
 * Linear in the spelling's length.
 *
 * @example
 * internWord('killed') === wordId('killed'); // => true
 */
export function internWord(spelling: string): number {
  const known = wordId(spelling);
  if (known >= 0) return known;
  const id = WORDS.length;
  WORDS.push(spelling);
  longest = Math.max(longest, spelling.length);
  if (WORDS.length * 2 > slots.length) {
    const old = slots;
    slots = new Int32Array(old.length * 2);
    for (const entry of old) if (entry !== 0) place(entry);
  }
  place(id + 1);
  return id;
}

function place(entry: number): void {
  const word = WORDS[entry - 1] as string;
  const mask = slots.length - 1;
  let slot = hashSpan(word, 0, word.length) & mask;
  while (slots[slot] !== 0) slot = (slot + 1) & mask;
  slots[slot] = entry;
}

/**
 * The list `[id]` (`[-1]` for -1), shared (never write to it). Constant time.
 *
 * @example
 * idList(-1); // => [-1]
 */
export function idList(id: number): readonly number[] {
  if (id < 0) return UNKNOWN;
  let ids = SINGLE_IDS[id];
  if (ids === undefined) {
    ids = [id];
    SINGLE_IDS[id] = ids;
  }
  return ids;
}
