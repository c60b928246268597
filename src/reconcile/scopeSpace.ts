import type { Dataset } from '../log/Dataset.js';
import type { TreeIndex } from '../log/indexTree.js';

/**
 * The scopes an answer covers, as the product of the places tree and the
 * categories tree: every scope a record names, every ancestor of one, and any
 * scope asked for. Scope `i` is the pair (`place[i]`, `category[i]`) of tree
 * positions; scopes are numbered in output order (places tree, then categories
 * tree, depth first). Both parents of a scope have smaller numbers than it, so
 * ascending order is top-down and descending order is bottom-up.
 */
export interface ScopeSpace {
  places: TreeIndex;
  categories: TreeIndex;
  place: Int32Array;
  category: Int32Array;
  /** Scope number of a (place, category) key, `place * categoryCount + category`. */
  byKey: ScopeLookup;
  /** Parent scope along the places tree and along the categories tree (-1 at a root). */
  parentAlongPlaces: Int32Array;
  parentAlongCategories: Int32Array;
  /** Children in this space along each tree, in tree order. */
  childrenAlongPlaces: number[][];
  childrenAlongCategories: number[][];
}

/** The key of a (place, category) pair. */
export function scopeKey(dataset: Dataset, place: number, category: number): number {
  return place * dataset.index.categories.ids.length + category;
}

/** Scope numbers by key: a `Map`, or an array over every key when the trees are small enough. */
export interface ScopeLookup {
  get(key: number): number | undefined;
}

/** Up to this many (place, category) pairs, keys are looked up in an array rather than a map. */
const DENSE_KEYS = 1 << 24;

class DenseLookup implements ScopeLookup {
  constructor(private readonly slots: Int32Array) {}

  get(key: number): number | undefined {
    const scope = this.slots[key];
    return scope === undefined || scope < 0 ? undefined : scope;
  }
}

/**
 * Builds the scope space of a dataset, adding `extra` scopes (and their
 * ancestors) to those the records name. Runs in O(records + scopes × depth).
 */
export function buildScopeSpace(dataset: Dataset, extra: readonly [number, number][] = []): ScopeSpace {
  const { places, categories, place: recordPlace, category: recordCategory } = dataset.index;
  const nC = categories.ids.length;
  const pairs = places.ids.length * nC;
  // Scope numbers by key while keys are gathered (-2: not a scope; -1: a scope not numbered yet).
  const slots = pairs <= DENSE_KEYS ? new Int32Array(pairs).fill(-2) : null;
  const sparse = new Map<number, number>();
  const keys: number[] = [];
  const has = (key: number) => (slots === null ? sparse.has(key) : slots[key] !== -2);
  const add = (key: number) => {
    if (has(key)) return;
    if (slots === null) sparse.set(key, -1);
    else slots[key] = -1;
    keys.push(key);
  };
  const addWithAncestors = (p: number, c: number) => {
    if (has(p * nC + c)) return;
    for (let pp = p; pp >= 0; pp = places.parent[pp]!) {
      for (let cc = c; cc >= 0; cc = categories.parent[cc]!) add(pp * nC + cc);
    }
  };
  for (const position of dataset.index.order) addWithAncestors(recordPlace[position]!, recordCategory[position]!);
  for (const [p, c] of extra) addWithAncestors(p, c);
  if (keys.length === 0) add(0);

  // Tree positions are depth-first, so sorting keys sorts by the places tree, then the categories tree.
  const sortedKeys = Float64Array.from(keys).sort();
  const m = sortedKeys.length;
  const place = new Int32Array(m);
  const category = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    const key = sortedKeys[i]!;
    place[i] = Math.floor(key / nC);
    category[i] = key % nC;
    if (slots === null) sparse.set(key, i);
    else slots[key] = i;
  }
  const byKey: ScopeLookup = slots === null ? sparse : new DenseLookup(slots);

  const parentAlongPlaces = new Int32Array(m).fill(-1);
  const parentAlongCategories = new Int32Array(m).fill(-1);
  const childrenAlongPlaces: number[][] = Array.from({ length: m }, () => []);
  const childrenAlongCategories: number[][] = Array.from({ length: m }, () => []);
  for (let i = 0; i < m; i++) {
    const p = place[i]!;
    const c = category[i]!;
    const pp = places.parent[p]!;
    if (pp >= 0) {
      const parent = byKey.get(pp * nC + c)!;
      parentAlongPlaces[i] = parent;
      childrenAlongPlaces[parent]!.push(i);
    }
    const cp = categories.parent[c]!;
    if (cp >= 0) {
      const parent = byKey.get(p * nC + cp)!;
      parentAlongCategories[i] = parent;
      childrenAlongCategories[parent]!.push(i);
    }
  }
  return { places, categories, place, category, byKey, parentAlongPlaces, parentAlongCategories, childrenAlongPlaces, childrenAlongCategories };
}
