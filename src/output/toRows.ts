import type { Estimate, HistoryEntry, Label, ChangeKind } from '../reconcile/types.js';

/** A cell of a tidy row: a plain value a data frame reads as it is (null for "none" or "open"). */
export type Cell = string | number | null;

/** Lists inside one cell (reasons, claim ids, scopes) are joined by this separator. */
export const LIST_SEPARATOR = ';';

/**
 * One estimate as a flat row. Column names are the JSON field names of an
 * `Estimate`; a nested field's path is joined by `_` (`bounds_low_claims`).
 * Lists are joined by `;`; a scope in a list is written `place/category`.
 */
export type EstimateRow = {
  place: string;
  category: string;
  /** The moment, as `toISOString` writes it; null for an empty log. */
  asOf: string | null;
  low: number;
  /** null where the policy gives no best figure. */
  best: number | null;
  /** null when the range is open above. */
  high: number | null;
  label: Label;
  /** Reason codes, joined by `;`. */
  reasons: string;
  /** Conflicting pairs written `a<b` (a's interval lies lower), joined by `;`. */
  conflicts: string;
  conflictCount: number;
  newestAt: string | null;
  /** Ids of the scope's own claims in force, joined by `;`. */
  claims: string;
  /** Their origins' ids, each once, in claim order. */
  sources: string;
  /** Ids of the silences in force. */
  silences: string;
  /** At most 20 ids (see `bounds_low_claimCount` for how many there are). */
  bounds_low_claims: string;
  bounds_low_claimCount: number;
  bounds_low_scopes: string;
  bounds_low_scopeCount: number;
  bounds_high_claims: string;
  bounds_high_claimCount: number;
  bounds_high_scopes: string;
  bounds_high_scopeCount: number;
};

/**
 * One history entry as a flat row: when, which record, what kind of change,
 * the scope, the state before (all null for a scope's first entry) and after,
 * the record behind it, and the sentence.
 */
export type HistoryRow = {
  at: string;
  record: string;
  kind: ChangeKind;
  place: string;
  category: string;
  before_low: number | null;
  before_best: number | null;
  before_high: number | null;
  before_label: Label | null;
  after_low: number;
  after_best: number | null;
  after_high: number | null;
  after_label: Label;
  /** `claim`, `silence` or `status`. */
  cause_type: string;
  /** The claim's origin, the silent source, or who gave the status. */
  cause_source: string;
  sentence: string;
};

/** The columns of an estimate row, in order: what `--format csv` writes for `reconcile`. */
export const ESTIMATE_COLUMNS = [
  'place',
  'category',
  'asOf',
  'low',
  'best',
  'high',
  'label',
  'reasons',
  'conflicts',
  'conflictCount',
  'newestAt',
  'claims',
  'sources',
  'silences',
  'bounds_low_claims',
  'bounds_low_claimCount',
  'bounds_low_scopes',
  'bounds_low_scopeCount',
  'bounds_high_claims',
  'bounds_high_claimCount',
  'bounds_high_scopes',
  'bounds_high_scopeCount',
] as const satisfies readonly (keyof EstimateRow)[];

/** The columns of a history row, in order: what `--format csv` writes for `history`. */
export const HISTORY_COLUMNS = [
  'at',
  'record',
  'kind',
  'place',
  'category',
  'before_low',
  'before_best',
  'before_high',
  'before_label',
  'after_low',
  'after_best',
  'after_high',
  'after_label',
  'cause_type',
  'cause_source',
  'sentence',
] as const satisfies readonly (keyof HistoryRow)[];

/**
 * Flattens estimates (from `reconcile`) or history entries (from `history`)
 * into tidy rows of plain values, one per scope and moment, ready for a data
 * frame (`pd.DataFrame(rows)`, `aq.from(rows)`). Columns are `ESTIMATE_COLUMNS`
 * or `HISTORY_COLUMNS`; lists are joined by `;`. Runs in O(size of the input);
 * the input is not mutated.
 *
 * @example
 * toRows(reconcile(syriaCoast))[0]; // => { place: 'coast', category: 'all', label: 'single-source', best: 131, ... }
 */
export function toRows(items: readonly Estimate[]): EstimateRow[];
export function toRows(items: readonly HistoryEntry[]): HistoryRow[];
export function toRows(items: readonly Estimate[] | readonly HistoryEntry[]): EstimateRow[] | HistoryRow[];
export function toRows(items: readonly Estimate[] | readonly HistoryEntry[]): EstimateRow[] | HistoryRow[] {
  if (items.length === 0) return [];
  if (isHistoryEntry(items[0])) return (items as readonly HistoryEntry[]).map(historyRow);
  return (items as readonly Estimate[]).map(estimateRow);
}

function isHistoryEntry(item: Estimate | HistoryEntry | undefined): item is HistoryEntry {
  return item !== undefined && 'kind' in item && 'after' in item;
}

function join(values: readonly string[]): string {
  return values.join(LIST_SEPARATOR);
}

function scopeText(scope: { place: string; category: string }): string {
  return `${scope.place}/${scope.category}`;
}

function estimateRow(estimate: Estimate): EstimateRow {
  const sources: string[] = [];
  for (const claim of estimate.claims) if (!sources.includes(claim.source)) sources.push(claim.source);
  return {
    place: estimate.scope.place,
    category: estimate.scope.category,
    asOf: estimate.asOf,
    low: estimate.low,
    best: estimate.best,
    high: estimate.high,
    label: estimate.label,
    reasons: join(estimate.reasons.map((reason) => reason.code)),
    conflicts: join(estimate.conflicts.map((pair) => `${pair.a}<${pair.b}`)),
    conflictCount: estimate.conflictCount,
    newestAt: estimate.newestAt,
    claims: join(estimate.claims.map((claim) => claim.id)),
    sources: join(sources),
    silences: join(estimate.silences.map((silence) => silence.id)),
    bounds_low_claims: join(estimate.bounds.low.claims),
    bounds_low_claimCount: estimate.bounds.low.claimCount,
    bounds_low_scopes: join(estimate.bounds.low.scopes.map(scopeText)),
    bounds_low_scopeCount: estimate.bounds.low.scopeCount,
    bounds_high_claims: join(estimate.bounds.high.claims),
    bounds_high_claimCount: estimate.bounds.high.claimCount,
    bounds_high_scopes: join(estimate.bounds.high.scopes.map(scopeText)),
    bounds_high_scopeCount: estimate.bounds.high.scopeCount,
  };
}

function historyRow(entry: HistoryEntry): HistoryRow {
  return {
    at: entry.at,
    record: entry.record,
    kind: entry.kind,
    place: entry.scope.place,
    category: entry.scope.category,
    before_low: entry.before?.low ?? null,
    before_best: entry.before?.best ?? null,
    before_high: entry.before?.high ?? null,
    before_label: entry.before?.label ?? null,
    after_low: entry.after.low,
    after_best: entry.after.best,
    after_high: entry.after.high,
    after_label: entry.after.label,
    cause_type: entry.cause.type,
    cause_source: entry.cause.source,
    sentence: entry.sentence,
  };
}
