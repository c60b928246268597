import type { Token } from './tokenize.js';
import { spellingsOf, tokenize } from './tokenize.js';
import { internWord } from './vocabulary.js';

/** A phrase trie over token spellings, keyed by their numbers (see `wordId`): each path from the root is a phrase. */
export interface Trie<V> {
  readonly next: Map<number, Trie<V>>;
  /**
   * `next` as an open-addressing table for matching (`childOf`): word numbers (-1 for an empty
   * slot) and the child under each; filled when the trie is built, never written after.
   */
  keys: Int32Array;
  kids: (Trie<V> | undefined)[];
  value: V | undefined;
  /** The number of tokens of the longest phrase below this node (bounds every match). */
  depth: number;
  /** For a lexicon's trie: its bit in the lexicon's `StartIndex` (0 when it has none). */
  bit?: number;
  /** For a lexicon's trie: the index of the first words of all the lexicon's tries. */
  index?: StartIndex;
}

/** The first words of a lexicon's tries: for each word (by its number), one bit for each trie that has a phrase starting with it. */
export interface StartIndex {
  readonly bits: Int32Array;
}

/**
 * Gives each trie of a lexicon a bit and builds the index of their first words, so that
 * `matchLongest` answers most misses with one bit test per token. Linear in the tries' first words.
 *
 * @example
 * (() => { const index = indexTries([buildTrie([['more than', 1]]), buildTrie([['over', 2]])]); return startBitsOf(tokenize('over')[0], index); })(); // => 2
 */
export function indexTries(tries: readonly Trie<unknown>[]): StartIndex {
  if (tries.length > 31) throw new RangeError('at most 31 tries share an index');
  let size = 0;
  for (const trie of tries) for (const id of trie.next.keys()) size = Math.max(size, id + 1);
  const index: StartIndex = { bits: new Int32Array(size) };
  tries.forEach((trie, position) => {
    const bit = 1 << position;
    trie.bit = bit;
    trie.index = index;
    for (const id of trie.next.keys()) index.bits[id] = (index.bits[id] as number) | bit;
  });
  return index;
}

/**
 * The bits of the tries of a lexicon's index that a phrase may start with at this token
 * (one lookup per spelling, then cached on the token). Constant time.
 *
 * @example
 * (() => { const first = buildTrie([['over', 1]]); indexTries([first]); return startBitsOf(tokenize('over 5')[0], first.index); })(); // => 1
 */
export function startBitsOf(token: Token, index: StartIndex): number {
  if (token.startIndex === index) return token.startBits;
  let bits = 0;
  const ids = token.ids;
  const table = index.bits;
  for (let form = 0; form < ids.length; form++) {
    const id = ids[form] as number;
    // A word no phrase uses (-1), or one numbered after this index was built: no bit.
    if (id >= 0 && id < table.length) bits |= table[id] as number;
  }
  token.startBits = bits;
  token.startIndex = index;
  return bits;
}

/** What `matchLongest` found: the value, the token index after the phrase, and whether the first token carried an Arabic conjunction. */
export interface TrieMatch<V> {
  readonly value: V;
  readonly end: number;
  readonly conj: boolean;
}

/**
 * Builds a trie from phrases, each tokenized as a text would be, so a lexicon
 * entry matches exactly what the tokenizer makes of the same words. A phrase
 * listed twice keeps its first value. Its words are numbered (`internWord`): build the tries
 * before tokenizing the texts they are to match. Cost: linear in the total length of the phrases.
 *
 * @example
 * matchLongest(buildTrie([['more than', 1]]), tokenize('more than 5'), 0)?.end; // => 2
 */
export function buildTrie<V>(entries: Iterable<readonly [string, V]>): Trie<V> {
  const root: Trie<V> = emptyNode();
  for (const [phrase, value] of entries) {
    const words = tokenize(phrase).map((token) => internWord(spellingsOf(token)[0] ?? token.norm));
    if (words.length === 0) continue;
    let node = root;
    node.depth = Math.max(node.depth, words.length);
    for (let index = 0; index < words.length; index++) {
      const word = words[index] as number;
      let child = node.next.get(word);
      if (child === undefined) {
        child = emptyNode<V>();
        node.next.set(word, child);
      }
      child.depth = Math.max(child.depth, words.length - index - 1);
      node = child;
    }
    if (node.value === undefined) node.value = value;
  }
  seal(root);
  return root;
}

const NO_KEYS = new Int32Array([-1]);

function emptyNode<V>(): Trie<V> {
  return { next: new Map(), value: undefined, depth: 0, keys: NO_KEYS, kids: [undefined] };
}

/** Fills each node's table from its `next`: at most half full, so that a probe ends soon. */
function seal<V>(node: Trie<V>): void {
  if (node.next.size === 0) return;
  let size = 2;
  while (size < node.next.size * 2) size *= 2;
  const keys = new Int32Array(size).fill(-1);
  const kids: (Trie<V> | undefined)[] = new Array<Trie<V> | undefined>(size).fill(undefined);
  for (const [id, child] of node.next) {
    let slot = id & (size - 1);
    while (keys[slot] !== -1) slot = (slot + 1) & (size - 1);
    keys[slot] = id;
    kids[slot] = child;
    seal(child);
  }
  node.keys = keys;
  node.kids = kids;
}

/**
 * The child of a node under a word number, or undefined. Constant time: a probe of the
 * node's table (integer compares, no hashing of strings).
 *
 * @example
 * childOf(buildTrie([['more than', 1]]), wordId('more')) !== undefined; // => true
 */
export function childOf<V>(node: Trie<V>, id: number): Trie<V> | undefined {
  if (id < 0) return undefined;
  const keys = node.keys;
  const mask = keys.length - 1;
  for (let slot = id & mask; ; slot = (slot + 1) & mask) {
    const key = keys[slot] as number;
    if (key === id) return node.kids[slot];
    if (key === -1) return undefined;
  }
}

/**
 * The longest phrase of the trie that starts at token `start`, or null. Each token is
 * tried under each of its spellings (Arabic clitics stripped), so the cost is bounded
 * by the trie's depth and does not grow with the text; a miss at the first token
 * allocates nothing.
 *
 * @example
 * matchLongest(buildTrie([['at least', 'a'], ['at', 'b']]), tokenize('at least 5'), 0)?.value; // => 'a'
 */
export function matchLongest<V>(trie: Trie<V>, tokens: readonly Token[], start: number, limit = tokens.length): TrieMatch<V> | null {
  if (start >= limit) return null;
  // Most calls miss at the first token: one bit test when the trie is indexed, no allocation.
  // Kept this small so that the compiler inlines it, and a miss costs no call.
  const token = tokens[start] as Token;
  if (surelyNotStart(trie, token)) return null;
  return matchAt(trie, tokens, start, limit, token);
}

/**
 * True when no phrase of an indexed trie starts with this token: its bit in the lexicon's start
 * index is not set. False when the trie has no index (then only a match can tell). Constant time.
 *
 * @example
 * (() => { const first = buildTrie([['over', 1]]); indexTries([first]); return surelyNotStart(first, tokenize('under')[0]); })(); // => true
 */
export function surelyNotStart(trie: Trie<unknown>, token: Token): boolean {
  return trie.index !== undefined && (startBitsOf(token, trie.index) & (trie.bit as number)) === 0;
}

/** `matchLongest` past the first token's bit test. */
function matchAt<V>(trie: Trie<V>, tokens: readonly Token[], start: number, limit: number, token: Token): TrieMatch<V> | null {
  const first = token.ids;
  let child: Trie<V> | undefined;
  let children = 0;
  for (let form = 0; form < first.length; form++) {
    const found = childOf(trie, first[form] as number);
    if (found !== undefined) {
      child = found;
      children++;
    }
  }
  if (child === undefined) return trie.value === undefined ? null : { value: trie.value, end: start, conj: false };
  if (children === 1 && token.conjFrom >= first.length) {
    // One path from the first token and no clitic to weigh: walk it without recursion,
    // remembering the deepest node with a value and allocating only the answer.
    let node: Trie<V> = child;
    let index = start + 1;
    let bestNode: Trie<V> | null = node.value === undefined ? null : node;
    let bestEnd = index;
    while (index < limit && node.depth > 0) {
      const forms = (tokens[index] as Token).ids;
      let next: Trie<V> | undefined;
      if (forms.length === 1) {
        next = childOf(node, forms[0] as number);
      } else {
        let count = 0;
        for (let form = 0; form < forms.length; form++) {
          const found = childOf(node, forms[form] as number);
          if (found !== undefined) {
            next = found;
            count++;
          }
        }
        if (count > 1) return matchDeep(trie, tokens, start, limit);
      }
      if (next === undefined) break;
      node = next;
      index++;
      if (node.value !== undefined) {
        bestNode = node;
        bestEnd = index;
      }
    }
    return bestNode === null ? null : { value: bestNode.value as V, end: bestEnd, conj: false };
  }
  return matchDeep(trie, tokens, start, limit);
}

/** The general case: every spelling of every token is tried (bounded by the trie's depth). */
function matchDeep<V>(trie: Trie<V>, tokens: readonly Token[], start: number, limit: number): TrieMatch<V> | null {
  let best: TrieMatch<V> | null = null;
  const visit = (node: Trie<V>, index: number, conj: boolean): void => {
    if (node.value !== undefined && (best === null || index > best.end)) best = { value: node.value, end: index, conj };
    if (index >= limit || node.next.size === 0) return;
    const token = tokens[index] as Token;
    const forms = token.ids;
    for (let form = 0; form < forms.length; form++) {
      const child = childOf(node, forms[form] as number);
      if (child !== undefined) visit(child, index + 1, index === start ? token.kind === 'word' && form >= token.conjFrom : conj);
    }
  };
  visit(trie, start, false);
  return best;
}
