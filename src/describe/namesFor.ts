import type { Dataset } from '../log/Dataset.js';
import type { TreeNode } from '../log/schema/tree.js';
import type { DescribeLang, NamesContext } from './types.js';

/**
 * The names a dataset gives its sources, places and categories in one
 * language, for `describe` and `describeChange`: a source's or node's `names`
 * in that language, else its `name`; and the places' `in` phrases ("on the
 * Syrian coast"). Runs in O(sources + tree nodes).
 *
 * @example
 * describe(estimate, { lang: 'fr' }, namesFor(dataset, 'fr')); // => 'Plus de 130 personnes ont été tuées sur la côte syrienne, …'
 */
export function namesFor(dataset: Dataset, lang: DescribeLang = 'en'): Required<NamesContext> {
  // Null-prototype maps: an id like `__proto__` is a key like any other.
  const sourceNames = dictionary();
  for (const source of dataset.sources) sourceNames[source.id] = source.names?.[lang] ?? source.name;
  const placeNames = dictionary();
  const placePhrases = dictionary();
  const categoryNames = dictionary();
  walk(dataset.places, (node) => {
    placeNames[node.id] = node.names?.[lang] ?? node.name ?? node.id;
    const phrase = node.in?.[lang];
    if (phrase !== undefined) placePhrases[node.id] = phrase;
  });
  walk(dataset.categories, (node) => {
    categoryNames[node.id] = node.names?.[lang] ?? node.name ?? node.id;
  });
  return { sourceNames, placeNames, categoryNames, placePhrases };
}

function dictionary(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}

function walk(root: TreeNode | undefined, visit: (node: TreeNode) => void): void {
  const stack = root === undefined ? [] : [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    visit(node);
    stack.push(...(node.children ?? []));
  }
}
