import type { ReasonCode } from '../reconcile/types.js';

/**
 * The closed list of reason codes an estimate may give, each with what it
 * means. Reasons say what lifted or lowered the label; they come in this order.
 */
export const REASON_CODES: Readonly<Record<ReasonCode, string>> = {
  'no-claim': 'No claim is in force in the scope or below it.',
  conflict: 'Claims in force give ranges that cannot all hold: the estimate is contested.',
  'bounds-collide': "The counts of the scope's parts exceed a ceiling its own claims or its parent put on it: the estimate is contested.",
  verified: 'A claim behind the low has been verified.',
  'independent-origins': 'Two or more independent origins (different groups) support the low.',
  'single-origin': 'Only one origin (one group) supports the low.',
  'sum-of-parts': 'The low is the sum of the lows of disjoint parts of the scope; it takes the weakest label of its parts.',
  'bounded-by-parent': "The high is the parent scope's ceiling less the floors of the other parts.",
  'same-group': 'Sources of one group (a ministry and its state news agency) count as one origin.',
  relayed: 'Outlets relayed a figure; a relay is not a second source.',
  unverified: 'No claim behind the low has been independently verified.',
  official: 'The figure was issued as the official toll of its source.',
  disputed: 'A claim in force is disputed; a claim disputed by another group does not support the low.',
  'low-reliability': 'A source behind the low is graded D, E or F on the Admiralty scale.',
  ungraded: 'A source behind the low has no reliability grade (ranked as F).',
  'across-alignments': 'Sources of different alignments support the low.',
  silence: 'A source expected to give a figure has explicitly not.',
  'excluded-by-reliability': "Claims from sources graded below the policy's minimum are left out.",
  age: 'How old the newest figure behind the estimate is at the moment asked about (informative; it never changes the label).',
};
