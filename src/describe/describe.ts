import type { Estimate, EstimateClaim, ScopeRef } from '../reconcile/types.js';
import { type Amount, amountOfRange, readingOfClaim } from './amount.js';
import { unique } from './format/text.js';
import { phrasebook } from './locales/index.js';
import type { Attribution, Caveat, LineMessage, Side, Where, Who } from './message.js';
import { type NamedScope, ROOT_ID, nameFor, sameScope } from './names.js';
import type { DescribeContext, DescribeOptions } from './types.js';

/** A contested line sets at most this many sides against each other. */
const MAX_SIDES = 3;
/** An attribution names at most this many origins. */
const MAX_ORIGINS = 3;

const RELIABILITY_RANK: Readonly<Record<string, number>> = { A: 0, B: 1, C: 2, D: 3, E: 4, F: 5 };

/**
 * The line a desk can publish about an estimate, following wire-service
 * practice (AP, Reuters, AFP, EFE, Al Jazeera):
 * - the figure as the range says it: "at least 131" for a low with no high, or
 *   "more than 130" when the claim behind that low was worded so; "between A
 *   and B", "about N" when the claim said about, "up to N"; "dozens" when the
 *   claim gave no number;
 * - attributed to the origin of the figure by name ("according to …"), never to
 *   the outlets that relayed it (they are named only with `relays: true`);
 *   two or more independent origins for a corroborated figure;
 * - a low summed from parts said as such ("adding up the counts of …");
 * - the caveat unless a claim behind the figure is verified ("a figure that
 *   could not be independently verified"; "a figure that has been disputed");
 * - both sides when contested, highest figure first ("According to X, 471
 *   people have been killed in Gaza; according to Y, between 100 and 300.");
 * - the silences of sources that gave no toll ("Syrian authorities did not give
 *   a toll."); "No toll has been reported …" when there is no figure.
 *
 * Numbers follow each language's newsrooms (see `formatNumber`). Names are
 * the dataset's as written unless `context` gives them in the line's language;
 * places and categories are their ids unless named. Pure; runs in time linear
 * in the estimate's claims and conflicts.
 *
 * @param estimate one element of what `reconcile` returns.
 * @param options `lang` ('en', 'ar', 'fr', 'es'; default 'en'), `style` ('line' or 'short'), `relays`.
 * @param context names in the line's language: `placeName` or `placePhrase`, `categoryName`, `sourceNames` by id, and the other `estimates` of the answer.
 * @throws {TypeError} for an unknown `lang` or `style` (a programmer error).
 * @example
 * describe(syriaCoast, { lang: 'en' }, { placePhrase: 'on the Syrian coast', sourceNames: { sohr: 'the Syrian Observatory for Human Rights' } }); // => 'More than 130 people have been killed on the Syrian coast, according to the Syrian Observatory for Human Rights, a figure that could not be independently verified. Syrian authorities did not give a toll.'
 */
export function describe(estimate: Estimate, options: DescribeOptions = {}, context: DescribeContext = {}): string {
  const book = phrasebook(options.lang, 'describe');
  const style = options.style ?? 'line';
  if (style !== 'line' && style !== 'short') throw new TypeError(`describe: unknown style ${JSON.stringify(style)}; expected 'line' or 'short'`);
  const message = lineMessage(estimate, options, context);
  return style === 'short' ? book.short(message) : book.line(message);
}

/** The language-neutral message of the line for an estimate. */
export function lineMessage(estimate: Estimate, options: DescribeOptions, context: DescribeContext): LineMessage {
  const scope = estimate.scope as NamedScope;
  const who = whoOf(scope, context);
  const where = whereOf(scope, context);
  const nameOf = (record: { source: string; sourceName: string }) => nameFor(context.sourceNames, record.source, record.sourceName);
  const silences = unique(estimate.silences.map(nameOf));

  if (estimate.label === 'no-figure') return { type: 'no-figure', high: estimate.high, who, where, silences };

  const claimsById = new Map<string, EstimateClaim>();
  for (const other of context.estimates ?? []) for (const claim of other.claims) if (!claimsById.has(claim.id)) claimsById.set(claim.id, claim);
  for (const claim of estimate.claims) claimsById.set(claim.id, claim);
  const lookUp = (ids: readonly string[]) => ids.map((id) => claimsById.get(id)).filter((claim): claim is EstimateClaim => claim !== undefined);

  if (estimate.label === 'contested') {
    const involved = lookUp(unique(estimate.conflicts.flatMap((pair) => [pair.a, pair.b])));
    if (involved.length >= 2) {
      const ordered = [...involved].sort(highestFirst);
      const shown = ordered.slice(0, MAX_SIDES);
      const sides: Side[] = shown.map((claim) => ({ amount: amountOfClaim(claim), origin: nameOf(claim) }));
      const more = ordered.length > MAX_SIDES || estimate.conflictCount > estimate.conflicts.length;
      return { type: 'contested', sides, more, caveat: !shown.some(isVerified), who, where, silences };
    }
    const behind = lookUp(unique([...estimate.bounds.low.claims, ...estimate.bounds.high.claims]));
    const origins = unique(behind.map(nameOf)).slice(0, MAX_ORIGINS);
    return {
      type: 'conflicting',
      amount: amountOfRange(estimate.low, estimate.high),
      origins,
      caveat: !behind.some(isVerified),
      who,
      where,
      silences,
    };
  }

  const lowIds = estimate.bounds.low.claims;
  const lowClaims = lookUp(lowIds);
  const parts = estimate.bounds.low.scopes.filter((part) => !sameScope(part, estimate.scope));
  const fromParts = parts.length > 0 && parts.length === estimate.bounds.low.scopes.length;

  let attributed: EstimateClaim[];
  let attribution: Attribution;
  if (fromParts) {
    attributed = lowClaims.length === lowIds.length ? lowClaims : [];
    const names = unique(attributed.map(nameOf)).slice(0, MAX_ORIGINS);
    const part = parts[0];
    attribution = parts.length === 1 && part !== undefined ? { type: 'part', names, part: partName(part, estimate.scope, context) } : { type: 'sum', names };
  } else {
    attributed = estimate.label === 'corroborated' ? corroborators(estimate, lowClaims) : origins(estimate, lowClaims);
    attribution = { type: 'origins', names: unique(attributed.map(nameOf)).slice(0, MAX_ORIGINS) };
  }

  let caveat: Caveat;
  if (estimate.label === 'verified') caveat = null;
  else if (lowClaims.some((claim) => claim.status === 'disputed')) caveat = 'disputed';
  else caveat = fromParts && parts.length > 1 ? 'unverified-sum' : 'unverified';

  const relays =
    options.relays === true
      ? unique(
          attributed.flatMap((claim) => claim.relayedBy).filter((id) => !attributed.some((claim) => claim.source === id)),
        ).map((id) => nameFor(context.sourceNames, id, id))
      : [];

  return { type: 'toll', amount: tollAmount(estimate, lowClaims), who, where, attribution, relays, caveat, silences };
}

/** Who the estimate counts: people at the root category, else the category's noun. */
function whoOf(scope: NamedScope, context: DescribeContext): Who {
  const noun =
    context.categoryName ??
    (scope.category === ROOT_ID ? null : nameFor(context.categoryNames, scope.category, scope.categoryName ?? scope.category));
  return { noun, nounOne: noun === null ? null : (context.categoryNameSingular ?? null), gender: noun === null ? 'f' : (context.categoryGender ?? 'm') };
}

/** Where: the phrase given, or the place's name (none for the implicit root). */
function whereOf(scope: NamedScope, context: DescribeContext): Where {
  const name = context.placeName ?? (scope.place === ROOT_ID ? null : nameFor(context.placeNames, scope.place, scope.placeName ?? scope.place));
  const phrase = context.placePhrase ?? (context.placePhrases !== undefined && Object.hasOwn(context.placePhrases, scope.place) ? context.placePhrases[scope.place]! : null);
  return { name, phrase };
}

/** A part of a sum, named by what differs from the whole: its place, or its category. */
function partName(part: ScopeRef, whole: ScopeRef, context: DescribeContext): string {
  // Names the answer's other estimates carry stand in when the context gives none.
  const named = context.estimates?.map((estimate) => estimate.scope as NamedScope) ?? [];
  const place = nameFor(context.placeNames, part.place, named.find((s) => s.place === part.place)?.placeName ?? part.place);
  const category = nameFor(context.categoryNames, part.category, named.find((s) => s.category === part.category)?.categoryName ?? part.category);
  if (part.place === whole.place) return category;
  return part.category === whole.category ? place : `${place} (${category})`;
}

/**
 * The amount of the line: the range in plain words, or what the claim behind
 * the low said when it says the same range ("more than 130" for 131 and up,
 * "about 1,400", "dozens").
 */
function tollAmount(estimate: Estimate, lowClaims: readonly EstimateClaim[]): Amount {
  const { low, high } = estimate;
  for (const claim of lowClaims) {
    if (claim.min !== low) continue;
    const reading = readingOfClaim(claim);
    if (reading === null) continue;
    const { kind } = reading.amount;
    if (high === null) {
      if (kind === 'more-than' || kind === 'vague') return reading.amount;
    } else if (claim.max === high && kind !== 'at-least' && kind !== 'more-than' && kind !== 'vague') {
      return reading.amount;
    }
  }
  return amountOfRange(low, high);
}

/** What one claim says, for one side of a contested line: its wording's amount ("471" for a bare 471), else its range. */
function amountOfClaim(claim: EstimateClaim): Amount {
  return readingOfClaim(claim)?.amount ?? amountOfRange(claim.min, claim.max);
}

function isVerified(claim: EstimateClaim): boolean {
  return claim.status === 'verified';
}

/** Highest figure first (the headline side), then by id. */
function highestFirst(a: EstimateClaim, b: EstimateClaim): number {
  const aHigh = a.max ?? Number.POSITIVE_INFINITY;
  const bHigh = b.max ?? Number.POSITIVE_INFINITY;
  if (aHigh !== bHigh) return bHigh - aHigh;
  if (a.min !== b.min) return b.min - a.min;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The claims behind the figure: those at the low, and those of the scope's own that set its high. */
function origins(estimate: Estimate, lowClaims: readonly EstimateClaim[]): EstimateClaim[] {
  const own = new Map(estimate.claims.map((claim) => [claim.id, claim]));
  const high = estimate.high === null ? [] : estimate.bounds.high.claims.map((id) => own.get(id)).filter((claim): claim is EstimateClaim => claim !== undefined);
  const behind = [...lowClaims, ...high];
  return behind.length > 0 ? behind : [...estimate.claims];
}

/**
 * The independent origins that support the low (SPEC.md, "corroborated"): one
 * claim for each group whose floor reaches the low or whose range bounded
 * above contains it, not disputed; claims behind the low first, then the most
 * reliable.
 */
function corroborators(estimate: Estimate, lowClaims: readonly EstimateClaim[]): EstimateClaim[] {
  const { low } = estimate;
  const supports = (claim: EstimateClaim) =>
    claim.status !== 'disputed' && (claim.min >= low || (claim.max !== null && claim.min <= low && low <= claim.max));
  const rest = estimate.claims
    .filter((claim) => !lowClaims.includes(claim))
    .sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const chosen: EstimateClaim[] = [];
  const groups = new Set<string>();
  for (const claim of [...lowClaims, ...rest]) {
    if (!supports(claim) || groups.has(claim.group)) continue;
    groups.add(claim.group);
    chosen.push(claim);
  }
  return chosen.length >= 2 ? chosen : origins(estimate, lowClaims);
}

function rank(claim: EstimateClaim): number {
  return claim.reliability === null ? 6 : (RELIABILITY_RANK[claim.reliability] ?? 6);
}
