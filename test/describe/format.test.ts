import { readFileSync } from 'node:fs';
import { describe as group, expect, it } from 'vitest';
import { readingMatches, readWording, VAGUE_FLOOR } from '../../src/describe/amount.js';
import { formatNumber } from '../../src/describe/index.js';
import { frenchDe, joinArabic, joinEnglish, joinSpanish } from '../../src/describe/format/text.js';

const NNBSP = '\u202F';

/** A phrase of test/count/corpus, with the range COUNT-SEMANTICS.md gives it. */
interface CorpusPhrase {
  text: string;
  lang: string;
  min?: number;
  max?: number | null;
  kind?: string;
  qualifier?: string;
  noFigure?: boolean;
  error?: true;
}

group('formatNumber(n, lang)', () => {
  it('English spells out one to nine and writes 0 and 10 up in figures, with commas', () => {
    expect([0, 1, 7, 9, 10, 999, 1000, 1300, 11300, 1234567].map((n) => formatNumber(n, 'en'))).toEqual([
      '0', 'one', 'seven', 'nine', '10', '999', '1,000', '1,300', '11,300', '1,234,567',
    ]);
    expect(formatNumber(7, 'en', { spellSmall: false })).toBe('7');
  });

  it('French groups by U+202F from four digits', () => {
    expect([7, 999, 1300, 11300, 1234567].map((n) => formatNumber(n, 'fr'))).toEqual(['7', '999', `1${NNBSP}300`, `11${NNBSP}300`, `1${NNBSP}234${NNBSP}567`]);
  });

  it('Spanish leaves four digits alone and groups by a point from five (RAE)', () => {
    expect([7, 1300, 9999, 13000, 1234567].map((n) => formatNumber(n, 'es'))).toEqual(['7', '1300', '9999', '13.000', '1.234.567']);
  });

  it('Arabic writes Western digits, four digits alone, a comma from five', () => {
    expect([7, 1300, 11300, 1234567].map((n) => formatNumber(n, 'ar'))).toEqual(['7', '1300', '11,300', '1,234,567']);
  });

  it('throws a RangeError for a number that is not a count', () => {
    expect(() => formatNumber(-1, 'en')).toThrow(RangeError);
    expect(() => formatNumber(1.5, 'en')).toThrow(RangeError);
    expect(() => formatNumber(Number.NaN, 'fr')).toThrow(RangeError);
  });

  it('holds its @example', () => {
    const source = readFileSync(new URL('../../src/describe/format/number.ts', import.meta.url), 'utf8');
    const [, call, expected] = /@example\n \* (formatNumber\(.*\)); \/\/ => '(.*)'\n/u.exec(source)!;
    expect(call).toBe("formatNumber(11300, 'es')");
    expect(formatNumber(11300, 'es')).toBe(expected);
  });
});

group('lists and French contractions', () => {
  it('joins without the serial comma, "y" becoming "e" before /i/, و joined to its word', () => {
    expect(joinEnglish(['A', 'B', 'C'])).toBe('A, B and C');
    expect(joinSpanish(['Francia', 'Italia'])).toBe('Francia e Italia');
    expect(joinSpanish(['padres', 'hijos'])).toBe('padres e hijos');
    expect(joinSpanish(['agua', 'hielo'])).toBe('agua y hielo');
    expect(joinArabic(['السلطات السورية', 'سانا'])).toBe('السلطات السورية وسانا');
  });

  it('contracts "de" as French does', () => {
    expect(['les autorités', 'le ministère', "l'ONU", 'Al Mayadeen', 'au moins 30', 'des dizaines', 'SANA'].map(frenchDe)).toEqual([
      'des autorités', 'du ministère', "de l'ONU", "d'Al Mayadeen", "d'au moins 30", 'de dizaines', 'de SANA',
    ]);
  });
});

group('readWording(wording) reads what it echoes, in the four languages', () => {
  const read = (wording: string) => readWording(wording).reading?.amount ?? null;
  it('reads qualifiers before and after the number', () => {
    expect(read('more than 130')).toEqual({ kind: 'more-than', n: 130 });
    expect(read('more than 1,300 people')).toEqual({ kind: 'more-than', n: 1300 });
    expect(read('130+')).toEqual({ kind: 'more-than', n: 130 });
    expect(read('no more than 200')).toEqual({ kind: 'up-to', n: 200 });
    expect(read('no fewer than 40')).toEqual({ kind: 'at-least', n: 40 });
    expect(read('40 or more')).toEqual({ kind: 'at-least', n: 40 });
    expect(read('about 1,400')).toEqual({ kind: 'about', n: 1400 });
    expect(read('340 killed')).toEqual({ kind: 'exact', n: 340 });
    expect(readWording('340 killed').reading?.bare).toBe(true);
    expect(readWording('exactly 340').reading).toEqual({ amount: { kind: 'exact', n: 340 }, bare: false });
    expect(read('between 100 and 300')).toEqual({ kind: 'between', low: 100, high: 300 });
    expect(read('100-300')).toEqual({ kind: 'between', low: 100, high: 300 });
    expect(read('1.5 million')).toEqual({ kind: 'exact', n: 1500000 });
    expect(read('at least seven')).toEqual({ kind: 'at-least', n: 7 });
    expect(read('dozens of men')).toEqual({ kind: 'vague', word: 'dozens' });
    expect(read('tens of thousands')).toEqual({ kind: 'vague', word: 'tens-of-thousands' });
  });

  it('reads Arabic (with Arabic-Indic digits), French and Spanish', () => {
    expect(read('أكثر من 130 قتيلاً')).toEqual({ kind: 'more-than', n: 130 });
    expect(read('أكثر من ١٣٠ قتيلاً')).toEqual({ kind: 'more-than', n: 130 });
    expect(read('ما لا يقل عن 30 قتيلاً')).toEqual({ kind: 'at-least', n: 30 });
    expect(read('67 ألفاً و938 شهيداً')).toEqual({ kind: 'exact', n: 67938 });
    expect(read('بين 100 و300')).toEqual({ kind: 'between', low: 100, high: 300 });
    expect(read('عشرات القتلى')).toEqual({ kind: 'vague', word: 'tens' });
    expect(read("plus d'une centaine de morts")).toEqual({ kind: 'more-than', n: 100 });
    expect(read('une vingtaine de morts')).toEqual({ kind: 'about', n: 20 });
    expect(read(`au moins 1${NNBSP}300 morts`)).toEqual({ kind: 'at-least', n: 1300 });
    expect(read('más de un centenar')).toEqual({ kind: 'more-than', n: 100 });
    expect(read('al menos 13.000 muertos')).toEqual({ kind: 'at-least', n: 13000 });
    expect(read('entre 100 y 300 muertos')).toEqual({ kind: 'between', low: 100, high: 300 });
  });

  it('returns null when it finds no figure', () => {
    expect(read('did not give a toll')).toBeNull();
  });

  it('gives no amount, rather than throwing, for a long hostile wording the parser rejects', () => {
    const hostile = `${'1,000,'.repeat(20000)}x ${'more than '.repeat(5000)}`;
    expect(readWording(hostile)).toEqual({ reading: null, lang: 'en' });
  });

  it('echoes the range the corpus labels, for every death toll of the count corpus with a figure', () => {
    let read = 0;
    for (const lang of ['en', 'ar', 'fr', 'es']) {
      const phrases = JSON.parse(readFileSync(new URL(`../count/corpus/phrases.${lang}.json`, import.meta.url), 'utf8')) as CorpusPhrase[];
      for (const phrase of phrases) {
        if (phrase.error || phrase.noFigure || phrase.kind !== 'deaths' || phrase.min === undefined) continue;
        const { reading, lang: detected } = readWording(phrase.text);
        expect(detected, phrase.text).toBe(phrase.lang);
        if (reading === null) {
          // An unquantified plural with no word of its own in the phrasebooks ("plusieurs dizaines", 30): the line states the range instead.
          expect(phrase.qualifier, phrase.text).toBe('vague');
          expect(Object.values(VAGUE_FLOOR), phrase.text).not.toContain(phrase.min);
          continue;
        }
        expect(readingMatches(reading, phrase.min, phrase.max ?? null) || (reading.bare && phrase.min === phrase.max), phrase.text).toBe(true);
        read++;
      }
    }
    expect(read).toBeGreaterThan(400);
  });
});

group('readWording(wording).lang', () => {
  const lang = (wording: string) => readWording(wording).lang;
  it('tells the four languages apart in short wordings', () => {
    expect(lang('more than 30 men')).toBe('en');
    expect(lang('أكثر من 30 رجلاً')).toBe('ar');
    expect(lang('plus de 30 hommes')).toBe('fr');
    expect(lang('más de 30 hombres')).toBe('es');
    expect(lang('au moins 12 morts')).toBe('fr');
    expect(lang('al menos 12 muertos')).toBe('es');
  });
});
