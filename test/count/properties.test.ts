import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CountParseError, parseCount, safeParseCount } from '../../src/count/index.js';
import type { CountLang, ParsedCount, Qualifier } from '../../src/count/types.js';

/**
 * Property tests of parseCount. Part (a) builds well-formed wordings from a small grammar of each
 * language and computes the range they must read as from the table of COUNT-SEMANTICS.md, with the
 * code below (never from the parser). Parts (b) to (d) feed it anything at all.
 */

// ------------------------------------------------------------------------------------------------
// The table, in integers.

type Range = [min: number, max: number | null];

/** ⌊9N/10⌋ and ⌈11N/10⌉ computed in integers (in floating point, ⌈1.1 × 1400⌉ is 1541). */
const lowerTenth = (n: number): number => Number((9n * BigInt(n)) / 10n);
const upperTenth = (n: number): number => Number((11n * BigInt(n) + 9n) / 10n);

/** The range COUNT-SEMANTICS.md gives a qualifier applied to the figure N. */
function tableRange(qualifier: Qualifier, n: number): Range {
  switch (qualifier) {
    case 'exact':
      return [n, n];
    case 'at-least':
      return [n, null];
    case 'more-than':
      return [n + 1, null];
    case 'at-most':
      return [0, n];
    case 'fewer-than':
      return [0, n - 1];
    case 'about':
      return [lowerTenth(n), upperTenth(n)];
    case 'nearly':
      return [lowerTenth(n), n - 1];
    case 'just-over':
      return [n + 1, upperTenth(n)];
    default:
      throw new Error(`tableRange does not apply to ${qualifier}`);
  }
}

/**
 * A wording built by a grammar, with the reading the table gives it. `qualifier` is left out where
 * the table gives a range but names no qualifier ("an estimated A to B" stays [A, B]).
 */
interface Wording {
  text: string;
  lang: CountLang;
  min: number;
  max: number | null;
  qualifier?: Qualifier;
}

/** A figure written some way: its value, its text, and what a noun after it needs. */
interface Figure {
  value: number;
  text: string;
  /** Written with a million word, so that a French or Spanish noun takes "de". */
  millionWord?: boolean;
  /** Written in digits only (so that a "+" suffix reads naturally). */
  digits?: boolean;
  /** Starts with an article or "un" ("a dozen", "un million"), which some qualifiers refuse. */
  article?: boolean;
}

const NNBSP = '\u202F';
const NBSP = '\u00A0';

/** Digits grouped by threes with one separator (or none). */
function groupDigits(value: number, separator: string): string {
  const digits = String(value);
  if (separator === '') return digits;
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** A mantissa with a decimal mark and a scale word's size: e.g. "2.35" × 1e6. */
function scaled(int: number, decimals: string, mark: string, size: number): { value: number; text: string } {
  const fraction = decimals === '' ? 0 : (Number(decimals) * size) / 10 ** decimals.length;
  return { value: int * size + fraction, text: decimals === '' ? String(int) : `${int}${mark}${decimals}` };
}

/** A figure up to `max`, small ones as often as large ones. */
const figureValue = (max: number): fc.Arbitrary<number> =>
  fc.oneof(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max }));

const decimalsArb = fc.oneof(
  fc.constant(''),
  fc.integer({ min: 1, max: 9 }).map(String),
  fc.integer({ min: 1, max: 99 }).map((d) => String(d).padStart(2, '0')),
);

// ------------------------------------------------------------------------------------------------
// English.

const EN_ONES = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function enBelow100(n: number): string {
  if (n < 20) return EN_ONES[n]!;
  const tens = EN_TENS[Math.floor(n / 10)]!;
  return n % 10 === 0 ? tens : `${tens}-${EN_ONES[n % 10]!}`;
}

function enBelow1000(n: number, and: boolean): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const parts: string[] = [];
  if (hundreds > 0) parts.push(`${EN_ONES[hundreds]!} hundred`);
  if (rest > 0) parts.push(`${hundreds > 0 && and ? 'and ' : ''}${enBelow100(rest)}`);
  return parts.join(' ');
}

/** English number words, British ("one hundred and thirty") or American ("one hundred thirty"). */
function enWords(n: number, and: boolean): string {
  const parts: string[] = [];
  let rest = n;
  for (const [size, word] of [[1_000_000, 'million'], [1000, 'thousand']] as const) {
    const group = Math.floor(rest / size);
    if (group > 0) parts.push(`${enBelow1000(group, and)} ${word}`);
    rest %= size;
  }
  if (rest > 0) parts.push(`${parts.length > 0 && rest < 100 && and ? 'and ' : ''}${enBelow1000(rest, and)}`);
  return parts.join(' ');
}

const EN_SEPARATORS = ['', ',', '.', ' ', "'", NNBSP, NBSP];

const enFigure: fc.Arbitrary<Figure> = fc.oneof(
  fc
    .tuple(figureValue(99_999_999), fc.constantFrom(...EN_SEPARATORS))
    .map(([value, separator]) => ({ value, text: groupDigits(value, separator), digits: true })),
  fc
    .tuple(figureValue(999_999_999), fc.boolean())
    .map(([value, and]) => ({ value, text: enWords(value, and) })),
  fc
    .tuple(
      fc.integer({ min: 1, max: 99 }),
      decimalsArb,
      fc.constantFrom('.', ',', '·'),
      fc.constantFrom(['thousand', 1000] as const, ['million', 1_000_000] as const, ['lakh', 100_000] as const, ['crore', 10_000_000] as const),
    )
    .map(([int, decimals, mark, [word, size]]) => {
      const { value, text } = scaled(int, decimals, mark, size);
      return { value, text: `${text} ${word}` };
    }),
  fc.integer({ min: 1, max: 9 }).map((k) => ({ value: 12 * k, text: k === 1 ? 'a dozen' : `${EN_ONES[k]!} dozen`, article: k === 1 })),
  fc.constant({ value: 500_000, text: 'half a million', article: true }),
  fc.constant({ value: 100_000, text: 'a hundred thousand', article: true }),
);

/** Each qualifier's English wordings: a prefix, or a suffix after the figure. */
const EN_QUALIFIERS: { qualifier: Qualifier; prefix?: string; suffix?: string; digitsOnly?: boolean; noArticle?: boolean }[] = [
  { qualifier: 'exact', prefix: '' },
  { qualifier: 'exact', prefix: 'exactly ' },
  { qualifier: 'at-least', prefix: 'at least ' },
  { qualifier: 'at-least', prefix: 'no fewer than ' },
  { qualifier: 'at-least', prefix: 'no less than ' },
  { qualifier: 'at-least', prefix: 'not less than ' },
  { qualifier: 'at-least', prefix: 'a minimum of ' },
  { qualifier: 'at-least', suffix: ' or more' },
  { qualifier: 'more-than', prefix: 'more than ' },
  { qualifier: 'more-than', prefix: 'over ' },
  { qualifier: 'more-than', prefix: 'upwards of ' },
  { qualifier: 'more-than', prefix: 'in excess of ' },
  { qualifier: 'more-than', prefix: 'above ' },
  { qualifier: 'more-than', prefix: 'exceeding ' },
  { qualifier: 'more-than', suffix: '+', digitsOnly: true },
  { qualifier: 'more-than', suffix: '-plus', digitsOnly: true },
  { qualifier: 'more-than', prefix: 'well over ' },
  { qualifier: 'at-most', prefix: 'at most ' },
  { qualifier: 'at-most', prefix: 'no more than ' },
  { qualifier: 'at-most', prefix: 'up to ' },
  { qualifier: 'at-most', prefix: 'as many as ' },
  { qualifier: 'at-most', prefix: 'a maximum of ' },
  { qualifier: 'at-most', prefix: 'no higher than ' },
  { qualifier: 'fewer-than', prefix: 'fewer than ' },
  { qualifier: 'fewer-than', prefix: 'less than ' },
  { qualifier: 'fewer-than', prefix: 'under ' },
  { qualifier: 'fewer-than', prefix: 'below ' },
  { qualifier: 'about', prefix: 'about ' },
  { qualifier: 'about', prefix: 'around ' },
  { qualifier: 'about', prefix: 'approximately ' },
  { qualifier: 'about', prefix: 'roughly ' },
  { qualifier: 'about', prefix: 'some ', noArticle: true },
  { qualifier: 'about', prefix: 'an estimated ', noArticle: true },
  { qualifier: 'about', suffix: ' or so' },
  { qualifier: 'nearly', prefix: 'nearly ' },
  { qualifier: 'nearly', prefix: 'almost ' },
  { qualifier: 'nearly', prefix: 'close to ' },
  { qualifier: 'nearly', prefix: 'just under ' },
  { qualifier: 'nearly', prefix: 'approaching ' },
  { qualifier: 'nearly', prefix: 'just shy of ' },
  { qualifier: 'just-over', prefix: 'just over ' },
  { qualifier: 'just-over', prefix: 'slightly more than ' },
];

const EN_NOUNS = ['', ' people killed', ' people were killed', ' dead', ' deaths', ' killed', ' people died'];

/** Capitalizes the first letter, as a headline or a sentence start would. */
const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Builds wordings "qualifier × figure × noun" and reads them by the table. */
function qualifiedWordings(
  lang: CountLang,
  figures: fc.Arbitrary<Figure>,
  qualifiers: { qualifier: Qualifier; prefix?: string; suffix?: string; digitsOnly?: boolean; noArticle?: boolean }[],
  write: (figure: Figure, prefix: string, suffix: string, noun: string) => string,
  nouns: (figure: Figure) => string[],
): fc.Arbitrary<Wording> {
  return fc
    .tuple(figures, fc.constantFrom(...qualifiers), fc.nat(), fc.boolean())
    .filter(([figure, q]) => !(q.digitsOnly && !figure.digits) && !(q.noArticle && figure.article))
    .filter(([figure, q]) => !(figure.value === 0 && (q.qualifier === 'nearly' || q.qualifier === 'fewer-than')))
    .map(([figure, q, pick, upper]) => {
      const nounChoices = nouns(figure);
      const noun = nounChoices[pick % nounChoices.length]!;
      const text = write(figure, q.prefix ?? '', q.suffix ?? '', noun);
      const [min, max] = tableRange(q.qualifier, figure.value);
      return { text: upper ? capitalize(text) : text, lang, min, max, qualifier: q.qualifier };
    });
}

const enQualified = qualifiedWordings(
  'en',
  enFigure,
  EN_QUALIFIERS,
  (figure, prefix, suffix, noun) => `${prefix}${figure.text}${suffix}${noun}`,
  (figure) => (figure.value >= 2 ? EN_NOUNS : ['']),
);

/** Two distinct figures, the smaller first. */
const orderedPair = (max: number): fc.Arbitrary<[number, number]> =>
  fc
    .tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max }))
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => (a < b ? [a, b] : [b, a]));

const enRanges: fc.Arbitrary<Wording> = fc.oneof(
  // Digits, one separator for both ends.
  fc
    .tuple(
      orderedPair(9_999_999),
      fc.constantFrom(...EN_SEPARATORS),
      fc.constantFrom('between # and #', '# to #', '#-#', '#–#', 'from # to #', 'an estimated # to #', 'about # to #'),
      fc.constantFrom(...EN_NOUNS),
    )
    .map(([[a, b], separator, form, noun]): Wording => {
      const [first, second] = [groupDigits(a, separator), groupDigits(b, separator)];
      const text = form.replace('#', first).replace('#', second) + noun;
      const stays = form.startsWith('an estimated') || form.startsWith('about');
      return stays ? { text, lang: 'en', min: a, max: b } : { text, lang: 'en', min: a, max: b, qualifier: 'between' };
    }),
  // Words, without the British "and" that "between A and B" would make ambiguous. Both ends are of
  // one size (tens, hundreds or thousands), and the lower does not end on "hundred" or "thousand":
  // "between two and three hundred" and "between three thousand and nine thousand..." have two readings.
  fc
    .constantFrom([1, 99], [101, 999], [1001, 9999])
    .chain(([low, high]) =>
      fc.tuple(
        fc
          .tuple(fc.integer({ min: low!, max: high! }), fc.integer({ min: low!, max: high! }))
          .filter(([a, b]) => a !== b && Math.min(a, b) % 100 !== 0)
          .map(([a, b]): [number, number] => (a < b ? [a, b] : [b, a])),
        fc.constantFrom('between # and #', 'from # to #'),
      ),
    )
    .map(([[a, b], form]) => ({
      text: form.replace('#', enWords(a, false)).replace('#', enWords(b, false)),
      lang: 'en' as const,
      min: a,
      max: b,
      qualifier: 'between' as const,
    })),
  // A scale word after a range applies to both ends.
  fc
    .tuple(
      fc.integer({ min: 1, max: 98 }),
      decimalsArb,
      fc.integer({ min: 1, max: 99 }),
      fc.constantFrom('between # and #', '#-#', '# to #'),
      fc.constantFrom(['thousand', 1000] as const, ['million', 1_000_000] as const),
    )
    .map(([int, decimals, step, form, [word, size]]) => {
      const low = scaled(int, decimals, '.', size);
      const high = scaled(int + step, '', '.', size);
      const text = `${form.replace('#', low.text).replace('#', high.text)} ${word}`;
      return { text, lang: 'en' as const, min: low.value, max: high.value, qualifier: 'between' as const };
    })
    .filter((w) => w.min < w.max),
);

const enVague: fc.Arbitrary<Wording> = fc
  .constantFrom(
    ['several people were killed', 3],
    ['several deaths', 3],
    ['a few people were killed', 2],
    ['a handful of people were killed', 2],
    ['a number of people were killed', 2],
    ['many people were killed', 2],
    ['multiple deaths', 2],
    ['dozens of people were killed', 24],
    ['dozens dead', 24],
    ['scores of people were killed', 40],
    ['tens of people were killed', 20],
    ['hundreds of people were killed', 200],
    ['hundreds dead', 200],
    ['thousands of people were killed', 2000],
    ['tens of thousands of people were killed', 20000],
    ['hundreds of thousands of people were killed', 200000],
  )
  .chain(([text, floor]) =>
    fc.boolean().map((upper) => ({
      text: upper ? capitalize(text) : text,
      lang: 'en' as const,
      min: floor,
      max: null,
      qualifier: 'vague' as const,
    })),
  );

// ------------------------------------------------------------------------------------------------
// French.

const FR_UNITS = [
  'zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix',
  'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf',
];
const FR_TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];

function frBelow100(n: number): string {
  if (n < 20) return FR_UNITS[n]!;
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  if (tens <= 6) {
    if (unit === 0) return FR_TENS[tens]!;
    return unit === 1 ? `${FR_TENS[tens]!} et un` : `${FR_TENS[tens]!}-${FR_UNITS[unit]!}`;
  }
  if (tens === 7) return unit === 1 ? 'soixante et onze' : `soixante-${FR_UNITS[10 + unit]!}`;
  if (tens === 8) return unit === 0 ? 'quatre-vingts' : `quatre-vingt-${FR_UNITS[unit]!}`;
  return `quatre-vingt-${FR_UNITS[10 + unit]!}`;
}

/** Below 1000; before "mille", "cents" and "quatre-vingts" lose their s. */
function frBelow1000(n: number, beforeMille: boolean): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  let text = '';
  if (hundreds === 1) text = 'cent';
  else if (hundreds > 1) text = `${FR_UNITS[hundreds]!} cent${rest === 0 && !beforeMille ? 's' : ''}`;
  if (rest > 0) {
    let words = frBelow100(rest);
    if (beforeMille && words === 'quatre-vingts') words = 'quatre-vingt';
    text = text === '' ? words : `${text} ${words}`;
  }
  return text;
}

/** French number words ("cent trente", "quatre-vingt-dix-sept", "deux mille trois cents"). */
function frWords(n: number): string {
  const millions = Math.floor(n / 1_000_000);
  const thousands = Math.floor(n / 1000) % 1000;
  const rest = n % 1000;
  const parts: string[] = [];
  if (millions > 0) parts.push(millions === 1 ? 'un million' : `${frBelow1000(millions, false)} millions`);
  if (thousands > 0) parts.push(thousands === 1 ? 'mille' : `${frBelow1000(thousands, true)} mille`);
  if (rest > 0) parts.push(frBelow1000(rest, false));
  return parts.join(' ');
}

const FR_SEPARATORS = ['', ' ', NNBSP, NBSP, '.', ',', "'"];

const frFigure: fc.Arbitrary<Figure> = fc.oneof(
  fc
    .tuple(figureValue(99_999_999), fc.constantFrom(...FR_SEPARATORS))
    .map(([value, separator]) => ({ value, text: groupDigits(value, separator), digits: true })),
  // From two: a lone "un" is as much an article as a figure.
  figureValue(999_999_999).filter((value) => value >= 2).map((value) => ({
    value,
    text: frWords(value),
    millionWord: value % 1_000_000 === 0,
    article: frWords(value).startsWith('un'),
  })),
  fc
    .tuple(fc.integer({ min: 1, max: 999 }), decimalsArb, fc.constantFrom(',', '.'))
    .map(([int, decimals, mark]) => {
      const { value, text } = scaled(int, decimals, mark, 1_000_000);
      return { value, text: `${text} ${value >= 2_000_000 ? 'millions' : 'million'}`, millionWord: true };
    }),
);

const FR_QUALIFIERS: { qualifier: Qualifier; prefix?: string; suffix?: string; noArticle?: boolean }[] = [
  { qualifier: 'exact', prefix: '' },
  { qualifier: 'exact', prefix: 'exactement ' },
  { qualifier: 'at-least', prefix: 'au moins ' },
  { qualifier: 'at-least', prefix: 'pas moins de ' },
  { qualifier: 'at-least', prefix: 'un minimum de ' },
  { qualifier: 'at-least', suffix: ' ou plus' },
  { qualifier: 'more-than', prefix: 'plus de ' },
  { qualifier: 'at-most', prefix: 'au plus ' },
  { qualifier: 'at-most', prefix: "jusqu'à " },
  { qualifier: 'at-most', prefix: 'pas plus de ' },
  { qualifier: 'at-most', prefix: 'un maximum de ' },
  { qualifier: 'fewer-than', prefix: 'moins de ' },
  { qualifier: 'about', prefix: 'environ ' },
  { qualifier: 'about', prefix: 'quelque ', noArticle: true },
  { qualifier: 'about', prefix: 'autour de ' },
  { qualifier: 'about', prefix: 'à peu près ' },
  { qualifier: 'about', prefix: 'approximativement ' },
  { qualifier: 'about', suffix: ' environ' },
  { qualifier: 'nearly', prefix: 'presque ' },
  { qualifier: 'nearly', prefix: 'un peu moins de ' },
  { qualifier: 'just-over', prefix: 'un peu plus de ' },
  { qualifier: 'just-over', prefix: 'légèrement plus de ' },
];

/** "de" elides before a vowel: "plus d'un million". */
const frJoin = (prefix: string, figure: string): string =>
  prefix.endsWith(' de ') && figure.startsWith('un') ? `${prefix.slice(0, -3)}d'${figure}` : `${prefix}${figure}`;

const frQualified = qualifiedWordings(
  'fr',
  frFigure,
  FR_QUALIFIERS,
  // A suffix ("ou plus", "environ") follows the noun: "60 morts ou plus".
  (figure, prefix, suffix, noun) => `${frJoin(prefix, figure.text)}${noun}${suffix}`,
  (figure) => (figure.value < 2 ? [''] : figure.millionWord ? ['', ' de morts'] : ['', ' morts', ' tués']),
);

const frRanges: fc.Arbitrary<Wording> = fc.oneof(
  fc
    .tuple(
      orderedPair(9_999_999),
      fc.constantFrom(...FR_SEPARATORS.filter((s) => s !== ',')),
      fc.constantFrom('entre # et #', 'de # à #', '# à #', '#-#'),
      fc.constantFrom('', ' morts', ' tués'),
    )
    .map(([[a, b], separator, form, noun]) => ({
      text: form.replace('#', groupDigits(a, separator)).replace('#', groupDigits(b, separator)) + noun,
      lang: 'fr' as const,
      min: a,
      max: b,
      qualifier: 'between' as const,
    })),
  fc
    .tuple(fc.integer({ min: 1, max: 98 }), decimalsArb, fc.integer({ min: 1, max: 99 }), fc.constantFrom('entre # et #', '#-#', 'de # à #'))
    .map(([int, decimals, step, form]) => {
      const low = scaled(int, decimals, ',', 1_000_000);
      const high = scaled(int + step, '', ',', 1_000_000);
      const text = `${form.replace('#', low.text).replace('#', high.text)} millions de morts`;
      return { text, lang: 'fr' as const, min: low.value, max: high.value, qualifier: 'between' as const };
    }),
);

const frFixed: fc.Arbitrary<Wording> = fc
  .constantFrom<[string, number, number | null, Qualifier]>(
    ['une dizaine de morts', 9, 11, 'about'],
    ['une douzaine de morts', 10, 14, 'about'],
    ['une vingtaine de morts', 18, 22, 'about'],
    ['une trentaine de morts', 27, 33, 'about'],
    ['une centaine de morts', 90, 110, 'about'],
    ["plus d'une centaine de morts", 101, null, 'more-than'],
    ['plusieurs morts', 3, null, 'vague'],
    ['quelques morts', 2, null, 'vague'],
    ['de nombreux morts', 2, null, 'vague'],
    ['des dizaines de morts', 20, null, 'vague'],
    ['plusieurs dizaines de morts', 30, null, 'vague'],
    ['des centaines de morts', 200, null, 'vague'],
    ['des milliers de morts', 2000, null, 'vague'],
    ['des dizaines de milliers de morts', 20000, null, 'vague'],
    ['des centaines de milliers de morts', 200000, null, 'vague'],
  )
  .map(([text, min, max, qualifier]) => ({ text, lang: 'fr' as const, min, max, qualifier }));

// ------------------------------------------------------------------------------------------------
// Spanish.

const ES_UNITS = [
  'cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez',
  'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve',
  'veinte', 'veintiuno', 'veintidós', 'veintitrés', 'veinticuatro', 'veinticinco', 'veintiséis',
  'veintisiete', 'veintiocho', 'veintinueve',
];
const ES_TENS = ['', '', '', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];
const ES_HUNDREDS = [
  '', 'ciento', 'doscientos', 'trescientos', 'cuatrocientos', 'quinientos', 'seiscientos', 'setecientos', 'ochocientos', 'novecientos',
];

/** Below 100; before a noun or "mil", "uno" shortens ("un", "veintiún", "treinta y un"). */
function esBelow100(n: number, shorten: boolean): string {
  let words: string;
  if (n < 30) words = ES_UNITS[n]!;
  else {
    const unit = n % 10;
    words = unit === 0 ? ES_TENS[Math.floor(n / 10)]! : `${ES_TENS[Math.floor(n / 10)]!} y ${ES_UNITS[unit]!}`;
  }
  if (shorten) {
    if (words === 'uno') return 'un';
    if (words === 'veintiuno') return 'veintiún';
    if (words.endsWith(' y uno')) return `${words.slice(0, -3)}un`;
  }
  return words;
}

function esBelow1000(n: number, shorten: boolean): string {
  if (n === 100) return 'cien';
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const parts: string[] = [];
  if (hundreds > 0) parts.push(ES_HUNDREDS[hundreds]!);
  if (rest > 0) parts.push(esBelow100(rest, shorten));
  return parts.join(' ');
}

/** Spanish number words ("ciento treinta", "dos mil trescientos"); `beforeNoun` shortens "uno". */
function esWords(n: number, beforeNoun: boolean): string {
  const millions = Math.floor(n / 1_000_000);
  const thousands = Math.floor(n / 1000) % 1000;
  const rest = n % 1000;
  const parts: string[] = [];
  if (millions > 0) parts.push(millions === 1 ? 'un millón' : `${esBelow1000(millions, true)} millones`);
  if (thousands > 0) parts.push(thousands === 1 ? 'mil' : `${esBelow1000(thousands, true)} mil`);
  if (rest > 0) parts.push(esBelow1000(rest, beforeNoun));
  return parts.join(' ');
}

const ES_SEPARATORS = ['', '.', ' ', NNBSP, ',', "'"];

const ES_QUALIFIERS: { qualifier: Qualifier; prefix?: string; suffix?: string; noArticle?: boolean }[] = [
  { qualifier: 'exact', prefix: '' },
  { qualifier: 'exact', prefix: 'exactamente ' },
  { qualifier: 'at-least', prefix: 'al menos ' },
  { qualifier: 'at-least', prefix: 'por lo menos ' },
  { qualifier: 'at-least', prefix: 'como mínimo ' },
  { qualifier: 'at-least', prefix: 'no menos de ' },
  { qualifier: 'at-least', prefix: 'un mínimo de ' },
  { qualifier: 'at-least', suffix: ' o más' },
  { qualifier: 'more-than', prefix: 'más de ' },
  { qualifier: 'more-than', prefix: 'por encima de ' },
  { qualifier: 'at-most', prefix: 'como máximo ' },
  { qualifier: 'at-most', prefix: 'hasta ' },
  { qualifier: 'at-most', prefix: 'no más de ' },
  { qualifier: 'at-most', prefix: 'un máximo de ' },
  { qualifier: 'fewer-than', prefix: 'menos de ' },
  { qualifier: 'about', prefix: 'unos ', noArticle: true },
  { qualifier: 'about', prefix: 'alrededor de ' },
  { qualifier: 'about', prefix: 'aproximadamente ' },
  { qualifier: 'about', prefix: 'en torno a ' },
  { qualifier: 'about', suffix: ' aproximadamente' },
  { qualifier: 'nearly', prefix: 'casi ' },
  { qualifier: 'nearly', prefix: 'poco menos de ' },
  { qualifier: 'just-over', prefix: 'poco más de ' },
  { qualifier: 'just-over', prefix: 'algo más de ' },
];

/** Spanish figures; a figure in words is written for a noun when `beforeNoun`. */
const esFigure = (beforeNoun: boolean): fc.Arbitrary<Figure> =>
  fc.oneof(
    fc
      .tuple(figureValue(99_999_999), fc.constantFrom(...ES_SEPARATORS))
      .map(([value, separator]) => ({ value, text: groupDigits(value, separator), digits: true })),
    figureValue(999_999_999).map((value) => ({
      value,
      text: esWords(value, beforeNoun),
      millionWord: value % 1_000_000 === 0,
      article: esWords(value, beforeNoun).startsWith('un'),
    })),
    fc
      .tuple(fc.integer({ min: 1, max: 999 }), decimalsArb, fc.constantFrom(',', '.'))
      .map(([int, decimals, mark]) => {
        const { value, text } = scaled(int, decimals, mark, 1_000_000);
        return { value, text: `${text} ${value === 1_000_000 ? 'millón' : 'millones'}`, millionWord: true };
      }),
  );

const esWrite = (figure: Figure, prefix: string, suffix: string, noun: string): string => `${prefix}${figure.text}${noun}${suffix}`;

const esQualified = fc.oneof(
  // Without a noun, "uno" keeps its full form...
  qualifiedWordings('es', esFigure(false), ES_QUALIFIERS, esWrite, () => ['']),
  // ...and before one, it shortens ("veintiún muertos").
  qualifiedWordings('es', esFigure(true), ES_QUALIFIERS, esWrite, (figure) =>
    figure.value < 2 ? [''] : figure.millionWord ? [' de muertos'] : [' muertos', ' fallecidos'],
  ),
);

const esRanges: fc.Arbitrary<Wording> = fc.oneof(
  fc
    .tuple(
      orderedPair(9_999_999),
      fc.constantFrom(...ES_SEPARATORS.filter((s) => s !== ',')),
      fc.constantFrom('entre # y #', 'de # a #', '# a #', '#-#'),
      fc.constantFrom('', ' muertos', ' fallecidos'),
    )
    .map(([[a, b], separator, form, noun]) => ({
      text: form.replace('#', groupDigits(a, separator)).replace('#', groupDigits(b, separator)) + noun,
      lang: 'es' as const,
      min: a,
      max: b,
      qualifier: 'between' as const,
    })),
  fc
    .tuple(fc.integer({ min: 1, max: 98 }), decimalsArb, fc.integer({ min: 1, max: 99 }), fc.constantFrom('entre # y #', '#-#', 'de # a #'))
    .map(([int, decimals, step, form]) => {
      const low = scaled(int, decimals, ',', 1_000_000);
      const high = scaled(int + step, '', ',', 1_000_000);
      const text = `${form.replace('#', low.text).replace('#', high.text)} millones de muertos`;
      return { text, lang: 'es' as const, min: low.value, max: high.value, qualifier: 'between' as const };
    }),
);

const esFixed: fc.Arbitrary<Wording> = fc
  .constantFrom<[string, number, number | null, Qualifier]>(
    ['una decena de muertos', 9, 11, 'about'],
    ['una docena de muertos', 10, 14, 'about'],
    ['una veintena de muertos', 18, 22, 'about'],
    ['un centenar de muertos', 90, 110, 'about'],
    ['más de un centenar de muertos', 101, null, 'more-than'],
    ['varios muertos', 3, null, 'vague'],
    ['unos pocos muertos', 2, null, 'vague'],
    ['muchos muertos', 2, null, 'vague'],
    ['decenas de muertos', 20, null, 'vague'],
    ['varias decenas de muertos', 30, null, 'vague'],
    ['cientos de muertos', 200, null, 'vague'],
    ['miles de muertos', 2000, null, 'vague'],
    ['decenas de miles de muertos', 20000, null, 'vague'],
    ['cientos de miles de muertos', 200000, null, 'vague'],
  )
  .map(([text, min, max, qualifier]) => ({ text, lang: 'es' as const, min, max, qualifier }));

// ------------------------------------------------------------------------------------------------
// Arabic: digits of three scripts, the thousand and million words.

const toArabicIndic = (text: string): string => text.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));
const toPersian = (text: string): string => text.replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d)));

/** The noun after a figure in digits agrees with its last two digits. */
function arNoun(value: number): string {
  const lastTwo = value % 100;
  if (lastTwo >= 11) return ' قتيلاً';
  if (lastTwo >= 3) return ' قتلى';
  if (lastTwo === 0) return ' قتيل';
  return '';
}

const arFigure: fc.Arbitrary<Figure & { noun: string }> = fc.oneof(
  fc
    .tuple(figureValue(9_999_999), fc.constantFrom('western', 'arabic-indic', 'persian'), fc.boolean())
    .map(([value, script, grouped]) => {
      const separator = grouped ? (script === 'western' ? ',' : '٬') : '';
      const western = groupDigits(value, separator);
      const text = script === 'western' ? western : script === 'arabic-indic' ? toArabicIndic(western) : toPersian(western);
      return { value, text, digits: true, noun: arNoun(value) };
    }),
  // «30 ألف قتيل»
  fc.integer({ min: 11, max: 999 }).map((k) => ({ value: k * 1000, text: `${k} ألف`, noun: ' قتيل' })),
  // «67 ألفاً و938»
  fc
    .tuple(fc.integer({ min: 11, max: 99 }), fc.integer({ min: 1, max: 999 }))
    .map(([k, rest]) => ({ value: k * 1000 + rest, text: `${k} ألفاً و${rest}`, noun: arNoun(rest) })),
  // «1.5 مليون», «13,5 مليون», «١٫٥ مليون»
  fc
    .tuple(fc.integer({ min: 1, max: 99 }), decimalsArb, fc.constantFrom('.', ',', '٫'))
    .map(([int, decimals, mark]) => {
      const { value, text } = scaled(int, decimals, mark, 1_000_000);
      return { value, text: `${mark === '٫' ? toArabicIndic(text) : text} مليون`, noun: '' };
    }),
);

const AR_QUALIFIERS: { qualifier: Qualifier; prefix?: string; suffix?: string }[] = [
  { qualifier: 'exact', prefix: '' },
  { qualifier: 'at-least', prefix: 'ما لا يقل عن ' },
  { qualifier: 'at-least', suffix: ' على الأقل' },
  { qualifier: 'more-than', prefix: 'أكثر من ' },
  { qualifier: 'more-than', prefix: 'ما يزيد على ' },
  { qualifier: 'more-than', prefix: 'ما يزيد عن ' },
  { qualifier: 'at-most', prefix: 'لا يزيد عن ' },
  { qualifier: 'fewer-than', prefix: 'أقل من ' },
  { qualifier: 'about', prefix: 'نحو ' },
  { qualifier: 'about', prefix: 'حوالي ' },
  { qualifier: 'about', prefix: 'زهاء ' },
  { qualifier: 'nearly', prefix: 'أقل بقليل من ' },
  { qualifier: 'just-over', prefix: 'أكثر بقليل من ' },
];

const arQualified: fc.Arbitrary<Wording> = fc
  .tuple(arFigure, fc.constantFrom(...AR_QUALIFIERS), fc.boolean())
  .map(([figure, q, withNoun]) => {
    const noun = withNoun ? figure.noun : '';
    const [min, max] = tableRange(q.qualifier, figure.value);
    return { text: `${q.prefix ?? ''}${figure.text}${noun}${q.suffix ?? ''}`, lang: 'ar' as const, min, max, qualifier: q.qualifier };
  });

const arRanges: fc.Arbitrary<Wording> = fc
  .tuple(orderedPair(999_999), fc.constantFrom('بين # و#', 'من # إلى #'), fc.constantFrom('western', 'arabic-indic'))
  .map(([[a, b], form, script]) => {
    const write = (n: number): string => (script === 'western' ? String(n) : toArabicIndic(String(n)));
    return { text: form.replace('#', write(a)).replace('#', write(b)), lang: 'ar' as const, min: a, max: b, qualifier: 'between' as const };
  });

const arFixed: fc.Arbitrary<Wording> = fc
  .constantFrom<[string, number, number | null, Qualifier]>(
    ['عدة قتلى', 3, null, 'vague'],
    ['عدد من القتلى', 2, null, 'vague'],
    ['عشرات القتلى', 20, null, 'vague'],
    ['مئات القتلى', 200, null, 'vague'],
    ['آلاف القتلى', 2000, null, 'vague'],
    ['عشرات الآلاف من القتلى', 20000, null, 'vague'],
    ['مئات الآلاف من القتلى', 200000, null, 'vague'],
    ['شهيدان', 2, 2, 'exact'],
    ['قتيلان', 2, 2, 'exact'],
  )
  .map(([text, min, max, qualifier]) => ({ text, lang: 'ar' as const, min, max, qualifier }));

// ------------------------------------------------------------------------------------------------
// What parseCount may do with any input at all.

const QUALIFIERS: readonly Qualifier[] = [
  'exact', 'at-least', 'more-than', 'at-most', 'fewer-than', 'about', 'nearly', 'just-over', 'between', 'vague', 'none',
];
const KINDS: readonly string[] = ['deaths', 'increment', 'projection', 'mixed', 'denied'];
const LANGS: readonly string[] = ['en', 'ar', 'fr', 'es'];

/** Why a returned value breaks the ParsedCount contract, or null when it keeps it. */
function contractProblem(parsed: ParsedCount): string | null {
  if (typeof parsed !== 'object' || parsed === null) return 'not an object';
  if (typeof parsed.text !== 'string') return 'text is not a string';
  if (!Number.isSafeInteger(parsed.min) || parsed.min < 0) return `min ${parsed.min} is not a non-negative integer`;
  if (parsed.max !== null && (!Number.isSafeInteger(parsed.max) || parsed.max < parsed.min)) {
    return `max ${parsed.max} is not an integer at least min ${parsed.min}`;
  }
  if (!QUALIFIERS.includes(parsed.qualifier)) return `qualifier ${String(parsed.qualifier)}`;
  if (!KINDS.includes(parsed.kind)) return `kind ${String(parsed.kind)}`;
  if (typeof parsed.noFigure !== 'boolean' || typeof parsed.bare !== 'boolean') return 'noFigure or bare is not a boolean';
  if (parsed.figure !== null && !Number.isSafeInteger(parsed.figure)) return `figure ${parsed.figure}`;
  if (!LANGS.includes(parsed.lang)) return `lang ${String(parsed.lang)}`;
  return null;
}

type Outcome = { ok: true; value: ParsedCount } | { ok: false; name: string; message: string };

/**
 * parseCount's outcome on `text`, failing the test if it is anything other than a ParsedCount that
 * keeps the contract or a thrown CountParseError.
 */
function outcome(text: string, options?: { lang?: CountLang | 'auto' }): Outcome {
  let value: ParsedCount;
  try {
    value = parseCount(text, options);
  } catch (error) {
    if (!(error instanceof CountParseError)) {
      throw new Error(`parseCount(${JSON.stringify(text.slice(0, 200))}) threw something other than a CountParseError: ${String(error)}`);
    }
    return { ok: false, name: error.name, message: error.message };
  }
  const problem = contractProblem(value);
  if (problem !== null) throw new Error(`parseCount(${JSON.stringify(text.slice(0, 200))}) returned a broken count: ${problem}`);
  return { ok: true, value };
}

const LEXICON = [
  'more', 'than', 'more than', 'at least', 'at', 'least', 'about', 'nearly', 'almost', 'just', 'over', 'under', 'between',
  'and', 'to', 'from', 'or', 'so', 'plus', 'a', 'dozen', 'dozens', 'of', 'scores', 'tens', 'hundreds', 'thousands', 'half',
  'million', 'thousand', 'hundred', 'lakh', 'crore', 'no', 'one', 'none', 'nobody', 'zero', 'several', 'few', 'many',
  'killed', 'dead', 'died', 'people', 'more died', 'each', 'could reach', 'not', 'ten', 'cut', 'up', 'estimated', 'an',
  '0', '1', '12', '130', '1,383', '1.383', '1 383', "1'383", `1${NNBSP}383`, '1.5', '5·4', '-', '–', '+', ',', '.', "'", '·',
  '١٣٠', '۱۳۰', '٫', '٬', 'أكثر من', 'ما لا يقل عن', 'نحو', 'أقل من', 'بين', 'و', 'ألفاً', 'و938', 'ألف', 'آلاف', 'مليون',
  'عشرات', 'مئات', 'شهيدان', 'قتيلاً', 'قتلى', 'وليس',
  'plus de', 'au moins', 'environ', 'près de', 'une dizaine', 'des dizaines', 'plusieurs', 'morts', 'quatre-vingt-dix-sept',
  'cent', 'trente', 'mille', 'millions', 'entre', 'et', 'à', 'de', "d'une", 'centaine',
  'más de', 'al menos', 'unos', 'casi', 'decenas', 'varias', 'ciento', 'treinta', 'mil', 'millones', 'muertos', 'y',
  'un centenar', 'medio millón',
];

const anyLang = fc.constantFrom<CountLang | 'auto' | undefined>('en', 'ar', 'fr', 'es', 'auto', undefined);
const lexiconMix = fc
  .tuple(fc.array(fc.constantFrom(...LEXICON), { maxLength: 30 }), fc.constantFrom(' ', '', '  ', '-', ', '))
  .map(([words, glue]) => words.join(glue));
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary-ascii', maxLength: 200 }),
  lexiconMix,
);
const optionsFor = (lang: CountLang | 'auto' | undefined) => (lang === undefined ? undefined : Object.freeze({ lang }));

// ------------------------------------------------------------------------------------------------

/** The fields of a parsed count the table decides. */
const reading = (parsed: ParsedCount) => ({
  min: parsed.min,
  max: parsed.max,
  qualifier: parsed.qualifier,
  kind: parsed.kind,
  noFigure: parsed.noFigure,
});

function checkGrammar(arbitrary: fc.Arbitrary<Wording>, numRuns = 300): void {
  fc.assert(
    fc.property(arbitrary, (wording) => {
      const parsed = parseCount(wording.text, Object.freeze({ lang: wording.lang }));
      const got = reading(parsed);
      const expected = { min: wording.min, max: wording.max, qualifier: wording.qualifier ?? got.qualifier, kind: 'deaths', noFigure: false };
      expect(got, wording.text).toEqual(expected);
    }),
    { numRuns },
  );
}

describe('parseCount(text) reads well-formed wordings exactly as the table says', () => {
  it('the grammar writes number words as the table examples write them', () => {
    expect(enWords(130, true)).toBe('one hundred and thirty');
    expect(enWords(2_300, false)).toBe('two thousand three hundred');
    expect(frWords(130)).toBe('cent trente');
    expect(frWords(97)).toBe('quatre-vingt-dix-sept');
    expect(frWords(80_000)).toBe('quatre-vingt mille');
    expect(frWords(2_300)).toBe('deux mille trois cents');
    expect(esWords(130, false)).toBe('ciento treinta');
    expect(esWords(2_300, true)).toBe('dos mil trescientos');
    expect(esWords(21_000, false)).toBe('veintiún mil');
    expect(tableRange('about', 1400)).toEqual([1260, 1540]);
    expect(tableRange('nearly', 1_500_000)).toEqual([1_350_000, 1_499_999]);
  });

  it('in English: a qualifier, a figure in digits, words or with a scale word, and a noun', () => checkGrammar(enQualified, 500));
  it('in English: ranges, a scale word after a range applying to both ends', () => checkGrammar(enRanges));
  it('in English: the unquantified plurals', () => checkGrammar(enVague, 100));
  it('in French: a qualifier, a figure in digits, words or millions, and a noun', () => checkGrammar(frQualified, 400));
  it('in French: ranges', () => checkGrammar(frRanges));
  it('in French: the approximate nouns and the plurals', () => checkGrammar(frFixed, 100));
  it('in Spanish: a qualifier, a figure in digits, words or millions, and a noun', () => checkGrammar(esQualified, 400));
  it('in Spanish: ranges', () => checkGrammar(esRanges));
  it('in Spanish: the approximate nouns and the plurals', () => checkGrammar(esFixed, 100));
  it('in Arabic: a qualifier, digits of three scripts or the thousand and million words, and a noun', () =>
    checkGrammar(arQualified, 400));
  it('in Arabic: ranges', () => checkGrammar(arRanges));
  it('in Arabic: the plurals and dual nouns', () => checkGrammar(arFixed, 100));
});

describe('parseCount(text) on any input returns a ParsedCount or throws a CountParseError', () => {
  it('for random unicode, ASCII and mixes of the lexicon, in any language', () => {
    fc.assert(
      fc.property(anyText, anyLang, (text, lang) => {
        outcome(text, optionsFor(lang));
      }),
      { numRuns: 2000 },
    );
  });

  it('for long and repetitive input (100 KB of digits, "more than " 10,000 times and the like)', () => {
    const inputs = [
      '1'.repeat(100_000),
      '9'.repeat(100_000),
      '١'.repeat(100_000),
      'more than '.repeat(10_000),
      `${'more than '.repeat(10_000)}130`,
      '1,'.repeat(50_000),
      '1 '.repeat(50_000),
      `${'1,000'.repeat(20_000)} dead`,
      'between 1 and '.repeat(7_000),
      'about '.repeat(16_000),
      'أكثر من '.repeat(12_000),
      'plus de '.repeat(12_000),
      'más de '.repeat(14_000),
      'dozens of '.repeat(10_000),
      'a dozen '.repeat(12_000),
      'tens of thousands of '.repeat(5_000),
      `${'0'.repeat(99_990)}130`,
      `at least ${'9'.repeat(400)}`,
    ];
    for (const text of inputs) {
      for (const lang of ['en', 'auto'] as const) outcome(text, { lang });
    }
  });

  it('safeParseCount never throws, and agrees with parseCount', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, enQualified.map((w) => w.text), frQualified.map((w) => w.text)), anyLang, (text, lang) => {
        const options = optionsFor(lang);
        const safe = safeParseCount(text, options);
        const direct = outcome(text, options);
        if (direct.ok) {
          expect(safe.success).toBe(true);
          if (safe.success) expect(safe.data).toEqual(direct.value);
        } else {
          expect(safe.success).toBe(false);
          if (!safe.success) expect(safe.error).toBeInstanceOf(CountParseError);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('parseCount(text) is pure', () => {
  it('gives deep-equal outcomes for the same input twice, and leaves frozen options alone', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, enQualified.map((w) => w.text), arQualified.map((w) => w.text)), anyLang, (text, lang) => {
        const options = optionsFor(lang);
        expect(outcome(text, options)).toEqual(outcome(text, options));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('parseCount(text) returns integer ranges', () => {
  it('with 0 ≤ min ≤ max (when max is not null) for every well-formed wording of every language', () => {
    const all = fc.oneof(enQualified, enRanges, frQualified, frRanges, esQualified, esRanges, arQualified, arRanges);
    fc.assert(
      fc.property(all, (wording) => {
        const result = outcome(wording.text, { lang: wording.lang });
        if (result.ok) {
          expect(Number.isSafeInteger(result.value.min)).toBe(true);
          if (result.value.max !== null) {
            expect(Number.isSafeInteger(result.value.max)).toBe(true);
            expect(result.value.min).toBeLessThanOrEqual(result.value.max);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
