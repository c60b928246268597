/** Looking up the names a line needs, safely for any id (`__proto__` is data). */
import type { ScopeRef } from '../reconcile/types.js';

/** `names[id]` when `names` has its own property `id`, else `fallback`. */
export function nameFor(names: Readonly<Record<string, string>> | undefined, id: string, fallback: string): string {
  if (names !== undefined && Object.hasOwn(names, id)) {
    const name = names[id];
    if (typeof name === 'string') return name;
  }
  return fallback;
}

/** A scope that may carry its names (reconcile may add them). */
export type NamedScope = ScopeRef & { placeName?: string | undefined; categoryName?: string | undefined };

/** The id of the implicit root of a tree (SPEC.md: "`all` is the implicit root's id"). */
export const ROOT_ID = 'all';

/** True when two scopes are the same. */
export function sameScope(a: ScopeRef, b: ScopeRef): boolean {
  return a.place === b.place && a.category === b.category;
}
