import type { ClaimStatus } from '../log/schema/records.js';
import type { CountLang, Qualifier } from '../count/types.js';
import type { ReliabilityGrade } from '../log/schema/source.js';

/** A scope: a place of the places tree and a category of the categories tree. */
export interface ScopeRef {
  place: string;
  category: string;
}

/** A scope with the names its trees give its place and category. */
export interface NamedScopeRef extends ScopeRef {
  /** Always given by `reconcile`; optional so hand-built estimates may leave it out. */
  placeName?: string;
  categoryName?: string;
}

/** Confidence labels, weakest claim first in precedence order (SPEC.md, "Confidence labels"). */
export type Label = 'no-figure' | 'contested' | 'verified' | 'corroborated' | 'single-source';

/** The published methods a reading can follow. */
export type PolicyName = 'default' | 'conservative' | 'ucdp' | 'ibc';

/** A policy by name, or with a reliability cut-off (`minReliability: 'C'` keeps A, B and C). */
export type PolicyOption = PolicyName | { name: PolicyName; minReliability?: ReliabilityGrade };

/** The role a record plays in the answer: the first that applies. */
export type RecordRole = 'after-as-of' | 'retracted' | 'excluded' | 'replaced' | 'relay' | 'counted' | 'status' | 'silence';

/** A machine-readable reason for a label, with a sentence a reader can follow. */
export interface Reason {
  code: ReasonCode;
  text: string;
}

/** The closed list of reason codes; see `REASON_CODES` for what each means. */
export type ReasonCode =
  | 'no-claim'
  | 'single-origin'
  | 'independent-origins'
  | 'relayed'
  | 'same-group'
  | 'verified'
  | 'unverified'
  | 'official'
  | 'disputed'
  | 'low-reliability'
  | 'ungraded'
  | 'across-alignments'
  | 'conflict'
  | 'bounds-collide'
  | 'silence'
  | 'sum-of-parts'
  | 'bounded-by-parent'
  | 'excluded-by-reliability'
  | 'age';

/** Two claims whose intervals do not meet: `a` lies lower than `b`. */
export interface Conflict {
  a: string;
  b: string;
}

/**
 * Which claims and which scopes set a bound: the first `MAX_BOUND_ITEMS` of
 * each (claims in log order, scopes in output order), with the totals.
 */
export interface BoundSource {
  claims: string[];
  claimCount: number;
  scopes: ScopeRef[];
  scopeCount: number;
}

/** A claim in force in an estimate's own scope, with what `describe` needs to attribute it. */
export interface EstimateClaim {
  id: string;
  source: string;
  sourceName: string;
  /** The range as the policy reads it. */
  min: number;
  max: number | null;
  /** The wording as published (or the number / range given). */
  wording: string;
  /** How the wording bounds the figure (see `Qualifier`), and the figure it states (SPEC.md step 5). */
  /** Always given by `reconcile`; optional so hand-built estimates may leave them out. */
  qualifier?: Qualifier;
  figure?: number | null;
  /** The language of the wording; null for a count given as a number or a range. */
  lang?: CountLang | null;
  status: ClaimStatus | 'official';
  publishedAt: string;
  relayedBy: string[];
  group: string;
  alignment: string | null;
  reliability: ReliabilityGrade | null;
}

/** A silence in force in an estimate's own scope. */
export interface EstimateSilence {
  id: string;
  source: string;
  sourceName: string;
  at: string;
}

/** The reconciled picture of one scope at one moment. */
export interface Estimate {
  scope: NamedScopeRef;
  /** The moment the estimate stands for, as `toISOString` writes it; null for an empty log. */
  asOf: string | null;
  low: number;
  best: number | null;
  /** null when the range is open above. */
  high: number | null;
  label: Label;
  reasons: Reason[];
  conflicts: Conflict[];
  conflictCount: number;
  /** The time of the newest claim behind the estimate, or null. */
  newestAt: string | null;
  bounds: { low: BoundSource; high: BoundSource };
  claims: EstimateClaim[];
  silences: EstimateSilence[];
  records: { id: string; role: RecordRole }[];
}

/** The four numbers and the label a history entry compares. */
export interface EstimateState {
  low: number;
  best: number | null;
  high: number | null;
  label: Label;
}

/** What kind of change a history entry records; see `CHANGE_KINDS` for the precedence. */
export type ChangeKind =
  | 'first-figure'
  | 'retracted'
  | 'contested'
  | 'resolved'
  | 'verified'
  | 'disputed'
  | 'raised'
  | 'lowered'
  | 'narrowed'
  | 'widened'
  | 'relabelled'
  | 'replaced'
  | 'best'
  | 'silence'
  | 'reasons';

/** The record behind a history entry, as a sentence needs it. */
export interface ChangeCause {
  type: 'claim' | 'silence' | 'status';
  /** The claim's origin, the silent source, or the status change's author (the claim's source when absent). */
  source: string;
  sourceName: string;
  /** For a claim: its wording; for a status change: the wording of the claim it is about. */
  wording: string | null;
  /** For a claim that replaced one of the same source: the wording it replaced. */
  replacedWording: string | null;
  /** For a status change: the new status, and the claim's source. */
  status: ClaimStatus | null;
  claimSource: string | null;
  claimSourceName: string | null;
  /** The scope the record names (it may differ from the entry's scope, which it moved through propagation). */
  scope: ScopeRef;
  /** For a claim given as wording: its language. Always given by `history`. */
  lang?: CountLang | null;
}

/** One change of one scope's picture, caused by one record. */
export interface HistoryEntry {
  /** When the record took effect, as `toISOString` writes it. */
  at: string;
  /** The id of the record that caused the change. */
  record: string;
  kind: ChangeKind;
  scope: ScopeRef;
  before: EstimateState | null;
  after: EstimateState;
  cause: ChangeCause;
  /** One sentence a reader can follow, in English (`describeChange` gives the other languages). */
  sentence: string;
}
