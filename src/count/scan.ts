import { adjacentSkip } from './adjacentSkip.js';
import { gather } from './evidence.js';
import type { Expression, ReadFailure, ReadOptions } from './grammar.js';
import { readExpression } from './grammar.js';
import type { Lexicon } from './lexicon/compile.js';
import type { Cue, CueKind } from './lexicon/types.js';
import type { Context, CueSpan, Layout } from './scanContext.js';
import { cueBefore, EMPTY_LAYOUT, isRevisionFrom } from './scanContext.js';
import type { Token } from './tokenize.js';
import type { TrieMatch } from './trie.js';
import { matchLongest, startBitsOf } from './trie.js';
import type { CountKind } from './types.js';
import { judge, propagate } from './verdict.js';

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

/** Nouns for people: what a lone "one" or "several" must stand beside in a sentence. */
const WHO: ReadonlySet<CueKind> = new Set(['person', 'category', 'death', 'casualty']);
const EACH = new Set(['each', 'cada', 'chaque', 'chacun', 'chacune', '\u0643\u0644']);

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
  // Sized once (an array grown by push reserves room for 17 entries at the first), and filled in
  // the loop: \`fill\` is a call into the runtime that costs more than the whole loop on a short wording.
  const cueAt = new Array<TrieMatch<Cue> | null>(count);
  const cueEndingAt = new Array<CueSpan | null | undefined>(count);
  for (let index = 0; index < count; index++) {
    // A cue that started earlier may already end here.
    if (cueEndingAt[index] === undefined) cueEndingAt[index] = null;
    const match = (tokens[index] as Token).kind === 'num' ? null : matchLongest(lex.cues, tokens, index);
    cueAt[index] = match;
    if (match !== null) {
      const last = match.end - 1;
      const existing = cueEndingAt[last];
      if (existing === null || existing === undefined || existing.start > index) {
        cueEndingAt[last] = { start: index, end: match.end, cue: match.value, conj: match.conj };
      }
    }
  }
  const context: Context = { tokens, lex, mode, cueAt, cueEndingAt: cueEndingAt as (CueSpan | null)[] };

  const expressions: Expression[] = [];
  const failures: ReadFailure[] = [];
  let index = 0;
  while (index < count) {
    const token = tokens[index] as Token;
    if (token.kind !== 'num' && (startBitsOf(token, lex.startIndex) & lex.expressionStartBits) === 0) {
      index++;
      continue;
    }
    const outcome = readExpression(tokens, index, lex, readOptions(isRevisionFrom(context, index), isRevisionFrom(context, index - 1)), cueAt);
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
  if (expressions.length === 1) return { findings: [judgeAlone(context, expressions[0] as Expression)], failures };
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

/**
 * The finding of the only figure of a text, the common case of a claim's wording: what the
 * general path gives it (no other figure to stop at, skip, link to or list with), without its
 * per-figure tables.
 */
function judgeAlone(context: Context, expression: Expression): Finding {
  const skip = adjacentSkip(context, expression);
  if (skip !== null) return { expression, verdict: { status: 'skip', reason: skip, category: null }, linked: false };
  return { expression, verdict: judge(gather(context, expression, EMPTY_LAYOUT), context.mode), linked: false };
}

const OPTIONS: readonly ReadOptions[] = [{}, { noFrom: true }, { noRange: true }, { noFrom: true, noRange: true }];

/** The options of `readExpression`, without allocating. */
function readOptions(noFrom: boolean, noRange: boolean): ReadOptions {
  return OPTIONS[(noFrom ? 1 : 0) + (noRange ? 2 : 0)] as ReadOptions;
}

/**
 * A lone "one" or a lone quantifier ("several", "many", "un", «واحد») counts only beside a
 * noun for people or the dead ("one civilian", "several Alawite men", "un mort",
 * «قتيل واحد»). In a claim's wording it may also stand alone ("several").
 */
function weakFigureStands(context: Context, expression: Expression): boolean {
  const { tokens, cueAt } = context;
  // "unos 50 cada uno", "each one", "how many": not a figure.
  const before = expression.start >= 1 ? (tokens[expression.start - 1]?.norm ?? '') : '';
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
