import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEXICONS } from '../../src/count/lexicon/compile.js';
import { numeralValue } from '../../src/count/numbers/numeral.js';
import { readNumber } from '../../src/count/numbers/readNumber.js';
import { tokenize } from '../../src/count/tokenize.js';
import type { CountLang } from '../../src/count/types.js';

const numeral = (text: string, scale: number | null = null) => numeralValue(tokenize(text)[0]!, scale);
const words = (text: string, lang: CountLang) => readNumber(tokenize(text), 0, LEXICONS[lang]);

describe('numeralValue(token, scale) applies the separators rule', () => {
  it('without a scale word, a separator followed by exactly three digits groups thousands, in any language', () => {
    for (const text of ['1,383', '1.383', '1 383', "1'383", '1\u00a0383', '1\u202f383', '١٬٣٨٣']) {
      expect(numeral(text), text).toEqual({ ok: true, value: 1383 });
    }
    expect(numeral('12,345,678')).toEqual({ ok: true, value: 12_345_678 });
    expect(numeral('1,50,000')).toEqual({ ok: true, value: 150_000 });
  });

  it('without a scale word, a decimal figure or a broken group is not a count', () => {
    for (const text of ['1.5', '1,38', '1,3834', '5·4', '1.383,5', '1,383.000.1']) {
      expect(numeral(text), text).toMatchObject({ ok: false, code: 'bad-number' });
    }
  });

  it('with a scale word, a point, comma or middle dot is a decimal mark', () => {
    expect(numeral('1.5', 1e6)).toEqual({ ok: true, value: 1_500_000 });
    expect(numeral('13,5', 1e6)).toEqual({ ok: true, value: 13_500_000 });
    expect(numeral('5·4', 1e6)).toEqual({ ok: true, value: 5_400_000 });
    expect(numeral('2.3', 1e3)).toEqual({ ok: true, value: 2300 });
    expect(numeral('1.2345', 1e3)).toMatchObject({ ok: false, code: 'bad-number' });
  });

  it('reads Arabic-Indic and Eastern Arabic-Indic (Persian) digits', () => {
    expect(numeral('١٣٠')).toEqual({ ok: true, value: 130 });
    expect(numeral('۱۳۰')).toEqual({ ok: true, value: 130 });
  });

  it('answers too-large at once for figures beyond the safe integers, however long', () => {
    expect(numeral('9007199254740993')).toMatchObject({ ok: false, code: 'too-large' });
    expect(numeral('7'.repeat(100_000))).toMatchObject({ ok: false, code: 'too-large' });
  });
});

describe('numeralValue computes in doubles only while they are exact', () => {
  // The reference: the same rule in BigInt throughout, as numeralValue computed before it took doubles.
  const reference = (whole: string, fraction: string, scale: number): number | 'not-whole' | 'too-large' => {
    const scaled = BigInt(whole + fraction) * BigInt(scale);
    const divisor = 10n ** BigInt(fraction.length);
    if (scaled % divisor !== 0n) return 'not-whole';
    const value = scaled / divisor;
    return value > BigInt(Number.MAX_SAFE_INTEGER) ? 'too-large' : Number(value);
  };
  const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
  const scales = fc.constantFrom(12, 100, 1000, 100_000, 1_000_000, 10_000_000, 1_000_000_000, 1_000_000_000_000);

  it('a decimal figure before a scale word gives what BigInt gives, near 2^53 too', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]$/), digits(0, 10), digits(1, 9), scales, (lead, rest, fraction, scale) => {
        const whole = lead + rest;
        const read = numeralValue(tokenize(`${whole}.${fraction}`)[0]!, scale);
        const expected = reference(whole, fraction, scale);
        if (typeof expected === 'number') expect(read).toEqual({ ok: true, value: expected });
        else expect(read).toMatchObject({ ok: false, code: expected === 'not-whole' ? 'bad-number' : 'too-large' });
      }),
      { numRuns: 3000 },
    );
  });

  it('a figure in groups of three, with or without a scale word, gives what BigInt gives', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9][0-9]{0,2}$/), fc.array(digits(3, 3), { maxLength: 6 }), fc.option(scales, { nil: null }), (first, groups, scale) => {
        const read = numeralValue(tokenize([first, ...groups].join(','))[0]!, scale);
        // With a scale word, one separator is a decimal mark ("1,500 million" is 1.5 billion).
        const decimal = scale !== null && groups.length === 1;
        const expected = decimal ? reference(first, groups[0]!, scale) : reference(first + groups.join(''), '', scale ?? 1);
        if (typeof expected === 'number') expect(read).toEqual({ ok: true, value: expected });
        else expect(read).toMatchObject({ ok: false, code: expected === 'not-whole' ? 'bad-number' : 'too-large' });
      }),
      { numRuns: 3000 },
    );
  });
});

describe('readNumber(tokens, start, lexicon) reads number words up to the millions', () => {
  const rows: [string, CountLang, number][] = [
    ['one hundred and thirty', 'en', 130],
    ['nine hundred ninety-nine thousand nine hundred ninety-nine', 'en', 999_999],
    ['three million two hundred thousand', 'en', 3_200_000],
    ['a dozen', 'en', 12],
    ['two dozen', 'en', 24],
    ['half a dozen', 'en', 6],
    ['half a million', 'en', 500_000],
    ['1.5 million', 'en', 1_500_000],
    ['3 lakh', 'en', 300_000],
    ['quatre-vingt-dix-neuf', 'fr', 99],
    ['soixante et onze', 'fr', 71],
    ['mille deux cent cinquante', 'fr', 1250],
    ['deux millions', 'fr', 2_000_000],
    ['ciento treinta', 'es', 130],
    ['novecientos noventa y nueve', 'es', 999],
    ['dos mil millones', 'es', 2_000_000_000],
    ['veintidós', 'es', 22],
    ['مئة وثلاثون', 'ar', 130],
    ['ثلاثمئة', 'ar', 300],
    ['ألفان', 'ar', 2000],
    ['خمسة وعشرون ألفا', 'ar', 25_000],
    ['67 ألفاً و938', 'ar', 67_938],
  ];
  for (const [text, lang, value] of rows) {
    it(`readNumber(${JSON.stringify(text)}) is ${value}`, () => expect(words(text, lang)?.value).toBe(value));
  }

  it('stops where the words stop making one number: "one two" is one, "thirty forty" is thirty', () => {
    expect(words('one two', 'en')).toMatchObject({ value: 1, end: 1 });
    expect(words('thirty forty', 'en')).toMatchObject({ value: 30, end: 1 });
    expect(words('two thousand and three thousand', 'en')).toMatchObject({ value: 2000, end: 2 });
  });

  it('reads no number from an article alone ("a", "half")', () => {
    expect(words('a man', 'en')).toBeNull();
    expect(words('half the village', 'en')).toBeNull();
  });
});
