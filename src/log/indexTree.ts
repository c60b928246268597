import type { TreeNode } from './schema/tree.js';

/** The id of the implicit root of a tree a dataset does not give. */
export const IMPLICIT_ROOT_ID = 'all';

/**
 * A tree flattened in depth-first order (children in the order given): node
 * `0` is the root, and every node comes after its parent.
 */
export interface TreeIndex {
  ids: string[];
  names: string[];
  /** Parent position, -1 for the root. */
  parent: Int32Array;
  children: number[][];
  /** Position of each id; a Map, so ids like `__proto__` are plain data. */
  byId: Map<string, number>;
}

/**
 * Flattens a tree; duplicate ids are reported through `onDuplicate` and the
 * first occurrence wins. Runs in O(nodes).
 *
 * @example
 * indexTree({ id: 'coast', children: [{ id: 'latakia' }] }).ids; // => ['coast', 'latakia']
 */
export function indexTree(root: TreeNode | undefined, onDuplicate: (id: string, path: (string | number)[]) => void = () => {}): TreeIndex {
  const tree = root ?? { id: IMPLICIT_ROOT_ID, name: IMPLICIT_ROOT_ID };
  const ids: string[] = [];
  const names: string[] = [];
  const parents: number[] = [];
  const children: number[][] = [];
  const byId = new Map<string, number>();
  // An explicit stack: a deep tree must not overflow the call stack. Each entry
  // knows its parent's entry, so a node's path is only spelled out for a duplicate.
  const stack: StackEntry[] = [{ node: tree, parent: -1, index: -1, up: null }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const { node, parent } = entry;
    if (byId.has(node.id)) {
      onDuplicate(node.id, pathOf(entry));
      continue;
    }
    const position = ids.length;
    ids.push(node.id);
    names.push(node.name ?? node.id);
    parents.push(parent);
    children.push([]);
    byId.set(node.id, position);
    if (parent >= 0) children[parent]!.push(position);
    const kids = node.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) {
      stack.push({ node: kids[i]!, parent: position, index: i, up: entry });
    }
  }
  return { ids, names, parent: Int32Array.from(parents), children, byId };
}

interface StackEntry {
  node: TreeNode;
  parent: number;
  /** Position among its parent's children (-1 for the root). */
  index: number;
  up: StackEntry | null;
}

/** The path of a node from the root: `['children', 0, 'children', 2]`. */
function pathOf(entry: StackEntry): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: StackEntry | null = entry; at !== null && at.up !== null; at = at.up) path.unshift('children', at.index);
  return path;
}

/**
 * Resolves a scope's place or category id to a position: absent means the root,
 * and `all` names the root of a tree that has no node called `all`.
 * Returns -1 for an unknown id.
 */
export function resolveNode(tree: TreeIndex, id: string | undefined): number {
  if (id === undefined) return 0;
  const position = tree.byId.get(id);
  if (position !== undefined) return position;
  return id === IMPLICIT_ROOT_ID ? 0 : -1;
}
