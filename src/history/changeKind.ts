import type { ClaimStatus } from '../log/schema/records.js';
import type { ChangeKind, EstimateState } from '../reconcile/types.js';

/**
 * The kinds of change a history entry records, in order of precedence: when
 * several apply, the first is given.
 */
export const CHANGE_KINDS: Readonly<Record<ChangeKind, string>> = {
  'first-figure': 'The scope had no figure and now has one.',
  retracted: 'A retraction removed a claim (and its relays).',
  contested: 'The label became contested: claims conflict or bounds collide.',
  resolved: 'The label was contested and no longer is.',
  verified: 'A claim was verified, or the label became verified.',
  disputed: 'A claim was disputed.',
  raised: 'The low rose.',
  lowered: 'The low fell.',
  narrowed: 'The low held and the high fell or became bounded.',
  widened: 'The low held and the high rose or became open.',
  relabelled: 'Only the label changed (e.g. a second independent source corroborated the low).',
  replaced: "A source's newer claim replaced its older one without moving the range or the label.",
  best: 'Only the best figure changed.',
  silence: 'A source said it would not, or did not, give a figure.',
  reasons: 'Only the reasons changed (a relay, a grade, an alignment...).',
};

/** What the record that caused a change was, as far as its kind depends on it. */
export interface ChangeEvent {
  /** A claim without a figure counts as a silence. */
  type: 'claim' | 'silence' | 'status';
  /** For a status change: the new status. */
  status?: ClaimStatus | null | undefined;
  /** For a claim: it replaced an earlier claim of its source about the same scope. */
  replacedOne?: boolean | undefined;
}

/**
 * The kind of a change, the first of `CHANGE_KINDS` that applies.
 *
 * @example
 * changeKind(null, { low: 131, best: 131, high: null, label: 'single-source' }, { type: 'claim' }); // => 'first-figure'
 */
export function changeKind(before: EstimateState | null, after: EstimateState, record: ChangeEvent): ChangeKind {
  const was = before ?? { low: 0, best: null, high: null, label: 'no-figure' as const };
  if (was.label === 'no-figure' && after.label !== 'no-figure') return 'first-figure';
  if (record.type === 'status' && record.status === 'retracted') return 'retracted';
  if (after.label === 'contested' && was.label !== 'contested') return 'contested';
  if (was.label === 'contested' && after.label !== 'contested') return 'resolved';
  if ((record.type === 'status' && record.status === 'verified') || (after.label === 'verified' && was.label !== 'verified')) return 'verified';
  if (record.type === 'status' && record.status === 'disputed') return 'disputed';
  if (after.low > was.low) return 'raised';
  if (after.low < was.low) return 'lowered';
  if (was.high !== after.high) {
    if (after.high === null) return 'widened';
    if (was.high === null || after.high < was.high) return 'narrowed';
    return 'widened';
  }
  if (was.label !== after.label) return 'relabelled';
  if (record.type === 'claim' && record.replacedOne === true) return 'replaced';
  if (was.best !== after.best) return 'best';
  if (record.type === 'silence') return 'silence';
  return 'reasons';
}
