import { describe, expect, it } from 'vitest';
import { CountParseError, parseCount } from '../../src/count/index.js';
import type { CountLang, ParsedCount } from '../../src/count/index.js';

/** The fields of a reading that a row of COUNT-SEMANTICS.md fixes. */
type Reading = Pick<ParsedCount, 'min' | 'max' | 'qualifier'> & Partial<Pick<ParsedCount, 'kind' | 'bare' | 'figure' | 'noFigure'>>;

function reads(text: string, expected: Reading, lang?: CountLang): void {
  const parsed = parseCount(text, lang === undefined ? {} : { lang });
  const picked = Object.fromEntries(Object.keys(expected).map((key) => [key, parsed[key as keyof ParsedCount]]));
  expect(picked, text).toEqual(expected);
}

const exact = (n: number): Reading => ({ min: n, max: n, qualifier: 'exact' });
const atLeast = (n: number): Reading => ({ min: n, max: null, qualifier: 'at-least' });
const moreThan = (n: number): Reading => ({ min: n + 1, max: null, qualifier: 'more-than' });
const atMost = (n: number): Reading => ({ min: 0, max: n, qualifier: 'at-most' });
const fewerThan = (n: number): Reading => ({ min: 0, max: n - 1, qualifier: 'fewer-than' });
const about = (n: number): Reading => ({ min: Math.floor((9 * n) / 10), max: Math.ceil((11 * n) / 10 - 1e-9), qualifier: 'about' });
const nearly = (n: number): Reading => ({ min: Math.floor((9 * n) / 10), max: n - 1, qualifier: 'nearly' });
const justOver = (n: number): Reading => ({ min: n + 1, max: Math.ceil((11 * n) / 10 - 1e-9), qualifier: 'just-over' });
const between = (a: number, b: number): Reading => ({ min: a, max: b, qualifier: 'between' });
const vague = (k: number): Reading => ({ min: k, max: null, qualifier: 'vague' });
const none: Reading = { min: 0, max: null, qualifier: 'none', noFigure: true };

describe('parseCount(text) reads every row of the first table of COUNT-SEMANTICS.md', () => {
  const rows: [string, Reading][] = [
    ['130 people were killed', { ...exact(130), bare: true, figure: 130 }],
    ['exactly 340', { ...exact(340), bare: false, figure: 340 }],
    ['precisely 340', exact(340)],
    ['at least 130', { ...atLeast(130), figure: 130 }],
    ['no fewer than 130', atLeast(130)],
    ['no less than 130', atLeast(130)],
    ['not less than 130', atLeast(130)],
    ['a minimum of 130', atLeast(130)],
    ['130 or more', atLeast(130)],
    ['more than 130', { ...moreThan(130), figure: 131 }],
    ['over 130', moreThan(130)],
    ['upwards of 130', moreThan(130)],
    ['in excess of 130', moreThan(130)],
    ['above 130', moreThan(130)],
    ['exceeding 130', moreThan(130)],
    ['130+', moreThan(130)],
    ['130-plus', moreThan(130)],
    ['at most 50', { ...atMost(50), figure: null }],
    ['no more than 50', atMost(50)],
    ['up to 50', atMost(50)],
    ['as many as 50', atMost(50)],
    ['a maximum of 50', atMost(50)],
    ['fewer than 200', { ...fewerThan(200), figure: null }],
    ['less than 200', fewerThan(200)],
    ['under 200', fewerThan(200)],
    ['below 200', fewerThan(200)],
    ['about 1,400', { ...about(1400), figure: 1400 }],
    ['around 1400', about(1400)],
    ['approximately 1400', about(1400)],
    ['roughly 1400', about(1400)],
    ['some 1400', about(1400)],
    ['an estimated 1400', about(1400)],
    ['nearly 100', { ...nearly(100), figure: 99 }],
    ['almost 100', nearly(100)],
    ['close to 100', nearly(100)],
    ['just under 100', nearly(100)],
    ['approaching 100', nearly(100)],
    ['just over 100', { ...justOver(100), figure: 101 }],
    ['slightly more than 100', justOver(100)],
    ['between 30 and 40', { ...between(30, 40), figure: 35 }],
    ['30 to 40', between(30, 40)],
    ['30-40', between(30, 40)],
    ['from 30 to 40', between(30, 40)],
    ['a dozen', { ...exact(12), bare: true }],
    ['several', vague(3)],
    ['a few', vague(2)],
    ['a handful', vague(2)],
    ['a number of security forces', vague(2)],
    ['dozens', vague(24)],
    ['dozens of men', { ...vague(24), figure: 24 }],
    ['scores of', vague(40)],
    ['tens of people', vague(20)],
    ['hundreds', vague(200)],
    ['thousands', vague(2000)],
    ['tens of thousands', vague(20000)],
    ['hundreds of thousands', vague(200000)],
    ['no one', { ...exact(0), bare: false }],
    ['nobody', exact(0)],
    ['none', exact(0)],
    ['zero', exact(0)],
    ['did not give a toll', { ...none, figure: null, bare: false }],
    ['could not be determined', none],
  ];
  for (const [text, expected] of rows) {
    it(`parseCount(${JSON.stringify(text)}) gives [${expected.min}, ${expected.max}] (${expected.qualifier})`, () => reads(text, expected, 'en'));
  }
});

describe('parseCount(text) reads the second table ("more wording, same rules")', () => {
  const rows: [string, Reading, CountLang?][] = [
    ['has passed 1,000', moreThan(1000)],
    ['surpassed 1,000', moreThan(1000)],
    ['exceeded 1,000', moreThan(1000)],
    ['topped 1,000', moreThan(1000)],
    ['higher than 1,000', moreThan(1000)],
    ['well over 1,000', moreThan(1000)],
    ['far beyond 1,000', moreThan(1000)],
    ['nears 500', nearly(500)],
    ['just shy of 500', nearly(500)],
    ['no higher than 40', atMost(40)],
    ['130 or so', about(130)],
    ['we estimate 130', about(130)],
    ['multiple people', vague(2)],
    ['many people', vague(2)],
    ['شهيدان', { ...exact(2), bare: true }, 'ar'],
    ['شخصان', exact(2), 'ar'],
    ['قتيلان', exact(2), 'ar'],
    ['une dizaine', { ...about(10), bare: false, figure: 10 }, 'fr'],
    ['une douzaine', about(12), 'fr'],
    ['une vingtaine', about(20), 'fr'],
    ['une trentaine', about(30), 'fr'],
    ['une centaine', about(100), 'fr'],
    ['una decena', about(10), 'es'],
    ['una docena', about(12), 'es'],
    ['una veintena', about(20), 'es'],
    ['un centenar', about(100), 'es'],
    ['plusieurs dizaines', vague(30), 'fr'],
    ['varias decenas', vague(30), 'es'],
    ["plus d'une centaine", moreThan(100), 'fr'],
    ['más de un centenar', moreThan(100), 'es'],
    ['an estimated 30 to 40', between(30, 40)],
    ['about 30 to 40', between(30, 40)],
    ['cut from 200 to 150', exact(150)],
    ['revised from 100 to more than 150', moreThan(150)],
    ['up from 100 to 130', exact(130)],
    ['around 50 each', about(50)],
  ];
  for (const [text, expected, lang] of rows) {
    it(`parseCount(${JSON.stringify(text)}) gives [${expected.min}, ${expected.max}]`, () => reads(text, expected, lang ?? 'en'));
  }

  it('parseCount("12 more died") is an increment: new deaths, not a running total', () => {
    reads('12 more died', { ...exact(12), kind: 'increment' });
    reads('another 12 were killed', { ...exact(12), kind: 'increment' });
    reads('12 muertos más', { ...exact(12), kind: 'increment' }, 'es');
  });
});

describe('parseCount(text) composes qualifiers with multiplied words and scale words', () => {
  it('"more than a dozen" is [13, open); "about two dozen" is [21, 27]', () => {
    reads('more than a dozen', moreThan(12));
    reads('about two dozen', { min: 21, max: 27, qualifier: 'about' });
  });
  it('"more than 1,000" is [1001, open); "nearly 1.5 million" is [1350000, 1499999]', () => {
    reads('more than 1,000', moreThan(1000));
    reads('nearly 1.5 million', { min: 1_350_000, max: 1_499_999, qualifier: 'nearly' });
  });
  it('computes ⌈11N/10⌉ in integers: "about 1400" is [1260, 1540], not 1541', () => {
    reads('about 1400', { min: 1260, max: 1540, qualifier: 'about' });
  });
  it('a scale word after a range applies to both ends', () => {
    reads('between 30 and 60 million', between(30_000_000, 60_000_000));
    reads('3-3.7 million', between(3_000_000, 3_700_000));
  });
});

describe('parseCount(text) reads figures in digits, words and scale words', () => {
  const rows: [string, number, CountLang][] = [
    ['1,383', 1383, 'en'],
    ['1 383', 1383, 'en'],
    ['1.383', 1383, 'en'],
    ["1'383", 1383, 'en'],
    ['1,50,000', 150000, 'en'],
    ['1.5 million', 1_500_000, 'en'],
    ['2.3 thousand', 2300, 'en'],
    ['5·4 million', 5_400_000, 'en'],
    ['half a million', 500_000, 'en'],
    ['a hundred thousand', 100_000, 'en'],
    ['2 lakh', 200_000, 'en'],
    ['1.2 crore', 12_000_000, 'en'],
    ['20k', 20_000, 'en'],
    ['one hundred and thirty', 130, 'en'],
    ['twenty-five', 25, 'en'],
    ['two thousand and five', 2005, 'en'],
    ['two and a half million', 2_500_000, 'en'],
    ['cent trente', 130, 'fr'],
    ['quatre-vingt-dix', 90, 'fr'],
    ['soixante-dix-sept', 77, 'fr'],
    ['vingt et un', 21, 'fr'],
    ['deux cent mille', 200_000, 'fr'],
    ['un million et demi', 1_500_000, 'fr'],
    ['10 000 morts', 10_000, 'fr'],
    ['ciento treinta', 130, 'es'],
    ['treinta y dos', 32, 'es'],
    ['dos mil quinientos', 2500, 'es'],
    ['medio millón', 500_000, 'es'],
    ['مئة وثلاثون', 130, 'ar'],
    ['مئة وخمسة وعشرون', 125, 'ar'],
    ['ثلاثة عشر', 13, 'ar'],
    ['ثلاثة آلاف', 3000, 'ar'],
    ['67 ألفاً و938', 67938, 'ar'],
    ['ألف و898', 1898, 'ar'],
    ['13,5 مليون', 13_500_000, 'ar'],
    ['مليون', 1_000_000, 'ar'],
    ['نصف مليون', 500_000, 'ar'],
    ['١٣٠', 130, 'ar'],
    ['۱۳۰', 130, 'ar'],
    ['١٬٣٨٣', 1383, 'ar'],
  ];
  for (const [text, value, lang] of rows) {
    it(`parseCount(${JSON.stringify(text)}) reads ${value}`, () => reads(text, { ...exact(value), bare: true }, lang));
  }
});

describe('parseCount(text) reads each language with its own words', () => {
  const rows: [string, Reading, CountLang][] = [
    ['au moins 30 morts', atLeast(30), 'fr'],
    ['plus de 130 tués', moreThan(130), 'fr'],
    ['environ 200 victimes', about(200), 'fr'],
    ['près de 500 morts', nearly(500), 'fr'],
    ['moins de 10 morts', fewerThan(10), 'fr'],
    ['entre 30 et 40 morts', between(30, 40), 'fr'],
    ['des dizaines de morts', vague(20), 'fr'],
    ['des centaines de milliers', vague(200000), 'fr'],
    ['30 morts au moins', atLeast(30), 'fr'],
    ['al menos 30 muertos', atLeast(30), 'es'],
    ['más de 130 muertos', moreThan(130), 'es'],
    ['unos 200 fallecidos', about(200), 'es'],
    ['casi 500 muertos', nearly(500), 'es'],
    ['menos de 10 muertos', fewerThan(10), 'es'],
    ['entre 30 y 40 muertos', between(30, 40), 'es'],
    ['decenas de muertos', vague(20), 'es'],
    ['miles de muertos', vague(2000), 'es'],
    ['أكثر من 130 قتيلاً', moreThan(130), 'ar'],
    ['130 قتيلاً على الأقل', atLeast(130), 'ar'],
    ['ما لا يقل عن 30 شهيداً', atLeast(30), 'ar'],
    ['حوالي 200 قتيل', about(200), 'ar'],
    ['قرابة 500 قتيل', nearly(500), 'ar'],
    ['أقل من 10 قتلى', fewerThan(10), 'ar'],
    ['بين 30 و40 قتيلاً', between(30, 40), 'ar'],
    ['عشرات القتلى', vague(20), 'ar'],
    ['مئات الآلاف', vague(200000), 'ar'],
    ['عدة قتلى', vague(3), 'ar'],
    ['تجاوز عدد القتلى 1000', moreThan(1000), 'ar'],
  ];
  for (const [text, expected, lang] of rows) {
    it(`parseCount(${JSON.stringify(text)}, {lang: '${lang}'}) gives [${expected.min}, ${expected.max}]`, () => reads(text, expected, lang));
  }

  it("parseCount(text) with lang 'auto' (the default) tells the language", () => {
    expect(parseCount('au moins 30 morts').lang).toBe('fr');
    expect(parseCount('al menos 30 muertos').lang).toBe('es');
    expect(parseCount('أكثر من 130 قتيلاً').lang).toBe('ar');
    expect(parseCount('more than 130').lang).toBe('en');
    expect(parseCount('130').lang).toBe('en');
  });

  it('parseCount(text) says when no figure was given, in every language', () => {
    reads('the authorities did not give a toll', none, 'en');
    reads("n'a pas donné de bilan", none, 'fr');
    reads('un nombre indéterminé de victimes', none, 'fr');
    reads('no precisó el número de muertos', none, 'es');
    reads('un número indeterminado de víctimas', none, 'es');
    reads('لم تعلن السلطات حصيلة', none, 'ar');
    reads('عدد غير محدد من القتلى', none, 'ar');
  });

  it('parseCount(text) reads "no one" in every language as [0, 0]', () => {
    reads('personne n’a été tué', exact(0), 'fr');
    reads('aucun mort', exact(0), 'fr');
    reads('nadie murió', exact(0), 'es');
    reads('لم يقتل أحد', exact(0), 'ar');
  });
});

describe('parseCount(text) marks what is not a running death count with its kind', () => {
  it('projections: "could reach 20,000", "may rise to", "as high as 100,000 (feared)"', () => {
    expect(parseCount('could reach 20,000').kind).toBe('projection');
    expect(parseCount('could top 1,000')).toMatchObject({ kind: 'projection', min: 1001, max: null });
    expect(parseCount('may rise to 300').kind).toBe('projection');
    expect(parseCount('as high as 100,000 (feared)').kind).toBe('projection');
    expect(parseCount('pourrait atteindre 1000 morts', { lang: 'fr' }).kind).toBe('projection');
    expect(parseCount('قد يصل إلى 20 ألفاً', { lang: 'ar' }).kind).toBe('projection');
  });
  it('mixed totals: "killed and injured", "dead or missing", casualties', () => {
    expect(parseCount('130 killed and injured')).toMatchObject({ kind: 'mixed', min: 130, max: 130 });
    expect(parseCount('at least 40 dead or missing')).toMatchObject({ kind: 'mixed', min: 40, max: null });
    expect(parseCount('200 casualties').kind).toBe('mixed');
    expect(parseCount('50 قتيلا وجريحا', { lang: 'ar' }).kind).toBe('mixed');
    expect(parseCount('30 muertos y heridos', { lang: 'es' }).kind).toBe('mixed');
  });
  it('denied figures: "and not ten dead"', () => {
    expect(parseCount('and not ten dead')).toMatchObject({ kind: 'denied', min: 10, max: 10 });
    expect(parseCount('et non dix morts', { lang: 'fr' }).kind).toBe('denied');
  });
  it('differences, averages and rates throw a CountParseError (code difference-or-rate)', () => {
    for (const text of ['70 higher than', 'an average of 13,536 a month', '30 killed per day']) {
      expect(() => parseCount(text), text).toThrow(expect.objectContaining({ code: 'difference-or-rate' }));
    }
  });
  it('figures of the injured, ages, dates and years throw (code not-a-death-count)', () => {
    for (const text of ['200 wounded', 'aged 30', 'March 7', 'in 2023', '30 arrested', '20 missing']) {
      expect(() => parseCount(text), text).toThrow(expect.objectContaining({ code: 'not-a-death-count' }));
    }
  });
});

describe('parseCount(text) throws a CountParseError naming the text and the position', () => {
  const cases: [string, string, number][] = [
    ['nearly 0', 'empty-range', 7],
    ['fewer than 0', 'empty-range', 11],
    ['just over 0', 'empty-range', 10],
    ['between 60 and 30', 'empty-range', 15],
    ['more than', 'qualifier-without-figure', 9],
    ['more than more than 130', 'conflicting-qualifiers', 0],
    ['2.5 killed', 'bad-number', 0],
    ['1,38', 'bad-number', 0],
    ['99999999999999999999', 'too-large', 0],
    ['130 killed, 200 dead', 'several-figures', 12],
    ['', 'no-figure', 0],
    ['banana', 'no-figure', 6],
  ];
  for (const [text, code, position] of cases) {
    it(`parseCount(${JSON.stringify(text)}) throws ${code} at ${position}`, () => {
      let thrown: unknown;
      try {
        parseCount(text);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(CountParseError);
      const error = thrown as CountParseError;
      expect({ code: error.code, position: error.position, text: error.text }).toEqual({ code, position, text });
      expect(error.message).toContain(JSON.stringify(text));
      expect(error.name).toBe('CountParseError');
    });
  }

  it('parseCount(value) throws not-a-string for a value that is not a string', () => {
    for (const value of [130, null, undefined, {}, ['130']]) {
      expect(() => parseCount(value as unknown as string)).toThrow(expect.objectContaining({ code: 'not-a-string', position: 0 }));
    }
  });

  it('parseCount(text, {lang}) throws bad-option for a language it does not read', () => {
    expect(() => parseCount('130', { lang: 'de' as CountLang })).toThrow(expect.objectContaining({ code: 'bad-option' }));
  });
});

describe('parseCount(text) is pure', () => {
  it('gives equal readings twice and leaves frozen options alone', () => {
    const options = Object.freeze({ lang: 'en' as const });
    expect(parseCount('more than 130', options)).toEqual(parseCount('more than 130', options));
    expect(options).toEqual({ lang: 'en' });
  });
});
