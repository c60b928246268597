import type { Dataset } from '../log/Dataset.js';
import { resolveNode } from '../log/indexTree.js';
import { OptionError } from './OptionError.js';

/** A scope asked for: `{place, category}` (each the root when absent), or `'place'` / `'place/category'`. */
export type ScopeOption = { place?: string | undefined; category?: string | undefined } | string;

/**
 * Resolves a scope option to tree positions.
 *
 * @throws {OptionError} naming the place or category that is not in the trees.
 * @example
 * resolveScopeOption(dataset, 'latakia/civilians'); // => [1, 1]
 */
export function resolveScopeOption(dataset: Dataset, option: ScopeOption): [number, number] {
  const { place, category } =
    typeof option === 'string' ? { place: option.split('/')[0] || undefined, category: option.split('/')[1] || undefined } : option;
  const p = resolveNode(dataset.index.places, place);
  const c = resolveNode(dataset.index.categories, category);
  if (p < 0) throw new OptionError(`scope: place ${JSON.stringify(place)} is not among the places`);
  if (c < 0) throw new OptionError(`scope: category ${JSON.stringify(category)} is not among the categories`);
  return [p, c];
}
