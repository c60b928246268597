export { reconcile, type ReconcileOptions } from './reconcile.js';
export { OptionError } from './OptionError.js';
export { MAX_BOUND_ITEMS, MAX_CONFLICTS } from './estimate.js';
export type { ScopeOption } from './scopeOption.js';
export type {
  BoundSource,
  ChangeCause,
  ChangeKind,
  Conflict,
  Estimate,
  EstimateClaim,
  EstimateSilence,
  EstimateState,
  HistoryEntry,
  NamedScopeRef,
  Label,
  PolicyName,
  PolicyOption,
  Reason,
  ReasonCode,
  RecordRole,
  ScopeRef,
} from './types.js';
