import { reasonsFor } from '../labels/reasons.js';
import { reliabilityRank } from './policy.js';
import type { Engine } from './engine.js';
import type { Reason, Label } from './types.js';

/** What `history` compares between two moments, and what `reconcile` reports first. */
export interface ScopeSummary {
  low: number;
  best: number | null;
  high: number | null;
  label: Label;
  reasons: Reason[];
}

/**
 * Reads one scope under the engine's policy (SPEC.md step 5 and the policies
 * table): `default` and `conservative` take the propagated range; `ucdp` and
 * `ibc` take the smallest min and largest max of the scope's own claims read as
 * points. Labels and reasons are the default reading's under every policy.
 */
export function summarize(engine: Engine, scope: number): ScopeSummary {
  const self = engine.calc[scope]!;
  const { policy } = engine.state;
  const label = self.label;
  const reasons = reasonsFor(engine, scope);
  if (policy.floorsAndPropagation) {
    const { low, high } = self;
    if (label === 'no-figure') return { low, best: null, high, label, reasons };
    if (policy.name === 'conservative') return { low, best: low, high, label, reasons };
    const chosen = mostReliable(engine, self.own, (figure) => figure >= low && (high === null || figure <= high));
    return { low, best: chosen ?? low, high, label, reasons };
  }
  const { readings } = engine.state.dataset.index;
  if (self.own.length === 0) return { low: 0, best: null, high: null, label, reasons };
  let low = Number.POSITIVE_INFINITY;
  let high = 0;
  for (const claim of self.own) {
    const reading = readings[claim]!;
    low = Math.min(low, reading.min);
    high = Math.max(high, reading.max ?? reading.min);
  }
  const best = policy.name === 'ucdp' ? mostReliable(engine, self.own, () => true) : null;
  return { low, best, high, label, reasons };
}

/**
 * The figure of the most reliable claim whose figure passes `accept`, the most
 * recent among equals (claims come in log order); null when none does.
 */
function mostReliable(engine: Engine, claims: readonly number[], accept: (figure: number) => boolean): number | null {
  const { dataset, rank } = engine.state;
  let chosen = -1;
  let chosenRank = Number.POSITIVE_INFINITY;
  for (const claim of claims) {
    const figure = dataset.index.readings[claim]!.figure;
    if (figure === null || !accept(figure)) continue;
    const grade = reliabilityRank(dataset.sources[dataset.index.source[claim]!]!.reliability);
    if (grade < chosenRank || (grade === chosenRank && rank[claim]! > rank[chosen]!)) {
      chosen = claim;
      chosenRank = grade;
    }
  }
  return chosen < 0 ? null : dataset.index.readings[chosen]!.figure;
}
