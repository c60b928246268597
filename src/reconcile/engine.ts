import { supportsLowAt } from '../labels/supportsLow.js';
import { weakestLabel } from '../labels/strength.js';
import { defaultMax } from './claimInterval.js';
import { ScopeQueue } from './heap.js';
import { applyRecord, claimsInForce, type LogState } from './logState.js';
import type { Label } from './types.js';

/** Where a scope's floor comes from: its own claims, or the sum of its parts along one tree. */
export type FloorSource = 'own' | 'places' | 'categories';

/**
 * What the default reading makes of one scope (SPEC.md steps 3 and 4). Every
 * field is a function of the scope's own claims and of its neighbours' fields,
 * so the same functions serve the batch pass of `reconcile` and the incremental
 * passes of `history`.
 */
export interface ScopeCalc {
  /** The claims in force in the scope itself, in log order. */
  own: readonly number[];
  ownLow: number;
  ownHigh: number | null;
  ownConflict: boolean;
  floor: number;
  floorFrom: FloorSource;
  sumPlaces: number;
  sumCategories: number;
  /** A claim is in force in the scope or below it. */
  hasBelow: boolean;
  ceiling: number | null;
  /** The parent scope whose ceiling bounds this one (-1: its own claims or nothing). */
  ceilingParent: number;
  ceilingTree: FloorSource;
  /** Own claims conflict, or the floor exceeds the own ceiling, or the parents' ceiling. */
  collision: 'none' | 'own' | 'parent';
  contested: boolean;
  low: number;
  high: number | null;
  label: Label;
}

/** The fold's state with the calculation of every scope. */
export interface Engine {
  state: LogState;
  calc: ScopeCalc[];
  /** Work queues reused by every incremental update, so an update costs what it touches, not the number of scopes. */
  queues: { up: ScopeQueue; down: ScopeQueue };
}

/** The trees a parent may bound a scope along, in the order a tie between them is settled. */
const TREES = ['places', 'categories'] as const;

function emptyCalc(): ScopeCalc {
  return {
    own: [],
    ownLow: 0,
    ownHigh: null,
    ownConflict: false,
    floor: 0,
    floorFrom: 'own',
    sumPlaces: 0,
    sumCategories: 0,
    hasBelow: false,
    ceiling: null,
    ceilingParent: -1,
    ceilingTree: 'own',
    collision: 'none',
    contested: false,
    low: 0,
    high: null,
    label: 'no-figure',
  };
}

/** An engine before any record: every scope has no figure. */
export function createEngine(state: LogState): Engine {
  const m = state.space.place.length;
  return { state, calc: Array.from({ length: m }, emptyCalc), queues: { up: new ScopeQueue(m, 'descending'), down: new ScopeQueue(m, 'ascending') } };
}

/** The low end of a claim's interval under the default reading. */
export function claimMin(state: LogState, claim: number): number {
  return state.dataset.index.readings[claim]!.min;
}

/** The high end of a claim's interval under the default reading: null for a bare figure, a floor. */
export function claimMax(state: LogState, claim: number): number | null {
  return defaultMax(state.dataset.index.readings[claim]!);
}

/** Step 3: the claims in force in the scope itself, intersected, or their hull when they conflict. */
function computeOwn(engine: Engine, scope: number): void {
  const calc = engine.calc[scope]!;
  const own = claimsInForce(engine.state, scope);
  let maxMin = 0;
  let minMin = Number.POSITIVE_INFINITY;
  let minMax: number | null = null;
  let maxMax: number | null = 0;
  for (const claim of own) {
    const min = claimMin(engine.state, claim);
    const max = claimMax(engine.state, claim);
    maxMin = Math.max(maxMin, min);
    minMin = Math.min(minMin, min);
    if (max !== null) minMax = minMax === null ? max : Math.min(minMax, max);
    maxMax = max === null || maxMax === null ? null : Math.max(maxMax, max);
  }
  calc.own = own;
  calc.ownConflict = minMax !== null && maxMin > minMax;
  if (own.length === 0) {
    calc.ownLow = 0;
    calc.ownHigh = null;
  } else if (calc.ownConflict) {
    calc.ownLow = minMin;
    calc.ownHigh = maxMax;
  } else {
    calc.ownLow = maxMin;
    calc.ownHigh = minMax;
  }
}

/** Step 4, floors: the larger of the own low and, along each tree, the sum of the children's floors. */
function computeFloor(engine: Engine, scope: number): boolean {
  const { calc, state } = engine;
  const self = calc[scope]!;
  const { floor, floorFrom, hasBelow: hadBelow, sumPlaces: sumPlacesBefore, sumCategories: sumCategoriesBefore } = self;
  let sumPlaces = 0;
  let sumCategories = 0;
  let hasBelow = self.own.length > 0;
  for (const child of state.space.childrenAlongPlaces[scope]!) {
    sumPlaces += calc[child]!.floor;
    hasBelow ||= calc[child]!.hasBelow;
  }
  for (const child of state.space.childrenAlongCategories[scope]!) {
    sumCategories += calc[child]!.floor;
    hasBelow ||= calc[child]!.hasBelow;
  }
  self.sumPlaces = sumPlaces;
  self.sumCategories = sumCategories;
  self.hasBelow = hasBelow;
  if (self.ownLow >= sumPlaces && self.ownLow >= sumCategories) {
    self.floor = self.ownLow;
    self.floorFrom = 'own';
  } else if (sumPlaces >= sumCategories) {
    self.floor = sumPlaces;
    self.floorFrom = 'places';
  } else {
    self.floor = sumCategories;
    self.floorFrom = 'categories';
  }
  return floor !== self.floor || floorFrom !== self.floorFrom || hadBelow !== self.hasBelow || sumPlacesBefore !== sumPlaces || sumCategoriesBefore !== sumCategories;
}

/**
 * Step 4, ceilings and collisions: the smallest of the own ceiling and, for each
 * parent that is not contested, its ceiling less the floors of this scope's
 * siblings along that tree, never below 0. Sets the range and `contested`.
 */
function computeCeiling(engine: Engine, scope: number): boolean {
  const { calc, state } = engine;
  const self = calc[scope]!;
  const { ceiling: ceilingBefore, contested, low, high, ceilingParent: ceilingParentBefore } = self;
  let ceiling = self.ownHigh;
  let ceilingParent = -1;
  let ceilingTree: FloorSource = 'own';
  for (const tree of TREES) {
    const parent = (tree === 'places' ? state.space.parentAlongPlaces : state.space.parentAlongCategories)[scope]!;
    if (parent < 0) continue;
    const above = calc[parent]!;
    if (above.contested || above.ceiling === null) continue;
    const siblingsFloor = (tree === 'places' ? above.sumPlaces : above.sumCategories) - self.floor;
    const candidate = Math.max(0, above.ceiling - siblingsFloor);
    if (ceiling === null || candidate < ceiling) {
      ceiling = candidate;
      ceilingParent = parent;
      ceilingTree = tree;
    }
  }
  self.ceiling = ceiling;
  self.ceilingParent = ceilingParent;
  self.ceilingTree = ceilingTree;
  if (self.ownConflict || (self.ownHigh !== null && self.floor > self.ownHigh)) {
    // The hull of the scope's own interval and its floor.
    self.collision = 'own';
    self.low = self.ownLow;
    self.high = self.ownHigh === null ? null : Math.max(self.ownHigh, self.floor);
  } else if (ceiling !== null && self.floor > ceiling) {
    self.collision = 'parent';
    self.low = Math.min(self.ownLow, ceiling);
    self.high = self.floor;
  } else {
    self.collision = 'none';
    self.low = self.floor;
    self.high = ceiling;
  }
  self.contested = self.collision !== 'none';
  return ceilingBefore !== self.ceiling || contested !== self.contested || low !== self.low || high !== self.high || ceilingParentBefore !== ceilingParent;
}

/** The confidence label (SPEC.md, "Confidence labels"), the first that applies. */
function computeLabel(engine: Engine, scope: number): boolean {
  const self = engine.calc[scope]!;
  const before = self.label;
  self.label = labelOf(engine, scope);
  return before !== self.label;
}

function labelOf(engine: Engine, scope: number): Label {
  const self = engine.calc[scope]!;
  if (!self.hasBelow) return 'no-figure';
  if (self.contested) return 'contested';
  const parts = partsBehindLow(engine, scope);
  if (parts !== null) return weakestLabel(parts.map((part) => engine.calc[part]!.label));
  const { state } = engine;
  for (const claim of self.own) if (claimMin(state, claim) === self.low && state.status[claim] === 'verified') return 'verified';
  return twoSupportingGroups(engine, scope) ? 'corroborated' : 'single-source';
}

/** Whether claims of two groups or more (independent origins) support the low. */
function twoSupportingGroups(engine: Engine, scope: number): boolean {
  const { groups, source } = engine.state.dataset.index;
  const self = engine.calc[scope]!;
  let first: string | undefined;
  for (const claim of self.own) {
    if (!supportingClaim(engine.state, claim, self.low)) continue;
    const group = groups[source[claim]!]!;
    if (first === undefined) first = group;
    else if (group !== first) return true;
  }
  return false;
}

/** Whether a claim supports a low and is not disputed by another group (SPEC.md, "corroborated"). */
export function supportingClaim(state: LogState, claim: number, low: number): boolean {
  const { groups, source } = state.dataset.index;
  if (state.status[claim] === 'disputed' && groups[state.statusBy[claim]!] !== groups[source[claim]!]) return false;
  return supportsLowAt(claimMin(state, claim), claimMax(state, claim), low);
}

/**
 * The parts whose floors make the low, when the low is a sum of children (or
 * when the scope has no claim of its own): null when its own claims set it.
 */
export function partsBehindLow(engine: Engine, scope: number): number[] | null {
  const self = engine.calc[scope]!;
  const { space } = engine.state;
  if (self.floorFrom === 'own' && self.own.length > 0) return null;
  let tree = self.floorFrom;
  if (tree === 'own') {
    tree = 'categories';
    for (const child of space.childrenAlongPlaces[scope]!) {
      if (engine.calc[child]!.hasBelow) {
        tree = 'places';
        break;
      }
    }
  }
  const children = tree === 'categories' ? space.childrenAlongCategories[scope]! : space.childrenAlongPlaces[scope]!;
  const parts: number[] = [];
  for (const child of children) {
    const part = engine.calc[child]!;
    if (self.floor > 0 ? part.floor > 0 : part.hasBelow) parts.push(child);
  }
  return parts;
}

/** Computes every scope from the current log state: floors bottom-up, ceilings top-down, labels bottom-up. */
export function evaluateAll(engine: Engine): void {
  const m = engine.calc.length;
  for (let scope = 0; scope < m; scope++) computeOwn(engine, scope);
  for (let scope = m - 1; scope >= 0; scope--) computeFloor(engine, scope);
  for (let scope = 0; scope < m; scope++) computeCeiling(engine, scope);
  for (let scope = m - 1; scope >= 0; scope--) computeLabel(engine, scope);
}

/**
 * Applies one record and recomputes only what it can change: the floors of the
 * scopes above it, the ceilings of those scopes' other parts and below, and the
 * labels of everything touched and above. Returns the scopes whose calculation
 * changed (the record's own scope always), the only ones whose summary can differ.
 */
export function applyAndUpdate(engine: Engine, position: number): number[] {
  const changedScope = applyRecord(engine.state, position);
  if (changedScope < 0) return [];
  const { space } = engine.state;
  const changed = new Set<number>([changedScope]);
  computeOwn(engine, changedScope);

  const up = engine.queues.up.reorder('descending');
  const down = engine.queues.down;
  up.push(changedScope);
  down.push(changedScope);
  while (up.size > 0) {
    const scope = up.pop();
    if (!computeFloor(engine, scope) && scope !== changedScope) continue;
    changed.add(scope);
    down.push(scope);
    up.push(space.parentAlongPlaces[scope]!);
    up.push(space.parentAlongCategories[scope]!);
    // A changed floor moves the ceilings of the scope's siblings under a bounded parent.
    for (const [parent, siblings] of [
      [space.parentAlongPlaces[scope]!, space.childrenAlongPlaces],
      [space.parentAlongCategories[scope]!, space.childrenAlongCategories],
    ] as const) {
      if (parent >= 0 && engine.calc[parent]!.ceiling !== null) for (const sibling of siblings[parent]!) down.push(sibling);
    }
  }
  while (down.size > 0) {
    const scope = down.pop();
    if (!computeCeiling(engine, scope)) continue;
    changed.add(scope);
    for (const child of space.childrenAlongPlaces[scope]!) down.push(child);
    for (const child of space.childrenAlongCategories[scope]!) down.push(child);
  }
  const labels = engine.queues.up.reorder('descending');
  for (const scope of changed) labels.push(scope);
  while (labels.size > 0) {
    const scope = labels.pop();
    if (!computeLabel(engine, scope)) continue;
    changed.add(scope);
    labels.push(space.parentAlongPlaces[scope]!);
    labels.push(space.parentAlongCategories[scope]!);
  }
  return [...changed].sort((a, b) => a - b);
}
