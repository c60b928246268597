import type { Bounds, BoundsProblem } from './bounds.js';
import { betweenBounds, boundsFor, isBoundsProblem } from './bounds.js';
import type { CountParseErrorCode } from './CountParseError.js';
import type { Lexicon } from './lexicon/compile.js';
import type { Cue, QualifierWord } from './lexicon/types.js';
import type { NumberReading } from './numbers/readNumber.js';
import { readNumber, rescale } from './numbers/readNumber.js';
import type { Token } from './tokenize.js';
import type { TrieMatch } from './trie.js';
import { matchLongest, startBitsOf } from './trie.js';
import type { Qualifier } from './types.js';

/** A count expression found in the tokens: its span, its range and what it says of itself. */
export interface Expression {
  /** Token span, qualifiers included: `[start, end)`. */
  readonly start: number;
  readonly end: number;
  /** Token span of the figure itself. */
  readonly coreStart: number;
  readonly coreEnd: number;
  readonly bounds: Bounds;
  readonly qualifier: Qualifier;
  readonly bare: boolean;
  /** The figure names the dead itself («شهيدان», "no deaths"). */
  readonly selfDeath: boolean;
  /** The figure names its category itself («طفلان»). */
  readonly selfCategory: string | null;
  /** A lone "one" ("un", «واحد») or a lone quantifier ("several", "many"): a figure only beside a noun. */
  readonly weak: boolean;
  /** One numeral token with no separator, no scale and no qualifier ("2023"): may be a year. */
  readonly plainNumeral: Token | null;
  /** The figure is written in digits. */
  readonly digits: boolean;
}

/** Why an expression that started could not be read, and where (a token index). */
export interface ReadFailure {
  readonly code: CountParseErrorCode;
  readonly reason: string;
  readonly at: number;
  /** Where the expression that failed started (set by `readExpression`). */
  readonly from?: number;
}

export type ReadOutcome = { readonly ok: true; readonly expression: Expression } | { readonly ok: false; readonly failure: ReadFailure };

/** The cue that starts at each token, when the caller has matched them already (see `scanTokens`). */
export type CueTable = readonly (TrieMatch<Cue> | null)[];

/** Options of `readExpression`. */
export interface ReadOptions {
  /** The figure is the old value of a revision ("revised from X to Y"): read no range after it. */
  readonly noRange?: boolean;
  /** "from" here opens a revision ("raised from X to Y"), not a range. */
  readonly noFrom?: boolean;
}

type Core =
  | {
      readonly kind: 'figure';
      readonly value: number;
      readonly approx: boolean;
      readonly start: number;
      readonly end: number;
      readonly weak: boolean;
      readonly plain: Token | null;
      readonly digits: boolean;
      readonly selfDeath: boolean;
      readonly selfCategory: string | null;
    }
  | { readonly kind: 'range'; readonly low: number; readonly high: number; readonly start: number; readonly end: number; readonly digits: boolean }
  | { readonly kind: 'vague'; readonly min: number; readonly start: number; readonly end: number; readonly quantifierOnly: boolean }
  | { readonly kind: 'zero'; readonly start: number; readonly end: number; readonly selfDeath: boolean };

type CoreOutcome = Core | ReadFailure | null;

// A core has a `kind`, a failure none: a property read, cheaper than `in` over the shapes of both.
const isFailure = (outcome: CoreOutcome): outcome is ReadFailure => outcome !== null && (outcome as { kind?: string }).kind === undefined;

/**
 * Reads the count expression that starts at token `start`: qualifiers before
 * ("more than", «أكثر من»), the figure (digits, number words, "a dozen", a vague
 * amount, an approximate collective, an Arabic dual, a range, a zero), and
 * qualifiers after ("or more", "+", «على الأقل» after the noun). Returns null when
 * nothing starts there, a failure when something started but could not be read.
 * `cueAt`, when given, is the cue starting at each token (as `scanTokens` matched them), not matched again.
 * Cost: bounded by the longest phrase of the lexicon and the longest valid
 * number, whatever the length of the text.
 *
 * @example
 * readExpression(tokenize('more than a dozen'), 0, LEXICONS.en)?.ok; // => true
 */
export function readExpression(
  tokens: readonly Token[],
  start: number,
  lex: Lexicon,
  options: ReadOptions = {},
  cueAt: CueTable | null = null,
): ReadOutcome | null {
  // Made only when a qualifier is found, at its size: most starts have none, and an array
  // grown by a first push reserves room for 17.
  let qualifiers: QualifierWord[] | null = null;
  let at = start;
  let lastStart = start;
  for (let count = 0; count < 3; count++) {
    const match = matchLongest(lex.before, tokens, at);
    if (match === null) break;
    if (qualifiers === null) qualifiers = [match.value];
    else qualifiers.push(match.value);
    lastStart = at;
    at = match.end;
  }
  let qualified: ReadOutcome | null = null;
  if (qualifiers !== null) {
    let core = readCore(tokens, at, lex, options);
    // "frôle les 500 morts", "rebasó los 500": an article between the qualifier and its figure.
    const article = core === null ? matchLongest(lex.articles, tokens, at) : null;
    if (article !== null) core = readCore(tokens, article.end, lex, options);
    // «تجاوز عدد القتلى 1000»: a qualifying verb before the subject of the figure.
    if (core === null && matchLongest(lex.detached, tokens, lastStart)?.end === at) {
      for (let skip = 1; skip <= 3 && core === null && at + skip < tokens.length; skip++) {
        if ((tokens[at + skip - 1] as Token).kind !== 'word' || matchLongest(lex.numbers, tokens, at + skip - 1) !== null) break;
        core = readCore(tokens, at + skip, lex, options);
      }
    }
    if (core === null) {
      qualified = { ok: false, failure: { code: 'qualifier-without-figure', reason: 'a qualifier with no figure after it', at } };
    } else if (isFailure(core)) {
      qualified = { ok: false, failure: core };
    } else {
      qualified = finish(tokens, start, core, qualifiers, lex, cueAt);
    }
  }
  const first = tokens[start] as Token;
  const plainCore = first.kind === 'num' || (startBitsOf(first, lex.startIndex) & lex.figureStartBits) !== 0 ? readCore(tokens, start, lex, options) : null;
  const plain = plainCore === null ? null : isFailure(plainCore) ? ({ ok: false, failure: plainCore } as const) : finish(tokens, start, plainCore, NO_QUALIFIERS, lex, cueAt);
  if (qualified !== null && qualified.ok) {
    if (plain !== null && plain.ok && plain.expression.end > qualified.expression.end) return plain;
    return qualified;
  }
  if (plain !== null && plain.ok) return plain;
  const failed = qualified ?? plain;
  if (failed === null || failed.ok) return failed;
  // Built field by field: an object spread of failures of several shapes takes V8's slow path.
  const { code, reason, at: failedAt } = failed.failure;
  return { ok: false, failure: { code, reason, at: failedAt, from: start } };
}

const NO_QUALIFIERS: readonly QualifierWord[] = [];

/** Applies the qualifiers before and after a figure and builds the expression. */
function finish(tokens: readonly Token[], start: number, core: Core, before: readonly QualifierWord[], lex: Lexicon, cueAt: CueTable | null): ReadOutcome {
  let end = core.end;
  let qualifiers = before;
  const after = matchLongest(lex.after, tokens, end);
  if (after !== null && !figureNear(tokens, after.end, lex)) {
    qualifiers = [...before, after.value];
    end = after.end;
  } else {
    const floating = findFloating(tokens, end, lex, cueAt);
    if (floating !== null) {
      qualifiers = [...before, floating.value];
      end = floating.end;
    }
  }
  let qualifier: Exclude<QualifierWord, 'estimated'> | null = null;
  if (qualifiers.length === 1) {
    const only = qualifiers[0] as QualifierWord;
    qualifier = only === 'estimated' ? 'about' : only;
  } else if (qualifiers.length > 1) {
    // "an estimated more than 130" is "more than 130"; two qualifiers before one figure are an error, one before and the same after is not.
    const strongBefore = before.filter((word) => word !== 'estimated');
    const strong = [...new Set(qualifiers.filter((word) => word !== 'estimated'))];
    if (strongBefore.length > 1 || strong.length > 1 || before.length > 2) {
      return fail('conflicting-qualifiers', 'more than one qualifier for one figure', start);
    }
    qualifier = (strong[0] as Exclude<QualifierWord, 'estimated'> | undefined) ?? 'about';
  }
  if (qualifier !== null && core.kind === 'range' && qualifier !== 'about') {
    return fail('bad-qualifier', `"${qualifier}" cannot qualify a range ("about A to B" stays [A, B])`, start);
  }
  if (qualifier !== null && core.kind === 'vague' && qualifier !== 'at-least' && qualifier !== 'more-than' && qualifier !== 'about') {
    return fail('bad-qualifier', `"${qualifier}" cannot qualify an unquantified amount`, start);
  }
  return build(core, qualifier, start, end);
}

/** The expression of a figure under its qualifier, or why it has no range. */
function build(core: Core, qualifier: Exclude<QualifierWord, 'estimated'> | null, start: number, end: number): ReadOutcome {
  let bounds: Bounds | BoundsProblem;
  let resolved: Qualifier;
  let bare = false;
  switch (core.kind) {
    case 'figure':
      if (qualifier === null) {
        resolved = core.approx ? 'about' : 'exact';
        bare = !core.approx;
      } else {
        resolved = qualifier;
      }
      bounds = boundsFor(resolved, core.value);
      break;
    case 'range':
      resolved = 'between';
      bounds = betweenBounds(core.low, core.high);
      break;
    case 'vague':
      resolved = 'vague';
      bounds = { min: core.min, max: null, figure: core.min };
      break;
    case 'zero':
      resolved = qualifier === null ? 'exact' : qualifier;
      bounds = boundsFor(resolved, 0);
      break;
  }
  if (isBoundsProblem(bounds)) return fail(bounds.problem, bounds.reason, core.start);
  const expression: Expression = {
    start,
    end,
    coreStart: core.start,
    coreEnd: core.end,
    bounds,
    qualifier: resolved,
    bare,
    selfDeath: core.kind === 'figure' || core.kind === 'zero' ? core.selfDeath : false,
    selfCategory: core.kind === 'figure' ? core.selfCategory : null,
    weak: ((core.kind === 'figure' && core.weak) || (core.kind === 'vague' && core.quantifierOnly)) && qualifier === null,
    plainNumeral: core.kind === 'figure' && qualifier === null && !core.approx ? core.plain : null,
    digits: (core.kind === 'figure' || core.kind === 'range') && core.digits,
  };
  return { ok: true, expression };
}

function fail(code: CountParseErrorCode, reason: string, at: number): ReadOutcome {
  return { ok: false, failure: { code, reason, at } };
}

/** True when a figure (digits or a number word) starts at `index`. */
function startsFigure(tokens: readonly Token[], index: number, lex: Lexicon): boolean {
  const token = tokens[index];
  if (token === undefined) return false;
  if (token.kind === 'num') return true;
  const match = matchLongest(lex.numbers, tokens, index);
  return match !== null && match.value.type !== 'and' && match.value.type !== 'article';
}

/** True when a figure starts at `index` or the token after it: "y más de 100 heridos" qualifies the next figure, not this one. */
function figureNear(tokens: readonly Token[], index: number, lex: Lexicon): boolean {
  return startsFigure(tokens, index, lex) || startsFigure(tokens, index + 1, lex);
}

/** A qualifier after the noun that follows the figure («130 قتيلاً على الأقل», "30 morts au moins"). */
function findFloating(tokens: readonly Token[], from: number, lex: Lexicon, cueAt: CueTable | null): { value: QualifierWord; end: number } | null {
  for (let index = from; index < tokens.length && index < from + 4; index++) {
    const token = tokens[index] as Token;
    if (token.kind !== 'word') return null;
    const match = matchLongest(lex.floating, tokens, index);
    if (match !== null) return figureNear(tokens, match.end, lex) ? null : { value: match.value, end: match.end };
    const cue = cueAt !== null ? (cueAt[index] ?? null) : matchLongest(lex.cues, tokens, index);
    if (cue !== null && cue.value.kind !== 'death' && cue.value.kind !== 'person' && cue.value.kind !== 'category' && cue.value.kind !== 'aux') {
      return null;
    }
  }
  return null;
}

/** Reads the figure at `start`: the longest of a zero, a dual, a collective, a vague amount, a number or a range. */
function readCore(tokens: readonly Token[], start: number, lex: Lexicon, options: ReadOptions): CoreOutcome {
  if (start >= tokens.length) return null;
  const number = readNumber(tokens, start, lex);
  const token = tokens[start] as Token;
  // A figure in digits is a number, a range, or a number of collectives ("2 centaines"): nothing else starts with digits.
  if (token.kind === 'num') return better(readCollective(tokens, start, lex, number), readFigure(tokens, start, lex, options, number));
  // Each reader starts with a phrase of its own tries: the token's start bits say which may, without a call to each.
  const bits = startBitsOf(token, lex.startIndex);
  let best: CoreOutcome = null;
  if ((bits & (bitOf(lex.zero) | bitOf(lex.zeroDeterminers))) !== 0) best = readZero(tokens, start, lex);
  if ((bits & bitOf(lex.duals)) !== 0) best = better(best, readDual(tokens, start, lex));
  if ((bits & (bitOf(lex.rangeOpen) | bitOf(lex.rangeFrom))) !== 0) best = better(best, readBetween(tokens, start, lex, options));
  if (number !== null || (bits & bitOf(lex.collectiveArticles)) !== 0) best = better(best, readCollective(tokens, start, lex, number));
  if ((bits & (bitOf(lex.vagueQuantifiers) | bitOf(lex.vagueUnits))) !== 0) best = better(best, readVague(tokens, start, lex));
  return number === null ? best : better(best, readFigure(tokens, start, lex, options, number));
}

/** A lexicon trie's bit in the lexicon's start index. */
function bitOf(trie: { readonly bit?: number }): number {
  return trie.bit ?? 0;
}

/** The better of two readings: a figure over a failure, then the longer (the first on a tie). */
function better(best: CoreOutcome, candidate: CoreOutcome): CoreOutcome {
  if (candidate === null) return best;
  if (best === null) return candidate;
  if (isFailure(candidate)) return best;
  return isFailure(best) || candidate.end > best.end ? candidate : best;
}

function readZero(tokens: readonly Token[], start: number, lex: Lexicon): CoreOutcome {
  const phrase = matchLongest(lex.zero, tokens, start);
  let best: Core | null = phrase === null ? null : { kind: 'zero', start, end: phrase.end, selfDeath: phrase.value.death };
  const determiner = matchLongest(lex.zeroDeterminers, tokens, start);
  if (determiner !== null) {
    const noun = matchLongest(lex.cues, tokens, determiner.end);
    if (noun !== null && (noun.value.kind === 'death' || noun.value.kind === 'casualty') && (best === null || noun.end > best.end)) {
      best = { kind: 'zero', start, end: noun.end, selfDeath: true };
    }
  }
  return best;
}

function readDual(tokens: readonly Token[], start: number, lex: Lexicon): CoreOutcome {
  const dual = matchLongest(lex.duals, tokens, start);
  if (dual === null || dual.conj) return null;
  return {
    kind: 'figure',
    value: 2,
    approx: false,
    start,
    end: dual.end,
    weak: false,
    plain: null,
    digits: false,
    selfDeath: dual.value.death,
    selfCategory: dual.value.category,
  };
}

/** "between A and B", «بين 30 و40», "from A to B" (unless a revision: see `ReadOptions`). */
function readBetween(tokens: readonly Token[], start: number, lex: Lexicon, options: ReadOptions): CoreOutcome {
  const open = matchLongest(lex.rangeOpen, tokens, start);
  const from = open === null && !options.noFrom ? matchLongest(lex.rangeFrom, tokens, start) : null;
  const opener = open ?? from;
  if (opener === null) return null;
  const low = readNumber(tokens, opener.end, lex);
  if (low === null) return null;
  let next = low.end;
  const joint = matchLongest(open !== null ? lex.rangeAnd : lex.rangeTo, tokens, next);
  let high: NumberReading | null = null;
  if (joint !== null) {
    high = readNumber(tokens, joint.end, lex);
  } else if (open !== null && lex.lang === 'ar') {
    high = readNumber(tokens, next, lex, { allowLeadingConj: true });
    if (high !== null && !high.leadingConj) high = null;
  }
  if (high === null) return open === null ? null : { code: 'bad-number', reason: 'a range needs two figures', at: next };
  next = high.end;
  return rangeOf(low, high, start, next, open !== null, false);
}

/** The range of two readings, with a trailing scale applied to the first ("between 30 and 60 million", "3-3.7 million"). */
function rangeOf(low: NumberReading, high: NumberReading, start: number, end: number, strictOpen: boolean, strictOrder: boolean): CoreOutcome {
  if (high.value === null) return high.problem === null ? null : { code: high.problem.code, reason: high.problem.reason, at: high.start };
  let lowValue = low.value;
  if (high.scale !== null && low.scale === null) {
    const scaled = rescale(low, high.scale);
    if (scaled !== null && scaled <= high.value) lowValue = scaled;
  }
  if (lowValue === null) return low.problem === null ? null : { code: low.problem.code, reason: low.problem.reason, at: low.start };
  if (lowValue > high.value || (strictOrder && lowValue === high.value)) {
    return strictOpen ? { code: 'empty-range', reason: `the range from ${lowValue} to ${high.value} is empty`, at: high.start } : null;
  }
  return { kind: 'range', low: lowValue, high: high.value, start, end, digits: low.numeral !== null || high.numeral !== null };
}

/** "une dizaine", "un centenar", "plus d'une centaine", "une dizaine de milliers": about N by their form. */
function readCollective(tokens: readonly Token[], start: number, lex: Lexicon, number: NumberReading | null): CoreOutcome {
  let times = 0;
  let at = start;
  const article = matchLongest(lex.collectiveArticles, tokens, start);
  if (article !== null) {
    times = 1;
    at = article.end;
  } else {
    if (number === null || number.value === null) return null;
    times = number.value;
    at = number.end;
  }
  const noun = matchLongest(lex.collectives, tokens, at);
  if (noun === null) return null;
  let value = times * noun.value;
  let end = noun.end;
  const joiner = matchLongest(lex.unitJoiners, tokens, end);
  if (joiner !== null) {
    const unit = matchLongest(lex.vagueUnits, tokens, joiner.end);
    if (unit !== null && unit.value >= 1000) {
      value *= unit.value;
      end = unit.end;
    }
  }
  if (!Number.isSafeInteger(value)) return null;
  return { kind: 'figure', value, approx: true, start, end, weak: false, plain: null, digits: false, selfDeath: false, selfCategory: null };
}

/** "several", "a few", "dozens", "tens of thousands", "plusieurs dizaines", «عشرات الآلاف»: [k × units, open). */
function readVague(tokens: readonly Token[], start: number, lex: Lexicon): CoreOutcome {
  let at = start;
  let times: number | null = null;
  let onlyBeforeUnit = false;
  const quantifier = matchLongest(lex.vagueQuantifiers, tokens, at);
  if (quantifier !== null) {
    times = quantifier.value.times;
    onlyBeforeUnit = quantifier.value.onlyBeforeUnit;
    at = quantifier.end;
  }
  let units = 1;
  let lastUnit = 0;
  let hasUnit = false;
  const first = matchLongest(lex.vagueUnits, tokens, at) ?? (times !== null ? matchLongest(lex.singularUnits, tokens, at) : null);
  if (first !== null) {
    units = first.value;
    lastUnit = first.value;
    hasUnit = true;
    at = first.end;
    for (let guard = 0; guard < 3; guard++) {
      const joiner = matchLongest(lex.unitJoiners, tokens, at);
      const from = joiner === null ? at : joiner.end;
      const next = matchLongest(lex.vagueUnits, tokens, from) ?? (joiner === null ? matchLongest(lex.singularUnits, tokens, from) : null);
      if (next === null || next.value <= lastUnit) break;
      units *= next.value;
      lastUnit = next.value;
      at = next.end;
    }
  }
  if (times === null && !hasUnit) return null;
  if (!hasUnit && onlyBeforeUnit) return null;
  const min = (times ?? 2) * units;
  if (!Number.isSafeInteger(min)) return null;
  return { kind: 'vague', min, start, end: at, quantifierOnly: !hasUnit };
}

/** A number in digits or words, and a range after it ("30 to 40", "30-40", "two or three"). */
function readFigure(tokens: readonly Token[], start: number, lex: Lexicon, options: ReadOptions, reading: NumberReading | null): CoreOutcome {
  if (reading === null) return null;
  if (!options.noRange) {
    const joint = matchLongest(lex.rangeTo, tokens, reading.end);
    if (joint !== null) {
      const high = readNumber(tokens, joint.end, lex);
      if (high !== null) {
        const strict = tokens[reading.end]?.norm === 'or' || matchLongest(lex.cues, tokens, reading.end)?.value.kind === 'conj';
        const range = rangeOf(reading, high, start, high.end, false, strict);
        if (range !== null && !isFailure(range)) return range;
      }
    }
  }
  if (reading.value === null) {
    const problem = reading.problem;
    return problem === null ? null : { code: problem.code, reason: problem.reason, at: start };
  }
  const token = tokens[start] as Token;
  const plain = reading.numeral !== null && reading.end === start + 1 && token.seps.length === 0 ? token : null;
  return {
    kind: 'figure',
    value: reading.value,
    approx: false,
    start,
    end: reading.end,
    weak: reading.weak,
    plain,
    digits: reading.numeral !== null || token.kind === 'num',
    selfDeath: false,
    selfCategory: null,
  };
}
