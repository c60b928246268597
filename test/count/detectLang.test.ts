import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLang } from '../../src/count/detectLang.js';
import { LEXICONS } from '../../src/count/lexicon/compile.js';
import { tokenize } from '../../src/count/tokenize.js';
import type { CountLang } from '../../src/count/types.js';

const LATIN: readonly CountLang[] = ['en', 'fr', 'es'];

/** The rule of `detectLang` written plainly: each lexicon's set of words asked for each word token. */
function referenceLang(text: string): CountLang {
  if (/[\u0600-\u06ff\u0750-\u077f\ufb50-\ufefc]/.test(text)) return 'ar';
  const scores = [0, 0, 0];
  for (const token of tokenize(text)) {
    if (token.kind !== 'word') continue;
    LATIN.forEach((lang, index) => {
      if (LEXICONS[lang].words.has(token.norm)) scores[index] = (scores[index] as number) + 1;
    });
    const raw = text.slice(token.start, token.end).toLowerCase();
    if (/[èêëàâçùûîïôœ]/.test(raw)) scores[1] = (scores[1] as number) + 0.5;
    if (/[ñáíóú¿¡]/.test(raw)) scores[2] = (scores[2] as number) + 0.5;
  }
  let best = 0;
  for (let lang = 1; lang < LATIN.length; lang++) if ((scores[lang] as number) > (scores[best] as number)) best = lang;
  return LATIN[best] as CountLang;
}

/** Words of the three Latin lexicons, parts of words they split ("hui" of "aujourd'hui"), and others. */
const lexiconWords = LATIN.flatMap((lang) => [...LEXICONS[lang].words]);
const word = fc.oneof(
  fc.constantFrom(...lexiconWords),
  fc.constantFrom('hui', 'aujourd', 'Tués', 'MUERTOS', 'más', 'près', 'killed', 'de', 'la'),
  fc.string({ maxLength: 8 }),
);

describe('detectLang', () => {
  it('tells the language of a wording', () => {
    expect(detectLang(tokenize('au moins 30 morts'), 'au moins 30 morts')).toBe('fr');
    expect(detectLang(tokenize('al menos 30 muertos'), 'al menos 30 muertos')).toBe('es');
    expect(detectLang(tokenize('at least 30 killed'), 'at least 30 killed')).toBe('en');
    expect(detectLang(tokenize('أكثر من 130 قتيلاً'), 'أكثر من 130 قتيلاً')).toBe('ar');
    expect(detectLang(tokenize('130'), '130')).toBe('en');
  });

  it("gives what asking each lexicon's words for each token gives, for any mix of their words and others", () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 10 }), fc.constantFrom(' ', ', ', ' - ', "'"), (words, glue) => {
        const text = words.join(glue);
        expect(detectLang(tokenize(text), text)).toBe(referenceLang(text));
      }),
      { numRuns: 3000 },
    );
  });
});
