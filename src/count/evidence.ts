import type { Expression } from './grammar.js';
import type { CueKind } from './lexicon/types.js';
import type { Context, Layout } from './scanContext.js';
import { cueBefore } from './scanContext.js';
import type { Token } from './tokenize.js';
import { matchLongest } from './trie.js';

/** What a figure counts, as its context says: the dead, the dead with others, or others. */
export type Basis = 'death' | 'mixed' | 'injured' | 'missing' | 'arrested' | 'displaced';

/** What the windows around a figure say of it. */
export interface Evidence {
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

const TRANSPARENT_PUNCT = new Set(['(', ')', '"', '\u00ab', '\u00bb', '\u201c', '\u201d', "'", '[', ']', '\u2018', '\u2019', '*']);
const SOFT_PUNCT = new Set([',', '-', '\u2013', '\u2014']);
const BEFORE_PERIOD = new Set(['in', 'within', 'over', 'during', 'for', 'of', 'en', 'dans', 'durante', 'the', 'last', 'past', 'this', 'that', 'same', 'one', 'single', 'un', 'una', 'une', 'el', 'la', 'le', 'a']);
const WINDOW = 8;
const LINK_WINDOW = 24;
const PROJECTION_WINDOW = 5;

/**
 * Looks right then left of a figure, in windows of bounded size (eight tokens; 24 to reach the
 * figure an "including" refers to), for what it counts, who, and what kind of claim it is.
 * Constant time per figure.
 *
 * @example
 * scanTokens(tokenize('30 civilians were killed'), LEXICONS.en, 'sentence').findings[0].verdict; // => {status: 'count', kind: 'deaths', category: 'civilians'}
 */
export function gather(context: Context, expression: Expression, layout: Layout): Evidence {
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
    if ((layout.startsAt[index] ?? -1) !== -1) break;
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
    if ((layout.startsAt[index] ?? -1) !== -1) return -1;
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
  const joint = start >= 1 ? cueEndingAt[start - 1] : undefined;
  if (joint === null || joint === undefined || joint.cue.kind !== 'conj') return false;
  const other = joint.start >= 1 ? cueEndingAt[joint.start - 1] : undefined;
  if (other === null || other === undefined) return false;
  if (last === 'death') return other.cue.kind === 'injured' || other.cue.kind === 'missing';
  return other.cue.kind === 'death';
}

function isAbbreviation(tokens: readonly Token[], index: number): boolean {
  const before = index >= 1 ? tokens[index - 1] : undefined;
  const after = tokens[index + 1];
  return (before !== undefined && before.kind === 'word' && before.norm.length === 1) || (after !== undefined && !after.spaceBefore);
}
