import { claimMax, claimMin, type Engine, partsBehindLow } from './engine.js';
import { outletsOf, roleOf, silencesInForce } from './logState.js';
import { zoneDay } from '../log/time.js';
import { IsoTimes } from './isoTime.js';
import { summarize } from './summarize.js';
import type { BoundSource, Conflict, Estimate, EstimateClaim, Reason, RecordRole, ScopeRef } from './types.js';

/** At most this many conflicting pairs are listed; `conflictCount` gives the total. */
export const MAX_CONFLICTS = 20;

/**
 * Assembles the full estimate of one scope from the engine: the summary, the
 * conflicts, the bounds and where they come from, the claims and silences in
 * force, and the role of every record that names the scope: those of
 * `recordsOfScope` from `from` to `to` (excluded), in log order.
 */
export function buildEstimate(
  engine: Engine,
  scope: number,
  asOf: number | null,
  recordsOfScope: ArrayLike<number>,
  memo: AnswerMemo = createAnswerMemo(engine.state.dataset.records.length, engine.calc.length, engine.state.dataset.timezone),
  from = 0,
  to = recordsOfScope.length,
): Estimate {
  const { state } = engine;
  const { dataset } = state;
  const { index } = dataset;
  const { records, sources } = dataset;
  const summary = summarize(engine, scope);
  const self = engine.calc[scope]!;
  const propagates = state.policy.floorsAndPropagation;

  const bounds = propagates ? propagatedBounds(engine, scope, memo) : pointBounds(engine, scope, summary.low, summary.high);
  // The newest claim behind the estimate: its own claims and those that set its bounds.
  let newestClaim = -1;
  for (const list of [self.own, bounds.low.claimPositions, bounds.high.claimPositions]) {
    for (const claim of list) if (newestClaim < 0 || index.time[claim]! > index.time[newestClaim]!) newestClaim = claim;
  }
  const newestAt = newestClaim < 0 ? null : isoAt(memo, index.time, newestClaim);

  const reasons = summary.reasons;
  if (asOf !== null && newestClaim >= 0) {
    const age = ageReason(memo, asOf, index.time[newestClaim]!);
    if (age !== null) reasons.push(age);
  }

  const { conflicts, conflictCount } = conflictsOf(engine, scope);
  const claims: EstimateClaim[] = new Array(self.own.length);
  for (let i = 0; i < self.own.length; i++) {
    const claim = self.own[i]!;
    const sourcePosition = index.source[claim]!;
    const source = sources[sourcePosition]!;
    const reading = index.readings[claim]!;
    claims[i] = {
      id: records[claim]!.id,
      source: source.id,
      sourceName: source.name,
      min: reading.min,
      max: propagates ? claimMax(state, claim) : reading.max,
      wording: reading.wording,
      qualifier: reading.qualifier,
      figure: reading.figure,
      lang: reading.lang,
      status: state.status[claim]!,
      publishedAt: isoAt(memo, index.time, claim),
      relayedBy: outletsOf(state, claim).slice(),
      group: index.groups[sourcePosition]!,
      alignment: source.alignment ?? null,
      reliability: source.reliability ?? null,
    };
  }
  const silences = silencesInForce(state, scope).map((position) => {
    const source = sources[index.source[position]!]!;
    return { id: records[position]!.id, source: source.id, sourceName: source.name, at: isoAt(memo, index.time, position) };
  });
  const roles: { id: string; role: RecordRole }[] = new Array(to - from);
  for (let i = from; i < to; i++) {
    const position = recordsOfScope[i]!;
    roles[i - from] = { id: records[position]!.id, role: roleOf(state, position) };
  }

  const { space } = state;
  const place = space.place[scope]!;
  const category = space.category[scope]!;
  return {
    scope: {
      place: space.places.ids[place]!,
      category: space.categories.ids[category]!,
      placeName: space.places.names[place]!,
      categoryName: space.categories.names[category]!,
    },
    asOf: asOf === null ? null : asOfText(memo, asOf),
    low: summary.low,
    best: summary.best,
    high: summary.high,
    label: summary.label,
    reasons,
    conflicts,
    conflictCount,
    newestAt,
    bounds: { low: publicBound(engine, bounds.low), high: publicBound(engine, bounds.high) },
    claims,
    silences,
    records: roles,
  };
}

/** A record's time as `toISOString` writes it; many estimates name the same records, so each is written once per answer. */
function isoAt(memo: AnswerMemo, time: Float64Array, position: number): string {
  let text = memo.iso[position];
  if (text === undefined) memo.iso[position] = text = memo.times.format(time[position]!);
  return text;
}

function asOfText(memo: AnswerMemo, asOf: number): string {
  if (memo.asOf === null || memo.asOf.time !== asOf) memo.asOf = { time: asOf, text: memo.times.format(asOf), days: zoneDay(asOf, memo.timeZone), ages: new Map() };
  return memo.asOf.text;
}

/**
 * The informative `age` reason: how many calendar days (in the dataset's time
 * zone, whatever the machine's, so the answer is the same everywhere) lie between
 * the newest claim behind the estimate and `asOf`; null under one day. The
 * sentence for each number of days is written once per answer.
 */
function ageReason(memo: AnswerMemo, asOf: number, newest: number): Reason | null {
  const text = asOfText(memo, asOf);
  const at = memo.asOf!;
  const days = at.days - zoneDay(newest, memo.timeZone);
  if (!(days >= 1)) return null;
  let sentence = at.ages.get(days);
  if (sentence === undefined) {
    sentence = `The newest figure behind this estimate is ${days === 1 ? '1 day' : `${days} days`} old at ${text}.`;
    at.ages.set(days, sentence);
  }
  return { code: 'age', text: sentence };
}

/** The ids of a scope. */
export function scopeRef(engine: Engine, scope: number): ScopeRef {
  const { space } = engine.state;
  return { place: space.places.ids[space.place[scope]!]!, category: space.categories.ids[space.category[scope]!]! };
}

/** At most this many claims and scopes are listed behind a bound; `claimCount` and `scopeCount` give the totals. */
export const MAX_BOUND_ITEMS = 20;

/**
 * Claims (earliest in the log first) and scopes (in output order) behind a
 * bound, each list cut at `MAX_BOUND_ITEMS`: a national low summed from
 * thousands of villages would otherwise list every claim of the log, in every
 * ancestor, and the answer would grow faster than the log.
 */
interface Bound {
  claimPositions: number[];
  claimCount: number;
  scopes: number[];
  scopeCount: number;
}

const NO_BOUND: Bound = { claimPositions: [], claimCount: 0, scopes: [], scopeCount: 0 };

/**
 * The bound of claims already in log order and without repeats (a filter of a
 * scope's claims in force), set in one scope.
 */
function ownBound(claims: number[], scope: number): Bound {
  return {
    claimPositions: claims.length > MAX_BOUND_ITEMS ? claims.slice(0, MAX_BOUND_ITEMS) : claims,
    claimCount: claims.length,
    scopes: [scope],
    scopeCount: 1,
  };
}

/**
 * Adds the items of a list sorted by `key` (unique keys) to `top`, the first
 * `MAX_BOUND_ITEMS` items of a union kept sorted, skipping repeats. A list
 * stops as soon as it reaches the last kept key, so merging the bounds of
 * thousands of parts costs about one comparison a part, not a sort of them all.
 */
function addSorted(top: number[], topKeys: number[], list: readonly number[], key: ArrayLike<number> | null): void {
  for (let i = 0; i < list.length; i++) {
    const item = list[i]!;
    const k = key === null ? item : key[item]!;
    const length = topKeys.length;
    if (length === MAX_BOUND_ITEMS && k >= topKeys[length - 1]!) return;
    let at = length;
    while (at > 0 && topKeys[at - 1]! > k) at--;
    if (at > 0 && topKeys[at - 1] === k) continue;
    // Shift the larger keys up one place (the last falls off a full list) and put the item in.
    let end = length === MAX_BOUND_ITEMS ? length - 1 : length;
    for (; end > at; end--) {
      top[end] = top[end - 1]!;
      topKeys[end] = topKeys[end - 1]!;
    }
    top[at] = item;
    topKeys[at] = k;
  }
}

/**
 * The union of bounds over disjoint scopes (and `extraScopes`): the first items
 * of each list are enough to know the first items of the union, and the counts
 * add up.
 */
function mergeBounds(engine: Engine, bounds: readonly Bound[], extraScopes: readonly number[] = []): Bound {
  const { rank } = engine.state;
  const claims: number[] = [];
  const claimKeys: number[] = [];
  const scopes: number[] = [];
  const scopeKeys: number[] = [];
  addSorted(scopes, scopeKeys, [...extraScopes].sort((a, b) => a - b), null);
  let claimCount = 0;
  let scopeCount = extraScopes.length;
  for (const bound of bounds) {
    addSorted(claims, claimKeys, bound.claimPositions, rank);
    addSorted(scopes, scopeKeys, bound.scopes, null);
    claimCount += bound.claimCount;
    scopeCount += bound.scopeCount;
  }
  return { claimPositions: claims, claimCount, scopes, scopeCount };
}

/**
 * What the estimates of one answer share. Bounds: a scope's low bound is the
 * union of its parts' and a high bound reaches up to its parent's, so without
 * sharing them every estimate would walk its whole subtree again. Times and
 * sentences: many estimates name the same records and ages.
 */
export interface AnswerMemo {
  /** By scope. */
  low: (Bound | undefined)[];
  high: (Bound | undefined)[];
  /** The high bound a parent puts on its parts along one tree (index: parent * 2 + tree), the same for all of them. */
  ceilings: (Bound | undefined)[];
  /** Records' times as `toISOString` writes them, by position (as many slots as records). */
  iso: (string | undefined)[];
  times: IsoTimes;
  /** The dataset's IANA zone, in which ages count calendar days. */
  timeZone: string;
  /** The moment asked about, as written, as a day number in the zone, and the age sentences by days. */
  asOf: { time: number; text: string; days: number; ages: Map<number, string> } | null;
}

/** An empty memo, for one answer of `reconcile` about a log of `records` records and `scopes` scopes. */
export function createAnswerMemo(records: number, scopes: number, timeZone: string): AnswerMemo {
  return {
    timeZone,
    low: new Array<Bound | undefined>(scopes),
    high: new Array<Bound | undefined>(scopes),
    ceilings: new Array<Bound | undefined>(2 * scopes),
    iso: new Array<string | undefined>(records),
    times: new IsoTimes(),
    asOf: null,
  };
}

function publicBound(engine: Engine, bound: Bound): BoundSource {
  const { records } = engine.state.dataset;
  return {
    claims: bound.claimPositions.map((claim) => records[claim]!.id),
    claimCount: bound.claimCount,
    scopes: bound.scopes.map((scope) => scopeRef(engine, scope)),
    scopeCount: bound.scopeCount,
  };
}

/** Bounds under `ucdp` and `ibc`: the scope's own claims read as points. */
function pointBounds(engine: Engine, scope: number, low: number, high: number | null): { low: Bound; high: Bound } {
  const self = engine.calc[scope]!;
  const { readings } = engine.state.dataset.index;
  if (self.own.length === 0) return { low: NO_BOUND, high: NO_BOUND };
  return {
    low: ownBound(self.own.filter((claim) => readings[claim]!.min === low), scope),
    high: ownBound(self.own.filter((claim) => (readings[claim]!.max ?? readings[claim]!.min) === high), scope),
  };
}

/** Bounds under the propagating policies: own claims, the parts below, or the parent above. */
function propagatedBounds(engine: Engine, scope: number, memo: AnswerMemo): { low: Bound; high: Bound } {
  const lowBound = (s: number): Bound => {
    const cached = memo.low[s];
    if (cached !== undefined) return cached;
    const calc = engine.calc[s]!;
    let bound: Bound;
    if (!calc.hasBelow) bound = NO_BOUND;
    else if (calc.own.length > 0 && (calc.collision !== 'none' || calc.floorFrom === 'own')) {
      const atLow = calc.own.filter((claim) => claimMin(engine.state, claim) === calc.low);
      bound = ownBound(atLow.length > 0 ? atLow : claimsAtOwnLow(s), s);
    } else bound = partsBound(s);
    memo.low[s] = bound;
    return bound;
  };
  const claimsAtOwnLow = (s: number) => {
    const calc = engine.calc[s]!;
    return calc.own.filter((claim) => claimMin(engine.state, claim) === calc.ownLow);
  };
  const partsBound = (s: number): Bound => mergeBounds(engine, (partsBehindLow(engine, s) ?? []).map(lowBound));
  const self = engine.calc[scope]!;
  const low = lowBound(scope);
  const cachedHigh = memo.high[scope];
  if (cachedHigh !== undefined) return { low, high: cachedHigh };
  let high: Bound = NO_BOUND;
  if (self.high !== null) {
    if (self.collision === 'parent' || (self.collision === 'own' && self.high === self.floor && self.floor !== self.ownHigh)) {
      high = partsBound(scope);
    } else if (self.collision === 'none' && self.ceilingParent >= 0) {
      const parent = self.ceilingParent;
      // The ceiling is the parent's less the floors of its parts along that tree (this
      // scope's own floor cancels out): one bound serves every part of that parent.
      const key = parent * 2 + (self.ceilingTree === 'categories' ? 1 : 0);
      let ceiling = memo.ceilings[key];
      if (ceiling === undefined) {
        const above = propagatedBounds(engine, parent, memo).high;
        const children = (self.ceilingTree === 'categories' ? engine.state.space.childrenAlongCategories : engine.state.space.childrenAlongPlaces)[parent]!;
        const parts = mergeBounds(engine, children.filter((child) => engine.calc[child]!.floor > 0).map(lowBound));
        ceiling = mergeBounds(engine, [above, parts], [parent]);
        memo.ceilings[key] = ceiling;
      }
      high = ceiling;
    } else {
      high = ownBound(self.own.filter((claim) => claimMax(engine.state, claim) === self.high), scope);
    }
  }
  memo.high[scope] = high;
  return { low, high };
}

/**
 * The disjoint pairs among the scope's own claims under the default reading,
 * oriented with `a` the lower, widest gap first, then by ids; at most
 * `MAX_CONFLICTS` of them, with the total.
 */
function conflictsOf(engine: Engine, scope: number): { conflicts: Conflict[]; conflictCount: number } {
  const self = engine.calc[scope]!;
  if (!self.ownConflict) return { conflicts: [], conflictCount: 0 };
  const { records } = engine.state.dataset;
  const pairs: { gap: number; a: string; b: string }[] = [];
  for (const lower of self.own) {
    const max = claimMax(engine.state, lower);
    if (max === null) continue;
    for (const upper of self.own) {
      const min = claimMin(engine.state, upper);
      if (max < min) pairs.push({ gap: min - max, a: records[lower]!.id, b: records[upper]!.id });
    }
  }
  pairs.sort((x, y) => y.gap - x.gap || compareIds(x.a, y.a) || compareIds(x.b, y.b));
  return { conflicts: pairs.slice(0, MAX_CONFLICTS).map(({ a, b }) => ({ a, b })), conflictCount: pairs.length };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
