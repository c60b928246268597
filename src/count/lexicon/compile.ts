import type { NumberGrammar } from '../numbers/readNumber.js';
import type { NumberTerm } from '../numbers/terms.js';
import type { StartIndex, Trie } from '../trie.js';
import { buildTrie, indexTries } from '../trie.js';
import type { CountLang } from '../types.js';
import { AR_LEXICON } from './ar.js';
import { EN_LEXICON } from './en.js';
import { ES_LEXICON } from './es.js';
import { FR_LEXICON } from './fr.js';
import type { Cue, LexiconSource, QualifierWord } from './types.js';

/** A vague quantifier: its multiplier, and whether it stands only before a unit word ("des" dizaines). */
export interface VagueQuantifier {
  readonly times: number;
  readonly onlyBeforeUnit: boolean;
}

/** A zero phrase; `death` when the phrase itself names the dead («لا قتلى», "no deaths"). */
export interface ZeroPhrase {
  readonly death: boolean;
}

/** An Arabic dual noun. */
export interface Dual {
  readonly category: string | null;
  readonly death: boolean;
}

/** A language's lexicon with its phrase lists compiled into tries, ready for matching. */
export interface Lexicon extends NumberGrammar {
  readonly lang: CountLang;
  readonly numbers: Trie<NumberTerm>;
  /** The joints of `numbers` alone ("and", "-", «و»). */
  readonly joints: Trie<NumberTerm>;
  readonly before: Trie<QualifierWord>;
  readonly after: Trie<QualifierWord>;
  readonly floating: Trie<QualifierWord>;
  readonly detached: Trie<true>;
  readonly articles: Trie<true>;
  readonly rangeOpen: Trie<true>;
  readonly rangeAnd: Trie<true>;
  readonly rangeFrom: Trie<true>;
  readonly rangeTo: Trie<true>;
  readonly vagueQuantifiers: Trie<VagueQuantifier>;
  readonly vagueUnits: Trie<number>;
  readonly singularUnits: Trie<number>;
  readonly unitJoiners: Trie<true>;
  readonly collectives: Trie<number>;
  readonly collectiveArticles: Trie<true>;
  readonly zero: Trie<ZeroPhrase>;
  readonly zeroDeterminers: Trie<true>;
  readonly noFigure: Trie<true>;
  readonly noFigureNegations: Trie<true>;
  readonly noFigureTargets: Trie<true>;
  readonly duals: Trie<Dual>;
  readonly cues: Trie<Cue>;
  readonly ordinalSuffixes: ReadonlySet<string>;
  /** Every word the lexicon knows, for telling languages apart. */
  readonly words: ReadonlySet<string>;
  /** The index of the first words of all the tries above (see `startBitsOf`). */
  readonly startIndex: StartIndex;
  /** The bits, in `startIndex`, of everything a count expression can start with, qualifiers included. */
  readonly expressionStartBits: number;
  /** The bits of everything a figure can start with (no qualifier). */
  readonly figureStartBits: number;
  /** The bit of the words for "from" ("from", "de", «من»). */
  readonly fromBits: number;
}

/** The bits of the tries (once indexed): a token whose start bits meet them may start a phrase of one of them. */
function bitsOf(tries: readonly Trie<unknown>[]): number {
  let bits = 0;
  for (const trie of tries) bits |= trie.bit as number;
  return bits;
}

const flag = (phrases: readonly string[]): Trie<true> => buildTrie(phrases.map((phrase): [string, true] => [phrase, true]));

/**
 * Compiles a language's phrase lists into tries. Cost: linear in the size of the
 * lists; done once per language when the module loads (`LEXICONS`).
 *
 * @example
 * compileLexicon(EN_LEXICON).lang; // => 'en'
 */
export function compileLexicon(source: LexiconSource): Lexicon {
  const deathWords = new Set(source.cues.filter(([, kind]) => kind === 'death').map(([phrase]) => phrase));
  const words = new Set<string>();
  const remember = (phrases: Iterable<string>) => {
    for (const phrase of phrases) {
      for (const word of phrase.toLowerCase().split(/[\s'-]+/)) if (word.length > 1) words.add(word.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''));
    }
  };
  remember(source.numbers.map(([phrase]) => phrase));
  remember(source.before.map(([phrase]) => phrase));
  remember(source.after.map(([phrase]) => phrase));
  remember(source.vagueQuantifiers.map(([phrase]) => phrase));
  remember(source.vagueUnits.map(([phrase]) => phrase));
  remember(source.collectives.map(([phrase]) => phrase));
  remember(source.zero);
  remember(source.noFigure);
  remember(source.cues.filter(([, kind]) => kind !== 'unit' && kind !== 'month').map(([phrase]) => phrase));
  const numbers = buildTrie(source.numbers.filter(([, term]) => term.type !== 'and'));
  const joints = buildTrie(source.numbers.filter(([, term]) => term.type === 'and'));
  const before = buildTrie(source.before);
  const zero = buildTrie(
    source.zero.map((phrase): [string, ZeroPhrase] => [phrase, { death: [...deathWords].some((word) => phrase.includes(word)) }]),
  );
  const zeroDeterminers = flag(source.zeroDeterminers);
  const duals = buildTrie(source.duals.map(([word, name, death]): [string, Dual] => [word, { category: name, death }]));
  const rangeOpen = flag(source.rangeOpen);
  const rangeFrom = flag(source.rangeFrom);
  const collectiveArticles = flag(source.collectiveArticles);
  const vagueQuantifiers = buildTrie(
    source.vagueQuantifiers.map(([phrase, times, onlyBeforeUnit]): [string, VagueQuantifier] => [
      phrase,
      { times, onlyBeforeUnit: onlyBeforeUnit === true },
    ]),
  );
  const vagueUnits = buildTrie(source.vagueUnits);
  const floating = buildTrie(source.floating);
  const allNumbers = buildTrie(source.numbers);
  const after = buildTrie(source.after);
  const detached = flag(source.detached);
  const articles = flag(source.articles);
  const rangeAnd = flag(source.rangeAnd);
  const rangeTo = flag(source.rangeTo);
  const singularUnits = buildTrie(source.singularUnits);
  const unitJoiners = flag(source.unitJoiners);
  const collectives = buildTrie(source.collectives);
  const noFigure = flag(source.noFigure);
  const noFigureNegations = flag(source.noFigureNegations);
  const noFigureTargets = flag(source.noFigureTargets);
  const cueTrie = buildTrie(source.cues.map(([phrase, kind, name]): [string, Cue] => [phrase, { kind, category: name ?? null }]));
  // `numbers` (without the joints) is indexed only for its bit in `figureStartBits`.
  const startIndex = indexTries([allNumbers, joints, before, after, floating, detached, articles, rangeOpen, rangeAnd, rangeFrom, rangeTo,
    vagueQuantifiers, vagueUnits, singularUnits, unitJoiners, collectives, collectiveArticles, zero, zeroDeterminers,
    noFigure, noFigureNegations, noFigureTargets, duals, cueTrie, numbers]);
  const figureStartBits = bitsOf([numbers, zero, zeroDeterminers, duals, rangeOpen, rangeFrom, collectiveArticles, vagueQuantifiers, vagueUnits]);
  return {
    lang: source.lang,
    numbers: allNumbers,
    joints,
    unitsBeforeTens: source.unitsBeforeTens,
    teenAfterSixtyEighty: source.teenAfterSixtyEighty,
    digitsAfterScale: source.digitsAfterScale,
    before,
    after,
    floating,
    detached,
    articles,
    rangeOpen,
    rangeAnd,
    rangeFrom,
    rangeTo,
    vagueQuantifiers,
    vagueUnits,
    singularUnits,
    unitJoiners,
    collectives,
    collectiveArticles,
    zero,
    zeroDeterminers,
    noFigure,
    noFigureNegations,
    noFigureTargets,
    duals,
    cues: cueTrie,
    ordinalSuffixes: new Set(source.ordinalSuffixes),
    words,
    startIndex,
    expressionStartBits: figureStartBits | bitsOf([before]),
    figureStartBits,
    fromBits: bitsOf([rangeFrom]),
  };
}

/** The compiled lexicon of each language. */
export const LEXICONS: Readonly<Record<CountLang, Lexicon>> = {
  en: compileLexicon(EN_LEXICON),
  fr: compileLexicon(FR_LEXICON),
  es: compileLexicon(ES_LEXICON),
  ar: compileLexicon(AR_LEXICON),
};
