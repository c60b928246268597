import type { Token } from '../tokenize.js';
import type { Trie } from '../trie.js';
import type { TrieMatch } from '../trie.js';
import { matchLongest, surelyNotStart } from '../trie.js';
import type { NumeralValue } from './numeral.js';
import { numeralValue } from './numeral.js';
import type { JointRule, NumberTerm } from './terms.js';

/** How a language combines its number words. */
export interface NumberGrammar {
  readonly numbers: Trie<NumberTerm>;
  /** Units may come before tens («خمسة وعشرون», «ثلاثة عشر»). */
  readonly unitsBeforeTens: boolean;
  /** Ten to nineteen may follow sixty or eighty ("soixante-dix", "quatre-vingt-onze"). */
  readonly teenAfterSixtyEighty: boolean;
  /** Digits may follow a scale word after «و»: «67 ألفاً و938». */
  readonly digitsAfterScale: boolean;
}

/** A figure read from digits and/or number words. */
export interface NumberReading {
  /** Token index of the first term and the index after the last. */
  readonly start: number;
  readonly end: number;
  /** The value, or null when the digits cannot be read without a scale word ("1.5" alone). */
  readonly value: number | null;
  /** Why the value is null. */
  readonly problem: Extract<NumeralValue, { ok: false }> | null;
  /** The figure is one numeral token with no scale word of its own: a range's trailing scale may apply to it. */
  readonly numeral: Token | null;
  /** The last scale word applied (1000 for "thousand"), or null. */
  readonly scale: number | null;
  /** The figure is a lone word for one ("one", "un", «واحد»): read only beside a noun. */
  readonly weak: boolean;
  /** The first token carried an Arabic conjunction («وثلاثين»). */
  readonly leadingConj: boolean;
}

const UNITS_PLACE = 1;
const TENS_PLACE = 2;
const HUNDREDS_PLACE = 4;

/** The places (units, tens, hundreds) an adding word fills: 10 fills the tens, 13 the tens and units. */
function placesOf(amount: number): number {
  let places = 0;
  if (amount >= 100) places |= HUNDREDS_PLACE;
  if (amount % 100 >= 10) places |= TENS_PLACE;
  if (amount % 10 !== 0) places |= UNITS_PLACE;
  return places;
}

function highestPlace(places: number): number {
  if (places & HUNDREDS_PLACE) return HUNDREDS_PLACE;
  if (places & TENS_PLACE) return TENS_PLACE;
  return places & UNITS_PLACE;
}

function lowestPlace(places: number): number {
  if (places & UNITS_PLACE) return UNITS_PLACE;
  if (places & TENS_PLACE) return TENS_PLACE;
  return places & HUNDREDS_PLACE;
}

/** True when `amount` may be added to a group whose filled places are `places`. */
function mayAdd(grammar: NumberGrammar, group: number, places: number, amount: number): boolean {
  if (amount < 1 || amount > 999 || !Number.isInteger(amount)) return false;
  const adding = placesOf(amount);
  if (places === 0) return true;
  if ((adding & places) !== 0) {
    const tens = group % 100;
    return grammar.teenAfterSixtyEighty && (tens === 60 || tens === 80) && amount >= 10 && amount <= 19;
  }
  if (highestPlace(adding) < lowestPlace(places)) return true;
  // «خمسة وعشرون»: tens after units, when the tens are still free.
  return grammar.unitsBeforeTens && adding === TENS_PLACE && (places & UNITS_PLACE) !== 0;
}

/** True when a joint of this rule may stand between the last term and the next. */
function jointAllowed(rule: JointRule, lastType: string | null, lastValue: number, next: NumberTerm): boolean {
  switch (rule) {
    case 'any':
      return true;
    case 'after-multiplier':
      return lastType === 'hundred' || lastType === 'scale' || lastType === 'amount' || next.type === 'half-after';
    case 'tens-units':
      return (lastType === 'value' && lastValue % 10 === 0 && lastValue >= 20 && lastValue <= 90 && next.type === 'value' && next.value < 10) || next.type === 'half-after';
    case 'before-one':
      return (next.type === 'value' && (next.value === 1 || next.value === 11)) || next.type === 'half-after';
  }
}

/**
 * Reads the longest figure starting at token `start`: digits ("1,383", "1.5 million",
 * "20k"), number words ("one hundred and thirty", «مئة وثلاثون», "quatre-vingt-dix",
 * "half a million") or both («67 ألفاً و938»). A word may only add to places still
 * free and, except in Arabic, below those already filled, so "one two" reads "one".
 * Returns null when no figure starts there. Cost: bounded by the length of a valid
 * number (each place and scale at most once), whatever follows.
 *
 * @example
 * readNumber(tokenize('one hundred and thirty people'), 0, LEXICONS.en)?.value; // => 130
 */
export function readNumber(
  tokens: readonly Token[],
  start: number,
  grammar: NumberGrammar,
  options: ReadNumberOptions = NO_OPTIONS,
): NumberReading | null {
  // Most tokens start no number: answered by one bit test, small enough to be inlined where it is called.
  const token = tokens[start];
  if (token === undefined) return null;
  if (token.kind !== 'num' && surelyNotStart(grammar.numbers, token)) return null;
  return readNumberAt(tokens, start, grammar, options);
}

/** Options of `readNumber`. */
export interface ReadNumberOptions {
  /** A leading «و» may join this number to one before it («بين 30 و40»). */
  readonly allowLeadingConj?: boolean;
}

const NO_OPTIONS: ReadNumberOptions = {};

/** `readNumber` once the first token may start a number. */
function readNumberAt(tokens: readonly Token[], start: number, grammar: NumberGrammar, options: ReadNumberOptions): NumberReading | null {
  let total = 0;
  let group = 0;
  let places = 0;
  let lastScale = Number.POSITIVE_INFINITY;
  let terms = 0;
  let end = start;
  let pendingNumeral: Token | null = null;
  let article = false;
  let half = false;
  let halfInGroup = false;
  let scaleUsed: number | null = null;
  let leadingConj = false;
  let loneOne = false;
  let problem: Extract<NumeralValue, { ok: false }> | null = null;
  let index = start;
  let done = false;
  /** The last term read: its type, and its value for an adding word. */
  let lastType: NumberTerm['type'] | 'digits' | null = null;
  let lastValue = 0;
  /** The state before the last joint of the current group: "two thousand and three thousand" gives it back. */
  let beforeJoint: { total: number; group: number; end: number } | null = null;

  while (!done && index < tokens.length) {
    let at = index;
    let joined = false;
    // "vingt-et-un": joints may follow one another (three at most, kept without an array).
    let rule0: JointRule | null = null;
    let rule1: JointRule | null = null;
    let rule2: JointRule | null = null;
    // The last lookup that found no joint: the term at the same place, read once.
    let termAt: TrieMatch<NumberTerm> | null | undefined;
    for (let guard = 0; terms > 0 && guard < 3; guard++) {
      const joint = matchLongest(grammar.numbers, tokens, at);
      if (joint === null || joint.value.type !== 'and') {
        termAt = joint;
        break;
      }
      at = joint.end;
      joined = true;
      if (guard === 0) rule0 = joint.value.rule;
      else if (guard === 1) rule1 = joint.value.rule;
      else rule2 = joint.value.rule;
    }
    if (at >= tokens.length) break;
    const token = tokens[at] as Token;
    if (token.kind === 'num') {
      if (terms === 0) {
        pendingNumeral = token;
        terms = 1;
        end = index = at + 1;
        continue;
      }
      // «ألف و898»: digits after a scale word and «و».
      if (grammar.digitsAfterScale && joined && pendingNumeral === null && group === 0 && Number.isFinite(lastScale)) {
        const read = numeralValue(token, null);
        if (read.ok && read.value < lastScale) {
          total += read.value;
          terms++;
          end = at + 1;
        }
      }
      break;
    }
    const match = termAt !== undefined ? termAt : matchLongest(grammar.numbers, tokens, at);
    if (match === null || match.value.type === 'and') break;
    const term = match.value;
    if (rule0 !== null && !jointAllowed(rule0, lastType, lastValue, term)) break;
    if (rule1 !== null && !jointAllowed(rule1, lastType, lastValue, term)) break;
    if (rule2 !== null && !jointAllowed(rule2, lastType, lastValue, term)) break;
    if (joined && term.type === 'value') beforeJoint = { total, group, end };
    const conj = joined || match.conj;
    if (terms === 0 && conj) {
      if (!options.allowLeadingConj || joined) break;
      leadingConj = true;
    } else if (terms > 0 && match.conj && !grammar.digitsAfterScale) {
      break;
    }
    let accepted = true;
    switch (term.type) {
      case 'value': {
        if (pendingNumeral !== null || article || half || !mayAdd(grammar, group, places, term.value)) {
          accepted = false;
          break;
        }
        group += term.value;
        places |= placesOf(term.value);
        loneOne = terms === 0 && term.value === 1;
        break;
      }
      case 'hundred': {
        if (pendingNumeral !== null) {
          const read = numeralValue(pendingNumeral, 100);
          if (!read.ok) {
            accepted = false;
            break;
          }
          group = read.value;
          pendingNumeral = null;
          places = HUNDREDS_PLACE | TENS_PLACE | UNITS_PLACE;
          break;
        }
        if ((places & HUNDREDS_PLACE) !== 0 || group >= 100) {
          accepted = false;
          break;
        }
        group = half ? 50 : (group === 0 ? 1 : group) * 100;
        places = HUNDREDS_PLACE;
        article = false;
        half = false;
        break;
      }
      case 'scale':
      case 'suffix': {
        if (term.value >= lastScale || (term.type === 'suffix' && (pendingNumeral === null || tokens[at]?.spaceBefore !== false))) {
          accepted = false;
          break;
        }
        if (pendingNumeral !== null) {
          const read = numeralValue(pendingNumeral, term.value);
          if (!read.ok) {
            problem = read;
            accepted = false;
            done = true;
            break;
          }
          total += read.value;
          pendingNumeral = null;
        } else {
          if (term.type === 'scale' && term.plural && group === 0) {
            accepted = false;
            break;
          }
          total += (half ? 0.5 : group === 0 ? 1 : group) * term.value;
        }
        group = 0;
        places = 0;
        lastScale = term.value;
        scaleUsed = term.value;
        article = false;
        half = false;
        halfInGroup = false;
        break;
      }
      case 'amount': {
        if (terms > 0) {
          accepted = false;
          break;
        }
        total = term.value;
        lastScale = term.value >= 1e6 ? 1e6 : 1e3;
        scaleUsed = lastScale;
        break;
      }
      case 'dozen': {
        if (pendingNumeral !== null) {
          const read = numeralValue(pendingNumeral, 12);
          if (!read.ok) {
            accepted = false;
            break;
          }
          group = read.value;
          pendingNumeral = null;
        } else {
          const times = half ? 0.5 : group;
          if (times === 0 || (places & HUNDREDS_PLACE) !== 0) {
            accepted = false;
            break;
          }
          group = times * 12;
        }
        article = false;
        half = false;
        done = true;
        break;
      }
      case 'article': {
        if (terms > 0) {
          accepted = false;
          break;
        }
        article = true;
        group = 1;
        break;
      }
      case 'half-before': {
        if (terms > 0 && !(article && group === 1)) {
          accepted = false;
          break;
        }
        article = false;
        group = 0;
        half = true;
        break;
      }
      case 'half-after': {
        if (pendingNumeral !== null || half || article) {
          accepted = false;
          break;
        }
        if (group === 0 && Number.isFinite(lastScale)) {
          total += lastScale / 2;
          done = true;
        } else if (group > 0 && !Number.isFinite(lastScale) && !halfInGroup) {
          group += 0.5;
          halfInGroup = true;
        } else {
          accepted = false;
        }
        break;
      }
    }
    if (!accepted) {
      // A multiplier that cannot apply after a joint: the joint belonged to the words after the number.
      if (beforeJoint !== null && (term.type === 'scale' || term.type === 'hundred')) {
        total = beforeJoint.total;
        group = beforeJoint.group;
        end = beforeJoint.end;
      }
      break;
    }
    if (term.type === 'scale') beforeJoint = null;
    terms++;
    lastType = term.type;
    lastValue = term.type === 'value' ? term.value : 0;
    end = index = match.end;
  }

  if (terms === 0) return null;
  // An article or "half" left without its multiplier ("a", "half") is not a number.
  if (article || half) return null;
  let value: number | null;
  let numeral: Token | null = null;
  if (pendingNumeral !== null) {
    numeral = pendingNumeral;
    const read = numeralValue(pendingNumeral, null);
    if (read.ok) {
      value = total + read.value;
    } else {
      value = null;
      problem = problem ?? read;
    }
  } else {
    value = total + group;
    // "two and a half" with no multiplier after it is not a whole number.
    if (!Number.isInteger(value)) return null;
    if (!Number.isSafeInteger(value)) {
      value = null;
      problem = { ok: false, code: 'too-large', reason: 'the figure is beyond the safe integers' };
    }
  }
  return {
    start,
    end,
    value,
    problem: value === null ? problem : null,
    numeral: numeral !== null && scaleUsed === null ? numeral : null,
    scale: scaleUsed,
    weak: loneOne && terms === 1,
    leadingConj,
  };
}

/**
 * The value of a reading once a scale word that follows a range applies to it
 * ("between 30 and 60 million": 30 becomes 30 000 000). Null when it cannot apply
 * (the reading has a scale word of its own). Cost: linear in the reading's digits.
 *
 * @example
 * rescale(readNumber(tokenize('1.5'), 0, LEXICONS.en), 1_000_000); // => 1500000
 */
export function rescale(reading: NumberReading, scaleValue: number): number | null {
  if (reading.scale !== null) return null;
  if (reading.numeral !== null) {
    const read = numeralValue(reading.numeral, scaleValue);
    return read.ok ? read.value : null;
  }
  if (reading.value === null) return null;
  const scaled = reading.value * scaleValue;
  return Number.isSafeInteger(scaled) ? scaled : null;
}
