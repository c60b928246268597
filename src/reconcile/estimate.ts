import { differenceInCalendarDays } from 'date-fns';
import { type Engine, intervalOf, partsBehindLow } from './engine.js';
import { roleOf, silencesInForce } from './logState.js';
import { summarize } from './summarize.js';
import type { BoundSource, Conflict, Estimate, EstimateClaim, ScopeRef } from './types.js';

/** At most this many conflicting pairs are listed; `conflictCount` gives the total. */
export const MAX_CONFLICTS = 20;

/**
 * Assembles the full estimate of one scope from the engine: the summary, the
 * conflicts, the bounds and where they come from, the claims and silences in
 * force, and the role of every record that names the scope.
 */
export function buildEstimate(
  engine: Engine,
  scope: number,
  asOf: number | null,
  recordsOfScope: readonly number[],
  memo: BoundsMemo = createBoundsMemo(),
): Estimate {
  const { state } = engine;
  const { dataset } = state;
  const { index } = dataset;
  const summary = summarize(engine, scope);
  const self = engine.calc[scope]!;
  // Many estimates name the same records' times: each is written once per answer.
  const iso = (time: number) => {
    let text = memo.iso.get(time);
    if (text === undefined) memo.iso.set(time, (text = new Date(time).toISOString()));
    return text;
  };

  const bounds = state.policy.floorsAndPropagation ? propagatedBounds(engine, scope, memo) : pointBounds(engine, scope, summary.low, summary.high);
  const behind = new Set([...self.own, ...bounds.low.claimPositions, ...bounds.high.claimPositions]);
  let newest = Number.NEGATIVE_INFINITY;
  for (const claim of behind) newest = Math.max(newest, index.time[claim]!);
  const newestAt = Number.isFinite(newest) ? iso(newest) : null;

  const reasons = [...summary.reasons];
  if (asOf !== null && Number.isFinite(newest)) {
    const days = differenceInCalendarDays(new Date(asOf), new Date(newest));
    if (days >= 1) {
      reasons.push({ code: 'age', text: `The newest figure behind this estimate is ${days === 1 ? '1 day' : `${days} days`} old at ${iso(asOf)}.` });
    }
  }

  const { conflicts, conflictCount } = conflictsOf(engine, scope);
  const claims: EstimateClaim[] = self.own.map((claim) => {
    const source = dataset.sources[index.source[claim]!]!;
    const reading = index.readings[claim]!;
    const interval = state.policy.floorsAndPropagation ? intervalOf(state, claim) : { min: reading.min, max: reading.max };
    return {
      id: dataset.records[claim]!.id,
      source: source.id,
      sourceName: source.name,
      min: interval.min,
      max: interval.max,
      wording: reading.wording,
      qualifier: reading.qualifier,
      figure: reading.figure,
      lang: reading.lang,
      status: state.status[claim]!,
      publishedAt: iso(index.time[claim]!),
      relayedBy: [...(state.outlets.get(claim) ?? [])],
      group: index.groups[index.source[claim]!]!,
      alignment: source.alignment ?? null,
      reliability: source.reliability ?? null,
    };
  });
  const silences = silencesInForce(state, scope).map((position) => {
    const source = dataset.sources[index.source[position]!]!;
    return { id: dataset.records[position]!.id, source: source.id, sourceName: source.name, at: iso(index.time[position]!) };
  });

  const { space } = state;
  return {
    scope: {
      ...scopeRef(engine, scope),
      placeName: space.places.names[space.place[scope]!]!,
      categoryName: space.categories.names[space.category[scope]!]!,
    },
    asOf: asOf === null ? null : iso(asOf),
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
    records: recordsOfScope.map((position) => ({ id: dataset.records[position]!.id, role: roleOf(state, position) })),
  };
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
    let at = topKeys.length;
    if (at === MAX_BOUND_ITEMS && k >= topKeys[at - 1]!) return;
    while (at > 0 && topKeys[at - 1]! > k) at--;
    if (at > 0 && topKeys[at - 1] === k) continue;
    top.splice(at, 0, item);
    topKeys.splice(at, 0, k);
    if (top.length > MAX_BOUND_ITEMS) {
      top.pop();
      topKeys.pop();
    }
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
 * Bounds already worked out in one answer: a scope's low bound is the union of
 * its parts' and a high bound reaches up to its parent's, so without sharing
 * them every estimate would walk its whole subtree again.
 */
export interface BoundsMemo {
  low: Map<number, Bound>;
  high: Map<number, Bound>;
  /** The floors of a parent's parts along one tree (key: parent * 2 + tree), shared by all its parts. */
  parts: Map<number, Bound>;
  /** Times as `toISOString` writes them, by epoch milliseconds. */
  iso: Map<number, string>;
}

/** An empty memo, for one answer of `reconcile`. */
export function createBoundsMemo(): BoundsMemo {
  return { low: new Map(), high: new Map(), parts: new Map(), iso: new Map() };
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
function propagatedBounds(engine: Engine, scope: number, memo: BoundsMemo): { low: Bound; high: Bound } {
  const lowBound = (s: number): Bound => {
    const cached = memo.low.get(s);
    if (cached !== undefined) return cached;
    const calc = engine.calc[s]!;
    let bound: Bound;
    if (!calc.hasBelow) bound = NO_BOUND;
    else if (calc.own.length > 0 && (calc.collision !== 'none' || calc.floorFrom === 'own')) {
      const atLow = calc.own.filter((claim) => intervalOf(engine.state, claim).min === calc.low);
      bound = ownBound(atLow.length > 0 ? atLow : claimsAtOwnLow(s), s);
    } else bound = partsBound(s);
    memo.low.set(s, bound);
    return bound;
  };
  const claimsAtOwnLow = (s: number) => {
    const calc = engine.calc[s]!;
    return calc.own.filter((claim) => intervalOf(engine.state, claim).min === calc.ownLow);
  };
  const partsBound = (s: number): Bound => mergeBounds(engine, (partsBehindLow(engine, s) ?? []).map(lowBound));
  const self = engine.calc[scope]!;
  const low = lowBound(scope);
  const cachedHigh = memo.high.get(scope);
  if (cachedHigh !== undefined) return { low, high: cachedHigh };
  let high: Bound = NO_BOUND;
  if (self.high !== null) {
    if (self.collision === 'parent' || (self.collision === 'own' && self.high === self.floor && self.floor !== self.ownHigh)) {
      high = partsBound(scope);
    } else if (self.collision === 'none' && self.ceilingParent >= 0) {
      const parent = self.ceilingParent;
      const above = propagatedBounds(engine, parent, memo).high;
      // The ceiling is the parent's less the floors of its parts along that tree (this
      // scope's own floor cancels out): one bound of all the parts serves every part.
      const key = parent * 2 + (self.ceilingTree === 'categories' ? 1 : 0);
      let parts = memo.parts.get(key);
      if (parts === undefined) {
        const children = (self.ceilingTree === 'categories' ? engine.state.space.childrenAlongCategories : engine.state.space.childrenAlongPlaces)[parent]!;
        parts = mergeBounds(engine, children.filter((child) => engine.calc[child]!.floor > 0).map(lowBound));
        memo.parts.set(key, parts);
      }
      high = mergeBounds(engine, [above, parts], [parent]);
    } else {
      high = ownBound(self.own.filter((claim) => intervalOf(engine.state, claim).max === self.high), scope);
    }
  }
  memo.high.set(scope, high);
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
    const max = intervalOf(engine.state, lower).max;
    if (max === null) continue;
    for (const upper of self.own) {
      const min = intervalOf(engine.state, upper).min;
      if (max < min) pairs.push({ gap: min - max, a: records[lower]!.id, b: records[upper]!.id });
    }
  }
  pairs.sort((x, y) => y.gap - x.gap || compareIds(x.a, y.a) || compareIds(x.b, y.b));
  return { conflicts: pairs.slice(0, MAX_CONFLICTS).map(({ a, b }) => ({ a, b })), conflictCount: pairs.length };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
