import { LEXICONS } from './lexicon/compile.js';
import type { Token } from './tokenize.js';
import type { CountLang } from './types.js';
import { spellingOf, vocabularySize } from './vocabulary.js';

const FRENCH_LETTERS = /[èêëàâçùûîïôœ]/;
const SPANISH_LETTERS = /[ñáíóú¿¡]/;
const LATIN: readonly CountLang[] = ['en', 'fr', 'es'];

/** One bit for each of `LATIN` whose lexicon knows the word. */
function languagesKnowing(word: string): number {
  let bits = 0;
  for (let lang = 0; lang < LATIN.length; lang++) if (LEXICONS[LATIN[lang] as CountLang].words.has(word)) bits |= 1 << lang;
  return bits;
}

/**
 * `languagesKnowing` of each word of the vocabulary (by its number, see `wordId`): one lookup
 * a token instead of one set lookup a language. Built once, when the module loads, after the
 * lexicons (which number every word).
 */
const KNOWN_BY: Uint8Array = Uint8Array.from({ length: vocabularySize() }, (_, id) => languagesKnowing(spellingOf(id)));

/** `languagesKnowing` of a word token: from the table when the vocabulary numbers it, else from the lexicons' sets. */
function knownBy(token: Token): number {
  const id = token.ids[0] as number;
  return id >= 0 && id < KNOWN_BY.length ? (KNOWN_BY[id] as number) : languagesKnowing(token.norm);
}

/**
 * Tells the language of a wording: Arabic when it has an Arabic letter or
 * Arabic-Indic digits; otherwise the one of English, French and Spanish whose
 * lexicon knows most of its words (accented letters tip a tie), English when
 * nothing tells. One pass over the tokens, linear in the text.
 *
 * @example
 * detectLang(tokenize('au moins 30 morts'), 'au moins 30 morts'); // => 'fr'
 */
export function detectLang(tokens: readonly Token[], text: string): CountLang {
  // Characters are read as `normalize.ts` explains.
  const length = text.length;
  for (let index = 0; index < length; index++) {
    const code = String.prototype.charCodeAt.call(text, index);
    if ((code >= 0x600 && code <= 0x6ff) || (code >= 0x750 && code <= 0x77f) || (code >= 0xfb50 && code <= 0xfefc)) return 'ar';
  }
  const scores = [0, 0, 0];
  for (const token of tokens) {
    if (token.kind !== 'word') continue;
    const known = knownBy(token);
    for (let lang = 0; lang < LATIN.length; lang++) if ((known & (1 << lang)) !== 0) scores[lang] = (scores[lang] ?? 0) + 1;
    let ascii = true;
    for (let index = token.start; index < token.end; index++) {
      if (String.prototype.charCodeAt.call(text, index) >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) continue;
    const raw = text.slice(token.start, token.end).toLowerCase();
    if (FRENCH_LETTERS.test(raw)) scores[1] = (scores[1] ?? 0) + 0.5;
    if (SPANISH_LETTERS.test(raw)) scores[2] = (scores[2] ?? 0) + 0.5;
  }
  let best = 0;
  for (let lang = 1; lang < LATIN.length; lang++) if ((scores[lang] ?? 0) > (scores[best] ?? 0)) best = lang;
  return LATIN[best] as CountLang;
}
