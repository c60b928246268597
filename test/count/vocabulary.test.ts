import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEXICONS } from '../../src/count/lexicon/compile.js';
import { spellingsOf, tokenize } from '../../src/count/tokenize.js';
import type { Trie } from '../../src/count/trie.js';
import { childOf, startBitsOf } from '../../src/count/trie.js';
import { idList, internWord, spanId, spellingOf, wordId } from '../../src/count/vocabulary.js';

/** Every node of every compiled trie of every language. */
function allNodes(): Trie<unknown>[] {
  const nodes: Trie<unknown>[] = [];
  const walk = (node: Trie<unknown>): void => {
    nodes.push(node);
    for (const child of node.next.values()) walk(child);
  };
  for (const lex of Object.values(LEXICONS)) {
    for (const value of Object.values(lex)) {
      if (value !== null && typeof value === 'object' && 'next' in value && value.next instanceof Map) walk(value as Trie<unknown>);
    }
  }
  return nodes;
}

/** Words the lexicons know (Arabic included), and words they do not. */
const knownWords = ['killed', 'more', 'than', 'morts', 'muertos', 'قتيلا', 'moins', 'dozen', 'hundred'];
const anyWord = fc.oneof(fc.constantFrom(...knownWords), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 8 }));

describe('the vocabulary numbers each spelling once', () => {
  it('looks a span up as it looks up the same text sliced, wherever the span sits', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), anyWord, fc.string({ maxLength: 6 }), (before, word, after) => {
        const text = before + word + after;
        expect(spanId(text, before.length, before.length + word.length)).toBe(wordId(word));
      }),
      { numRuns: 500 },
    );
  });

  it('gives a known spelling back from its number, and its shared list holds that number', () => {
    for (const word of knownWords) {
      const id = wordId(word.normalize('NFKD').replace(/[\u064b-\u065f]/g, ''));
      expect(id).toBeGreaterThanOrEqual(0);
      expect(idList(id)).toEqual([id]);
      expect(idList(id)).toBe(idList(id));
    }
    expect(wordId('zzzz not a word')).toBe(-1);
    expect(idList(-1)).toEqual([-1]);
  });

  it('numbers a new spelling once and finds it afterwards, even across a growth of its table', () => {
    const fresh = Array.from({ length: 5000 }, (_, index) => `fresh-spelling-${index}`);
    const ids = fresh.map(internWord);
    expect(new Set(ids).size).toBe(fresh.length);
    fresh.forEach((word, index) => {
      expect(wordId(word)).toBe(ids[index]);
      expect(internWord(word)).toBe(ids[index]);
      expect(spellingOf(ids[index] as number)).toBe(word);
    });
    expect(wordId('more')).toBeGreaterThanOrEqual(0);
  });

  it('tokens carry the numbers of their spellings, and a known word the vocabulary\u2019s own spelling', () => {
    for (const token of tokenize('More than 130 personnes tuées, والقتلى 5-6')) {
      expect(token.ids).toEqual(spellingsOf(token).map((form) => wordId(form)));
      const id = wordId(token.norm);
      if (id >= 0) expect(token.norm).toBe(spellingOf(id));
    }
  });
});

describe('a trie node finds its children by number as its map does', () => {
  it('for every child of every node of every language, and for numbers it does not have', () => {
    const nodes = allNodes();
    expect(nodes.length).toBeGreaterThan(1000);
    for (const node of nodes) {
      for (const [id, child] of node.next) expect(childOf(node, id)).toBe(child);
      for (const id of [-1, 0, 1, 7, 1000, 1 << 20]) expect(childOf(node, id)).toBe(node.next.get(id));
    }
  });

  it('start bits: a token may start a phrase of an indexed trie exactly when the trie has a child for one of its spellings', () => {
    fc.assert(
      fc.property(fc.constantFrom('en', 'fr', 'es', 'ar' as const), anyWord, (lang, word) => {
        const lex = LEXICONS[lang];
        for (const token of tokenize(word)) {
          const bits = startBitsOf(token, lex.startIndex);
          for (const trie of [lex.before, lex.cues, lex.numbers, lex.after, lex.zero]) {
            const has = token.ids.some((id) => trie.next.has(id));
            expect((bits & (trie.bit as number)) !== 0).toBe(has);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
