import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CountParseError, findCounts, parseCount } from '../../src/count/index.js';
import type { CountKind, CountLang, ParsedCount, Qualifier } from '../../src/count/types.js';

/**
 * The labelled corpus of `test/count/corpus/` (see its README.md). Every label was written from
 * COUNT-SEMANTICS.md, never from the parser's output: when a test here fails, the label is the
 * specification and the parser is what to look at (after re-checking the label's arithmetic).
 */

/** A phrase and the reading COUNT-SEMANTICS.md gives it, or `error: true` when it must throw. */
interface PhraseLabel {
  text: string;
  lang: CountLang;
  row: string;
  min?: number;
  max?: number | null;
  qualifier?: Qualifier;
  kind?: CountKind;
  noFigure?: boolean;
  error?: true;
}

/** A whole sentence and the death tolls it states, in order. */
interface SentenceLabel {
  text: string;
  lang: CountLang;
  deaths: { text: string; min: number; max: number | null; category: string | null }[];
}

const LANGS: readonly CountLang[] = ['en', 'ar', 'fr', 'es'];

function readCorpus<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./corpus/${name}`, import.meta.url), 'utf8')) as T;
}

const phrasesByLang = Object.fromEntries(
  LANGS.map((lang) => [lang, readCorpus<PhraseLabel[]>(`phrases.${lang}.json`)]),
) as Record<CountLang, PhraseLabel[]>;
const phrases: PhraseLabel[] = LANGS.flatMap((lang) => phrasesByLang[lang]);
const sentences: SentenceLabel[] = readCorpus<SentenceLabel[]>('sentences.json');

/**
 * Every row the corpus promises to exercise, written from COUNT-SEMANTICS.md: both tables, the
 * forms of figures (digits, words, scale words, separators), what is not a death count, and the
 * wordings that are errors.
 */
const REQUIRED_ROWS: readonly string[] = [
  // The first table.
  'N (a bare figure), exactly N',
  'at least N',
  'more than N',
  'at most N',
  'fewer than N',
  'about N',
  'nearly N',
  'just over N',
  'between A and B',
  'a dozen',
  'several',
  'a few, a handful, a number of',
  'dozens',
  'scores of',
  'tens',
  'hundreds',
  'thousands',
  'tens of thousands',
  'hundreds of thousands',
  'no one, nobody, none, zero',
  'no figure given',
  // "Qualifiers compose with multiplied words", and the ways a figure is written.
  'a qualifier composed with a multiplied word',
  'thousands separators without a scale word',
  'number words',
  'Arabic-Indic digits',
  'Eastern Arabic-Indic (Persian) digits',
  'a scale word with a decimal mark',
  // "More wording, same rules".
  'passed N (reads as more than N)',
  'nears N, just shy of N (reads as nearly N)',
  'no higher than N (reads as at most N)',
  'N or so, an estimated N (reads as about N)',
  'multiple, many (reads as a number of)',
  'an Arabic dual noun',
  'une dizaine, una decena and their kin (about 10, 12, 20, 30, 100)',
  'plusieurs dizaines, varias decenas (several tens)',
  "plus d'une centaine, más de un centenar (more than 100)",
  'about A to B (a range stays as given)',
  'cut from X to Y (the new figure)',
  'N more (an increment)',
  'around N each',
  // Separators, ranges and the scale and digit forms.
  'a scale word after a range applies to both ends',
  'half a million',
  'a hundred thousand',
  'lakh',
  'crore',
  'the middle-dot decimal',
  'the Arabic thousand word',
  'the Arabic million word',
  // What is not a death count, and what is an error.
  'a projection is not a death count',
  'dead with injured or missing is not a death count',
  'a denied figure is not a death count',
  'a wording whose range would be empty is an error',
  'text that is not a count is an error',
];

/** The categories a sentence label may name (null: the sentence names none). */
const CATEGORIES: readonly string[] = [
  'civilians',
  'children',
  'women',
  'men',
  'security-forces',
  'fighters',
  'soldiers',
  'police',
  'journalists',
  'aid-workers',
];

const VAGUE_FLOORS: readonly number[] = [2, 3, 20, 24, 30, 40, 200, 2000, 20000, 200000];

/** ⌊9N/10⌋ and ⌈11N/10⌉ in integers, as COUNT-SEMANTICS.md asks. */
const lowerTenth = (n: number): number => Number((9n * BigInt(n)) / 10n);
const upperTenth = (n: number): number => Number((11n * BigInt(n) + 9n) / 10n);

/** The fields of a label that the parser's reading must equal. */
function expectedReading(label: PhraseLabel): Partial<ParsedCount> {
  const expected: Partial<ParsedCount> = { text: label.text, lang: label.lang };
  if (label.min !== undefined) expected.min = label.min;
  if (label.max !== undefined) expected.max = label.max;
  if (label.qualifier !== undefined) expected.qualifier = label.qualifier;
  if (label.kind !== undefined) expected.kind = label.kind;
  if (label.noFigure !== undefined) expected.noFigure = label.noFigure;
  return expected;
}

/** The same fields of a parsed count, so that a failure shows one diff. */
function pickLike(parsed: ParsedCount, like: Partial<ParsedCount>): Partial<ParsedCount> {
  return Object.fromEntries(Object.keys(like).map((key) => [key, parsed[key as keyof ParsedCount]]));
}

/** Why a label disagrees with the table's arithmetic by itself, or null when it agrees. */
function labelArithmeticProblem(label: PhraseLabel): string | null {
  if (label.error) return null;
  const { min, max, qualifier } = label;
  if (min === undefined || max === undefined) return label.kind === 'projection' || label.kind === 'denied' ? null : 'no range';
  if (!Number.isSafeInteger(min) || min < 0) return 'min is not a non-negative integer';
  if (max !== null && (!Number.isSafeInteger(max) || max < min)) return 'max is not an integer at least min';
  switch (qualifier) {
    case undefined:
      return null;
    case 'exact':
      return min === max ? null : 'exact needs min = max';
    case 'at-least':
    case 'more-than':
      return max === null ? null : `${qualifier} is open above`;
    case 'at-most':
    case 'fewer-than':
      return min === 0 && max !== null ? null : `${qualifier} is [0, bound]`;
    case 'about': {
      if (max === null) return 'about is bounded';
      const middle = Math.floor((min + max) / 2);
      for (let n = Math.max(0, middle - 3); n <= middle + 3; n += 1) {
        if (lowerTenth(n) === min && upperTenth(n) === max) return null;
      }
      return 'no N gives [⌊9N/10⌋, ⌈11N/10⌉] = [min, max]';
    }
    case 'nearly':
      return max !== null && lowerTenth(max + 1) === min ? null : 'nearly N is [⌊9N/10⌋, N-1]';
    case 'just-over':
      return max !== null && upperTenth(min - 1) === max ? null : 'just over N is [N+1, ⌈11N/10⌉]';
    case 'between':
      return max !== null ? null : 'between is bounded';
    case 'vague':
      return max === null && VAGUE_FLOORS.includes(min) ? null : 'vague is [a floor of the table, open)';
    case 'none':
      return min === 0 && max === null && label.noFigure === true ? null : 'no figure is [0, open) and noFigure';
    default:
      return `unknown qualifier ${String(qualifier)}`;
  }
}

describe('the count corpus itself', () => {
  it('holds at least 400 phrases, and at least 60 in each of Arabic, French and Spanish', () => {
    expect(phrases.length).toBeGreaterThanOrEqual(400);
    for (const lang of ['ar', 'fr', 'es'] as const) expect(phrasesByLang[lang].length).toBeGreaterThanOrEqual(60);
    for (const lang of LANGS) expect(phrasesByLang[lang].every((label) => label.lang === lang)).toBe(true);
  });

  it('holds at least 150 sentences, at least 30 in each language', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(150);
    for (const lang of LANGS) expect(sentences.filter((s) => s.lang === lang).length).toBeGreaterThanOrEqual(30);
  });

  it('exercises every row of COUNT-SEMANTICS.md with at least one phrase', () => {
    const exercised = new Set(phrases.map((label) => label.row));
    expect(REQUIRED_ROWS.filter((row) => !exercised.has(row))).toEqual([]);
  });

  it('names only rows of the required list', () => {
    expect(phrases.filter((label) => !REQUIRED_ROWS.includes(label.row)).map((label) => label.row)).toEqual([]);
  });

  it('labels agree with the table arithmetic by themselves (⌊9N/10⌋, ⌈11N/10⌉ in integers)', () => {
    const problems = phrases
      .map((label) => ({ text: label.text, problem: labelArithmeticProblem(label) }))
      .filter((entry) => entry.problem !== null);
    expect(problems).toEqual([]);
  });

  it('sentence labels name substrings of their sentence, in order, and categories of the vocabulary', () => {
    const problems: string[] = [];
    for (const sentence of sentences) {
      let from = 0;
      for (const death of sentence.deaths) {
        const at = sentence.text.indexOf(death.text, from);
        if (at < 0) problems.push(`${death.text} in ${sentence.text}`);
        else from = at + death.text.length;
        if (death.category !== null && !CATEGORIES.includes(death.category)) problems.push(death.category);
        if (death.max !== null && death.max < death.min) problems.push(`range of ${death.text}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('parseCount on the phrase corpus', () => {
  for (const label of phrases) {
    it(`parseCount(${JSON.stringify(label.text)}) reads ${label.row}`, () => {
      const options = Object.freeze({ lang: label.lang });
      if (label.error) {
        expect(() => parseCount(label.text, options)).toThrow(CountParseError);
        return;
      }
      const expected = expectedReading(label);
      expect(pickLike(parseCount(label.text, options), expected)).toEqual(expected);
    });
  }

  it("parseCount(text) with lang 'auto' reads every Arabic phrase as Arabic, to the same range", () => {
    const disagreements = phrasesByLang.ar
      .filter((label) => !label.error && label.min !== undefined)
      .flatMap((label): { text: string; expected: unknown; got: unknown }[] => {
        try {
          const parsed = parseCount(label.text);
          return parsed.lang === 'ar' && parsed.min === label.min && parsed.max === label.max
            ? []
            : [{ text: label.text, expected: [label.min, label.max], got: [parsed.lang, parsed.min, parsed.max] }];
        } catch (error) {
          return [{ text: label.text, expected: [label.min, label.max], got: String(error) }];
        }
      });
    expect(disagreements).toEqual([]);
  });
});

describe('findCounts on the sentence corpus', () => {
  for (const sentence of sentences) {
    const n = sentence.deaths.length;
    it(`findCounts(${JSON.stringify(sentence.text)}) finds ${n} death toll${n === 1 ? '' : 's'}`, () => {
      const found = findCounts(sentence.text, Object.freeze({ lang: sentence.lang }));

      // Every span returned, deaths or not, is a valid slice of the sentence, in order.
      let previousStart = -1;
      for (const span of found) {
        expect(Number.isInteger(span.start) && Number.isInteger(span.end)).toBe(true);
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeGreaterThan(span.start);
        expect(span.end).toBeLessThanOrEqual(sentence.text.length);
        expect(sentence.text.slice(span.start, span.end)).toBe(span.text);
        expect(span.start).toBeGreaterThanOrEqual(previousStart);
        previousStart = span.start;
      }

      // The death tolls: what is marked as another kind, or as giving no figure, is not one.
      const deaths = found.filter((span) => span.count.kind === 'deaths' && !span.count.noFigure);
      expect(deaths.map((span) => ({ min: span.count.min, max: span.count.max, category: span.category }))).toEqual(
        sentence.deaths.map((death) => ({ min: death.min, max: death.max, category: death.category })),
      );

      // Each one overlaps the quantity expression the label names.
      let from = 0;
      sentence.deaths.forEach((death, index) => {
        const start = sentence.text.indexOf(death.text, from);
        const end = start + death.text.length;
        from = end;
        const span = deaths[index]!;
        expect(
          span.start < end && start < span.end,
          `found "${span.text}" [${span.start}, ${span.end}) where "${death.text}" [${start}, ${end}) was expected`,
        ).toBe(true);
      });
    });
  }
});
