import type { ReadFailure, Expression } from './grammar.js';
import { readExpression } from './grammar.js';
import type { Lexicon } from './lexicon/compile.js';
import type { Cue, CueKind } from './lexicon/types.js';
import type { Token } from './tokenize.js';
import type { TrieMatch } from './trie.js';
import { matchLongest, startsSomething } from './trie.js';
import type { CountKind } from './types.js';

/**
 * Why a figure was not taken as a death count. A closed set: what it counts
 * (`injured`, `missing`, `arrested`, `displaced`), what else it is (`date`, `time`,
 * `year`, `age`, `ordinal`, `percent`, `unit`, `magnitude`, `duration`), an earlier
 * toll that a newer one replaces (`previous`: "up from 100"), or a figure that says
 * nothing of the dead so far (`rate`: "an average of 13,536 a month"; `difference`:
 * "70 higher than").
 */
export type SkipReason =
  | 'injured'
  | 'missing'
  | 'arrested'
  | 'displaced'
  | 'date'
  | 'time'
  | 'year'
  | 'age'
  | 'ordinal'
  | 'percent'
  | 'unit'
  | 'magnitude'
  | 'duration'
  | 'previous'
  | 'rate'
  | 'difference';

/** What the context says of a figure. */
export type Verdict =
  | { readonly status: 'count'; readonly kind: CountKind; readonly category: string | null }
  | { readonly status: 'skip'; readonly reason: SkipReason; readonly category: string | null }
  | { readonly status: 'unknown'; readonly category: string | null };

/** A figure found in the tokens, with its verdict. */
export interface Finding {
  readonly expression: Expression;
  readonly verdict: Verdict;
  /** The figure is part of an earlier one ("including 30 civilians"). */
  readonly linked: boolean;
}

/** Every expression read from a text, and why reading stopped where it could not go on. */
export interface ScanResult {
  readonly findings: readonly Finding[];
  readonly failures: readonly ReadFailure[];
}

/**
 * `sentence`: a figure counts only when its context says it counts the dead (findCounts);
 * `phrase`: a claim's wording, where a figure counts the dead unless the context says otherwise (parseCount).
 */
export type ScanMode = 'sentence' | 'phrase';

type Basis = 'death' | 'mixed' | 'injured' | 'missing' | 'arrested' | 'displaced';

interface Evidence {
  basis: Basis | null;
  category: string | null;
  projection: boolean;
  increment: boolean;
  denied: boolean;
  rate: boolean;
  difference: boolean;
  /** Index of the earlier expression this one is part of ("including 30 civilians"), or -1. */
  linkedTo: number;
  /** Index of the earlier expression this one is listed with ("30 civilians and 20 soldiers"), or -1. */
  listedWith: number;
  /** Index of the later expression this one is part of ("two journalists among 9 killed"), or -1. */
  subsetOf: number;
}

const NON_DEATH: ReadonlySet<string> = new Set(['injured', 'missing', 'arrested', 'displaced']);
/** Nouns for people: what a lone "one" or "several" must stand beside in a sentence. */
const WHO: ReadonlySet<CueKind> = new Set(['person', 'category', 'death', 'casualty']);
const TRANSPARENT_PUNCT = new Set(['(', ')', '"', '\u00ab', '\u00bb', '\u201c', '\u201d', "'", '[', ']', '\u2018', '\u2019', '*']);
const SOFT_PUNCT = new Set([',', '-', '\u2013', '\u2014']);
const CURRENCY = new Set(['$', '\u20ac', '\u00a3', '\u00a5', '#', '\u20b9']);
const BEFORE_PERIOD = new Set(['in', 'within', 'over', 'during', 'for', 'of', 'en', 'dans', 'durante', 'the', 'last', 'past', 'this', 'that', 'same', 'one', 'single', 'un', 'una', 'une', 'el', 'la', 'le', 'a']);
const YEAR_WORDS = new Set(['in', 'since', 'of', 'until', 'by', 'from', 'year', 'en', 'desde', 'depuis', 'de', 'del', 'du', 'année', 'año', 'hasta', 'منذ', 'عام', 'سنة', 'خلال', 'في', 'لعام']);
const PEOPLE_AFTER_YEAR: ReadonlySet<CueKind> = new Set(['death', 'person', 'category', 'casualty', 'injured', 'missing', 'arrested', 'displaced']);
const OF = new Set(['of', 'de', 'du']);
const EACH = new Set(['each', 'cada', 'chaque', 'chacun', 'chacune', '\u0643\u0644']);
const WINDOW = 8;
const LINK_WINDOW = 24;
const PROJECTION_WINDOW = 5;

type CueSpan = { start: number; end: number; cue: Cue; conj: boolean };

/** What the scan needs to look around a figure: the tokens, the cue at each token, and where cues and expressions end. */
interface Context {
  readonly tokens: readonly Token[];
  readonly lex: Lexicon;
  readonly mode: ScanMode;
  readonly cueAt: readonly (TrieMatch<Cue> | null)[];
  /** For each token: the longest cue that ends there. */
  readonly cueEndingAt: readonly (CueSpan | null)[];
}

/** Where the figures are: counted figures (boundaries of the windows) and transparent ones (dates, ages...), by token. */
interface Layout {
  readonly startsAt: Int32Array;
  readonly endsAt: Int32Array;
  /** For a token inside a transparent figure: the token index after it; -1 elsewhere. */
  readonly skipForward: Int32Array;
  /** For a token inside a transparent figure: the token index before it; -2 elsewhere. */
  readonly skipBackward: Int32Array;
}

/**
 * Reads every count expression of a text and judges each by its context: what it
 * counts (the dead, the injured...), who (the victim category), and what kind of
 * claim it is (a running toll, an increment, a projection, a mixed total, a denied
 * figure). One left-to-right pass to read, then windows of bounded size around each
 * figure: linear in the number of tokens.
 *
 * @example
 * scanTokens(tokenize('30 killed, 200 wounded'), LEXICONS.en, 'sentence').findings.map((finding) => finding.verdict.status); // => ['count', 'skip']
 */
export function scanTokens(tokens: readonly Token[], lex: Lexicon, mode: ScanMode): ScanResult {
  const count = tokens.length;
  const cueAt: (TrieMatch<Cue> | null)[] = new Array<TrieMatch<Cue> | null>(count).fill(null);
  const cueEndingAt: (CueSpan | null)[] = new Array<CueSpan | null>(count).fill(null);
  for (let index = 0; index < count; index++) {
    if ((tokens[index] as Token).kind === 'num') continue;
    const match = matchLongest(lex.cues, tokens, index);
    cueAt[index] = match;
    if (match !== null) {
      const last = match.end - 1;
      const existing = cueEndingAt[last];
      if (existing === null || existing === undefined || existing.start > index) {
        cueEndingAt[last] = { start: index, end: match.end, cue: match.value, conj: match.conj };
      }
    }
  }
  const context: Context = { tokens, lex, mode, cueAt, cueEndingAt };

  const expressions: Expression[] = [];
  const failures: ReadFailure[] = [];
  let index = 0;
  while (index < count) {
    const token = tokens[index] as Token;
    if (token.kind !== 'num' && !startsSomething(token, lex.expressionStarts)) {
      index++;
      continue;
    }
    const options = { noFrom: isRevisionFrom(context, index), noRange: isRevisionFrom(context, index - 1) };
    const outcome = readExpression(tokens, index, lex, options);
    if (outcome === null) {
      index++;
      continue;
    }
    if (!outcome.ok) {
      failures.push(outcome.failure);
      // A figure that could not be read ("nearly 0") is not read again on its own.
      index = outcome.failure.code === 'qualifier-without-figure' ? index + 1 : Math.max(index + 1, outcome.failure.at + 1);
      continue;
    }
    const expression = outcome.expression;
    if (expression.weak && !weakFigureStands(context, expression)) {
      index++;
      continue;
    }
    expressions.push(expression);
    index = expression.end;
  }

  if (expressions.length === 0) return { findings: [], failures };
  // Figures that are something else (dates, ages, units...) are transparent to the windows of the others.
  const skips = expressions.map((expression) => adjacentSkip(context, expression));
  const layout: Layout = {
    startsAt: new Int32Array(count).fill(-1),
    endsAt: new Int32Array(count).fill(-1),
    skipForward: new Int32Array(count).fill(-1),
    skipBackward: new Int32Array(count).fill(-2),
  };
  expressions.forEach((expression, position) => {
    if (skips[position] === null) {
      layout.startsAt[expression.start] = position;
      layout.endsAt[expression.end - 1] = position;
      return;
    }
    for (let token = expression.start; token < expression.end; token++) {
      layout.skipForward[token] = expression.end;
      layout.skipBackward[token] = expression.start - 1;
    }
  });

  const evidence = expressions.map((expression, position) => (skips[position] !== null ? null : gather(context, expression, layout)));
  const verdicts: Verdict[] = expressions.map((_, position) => {
    const skip = skips[position] ?? null;
    const found = evidence[position] ?? null;
    if (skip !== null || found === null) return { status: 'skip', reason: skip ?? 'unit', category: null };
    return judge(found, mode);
  });
  propagate(verdicts, evidence);
  return {
    findings: expressions.map((expression, position) => ({
      expression,
      verdict: verdicts[position] as Verdict,
      linked: (evidence[position]?.linkedTo ?? -1) !== -1,
    })),
    failures,
  };
}

/** The cue that ends at `index`, or one that covers it and runs on into the figure ("aged between" before "between 2 and 70"). */
function cueBefore(context: Context, index: number): CueSpan | null {
  if (index < 0) return null;
  const ending = context.cueEndingAt[index] ?? null;
  if (ending !== null) return ending;
  for (let start = index; start >= 0 && start > index - 5; start--) {
    const match = context.cueAt[start];
    if (match !== null && match !== undefined && match.end > index) return { start, end: match.end, cue: match.value, conj: match.conj };
  }
  return null;
}

/** "from" that starts the old value of a revision ("raised its toll from X to Y", "up from X"), not a range. */
function isRevisionFrom(context: Context, index: number): boolean {
  if (index < 0 || index >= context.tokens.length) return false;
  if (!startsSomething(context.tokens[index] as Token, context.lex.fromWords)) return false;
  for (let back = index - 1; back >= 0 && back >= index - 5; back--) {
    const cue = context.cueAt[back];
    if (cue !== null && cue !== undefined && (cue.value.kind === 'revision' || cue.value.kind === 'previous')) {
      if (cue.end > index) return cue.value.kind === 'previous';
      return true;
    }
  }
  return false;
}

/**
 * A lone "one" or a lone quantifier ("several", "many", "un", «واحد») counts only beside a
 * noun for people or the dead ("one civilian", "several Alawite men", "un mort",
 * «قتيل واحد»). In a claim's wording it may also stand alone ("several").
 */
function weakFigureStands(context: Context, expression: Expression): boolean {
  const { tokens, cueAt } = context;
  // "unos 50 cada uno", "each one", "how many": not a figure.
  const before = tokens[expression.start - 1]?.norm ?? '';
  if (EACH.has(before) || before === 'how') return false;
  for (let index = expression.end; index < tokens.length && index <= expression.end + 1; index++) {
    const token = tokens[index] as Token;
    if (token.kind !== 'word') return context.mode === 'phrase' && index === expression.end;
    const kind = cueAt[index]?.value.kind;
    if (kind !== undefined) return WHO.has(kind);
  }
  if (context.mode === 'phrase' && expression.end >= tokens.length) return true;
  const cue = cueBefore(context, expression.start - 1)?.cue.kind;
  return cue === 'death' || cue === 'category' || cue === 'person';
}

/** What a figure is when its neighbours say it is not a count: a date, an age, a percentage... */
function adjacentSkip(context: Context, expression: Expression): SkipReason | null {
  const { tokens, lex, cueAt } = context;
  const next = tokens[expression.end];
  const after = tokens[expression.end + 1];
  const prev = tokens[expression.start - 1];
  const beforePrev = tokens[expression.start - 2];
  const nextCue = cueAt[expression.end]?.value.kind ?? null;
  const prevCue = cueBefore(context, expression.start - 1)?.cue.kind ?? null;
  const glued = next !== undefined && next.kind === 'word' && !next.spaceBefore;
  if (glued && expression.digits && lex.ordinalSuffixes.has(next.norm)) return 'ordinal';
  if (glued && expression.plainNumeral !== null && next.norm === 's') return 'year';
  if (nextCue === 'percent' || next?.norm === '%') return 'percent';
  if (prev !== undefined && CURRENCY.has(prev.norm)) return 'unit';
  if (nextCue === 'unit') return 'unit';
  if (next?.norm === '-' && after !== undefined && !after.spaceBefore) {
    const hyphened = cueAt[expression.end + 1]?.value.kind;
    if (hyphened === 'duration' || hyphened === 'unit' || hyphened === 'magnitude') return hyphened;
  }
  if (nextCue === 'duration') return 'duration';
  if (nextCue === 'magnitude' || prevCue === 'magnitude') return 'magnitude';
  if (prev !== undefined && OF.has(prev.norm) && cueBefore(context, expression.start - 2)?.cue.kind === 'magnitude') return 'magnitude';
  if (next?.norm === ':' && after?.kind === 'num' && !after.spaceBefore) return 'time';
  if (prev?.norm === ':' && beforePrev?.kind === 'num' && !prev.spaceBefore && !(tokens[expression.start] as Token).spaceBefore) return 'time';
  if (nextCue === 'time' || prevCue === 'time') return 'time';
  if (nextCue === 'month' || prevCue === 'month' || (prev?.norm === 'may' && prev.upper)) return 'date';
  if (next !== undefined && (next.norm === 'de' || next.norm === 'du') && cueAt[expression.end + 1]?.value.kind === 'month') return 'date';
  if (next?.norm === '/' && after?.kind === 'num') return 'date';
  if (prev?.norm === '/' && beforePrev?.kind === 'num') return 'date';
  if (prev?.norm === '-' && !prev.spaceBefore && beforePrev?.kind === 'num' && beforePrev.norm.length === 4) return 'date';
  const plain = expression.plainNumeral;
  if (plain !== null && plain.norm.length === 2 && plain.norm.startsWith('0')) return 'date';
  if (plain !== null && plain.norm.length === 4 && isYear(context, expression, Number(plain.norm), nextCue)) return 'year';
  if (prevCue === 'age') return 'age';
  if (prevCue === 'previous' || isRevisionFrom(context, expression.start - 1)) return 'previous';
  if (prevCue === 'rate-before') return 'rate';
  return null;
}

/** A plain four-digit figure from 1900 to 2099 is a year, unless a noun for people follows ("2000 people"). */
function isYear(context: Context, expression: Expression, value: number, nextCue: CueKind | null): boolean {
  if (value < 1900 || value > 2099) return false;
  const prev = context.tokens[expression.start - 1];
  if (prev !== undefined && (YEAR_WORDS.has(prev.norm) || prev.forms.some((form) => YEAR_WORDS.has(form)))) return true;
  for (let back = expression.start - 1; back >= 0 && back >= expression.start - 4; back--) {
    if (context.cueAt[back]?.value.kind === 'month' || (context.tokens[back]?.norm === 'may' && context.tokens[back]?.upper)) return true;
  }
  // In a claim's wording a lone "1999" is a figure; in a sentence, a year unless people follow.
  return context.mode === 'sentence' && (nextCue === null || !PEOPLE_AFTER_YEAR.has(nextCue));
}

/** Looks right then left of a figure, in windows of bounded size, for what it counts and what kind of claim it is. */
function gather(context: Context, expression: Expression, layout: Layout): Evidence {
  const evidence: Evidence = {
    basis: expression.selfDeath ? 'death' : null,
    category: expression.selfCategory,
    projection: false,
    increment: false,
    denied: false,
    rate: false,
    difference: false,
    linkedTo: -1,
    listedWith: -1,
    subsetOf: -1,
  };
  // «تجاوز عدد القتلى 1000»: the subject read inside the expression names the dead;
  // «15 مدنياً على الأقل»: so does the noun between a figure and its qualifier, with its category.
  for (let index = expression.start; index < expression.end; index++) {
    if (index === expression.coreStart) index = expression.coreEnd;
    if (index >= expression.end) break;
    const cue = context.cueAt[index]?.value;
    if (cue === undefined) continue;
    if (cue.kind === 'death' || cue.kind === 'toll') evidence.basis = 'death';
    if (cue.kind === 'category' && index >= expression.coreEnd) evidence.category ??= cue.category;
  }
  lookRight(context, expression, layout, evidence);
  lookLeft(context, expression, layout, evidence);
  return evidence;
}

function lookRight(context: Context, expression: Expression, layout: Layout, evidence: Evidence): void {
  const { tokens, cueAt } = context;
  let index = expression.end;
  let steps = 0;
  const ownBasis = evidence.basis;
  let basis: Basis | null = null;
  // A category is read from the noun phrase right after the figure: before a comma, before a noun for people in general.
  let categoryOpen = evidence.category === null;
  while (index < tokens.length && steps < WINDOW) {
    if (layout.startsAt[index] !== -1) break;
    const skip = layout.skipForward[index] ?? -1;
    if (skip !== -1) {
      index = skip;
      steps++;
      continue;
    }
    const token = tokens[index] as Token;
    if (token.breakBefore && index > expression.end) break;
    if (token.kind === 'punct') {
      if (TRANSPARENT_PUNCT.has(token.norm)) {
        index++;
        continue;
      }
      if (SOFT_PUNCT.has(token.norm) && basis === null) {
        categoryOpen = false;
        index++;
        steps++;
        continue;
      }
      break;
    }
    if (token.kind === 'num') break;
    const match = cueAt[index];
    if (match === null || match === undefined) {
      index++;
      steps++;
      continue;
    }
    const cue = match.value;
    // «وأصيب 200»: a word with the conjunction «و» starts another clause.
    if (match.conj && cue.kind !== 'category' && cue.kind !== 'person' && cue.kind !== 'increment-after' && index > expression.end) break;
    let stop = false;
    switch (cue.kind) {
      case 'category':
        if (categoryOpen) evidence.category = cue.category;
        categoryOpen = false;
        break;
      case 'person':
        categoryOpen = false;
        break;
      case 'death':
        basis = mixedAfter(context, match.end, 'death') ? 'mixed' : 'death';
        lookPastNoun(context, match.end, evidence);
        stop = true;
        break;
      case 'casualty':
        basis = 'mixed';
        lookPastNoun(context, match.end, evidence);
        stop = true;
        break;
      case 'injured':
      case 'missing':
      case 'arrested':
      case 'displaced':
        basis = cue.kind !== 'displaced' && cue.kind !== 'arrested' && mixedAfter(context, match.end, cue.kind) ? 'mixed' : cue.kind;
        stop = true;
        break;
      case 'increment-after':
        if (thanWithin(context, match.end)) evidence.difference = true;
        else evidence.increment = true;
        break;
      case 'difference':
        if (steps <= 1) evidence.difference = true;
        stop = true;
        break;
      case 'rate-after':
        if (!BEFORE_PERIOD.has(tokens[index - 1]?.norm ?? '')) evidence.rate = true;
        break;
      case 'projection':
        if (!isNegated(context, match.end) && projectionHolds(context, index, match.end - 1)) evidence.projection = true;
        break;
      case 'subset': {
        const later = expressionAfter(context, layout, match.end);
        if (later !== -1) {
          evidence.subsetOf = later;
          stop = true;
        }
        break;
      }
      case 'link':
        // "80 people, most of them civilians, were killed": read past an aside without a figure.
        if (basis === null) {
          const resume = pastAside(context, layout, match.end);
          if (resume !== -1) {
            categoryOpen = false;
            index = resume;
            steps++;
            continue;
          }
        }
        stop = true;
        break;
      case 'subordinator':
      case 'previous':
        stop = true;
        break;
      case 'conj': {
        const following = cueAt[match.end]?.value.kind;
        if (following !== 'category' && following !== 'person') stop = true;
        break;
      }
      default:
        break;
    }
    if (stop) break;
    index = match.end;
    steps++;
  }
  evidence.basis = ownBasis ?? basis;
}

/** The index of the counted figure that starts at `from` (after an article), or -1. */
function expressionAfter(context: Context, layout: Layout, from: number): number {
  for (let index = from; index < context.tokens.length && index <= from + 1; index++) {
    const position = layout.startsAt[index] ?? -1;
    if (position !== -1) return position;
  }
  return -1;
}

/** Where reading may go on after an aside ("most of them civilians,"): after its closing comma, or -1 when it holds a figure or ends the clause. */
function pastAside(context: Context, layout: Layout, from: number): number {
  const { tokens } = context;
  for (let index = from; index < tokens.length && index < from + WINDOW; index++) {
    if (layout.startsAt[index] !== -1) return -1;
    const token = tokens[index] as Token;
    if (token.kind === 'num') return -1;
    if (token.kind === 'punct') return token.norm === ',' ? index + 1 : -1;
  }
  return -1;
}

/** After the noun: "más" / "de plus" (an increment), "a month" (a rate), "than" (a difference), "were women" (the category). */
function lookPastNoun(context: Context, from: number, evidence: Evidence): void {
  const { tokens, cueAt } = context;
  for (let index = from; index < tokens.length && index < from + 3; index++) {
    const token = tokens[index] as Token;
    if (token.kind !== 'word') return;
    const match = cueAt[index];
    const cue = match?.value.kind;
    if (cue === 'increment-after' && index === from) {
      if (thanWithin(context, index + 1)) evidence.difference = true;
      else evidence.increment = true;
    } else if (cue === 'rate-after' && !BEFORE_PERIOD.has(tokens[index - 1]?.norm ?? '')) {
      evidence.rate = true;
      return;
    } else if (cue === 'difference') {
      evidence.difference = true;
      return;
    } else if (cue === 'category' && evidence.category === null && index > from && cueAt[index - 1]?.value.kind === 'aux') {
      evidence.category = match?.value.category ?? null;
      return;
    } else if (cue === 'projection' && (token.norm === 'feared' || token.norm === 'fears')) {
      evidence.projection = true;
    } else if (cue !== 'aux') {
      return;
    }
  }
}

/** "killed and injured", "dead or missing", «قتلى وجرحى»: the dead counted with others. */
function mixedAfter(context: Context, from: number, first: CueKind): boolean {
  const { cueAt } = context;
  let index = from;
  const joint = cueAt[index];
  let conj = false;
  if (joint?.value.kind === 'conj') {
    conj = true;
    index = joint.end;
  } else if (context.tokens[index]?.norm === '/') {
    conj = true;
    index++;
  }
  const other = cueAt[index];
  if (other === null || other === undefined) return false;
  if (!conj && !other.conj) return false;
  // «وأصيب خمسة آخرون», "and injured 30": the others have a figure of their own.
  const next = context.tokens[other.end];
  if (next !== undefined && (next.kind === 'num' || matchLongest(context.lex.numbers, context.tokens, other.end) !== null)) return false;
  if (first === 'death') return other.value.kind === 'injured' || other.value.kind === 'missing';
  return other.value.kind === 'death';
}

function thanWithin(context: Context, from: number): boolean {
  for (let index = from; index < context.tokens.length && index < from + 3; index++) {
    const norm = context.tokens[index]?.norm;
    if (norm === 'than' || norm === 'que' || norm === '\u0645\u0646') return true;
  }
  return false;
}

function isNegated(context: Context, index: number): boolean {
  return context.cueAt[index]?.value.kind === 'negation';
}

function lookLeft(context: Context, expression: Expression, layout: Layout, evidence: Evidence): void {
  const { tokens, cueEndingAt } = context;
  const first = expression.start - 1;
  const adjacent = cueBefore(context, first);
  if (adjacent !== null) {
    if (adjacent.cue.kind === 'negation') evidence.denied = true;
    if (adjacent.cue.kind === 'increment-before') evidence.increment = true;
  }
  let index = first;
  let steps = 0;
  let basis: Basis | null = null;
  let linked = false;
  let joined = false;
  let cueBetween = false;
  while (index >= 0 && steps < (linked ? LINK_WINDOW : WINDOW)) {
    const owner = layout.endsAt[index] ?? -1;
    if (owner !== -1) {
      if (linked) evidence.linkedTo = owner;
      else if (joined && !cueBetween) evidence.listedWith = owner;
      break;
    }
    const back = layout.skipBackward[index] ?? -2;
    if (back !== -2) {
      index = back;
      steps++;
      continue;
    }
    const token = tokens[index] as Token;
    if (tokens[index + 1]?.breakBefore) break;
    if (token.kind === 'punct') {
      if (TRANSPARENT_PUNCT.has(token.norm)) {
        index--;
        continue;
      }
      if (SOFT_PUNCT.has(token.norm) || token.norm === ':') {
        joined = true;
        index--;
        steps++;
        continue;
      }
      if (token.norm === '.' && isAbbreviation(tokens, index)) {
        index--;
        continue;
      }
      break;
    }
    const entry = index === first ? adjacent : (cueEndingAt[index] ?? null);
    if (entry === null) {
      index--;
      steps++;
      continue;
    }
    const cue = entry.cue;
    switch (cue.kind) {
      case 'death':
      case 'toll':
        if (basis === null) basis = mixedBefore(context, entry.start, 'death') ? 'mixed' : 'death';
        cueBetween = true;
        break;
      case 'casualty':
        basis ??= 'mixed';
        cueBetween = true;
        break;
      case 'injured':
      case 'missing':
      case 'arrested':
      case 'displaced':
        if (basis === null) basis = cue.kind !== 'displaced' && cue.kind !== 'arrested' && mixedBefore(context, entry.start, cue.kind) ? 'mixed' : cue.kind;
        cueBetween = true;
        break;
      case 'projection':
        if (expression.start - entry.end <= PROJECTION_WINDOW && !isNegated(context, entry.end) && projectionHolds(context, entry.start, entry.end - 1)) {
          evidence.projection = true;
        }
        break;
      case 'denial':
        evidence.denied = true;
        break;
      case 'link':
      case 'link-after':
        linked = true;
        break;
      case 'conj':
        joined = true;
        break;
      default:
        break;
    }
    if (entry.conj && basis === null && cue.kind !== 'category' && cue.kind !== 'person') joined = true;
    index = entry.start - 1;
    steps++;
  }
  evidence.basis ??= basis;
}

/** «قد» says "may" only before a verb in the present («قد يصل»), not in «قد قتل» ("has killed"). */
function projectionHolds(context: Context, start: number, end: number): boolean {
  const token = context.tokens[start] as Token;
  if (token.norm !== '\u0642\u062f' || start !== end) return true;
  const verb = context.tokens[end + 1]?.norm ?? '';
  return /^[\u064a\u062a\u0646]/.test(verb);
}

function mixedBefore(context: Context, start: number, last: CueKind): boolean {
  const { cueEndingAt } = context;
  const joint = cueEndingAt[start - 1];
  if (joint === null || joint === undefined || joint.cue.kind !== 'conj') return false;
  const other = cueEndingAt[joint.start - 1];
  if (other === null || other === undefined) return false;
  if (last === 'death') return other.cue.kind === 'injured' || other.cue.kind === 'missing';
  return other.cue.kind === 'death';
}

function isAbbreviation(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  return (before !== undefined && before.kind === 'word' && before.norm.length === 1) || (after !== undefined && !after.spaceBefore);
}

/** The verdict of one figure from its own evidence; links are followed afterwards by `propagate`. */
function judge(evidence: Evidence, mode: ScanMode): Verdict {
  const category = evidence.category;
  if (evidence.difference) return { status: 'skip', reason: 'difference', category };
  if (evidence.rate) return { status: 'skip', reason: 'rate', category };
  let basis = evidence.basis;
  if (basis === null) {
    if (evidence.linkedTo !== -1 || evidence.listedWith !== -1 || evidence.subsetOf !== -1) return { status: 'unknown', category };
    // In a sentence a figure counts the dead only when its context says so; a claim's wording is a death count unless it says otherwise.
    if (mode === 'sentence') return { status: 'unknown', category };
    basis = 'death';
  }
  if (basis !== 'death' && basis !== 'mixed') return { status: 'skip', reason: basis, category };
  return { status: 'count', kind: kindOf(basis, evidence), category };
}

function kindOf(basis: 'death' | 'mixed', evidence: Evidence): CountKind {
  if (evidence.denied) return 'denied';
  if (evidence.projection) return 'projection';
  if (evidence.increment) return 'increment';
  return basis === 'mixed' ? 'mixed' : 'deaths';
}

/**
 * Follows links between figures: "including 30 civilians" and "30 civilians and
 * 20 soldiers" take what the figure they belong to counts; a figure whose own
 * context is silent takes what the figures listed with it or including it count
 * ("5 police officers and 11 gunmen were killed", "two journalists among 9 killed").
 */
function propagate(verdicts: Verdict[], evidence: readonly (Evidence | null)[]): void {
  const adopt = (target: number, from: Verdict) => {
    const verdict = verdicts[target] as Verdict;
    const found = evidence[target] ?? null;
    if (verdict.status !== 'unknown' || found === null) return;
    if (from.status === 'count') {
      verdicts[target] = { status: 'count', kind: kindOf(from.kind === 'mixed' ? 'mixed' : 'death', found), category: verdict.category };
    } else if (from.status === 'skip' && NON_DEATH.has(from.reason)) {
      verdicts[target] = { status: 'skip', reason: from.reason, category: verdict.category };
    }
  };
  for (let position = 0; position < verdicts.length; position++) {
    const found = evidence[position] ?? null;
    if (found === null) continue;
    const source = found.linkedTo !== -1 ? found.linkedTo : found.listedWith;
    if (source !== -1) adopt(position, verdicts[source] as Verdict);
  }
  for (let position = verdicts.length - 1; position >= 0; position--) {
    const found = evidence[position] ?? null;
    if (found === null) continue;
    if (found.subsetOf !== -1) adopt(position, verdicts[found.subsetOf] as Verdict);
    const verdict = verdicts[position] as Verdict;
    if (verdict.status !== 'count') continue;
    if (found.linkedTo !== -1) adopt(found.linkedTo, verdict);
    if (found.listedWith !== -1) adopt(found.listedWith, verdict);
  }
}
