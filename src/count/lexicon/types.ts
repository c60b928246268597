import type { FigureQualifier } from '../bounds.js';
import type { NumberTerm } from '../numbers/terms.js';
import type { CountLang } from '../types.js';

/**
 * A qualifier as a lexicon gives it: one of the figure qualifiers, or `estimated`
 * ("an estimated", "estimated"): `about` unless another qualifier goes with it
 * ("an estimated more than 130" is "more than 130").
 */
export type QualifierWord = FigureQualifier | 'estimated';

/**
 * What a word or phrase near a figure says about it. A closed set:
 * - what the figure counts: `death` (killed, dead, «قتيل»), `toll` ("death toll", «حصيلة»:
 *   the dead, when it stands before the figure), `injured`, `missing`,
 *   `arrested`, `displaced`, `casualty` (a noun that mixes the dead and the wounded);
 * - who: `category` (civilians, children, ...; with its name), `person` (people, «شخص»);
 * - what kind of claim: `projection` (could, may, feared), `negation` ("not" just
 *   before a figure), `denial` (denied), `increment-before` ("another"),
 *   `increment-after` ("more", "additional"), `difference` ("higher than"),
 *   `rate-before` ("an average of"), `rate-after` ("a month", "per day"),
 *   `revision` (a verb that revises a toll "from X to Y"), `previous` ("up from X");
 * - what else a figure can be: `age`, `month` (a date), `time` (a.m.), `duration`
 *   (days, years), `unit` (km, dollars, times), `percent`, `magnitude`;
 * - how clauses join: `link` ("including", «بينهم»), `link-after` ("of them"),
 *   `conj` (and, or), `subset` ("two journalists among 9 killed"), `subordinator`
 *   (who, which), `aux` (were, have been: read through).
 */
export type CueKind =
  | 'death'
  | 'toll'
  | 'injured'
  | 'missing'
  | 'arrested'
  | 'displaced'
  | 'casualty'
  | 'category'
  | 'person'
  | 'projection'
  | 'negation'
  | 'denial'
  | 'increment-before'
  | 'increment-after'
  | 'difference'
  | 'rate-before'
  | 'rate-after'
  | 'revision'
  | 'previous'
  | 'age'
  | 'month'
  | 'time'
  | 'duration'
  | 'unit'
  | 'percent'
  | 'magnitude'
  | 'link'
  | 'link-after'
  | 'conj'
  | 'subset'
  | 'subordinator'
  | 'aux';

/** A cue with, for `category`, the category's name. */
export interface Cue {
  readonly kind: CueKind;
  readonly category: string | null;
}

/**
 * Everything a language contributes, as plain phrase lists. Phrases are written as
 * a reader would write them (accents, hamza, hyphens); `compileLexicon` tokenizes and
 * normalizes them the way it reads a text, so the lists stay readable.
 */
export interface LexiconSource {
  readonly lang: CountLang;
  /** Number words. */
  readonly numbers: readonly (readonly [string, NumberTerm])[];
  /** Units may come before tens («خمسة وعشرون»). */
  readonly unitsBeforeTens: boolean;
  /** Ten to nineteen may follow sixty and eighty ("soixante-dix"). */
  readonly teenAfterSixtyEighty: boolean;
  /** Digits may follow a scale word after «و» («67 ألفاً و938»). */
  readonly digitsAfterScale: boolean;
  /** Qualifiers before the figure ("more than", «أكثر من»). */
  readonly before: readonly (readonly [string, QualifierWord])[];
  /** Qualifiers right after the figure ("or more", "+", "-plus", "or so"). */
  readonly after: readonly (readonly [string, QualifierWord])[];
  /** Qualifiers that may follow the noun after the figure («130 قتيلاً على الأقل», "30 morts au moins"). */
  readonly floating: readonly (readonly [string, QualifierWord])[];
  /** Qualifier verbs that may stand before the subject of the figure («تجاوز عدد القتلى 1000»). */
  readonly detached: readonly string[];
  /** Articles that may stand between a qualifier and its figure ("frôle les 500", "rebasó los 500"). */
  readonly articles: readonly string[];
  /** "between", "entre", «بين». */
  readonly rangeOpen: readonly string[];
  /** "and" inside "between A and B". */
  readonly rangeAnd: readonly string[];
  /** "from" in "from A to B". */
  readonly rangeFrom: readonly string[];
  /** "to", "-", "or" between A and B. */
  readonly rangeTo: readonly string[];
  /** Unquantified amounts: "several" 3, "a few" 2; `true` when only before a unit word ("des" dizaines). */
  readonly vagueQuantifiers: readonly (readonly [string, number, boolean?])[];
  /** Plural unit words: "dozens" 12, "hundreds" 100, «عشرات» 10 (alone: twice the unit). */
  readonly vagueUnits: readonly (readonly [string, number])[];
  /** Singular units after a quantifier: "several hundred", "a few thousand". */
  readonly singularUnits: readonly (readonly [string, number])[];
  /** "of", "de" between units ("tens of thousands"). */
  readonly unitJoiners: readonly string[];
  /** Approximate collective nouns: "dizaine" 10, "centenar" 100 (about N). */
  readonly collectives: readonly (readonly [string, number])[];
  /** Articles that make a collective one ("une", "un", "una"). */
  readonly collectiveArticles: readonly string[];
  /** Phrases that say none died ("no one", "nadie", «لا أحد»). */
  readonly zero: readonly string[];
  /** Determiners that make a death noun none ("no deaths", "aucun mort", «لا قتلى»). */
  readonly zeroDeterminers: readonly string[];
  /** Phrases that say no figure was given ("did not give a toll", "unknown number"). */
  readonly noFigure: readonly string[];
  /** Negations that, near a word of `noFigureTargets`, say no figure was given ("did not ... toll"). */
  readonly noFigureNegations: readonly string[];
  readonly noFigureTargets: readonly string[];
  /** Arabic dual nouns: the word, its category (null for people in general), and whether it names the dead («شهيدان»). */
  readonly duals: readonly (readonly [string, string | null, boolean])[];
  /** Context words: what a figure counts, who, and what kind of claim it is. */
  readonly cues: readonly (readonly [string, CueKind, string?])[];
  /** Letters written right after digits that make them an ordinal ("7th", "1er"). */
  readonly ordinalSuffixes: readonly string[];
}

/**
 * Lexicon entries: every phrase with the same cue. Linear in the number of phrases.
 *
 * @example
 * cues('injured', 'wounded', 'hurt'); // => [['wounded', 'injured'], ['hurt', 'injured']]
 */
export function cues(kind: CueKind, ...phrases: string[]): [string, CueKind][] {
  return phrases.map((phrase) => [phrase, kind]);
}

/**
 * Lexicon entries: every phrase naming one victim category. Linear in the number of phrases.
 *
 * @example
 * category('children', 'kids'); // => [['kids', 'category', 'children']]
 */
export function category(name: string, ...phrases: string[]): [string, CueKind, string][] {
  return phrases.map((phrase) => [phrase, 'category', name]);
}

/**
 * Lexicon entries: every phrase with the same qualifier. Linear in the number of phrases.
 *
 * @example
 * qualified('nearly', 'almost'); // => [['almost', 'nearly']]
 */
export function qualified(qualifier: QualifierWord, ...phrases: string[]): [string, QualifierWord][] {
  return phrases.map((phrase) => [phrase, qualifier]);
}
