import type { Label } from '../reconcile/types.js';

/** How much a label says for a figure, for the weakest-part rule: single-source below corroborated below verified. */
const STRENGTH: Record<Label, number> = { 'no-figure': 0, contested: 1, 'single-source': 1, corroborated: 2, verified: 3 };
const BY_STRENGTH: Label[] = ['single-source', 'single-source', 'corroborated', 'verified'];

/**
 * The label of a low that is a sum of parts: the weakest label among the parts
 * (a contested part counts as single-source, as it is no stronger).
 *
 * @example
 * weakestLabel(['verified', 'corroborated']); // => 'corroborated'
 */
export function weakestLabel(parts: readonly Label[]): Label {
  let weakest = 3;
  for (const label of parts) weakest = Math.min(weakest, Math.max(STRENGTH[label], 1));
  return BY_STRENGTH[weakest]!;
}
