import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CHUNK_LENGTH } from '../../src/count/chunks.js';
import { parseCount } from '../../src/count/index.js';
import { CountParseError, findCounts } from '../../src/count/index.js';
import type { CountLang, FoundCount } from '../../src/count/index.js';

/** The death tolls found, as [text, min, max, category]. */
function deaths(sentence: string, lang?: CountLang): [string, number, number | null, string | null][] {
  return findCounts(sentence, lang === undefined ? {} : { lang })
    .filter((found) => found.count.kind === 'deaths')
    .map((found) => [found.text, found.count.min, found.count.max, found.category]);
}

function kinds(sentence: string, lang?: CountLang): [string, string][] {
  return findCounts(sentence, lang === undefined ? {} : { lang }).map((found) => [found.text, found.count.kind]);
}

describe('findCounts(sentence) finds the death tolls of a sentence', () => {
  it('findCounts(sentence) gives 130 and 30 civilians, not the 200 wounded', () => {
    expect(deaths('Killed at least 130 people, including 30 civilians; 200 were wounded')).toEqual([
      ['at least 130', 130, null, null],
      ['30', 30, 30, 'civilians'],
    ]);
  });

  it('findCounts(sentence) returns JavaScript string offsets: sentence.slice(start, end) === text', () => {
    const sentence = 'BEIRUT, March 7 (Reuters) - «أكثر من 130 قتيلاً» 😀 and 30 men were killed';
    const found = findCounts(sentence);
    expect(found.length).toBe(2);
    for (const item of found) expect(sentence.slice(item.start, item.end)).toBe(item.text);
    expect(found.map((item) => item.count.text)).toEqual(found.map((item) => item.text));
  });

  it('findCounts(sentence) reads wire datelines and headlines', () => {
    expect(deaths("BEIRUT, March 7 (Reuters) - More than 130 people have been killed in two days of clashes on Syria's coast.")).toEqual([
      ['More than 130', 131, null, null],
    ]);
    expect(deaths('Syria: 130 killed in coastal clashes')).toEqual([['130', 130, 130, null]]);
    expect(deaths('A Beirut TV channel said more than 30 men had been killed in one village.')).toEqual([['more than 30', 31, null, 'men']]);
  });

  it('findCounts(sentence) names the victim category where the sentence says it', () => {
    expect(deaths('Israeli strikes killed 25 people, including 8 children and 5 women.')).toEqual([
      ['25', 25, 25, null],
      ['8', 8, 8, 'children'],
      ['5', 5, 5, 'women'],
    ]);
    expect(deaths('At least 5 police officers and 11 gunmen were killed.')).toEqual([
      ['At least 5', 5, null, 'police'],
      ['11', 11, 11, 'fighters'],
    ]);
    expect(deaths('Dozens of security forces were killed.')).toEqual([['Dozens', 24, null, 'security-forces']]);
  });

  it('findCounts(sentence) reads several tolls, and follows "among" and "of them"', () => {
    expect(deaths('Two journalists were among 9 killed in the strike.')).toEqual([
      ['Two', 2, 2, 'journalists'],
      ['9', 9, 9, null],
    ]);
    expect(deaths('The ministry said 40,000 people have been killed, 16,000 of them children.')).toEqual([
      ['40,000', 40000, 40000, null],
      ['16,000', 16000, 16000, 'children'],
    ]);
  });

  it('findCounts(sentence) skips the injured, the missing, the arrested', () => {
    expect(deaths('200 were wounded, 30 are missing and 50 were arrested.')).toEqual([]);
    expect(deaths('The blast killed 5 and injured 30.')).toEqual([['5', 5, 5, null]]);
  });

  it('findCounts(sentence) skips ages, dates, times, years, durations and magnitudes', () => {
    expect(deaths('The 24-year-old was among 11 killed on March 3, 2024 at 10:30 p.m.')).toEqual([['11', 11, 11, null]]);
    expect(deaths('A magnitude 7.8 earthquake that struck 2 days ago killed 1,400 people.')).toEqual([['1,400', 1400, 1400, null]]);
    expect(deaths('In 2023, 30% of the 500 homes were destroyed.')).toEqual([]);
  });

  it('findCounts(sentence) returns projections, increments, mixed totals and denied figures with their kind', () => {
    expect(kinds('The toll rose to 1,400, up from 1,200, and could reach 20,000.')).toEqual([
      ['1,400', 'deaths'],
      ['20,000', 'projection'],
    ]);
    expect(kinds('At least 12 more people died overnight, bringing the toll to 352.')).toEqual([
      ['At least 12', 'increment'],
      ['352', 'deaths'],
    ]);
    expect(kinds('At least 40 people are dead or missing.')).toEqual([['At least 40', 'mixed']]);
    expect(kinds('The army said 3 soldiers died, and not ten dead as reported.')).toEqual([
      ['3', 'deaths'],
      ['ten', 'denied'],
    ]);
  });

  it('findCounts(sentence) skips averages, rates and differences', () => {
    expect(deaths('An average of 13,536 a month died, 70 higher than last year.')).toEqual([]);
  });

  it('findCounts(sentence) reads French, Spanish and Arabic sentences', () => {
    expect(deaths('Le bilan s’élève à 45 morts, dont 12 enfants, selon le ministère.', 'fr')).toEqual([
      ['45', 45, 45, null],
      ['12', 12, 12, 'children'],
    ]);
    expect(deaths('Al menos 23 personas murieron y otras 40 resultaron heridas.', 'es')).toEqual([['Al menos 23', 23, null, null]]);
    expect(deaths('قتل 15 مدنياً على الأقل في غارة جوية يوم الثلاثاء.', 'ar')).toEqual([['15 مدنياً على الأقل', 15, null, 'civilians']]);
    expect(deaths('تجاوز عدد القتلى 1000 شخص، بينهم 250 طفلاً.')).toEqual([
      ['تجاوز عدد القتلى 1000', 1001, null, null],
      ['250', 250, 250, 'children'],
    ]);
    expect(kinds('ارتفعت حصيلة القتلى إلى 342 بعد مقتل 12 آخرين.')).toEqual([
      ['342', 'deaths'],
      ['12', 'increment'],
    ]);
  });

  it('findCounts(sentence) leaves a qualifier to the figure it stands before ("y más de 100 heridos")', () => {
    expect(deaths('El balance es de 56 muertos y más de 100 heridos.', 'es')).toEqual([['56', 56, 56, null]]);
  });

  it('findCounts(sentence) reads a long text in chunks without losing or shifting a toll', () => {
    const sentence = 'Près de 200 civils ont péri depuis le 7 mars, dont une trentaine d’enfants. ';
    const long = sentence.repeat(300);
    const found = findCounts(long, { lang: 'fr' });
    expect(found.length).toBe(600);
    for (const item of found) expect(long.slice(item.start, item.end)).toBe(item.text);
    expect(found.slice(0, 2).map((item) => [item.text, item.count.min, item.count.max, item.category])).toEqual([
      ['Près de 200', 180, 199, 'civilians'],
      ['une trentaine', 27, 33, 'children'],
    ]);
  });

  // A text with no sentence end is cut at its last space before MAX_CHUNK_LENGTH characters.
  // Filler words, `length` characters ending with a space (so that nothing glues to what follows).
  const fillerTo = (length: number) => (length === 0 ? '' : `${'and then '.repeat(Math.ceil(length / 9)).slice(0, length - 1)} `);

  it('findCounts(sentence) keeps a qualifier with its figure where a chunk is cut inside a sentence', () => {
    // The last space before the cut falls between "more than" and "130".
    const tail = 'more than 130 people were killed';
    const text = `${fillerTo(MAX_CHUNK_LENGTH - 'more than'.length - 1)}${tail}, and then some`;
    expect(text.lastIndexOf(' ', MAX_CHUNK_LENGTH - 1)).toBe(text.indexOf(' 130'));
    expect(deaths(text, 'en')).toEqual([['more than 130', 131, null, null]]);
    expect(parseCount(text, { lang: 'en' })).toMatchObject({ min: 131, max: null, qualifier: 'more-than' });
  });

  it('findCounts(sentence) finds the same tolls wherever the chunks of a long text fall (property)', () => {
    const clauses = [
      'more than 130 people were killed',
      'at least 30 civilians died in the village',
      'the toll rose to nearly 1,000',
      'including 12 children',
      'about two dozen fighters were killed',
      '200 were wounded',
      'between 40 and 60 people died',
      'une trentaine de morts',
      'and then nothing happened for a while',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...clauses), { minLength: 400, maxLength: 600 }), fc.nat(3000), (parts, shift) => {
        // Commas only: no sentence end, so every chunk is cut at a space inside a sentence.
        const text = parts.join(', ');
        const pad = fillerTo(shift);
        const plain = findCounts(text, { lang: 'en' }).map((found) => [found.start, found.text, found.count.min, found.count.max, found.category]);
        const shifted = findCounts(pad + text, { lang: 'en' })
          .filter((found) => found.start >= pad.length)
          .map((found) => [found.start - pad.length, found.text, found.count.min, found.count.max, found.category]);
        expect(shifted).toEqual(plain);
        // Nothing found twice, nothing out of order.
        for (let index = 1; index < plain.length; index++) expect(plain[index]![0] as number).toBeGreaterThan(plain[index - 1]![0] as number);
      }),
      { numRuns: 40 },
    );
  });

  it('findCounts(sentence) returns nothing for a sentence without a toll', () => {
    expect(findCounts('The authorities did not give a toll.')).toEqual([]);
    expect(findCounts('')).toEqual([]);
  });

  it('findCounts(value) throws a CountParseError for a value that is not a string', () => {
    expect(() => findCounts(42 as unknown as string)).toThrow(CountParseError);
  });

  it('findCounts(sentence) scans a long text in linear time', () => {
    const sentence = 'Killed at least 130 people, including 30 civilians; 200 were wounded. ';
    const long = sentence.repeat(2000);
    const found: FoundCount[] = findCounts(long);
    expect(found.filter((item) => item.count.kind === 'deaths').length).toBe(4000);
    for (const item of found.slice(0, 10)) expect(long.slice(item.start, item.end)).toBe(item.text);
  });
});
