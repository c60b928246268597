/**
 * An amount is how a line states a number of dead: "more than 130", "at least
 * 131", "about 1,400", "between 100 and 300", "dozens". It is language-neutral;
 * each phrasebook writes it.
 *
 * `describe` takes an amount from the estimate's range, and echoes the wording
 * of the claim behind it where that wording says the same range in another
 * way (a claim "more than 130" gives the low 131, written "more than 130").
 * The wording is recognised here only to be echoed, and only when the
 * reading agrees with the claim's `min` and `max`; the parser of record is
 * `parseCount` (COUNT-SEMANTICS.md).
 */
import type { EstimateClaim } from '../reconcile/types.js';
import type { DescribeLang } from './types.js';

/** Unquantified plurals, with the floor COUNT-SEMANTICS.md gives each. */
export type VagueWord =
  | 'a-number'
  | 'several'
  | 'tens'
  | 'dozens'
  | 'scores'
  | 'hundreds'
  | 'thousands'
  | 'tens-of-thousands'
  | 'hundreds-of-thousands';

/** The floor of each unquantified plural ("dozens" is [24, open)). */
export const VAGUE_FLOOR: Readonly<Record<VagueWord, number>> = {
  'a-number': 2,
  several: 3,
  tens: 20,
  dozens: 24,
  scores: 40,
  hundreds: 200,
  thousands: 2000,
  'tens-of-thousands': 20000,
  'hundreds-of-thousands': 200000,
};

/** A number of dead as a line states it. */
export type Amount =
  | { kind: 'exact'; n: number }
  | { kind: 'at-least'; n: number }
  | { kind: 'more-than'; n: number }
  | { kind: 'about'; n: number }
  | { kind: 'nearly'; n: number }
  | { kind: 'just-over'; n: number }
  | { kind: 'up-to'; n: number }
  | { kind: 'fewer-than'; n: number }
  | { kind: 'between'; low: number; high: number }
  | { kind: 'vague'; word: VagueWord };

/** A wording read as an amount; `bare` when it states a figure without a qualifier ("340 killed"). */
export interface Reading {
  amount: Amount;
  bare: boolean;
}

/** The amount that states the range [low, high] in plain words: "at least", "between", "up to", or the figure. */
export function amountOfRange(low: number, high: number | null): Amount {
  if (high === null) return { kind: 'at-least', n: low };
  if (low === high) return { kind: 'exact', n: low };
  if (low === 0) return { kind: 'up-to', n: high };
  return { kind: 'between', low, high };
}

/** The smallest number an amount allows: "more than 130" is 131. */
export function floorOf(amount: Amount): number {
  switch (amount.kind) {
    case 'exact':
    case 'at-least':
      return amount.n;
    case 'more-than':
    case 'just-over':
      return amount.n + 1;
    case 'about':
    case 'nearly':
      return Math.floor((9 * amount.n) / 10);
    case 'up-to':
    case 'fewer-than':
      return 0;
    case 'between':
      return amount.low;
    case 'vague':
      return VAGUE_FLOOR[amount.word];
  }
}

/** The largest number an amount allows; null when it is open above ("more than 130", "dozens"). */
export function ceilingOf(amount: Amount): number | null {
  switch (amount.kind) {
    case 'exact':
    case 'up-to':
      return amount.n;
    case 'at-least':
    case 'more-than':
    case 'vague':
      return null;
    case 'about':
    case 'just-over':
      return tenthAbove(amount.n);
    case 'nearly':
    case 'fewer-than':
      return amount.n - 1;
    case 'between':
      return amount.high;
  }
}

/** ⌈11N/10⌉ in integers (in floating point, `Math.ceil(1.1 * 1400)` is 1541). */
function tenthAbove(n: number): number {
  return Math.floor((11 * n + 9) / 10);
}

/** ⌊9N/10⌋ in integers. */
function tenthBelow(n: number): number {
  return Math.floor((9 * n) / 10);
}

/** True when `reading` says exactly the range [min, max] a claim was read as (under any policy). */
export function readingMatches(reading: Reading, min: number, max: number | null): boolean {
  const { amount } = reading;
  switch (amount.kind) {
    case 'exact':
      return min === amount.n && (max === amount.n || (reading.bare && max === null));
    case 'at-least':
      return min === amount.n;
    case 'more-than':
      return min === amount.n + 1;
    case 'about':
      return min === tenthBelow(amount.n) && max === tenthAbove(amount.n);
    case 'nearly':
      return min === tenthBelow(amount.n) && max === amount.n - 1;
    case 'just-over':
      return min === amount.n + 1 && max === tenthAbove(amount.n);
    case 'up-to':
      return min === 0 && max === amount.n;
    case 'fewer-than':
      return min === 0 && max === amount.n - 1;
    case 'between':
      return min === amount.low && max === amount.high;
    case 'vague':
      return min === VAGUE_FLOOR[amount.word];
  }
}

/** The fields a claim may carry beyond `EstimateClaim` (a qualifier and a language, when reconcile gives them). */
type ClaimWithReading = EstimateClaim & { qualifier?: string | undefined; figure?: number | null | undefined };

/**
 * What a claim says, as an amount that agrees with its `min` and `max`: from
 * its `qualifier` when the estimate carries one, else from its wording; null
 * when neither can be matched to the range.
 */
export function readingOfClaim(claim: EstimateClaim): Reading | null {
  const { min, max } = claim;
  const { qualifier, figure } = claim as ClaimWithReading;
  if (qualifier !== undefined) {
    const fromQualifier = readingOfQualifier(qualifier, min, max, figure ?? null);
    if (fromQualifier !== null && readingMatches(fromQualifier, min, max)) return fromQualifier;
  }
  const reading = readWording(claim.wording);
  if (reading !== null && readingMatches(reading, min, max)) return reading;
  return null;
}

function readingOfQualifier(qualifier: string, min: number, max: number | null, figure: number | null): Reading | null {
  switch (qualifier) {
    case 'exact':
      return { amount: { kind: 'exact', n: min }, bare: max === null };
    case 'at-least':
      return { amount: { kind: 'at-least', n: min }, bare: false };
    case 'more-than':
      return min > 0 ? { amount: { kind: 'more-than', n: min - 1 }, bare: false } : null;
    case 'about':
      return figure === null ? null : { amount: { kind: 'about', n: figure }, bare: false };
    case 'nearly':
      return max === null ? null : { amount: { kind: 'nearly', n: max + 1 }, bare: false };
    case 'just-over':
      return min > 0 ? { amount: { kind: 'just-over', n: min - 1 }, bare: false } : null;
    case 'between':
      return max === null ? null : { amount: { kind: 'between', low: min, high: max }, bare: false };
    case 'at-most':
      return max === null ? null : { amount: { kind: 'up-to', n: max }, bare: false };
    case 'fewer-than':
      return max === null ? null : { amount: { kind: 'fewer-than', n: max + 1 }, bare: false };
    case 'vague': {
      const word = (Object.keys(VAGUE_FLOOR) as VagueWord[]).find((w) => VAGUE_FLOOR[w] === min);
      return word === undefined ? null : { amount: { kind: 'vague', word }, bare: false };
    }
    default:
      return null;
  }
}

/* ------------------------------------------------------------------------ */
/* Reading a wording, in the four languages, well enough to echo it.        */
/* ------------------------------------------------------------------------ */

type Qualifier = 'more-than' | 'at-least' | 'about' | 'nearly' | 'just-over' | 'up-to' | 'fewer-than' | 'exact';

/** Qualifiers written before the number, in the four languages. */
const PREFIXES: readonly (readonly [string, Qualifier])[] = [
  // English
  ['just over', 'just-over'],
  ['slightly more than', 'just-over'],
  ['no more than', 'up-to'],
  ['no higher than', 'up-to'],
  ['more than', 'more-than'],
  ['well over', 'more-than'],
  ['over', 'more-than'],
  ['upwards of', 'more-than'],
  ['in excess of', 'more-than'],
  ['above', 'more-than'],
  ['exceeding', 'more-than'],
  ['exceeded', 'more-than'],
  ['passed', 'more-than'],
  ['surpassed', 'more-than'],
  ['topped', 'more-than'],
  ['higher than', 'more-than'],
  ['far beyond', 'more-than'],
  ['no fewer than', 'at-least'],
  ['no less than', 'at-least'],
  ['not less than', 'at-least'],
  ['at least', 'at-least'],
  ['a minimum of', 'at-least'],
  ['fewer than', 'fewer-than'],
  ['less than', 'fewer-than'],
  ['just under', 'nearly'],
  ['under', 'fewer-than'],
  ['below', 'fewer-than'],
  ['at most', 'up-to'],
  ['up to', 'up-to'],
  ['as many as', 'up-to'],
  ['a maximum of', 'up-to'],
  ['nearly', 'nearly'],
  ['almost', 'nearly'],
  ['close to', 'nearly'],
  ['approaching', 'nearly'],
  ['nears', 'nearly'],
  ['just shy of', 'nearly'],
  ['about', 'about'],
  ['around', 'about'],
  ['approximately', 'about'],
  ['roughly', 'about'],
  ['some', 'about'],
  ['an estimated', 'about'],
  ['exactly', 'exact'],
  ['precisely', 'exact'],
  // French
  ["un peu plus d'", 'just-over'],
  ['un peu plus de', 'just-over'],
  ["plus d'", 'more-than'],
  ['plus de', 'more-than'],
  ['au-delà de', 'more-than'],
  ['au moins', 'at-least'],
  ['pas moins de', 'at-least'],
  ["pas moins d'", 'at-least'],
  ["moins d'", 'fewer-than'],
  ['moins de', 'fewer-than'],
  ["jusqu'à", 'up-to'],
  ['au plus', 'up-to'],
  ['au maximum', 'up-to'],
  ['près de', 'nearly'],
  ["près d'", 'nearly'],
  ['presque', 'nearly'],
  ['environ', 'about'],
  ['quelque', 'about'],
  ['autour de', 'about'],
  ['exactement', 'exact'],
  // Spanish
  ['algo más de', 'just-over'],
  ['poco más de', 'just-over'],
  ['más de', 'more-than'],
  ['por encima de', 'more-than'],
  ['al menos', 'at-least'],
  ['por lo menos', 'at-least'],
  ['como mínimo', 'at-least'],
  ['no menos de', 'at-least'],
  ['menos de', 'fewer-than'],
  ['hasta', 'up-to'],
  ['como máximo', 'up-to'],
  ['casi', 'nearly'],
  ['cerca de', 'nearly'],
  ['alrededor de', 'about'],
  ['aproximadamente', 'about'],
  ['unos', 'about'],
  ['unas', 'about'],
  ['exactamente', 'exact'],
  // Arabic
  ['ما يزيد قليلاً على', 'just-over'],
  ['ما يزيد قليلا على', 'just-over'],
  ['أكثر من', 'more-than'],
  ['ما يزيد عن', 'more-than'],
  ['ما يزيد على', 'more-than'],
  ['يزيد عن', 'more-than'],
  ['يزيد على', 'more-than'],
  ['ما يربو على', 'more-than'],
  ['ما لا يقل عن', 'at-least'],
  ['لا يقل عن', 'at-least'],
  ['أقل من', 'fewer-than'],
  ['ما يصل إلى', 'up-to'],
  ['حتى', 'up-to'],
  ['قرابة', 'nearly'],
  ['نحو', 'about'],
  ['حوالي', 'about'],
  ['حوالى', 'about'],
  ['ما يقارب', 'about'],
  ['زهاء', 'about'],
];

/** Qualifiers written after the number. */
const SUFFIXES: readonly (readonly [string, Qualifier])[] = [
  ['or more', 'at-least'],
  ['or so', 'about'],
  ['على الأقل', 'at-least'],
  ['على الأكثر', 'up-to'],
  ['بالضبط', 'exact'],
  ['ou plus', 'at-least'],
  ['o más', 'at-least'],
];

/** Unquantified plurals, longest first so "tens of thousands" wins over "thousands". */
const VAGUE_WORDS: readonly (readonly [string, VagueWord])[] = [
  ['hundreds of thousands', 'hundreds-of-thousands'],
  ['tens of thousands', 'tens-of-thousands'],
  ['des centaines de milliers', 'hundreds-of-thousands'],
  ['des dizaines de milliers', 'tens-of-thousands'],
  ['cientos de miles', 'hundreds-of-thousands'],
  ['centenares de miles', 'hundreds-of-thousands'],
  ['decenas de miles', 'tens-of-thousands'],
  ['مئات الآلاف', 'hundreds-of-thousands'],
  ['عشرات الآلاف', 'tens-of-thousands'],
  ['dozens', 'dozens'],
  ['scores', 'scores'],
  ['hundreds', 'hundreds'],
  ['thousands', 'thousands'],
  ['several', 'several'],
  ['a few', 'a-number'],
  ['a handful', 'a-number'],
  ['a number of', 'a-number'],
  ['multiple', 'a-number'],
  ['many', 'a-number'],
  ['dizaines', 'tens'],
  ['centaines', 'hundreds'],
  ['milliers', 'thousands'],
  ['plusieurs', 'several'],
  ['quelques', 'a-number'],
  ['un certain nombre', 'a-number'],
  ['decenas', 'tens'],
  ['cientos', 'hundreds'],
  ['centenares', 'hundreds'],
  ['miles', 'thousands'],
  ['varios', 'several'],
  ['varias', 'several'],
  ['algunos', 'a-number'],
  ['algunas', 'a-number'],
  ['عشرات', 'tens'],
  ['مئات', 'hundreds'],
  ['آلاف', 'thousands'],
  ['عدة', 'several'],
  ['عدد من', 'a-number'],
  ['بضعة', 'a-number'],
];

/** Words that stand for an approximate number by their form (COUNT-SEMANTICS.md: "une dizaine" is about 10). */
const APPROXIMATE_WORDS: readonly (readonly [string, number])[] = [
  ['dizaine', 10],
  ['douzaine', 12],
  ['vingtaine', 20],
  ['trentaine', 30],
  ['quarantaine', 40],
  ['cinquantaine', 50],
  ['centaine', 100],
  ['decena', 10],
  ['docena', 12],
  ['veintena', 20],
  ['treintena', 30],
  ['centenar', 100],
];

/** Small numbers in words, whole words only; "a dozen" is 12 (a bare figure). */
const NUMBER_WORDS: readonly (readonly [string, number])[] = [
  ['a dozen', 12],
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
  ['une', 1], ['un', 1], ['deux', 2], ['trois', 3], ['quatre', 4], ['cinq', 5], ['sept', 7], ['huit', 8], ['neuf', 9], ['dix', 10], ['onze', 11], ['douze', 12],
  ['una', 1], ['uno', 1], ['dos', 2], ['tres', 3], ['cuatro', 4], ['cinco', 5], ['seis', 6], ['siete', 7], ['ocho', 8], ['nueve', 9], ['diez', 10], ['once', 11], ['doce', 12],
];

const NO_ONE = ['no one', 'nobody', 'none', 'zero', 'nadie', 'لا أحد'];

const SCALES: readonly (readonly [string, number])[] = [
  ['millions', 1e6], ['million', 1e6], ['millones', 1e6], ['millón', 1e6], ['ملايين', 1e6], ['مليون', 1e6],
  ['thousand', 1e3], ['mille', 1e3], ['mil', 1e3], ['ألفاً', 1e3], ['ألفا', 1e3], ['آلاف', 1e3], ['ألف', 1e3],
];

/** Words between two numbers that make them a range ("100 to 300", «بين 100 و300»). */
const RANGE_JOINERS = new Set(['-', '–', '—', 'to', 'and', 'à', 'et', 'a', 'y', 'و', 'إلى', 'al']);

/** Digits with optional groups of exactly three after a separator, then an optional decimal part (used only before a scale word). */
const NUMBER_PATTERN = /\d+(?:[ .,'\u00A0\u202F]\d{3}(?!\d))*(?:[.,·]\d+)?/gu;

interface FoundNumber {
  value: number;
  start: number;
  end: number;
}

/** Lower case, ASCII digits, one kind of apostrophe. */
function normalize(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u0660-\u0669]/gu, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/gu, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[’ʼ]/gu, "'");
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** The first index at or after `from` where `word` stands as a whole word in `text`, before `to`; -1 when none. */
function findWord(text: string, word: string, from = 0, to = text.length): number {
  let at = text.indexOf(word, from);
  while (at >= 0 && at + word.length <= to) {
    const before = text[at - 1];
    const after = text[at + word.length];
    const endsInLetter = isWordChar(word[word.length - 1]);
    if (!isWordChar(before) && (!endsInLetter || !isWordChar(after))) return at;
    at = text.indexOf(word, at + 1);
  }
  return -1;
}

function findNumbers(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  for (const match of text.matchAll(NUMBER_PATTERN)) {
    const start = match.index;
    const raw = match[0];
    let end = start + raw.length;
    const decimal = /[.,·](\d+)$/u.exec(raw);
    const grouped = /^\d+(?:[ .,'\u00A0\u202F]\d{3}(?!\d))*/u.exec(raw)![0];
    let value = Number(grouped.replace(/\D/gu, ''));
    const rest = text.slice(end);
    const gap = rest.startsWith(' ') || rest.startsWith('\u00A0') ? 1 : 0;
    const scale = SCALES.find(([word]) => rest.startsWith(word, gap) && !isWordChar(rest[gap + word.length]));
    if (scale !== undefined) {
      const [word, factor] = scale;
      const fraction = decimal !== null && grouped.length < raw.length ? Number(`0.${decimal[1]}`) : 0;
      value = Math.round((value + fraction) * factor);
      end += gap + word.length;
      // «67 ألفاً و938» is 67938.
      const more = factor === 1e3 ? /^\s*و\s*(\d+)/u.exec(text.slice(end)) : null;
      if (more !== null && Number(more[1]) < 1000) {
        value += Number(more[1]);
        end += more[0].length;
      }
    }
    if (Number.isSafeInteger(value)) found.push({ value, start, end });
  }
  return found;
}

/** The earliest qualifier of `list` found in text[from, to); ties go to the longer phrase. */
function earliest(text: string, list: readonly (readonly [string, Qualifier])[], from: number, to: number): Qualifier | null {
  let best: { at: number; length: number; qualifier: Qualifier } | null = null;
  for (const [phrase, qualifier] of list) {
    const at = findWord(text, phrase, from, to);
    if (at < 0) continue;
    if (best === null || at < best.at || (at === best.at && phrase.length > best.length)) best = { at, length: phrase.length, qualifier };
  }
  return best === null ? null : best.qualifier;
}

function amountOf(qualifier: Qualifier | null, n: number): Reading {
  if (qualifier === null) return { amount: { kind: 'exact', n }, bare: true };
  switch (qualifier) {
    case 'exact':
      return { amount: { kind: 'exact', n }, bare: false };
    default:
      return { amount: { kind: qualifier, n }, bare: false };
  }
}

/**
 * Reads a count's wording ("more than 130", «أكثر من 130 قتيلاً», "plus
 * d'une centaine", "entre 100 y 300", "dozens of men") as an amount, in any of
 * the four languages; null when it finds no figure it can echo. Linear in the
 * length of the wording; no regular expression backtracks.
 */
export function readWording(wording: string): Reading | null {
  const text = normalize(wording);
  const numbers = findNumbers(text);
  const first = numbers[0];
  if (first !== undefined) {
    const second = numbers[1];
    if (second !== undefined && RANGE_JOINERS.has(text.slice(first.end, second.start).trim()) && first.value <= second.value) {
      return { amount: { kind: 'between', low: first.value, high: second.value }, bare: false };
    }
    const after = text.slice(first.end);
    if (/^\s*\+|^-?plus(?![\p{L}])/u.test(after)) return { amount: { kind: 'more-than', n: first.value }, bare: false };
    const qualifier = earliest(text, PREFIXES, 0, first.start) ?? earliest(text, SUFFIXES, first.end, text.length);
    return amountOf(qualifier, first.value);
  }
  for (const [word, n] of APPROXIMATE_WORDS) {
    const at = findWord(text, word);
    if (at >= 0) {
      const qualifier = earliest(text, PREFIXES, 0, at);
      return qualifier === null ? { amount: { kind: 'about', n }, bare: false } : amountOf(qualifier, n);
    }
  }
  for (const [phrase, word] of VAGUE_WORDS) {
    if (findWord(text, phrase) >= 0) return { amount: { kind: 'vague', word }, bare: false };
  }
  if (NO_ONE.some((phrase) => findWord(text, phrase) >= 0)) return { amount: { kind: 'exact', n: 0 }, bare: false };
  let wordNumber: { at: number; n: number } | null = null;
  for (const [word, n] of NUMBER_WORDS) {
    const at = findWord(text, word);
    if (at >= 0 && (wordNumber === null || at < wordNumber.at)) wordNumber = { at, n };
  }
  if (wordNumber !== null) return amountOf(earliest(text, PREFIXES, 0, wordNumber.at), wordNumber.n);
  return null;
}

/* ------------------------------------------------------------------------ */
/* The language a wording is written in.                                     */
/* ------------------------------------------------------------------------ */

const MARKERS: Readonly<Record<'fr' | 'es' | 'en', readonly string[]>> = {
  en: ['more than', 'at least', 'about', 'people', 'killed', 'dead', 'men', 'women', 'civilians', 'dozens', 'hundreds', 'and', 'of', 'the', 'over', 'up to', 'nearly'],
  fr: ['plus de', "plus d'", 'au moins', 'environ', 'personnes', 'morts', 'tués', 'tuées', 'dizaines', 'centaines', 'milliers', 'plusieurs', 'quelques', 'près de', 'hommes', 'femmes', 'civils', "jusqu'à", 'et', 'des', 'une', 'moins de'],
  es: ['más de', 'al menos', 'por lo menos', 'alrededor de', 'personas', 'muertos', 'muertas', 'fallecidos', 'decenas', 'cientos', 'centenares', 'miles', 'varios', 'varias', 'hombres', 'mujeres', 'civiles', 'hasta', 'casi', 'unos', 'unas', 'y', 'menos de'],
};

/**
 * The language a wording is written in, as far as a short wording shows it:
 * Arabic script is Arabic; otherwise the language whose words and letters it
 * uses most, English when nothing tells.
 */
export function wordingLang(wording: string): DescribeLang {
  if (/[\u0600-\u06FF]/u.test(wording)) return 'ar';
  const text = normalize(wording);
  const score = { en: 0, fr: 0, es: 0 };
  for (const lang of ['en', 'fr', 'es'] as const) {
    for (const marker of MARKERS[lang]) if (findWord(text, marker) >= 0) score[lang] += 1;
  }
  if (/[ñ¿¡íóú]/u.test(text)) score.es += 2;
  if (/[àâçèêëîïôûùœ]/u.test(text)) score.fr += 2;
  if (score.fr > score.en && score.fr >= score.es) return 'fr';
  if (score.es > score.en && score.es > score.fr) return 'es';
  return 'en';
}
