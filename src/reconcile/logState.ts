import type { CountReading, Dataset } from '../log/Dataset.js';
import type { Claim, ClaimStatus, LogRecord } from '../log/schema/records.js';
import { type Policy, reliabilityRank } from './policy.js';
import type { ScopeSpace } from './scopeSpace.js';
import type { RecordRole } from './types.js';

/** What one source has said about one scope so far. */
export interface SourceTrack {
  source: number;
  /** Its claims that carry a figure, oldest first; relays and excluded claims are not among them. */
  claims: number[];
  /** The claim in force: the newest one not retracted (a position), or -1. */
  inForce: number;
  /**
   * The latest claim of each figure (`min|max|bare`), to recognise a relay that
   * repeats one; null until a relay is looked up in a track longer than
   * `SCAN_LIMIT`, as scanning a short track back costs less than a key per claim.
   */
  figures: Map<string, number> | null;
  /** The newest silence (a silence record or a claim that gives no figure), or -1. */
  silence: number;
  /** Log ranks of that silence and of the newest claim with a figure: a silence holds until a figure follows. */
  silenceRank: number;
  figureRank: number;
}

/**
 * The fold of SPEC.md step 1 and 2 over the log: which claim of each source is
 * in force in each scope, which claims are relays, retracted or excluded, and
 * the latest status of each. Each record is applied once, in log order, at a
 * cost independent of the log's length, so the same state serves `reconcile`
 * (applied up to `asOf`) and `history` (read after every record).
 */
export interface LogState {
  dataset: Dataset;
  policy: Policy;
  space: ScopeSpace;
  /** Log rank of each record position. */
  rank: Int32Array;
  /** Scope number of each record. */
  scopeOf: Int32Array;
  applied: Uint8Array;
  /** Per claim: the latest status (`unverified` by default), who gave it and by which record. */
  status: (ClaimStatus | 'official')[];
  statusBy: Int32Array;
  retracted: Uint8Array;
  excluded: Uint8Array;
  /** For a relay: the claim whose figure it repeats; -1 otherwise. */
  relayOf: Int32Array;
  /**
   * For a claim with a figure: the outlets that passed it on, its own relays
   * included. The claim's own `relayedBy` until a relay adds an outlet, then a
   * copy of it (`outletsCopied`), so the fold copies no array it does not grow.
   */
  outlets: (readonly string[] | undefined)[];
  outletsCopied: Uint8Array;
  /** Per scope: the track of each source that spoke about it, in the order they first did; undefined before any. */
  tracks: (SourceTrack[] | undefined)[];
  /** Per scope with more than `TRACK_SCAN_LIMIT` tracks: its tracks by source (most scopes hear from a few sources only). */
  trackBySource: (Map<number, SourceTrack> | undefined)[];
  /** Per scope: how many excluded claims were applied. */
  excludedCount: Int32Array;
}

/** Creates the state before any record. Runs in O(records + scopes). */
export function createLogState(dataset: Dataset, policy: Policy, space: ScopeSpace): LogState {
  const { index } = dataset;
  const n = dataset.records.length;
  const rank = new Int32Array(n);
  index.order.forEach((position, i) => {
    rank[position] = i;
  });
  const nC = index.categories.ids.length;
  const scopeOf = new Int32Array(n);
  for (let position = 0; position < n; position++) {
    scopeOf[position] = space.byKey.get(index.place[position]! * nC + index.category[position]!)!;
  }
  return {
    dataset,
    policy,
    space,
    rank,
    scopeOf,
    applied: new Uint8Array(n),
    status: new Array<ClaimStatus | 'official'>(n).fill('unverified'),
    statusBy: new Int32Array(n).fill(-1),
    retracted: new Uint8Array(n),
    excluded: new Uint8Array(n),
    relayOf: new Int32Array(n).fill(-1),
    outlets: new Array<readonly string[] | undefined>(n),
    outletsCopied: new Uint8Array(n),
    tracks: new Array<SourceTrack[] | undefined>(space.place.length),
    trackBySource: new Array<Map<number, SourceTrack> | undefined>(space.place.length),
    excludedCount: new Int32Array(space.place.length),
  };
}

/** Scopes with up to this many tracks find a source's by scanning them. */
const TRACK_SCAN_LIMIT = 8;

/**
 * What a source has said about a scope, or undefined when it has said nothing.
 *
 * @example
 * findTrack(state, 0, 3)?.inForce; // => 17 (the position of source 3's claim in force in scope 0)
 */
export function findTrack(state: LogState, scope: number, source: number): SourceTrack | undefined {
  const bySource = state.trackBySource[scope];
  if (bySource !== undefined) return bySource.get(source);
  const tracks = state.tracks[scope];
  if (tracks !== undefined) for (const track of tracks) if (track.source === source) return track;
  return undefined;
}

function trackOf(state: LogState, scope: number, source: number): SourceTrack {
  let track = findTrack(state, scope, source);
  if (track === undefined) {
    track = { source, claims: [], inForce: -1, figures: null, silence: -1, silenceRank: -1, figureRank: -1 };
    const tracks = (state.tracks[scope] ??= []);
    tracks.push(track);
    const bySource = state.trackBySource[scope];
    if (bySource !== undefined) bySource.set(source, track);
    else if (tracks.length > TRACK_SCAN_LIMIT) state.trackBySource[scope] = new Map(tracks.map((t) => [t.source, t]));
  }
  return track;
}

/**
 * Applies one record to the state and returns the scope it changed, or -1 when
 * it changed nothing a scope shows.
 */
export function applyRecord(state: LogState, position: number): number {
  const record = state.dataset.records[position]!;
  state.applied[position] = 1;
  const scope = state.scopeOf[position]!;
  switch (record.type) {
    case 'claim':
      return applyClaim(state, position, record, scope);
    case 'silence': {
      const track = trackOf(state, scope, state.dataset.index.source[position]!);
      track.silence = position;
      track.silenceRank = state.rank[position]!;
      return scope;
    }
    case 'status':
      return applyStatus(state, position, record);
  }
}

function applyClaim(state: LogState, position: number, claim: Claim, scope: number): number {
  const { index } = state.dataset;
  const source = index.source[position]!;
  const reading = index.readings[position]!;
  const grade = state.dataset.sources[source]!.reliability;
  if (reliabilityRank(grade) > state.policy.minReliabilityRank) {
    state.excluded[position] = 1;
    state.excludedCount[scope]!++;
    return scope;
  }
  const track = trackOf(state, scope, source);
  if (reading.noFigure) {
    // "Did not give a toll" is a silence of its source and replaces nothing.
    track.silence = position;
    track.silenceRank = state.rank[position]!;
    return scope;
  }
  const relayedBy = claim.relayedBy ?? NO_OUTLETS;
  const repeated = relayedBy.length > 0 ? latestOfFigure(state, track, reading) : -1;
  if (repeated >= 0) {
    // A relay of a figure the origin already gave: one claim, no newer, and never revived.
    state.relayOf[position] = repeated;
    for (const outlet of relayedBy) {
      const outlets = state.outlets[repeated]!;
      if (outlets.includes(outlet)) continue;
      if (state.outletsCopied[repeated]) (outlets as string[]).push(outlet);
      else {
        state.outlets[repeated] = [...outlets, outlet];
        state.outletsCopied[repeated] = 1;
      }
    }
    return scope;
  }
  state.status[position] = claim.status === 'official' ? 'official' : 'unverified';
  state.outlets[position] = relayedBy;
  track.claims.push(position);
  track.figures?.set(figureKey(reading), position);
  track.inForce = position;
  track.figureRank = state.rank[position]!;
  return scope;
}

/** Tracks up to this long are scanned for a figure; longer ones get a map of figures. */
const SCAN_LIMIT = 16;

/** The latest claim of a track that gives the same figure as `reading`, or -1. */
function latestOfFigure(state: LogState, track: SourceTrack, reading: CountReading): number {
  const { readings } = state.dataset.index;
  if (track.figures === null && track.claims.length <= SCAN_LIMIT) {
    for (let i = track.claims.length - 1; i >= 0; i--) {
      const other = readings[track.claims[i]!]!;
      if (other.min === reading.min && other.max === reading.max && other.bare === reading.bare) return track.claims[i]!;
    }
    return -1;
  }
  if (track.figures === null) {
    track.figures = new Map();
    for (const claim of track.claims) track.figures.set(figureKey(readings[claim]!), claim);
  }
  return track.figures.get(figureKey(reading)) ?? -1;
}

function figureKey(reading: CountReading): string {
  return `${reading.min}|${reading.max ?? ''}|${reading.bare ? 1 : 0}`;
}

function applyStatus(state: LogState, position: number, record: Extract<LogRecord, { type: 'status' }>): number {
  const { index } = state.dataset;
  let claim = index.link[position]!;
  // A word about a relay is a word about the claim it repeats.
  if (state.relayOf[claim]! >= 0) claim = state.relayOf[claim]!;
  const scope = state.scopeOf[claim]!;
  if (state.retracted[claim]) return scope;
  if (record.status === 'retracted') {
    state.retracted[claim] = 1;
    const track = findTrack(state, scope, index.source[claim]!);
    if (track !== undefined && track.inForce === claim) track.inForce = previousInForce(state, track);
    return scope;
  }
  state.status[claim] = record.status;
  state.statusBy[claim] = record.by === undefined ? index.source[claim]! : index.source[position]!;
  return scope;
}

/** When a source's newest claim is retracted, its previous claim not retracted is in force again. */
function previousInForce(state: LogState, track: SourceTrack): number {
  for (let i = track.claims.length - 1; i >= 0; i--) {
    const position = track.claims[i]!;
    if (!state.retracted[position]) return position;
  }
  return -1;
}

const NO_OUTLETS: readonly string[] = Object.freeze([]);
const NO_TRACKS: readonly SourceTrack[] = Object.freeze([]);
const NO_CLAIMS: readonly number[] = Object.freeze([]);

/** The outlets that passed on a claim with a figure (its relays' included), in the order they came; never to be changed. */
export function outletsOf(state: LogState, claim: number): readonly string[] {
  return state.outlets[claim] ?? NO_OUTLETS;
}

/** The claims in force in a scope, in log order (an empty list shared by every scope without a track; never to be changed). */
export function claimsInForce(state: LogState, scope: number): readonly number[] {
  if (state.tracks[scope] === undefined) return NO_CLAIMS;
  const out: number[] = [];
  for (const track of state.tracks[scope] ?? NO_TRACKS) if (track.inForce >= 0) out.push(track.inForce);
  return out.sort((a, b) => state.rank[a]! - state.rank[b]!);
}

/** The silences in force in a scope (silence records or claims without a figure), in log order. */
export function silencesInForce(state: LogState, scope: number): number[] {
  const out: number[] = [];
  for (const track of state.tracks[scope] ?? NO_TRACKS) {
    if (track.silence >= 0 && track.silenceRank > track.figureRank) out.push(track.silence);
  }
  return out.sort((a, b) => state.rank[a]! - state.rank[b]!);
}

/** The role a record plays in the answer (SPEC.md step 6): the first that applies. */
export function roleOf(state: LogState, position: number): RecordRole {
  if (!state.applied[position]) return 'after-as-of';
  const record = state.dataset.records[position]!;
  if (record.type === 'status') return 'status';
  if (record.type === 'silence') return 'silence';
  const origin = state.relayOf[position]!;
  if (state.retracted[position] || (origin >= 0 && state.retracted[origin])) return 'retracted';
  if (state.excluded[position]) return 'excluded';
  if (state.dataset.index.readings[position]!.noFigure) return 'silence';
  const claim = origin >= 0 ? origin : position;
  const track = findTrack(state, state.scopeOf[claim]!, state.dataset.index.source[claim]!);
  const inForce = track !== undefined && track.inForce === claim;
  if (!inForce) return 'replaced';
  return origin >= 0 ? 'relay' : 'counted';
}
