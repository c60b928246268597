import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The project's fixture files, as parsed JSON, by path relative to `fixtures/`. */
export function loadFixtures(): { name: string; data: unknown }[] {
  const root = new URL('../fixtures/', import.meta.url);
  const out: { name: string; data: unknown }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(new URL(dir, root), { withFileTypes: true })) {
      const rel = dir === '' ? entry.name : join(dir, entry.name);
      if (entry.isDirectory()) walk(`${rel}/`);
      else if (entry.name.endsWith('.json') && !entry.name.endsWith('.expected.json')) {
        out.push({ name: rel, data: JSON.parse(readFileSync(new URL(rel, root), 'utf8')) as unknown });
      }
    }
  };
  walk('');
  return out.sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** One fixture, parsed as JSON. */
export function loadFixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;
}

/** Freezes a value and everything reachable from it, to prove a function does not mutate its input. */
export function deepFreeze<T>(value: T): T {
  // Typed arrays cannot be frozen; the derived index holds some.
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value) && !ArrayBuffer.isView(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}
