import type { Estimate, HistoryEntry, PolicyOption } from '../../index.js';

/** What `check` compares, and what an expected file holds. */
export interface CheckOutput {
  about: string;
  policy: PolicyOption;
  /** The dataset's newest record time (null for an empty log): the moment of the estimates. */
  asOf: string | null;
  estimates: Estimate[];
  history: HistoryEntry[];
}

export const CHECK_ABOUT =
  'Expected output of `casualty-claims check`: the estimates of every scope and the change history, at the dataset\'s newest record, under the policy named here. Rewrite with `casualty-claims check DATASET --expected THIS_FILE --update`.';

/** One difference between an expected and an actual output. */
export interface Difference {
  /** What it is about: `estimate coast/all`, `history coast/all sohr-2`, or `output`. */
  where: string;
  /** The field, as a path: `label`, `claims[sohr-1].min`, `after.best`; empty for the whole item. */
  field: string;
  /** undefined where there is nothing on that side. */
  expected: unknown;
  actual: unknown;
}

/**
 * Compares two check outputs (as parsed JSON) and lists every difference,
 * matching estimates by scope and history entries by scope and record, and
 * the elements of lists by their id (claims, records, silences), code
 * (reasons), pair (conflicts) or scope (bounds), so one change reads as one
 * line rather than a cascade. Runs in O(size of the outputs).
 *
 * @example
 * compareCheckOutputs({ asOf: 'a', estimates: [], history: [] }, { asOf: 'b', estimates: [], history: [] });
 * // => [{ where: 'output', field: 'asOf', expected: 'a', actual: 'b' }]
 */
export function compareCheckOutputs(expected: unknown, actual: unknown): Difference[] {
  const out: Difference[] = [];
  const e = asObject(expected);
  const a = asObject(actual);
  for (const key of ['policy', 'asOf']) diffValue(e[key], a[key], 'output', key, out);
  diffItems(asArray(e.estimates), asArray(a.estimates), (item) => `estimate ${scopeName(item.scope)}`, out);
  diffItems(asArray(e.history), asArray(a.history), (item) => `history ${scopeName(item.scope)} ${String(item.record)}`, out);
  return out;
}

type Json = Record<string, unknown>;

function asObject(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

function asArray(value: unknown): Json[] {
  return Array.isArray(value) ? value.map(asObject) : [];
}

function scopeName(scope: unknown): string {
  const { place, category } = asObject(scope);
  return `${String(place)}/${String(category)}`;
}

/** Matches items by their name; a missing or added item is one difference, a changed one a difference per field. */
function diffItems(expected: Json[], actual: Json[], name: (item: Json) => string, out: Difference[]): void {
  const byName = new Map<string, Json>();
  for (const item of actual) byName.set(name(item), item);
  const expectedNames = new Set<string>();
  for (const item of expected) {
    const key = name(item);
    expectedNames.add(key);
    const other = byName.get(key);
    if (other === undefined) out.push({ where: key, field: '', expected: summary(item), actual: undefined });
    else diffValue(item, other, key, '', out);
  }
  for (const item of actual) {
    const key = name(item);
    if (!expectedNames.has(key)) out.push({ where: key, field: '', expected: undefined, actual: summary(item) });
  }
  const expectedOrder = expected.map(name).filter((key) => byName.has(key));
  const actualOrder = actual.map(name).filter((key) => expectedNames.has(key));
  const firstMove = expectedOrder.findIndex((key, i) => actualOrder[i] !== key);
  if (firstMove >= 0) {
    const kind = name(expected[0] ?? actual[0] ?? {}).split(' ')[0] ?? 'item';
    out.push({ where: `${kind} order`, field: `position ${firstMove}`, expected: expectedOrder[firstMove], actual: actualOrder[firstMove] });
  }
}

/** A short form of a whole estimate or entry, for one that is missing or added. */
function summary(item: Json): unknown {
  if ('kind' in item) return { at: item.at, kind: item.kind, after: item.after, sentence: item.sentence };
  return { low: item.low, best: item.best, high: item.high, label: item.label };
}

function diffValue(expected: unknown, actual: unknown, where: string, field: string, out: Difference[]): void {
  if (sameJson(expected, actual)) return;
  if (isPlainObject(expected) && isPlainObject(actual)) {
    const keys = [...Object.keys(expected), ...Object.keys(actual).filter((key) => !Object.hasOwn(expected, key))];
    for (const key of keys) diffValue(expected[key], actual[key], where, join(field, key), out);
    return;
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const key = elementKey([...expected, ...actual]);
    if (key !== undefined) {
      diffKeyed(expected as Json[], actual as Json[], key, where, field, out);
      return;
    }
    if (expected.length === actual.length && expected.some((item) => typeof item === 'object' && item !== null)) {
      expected.forEach((item, i) => diffValue(item, actual[i], where, `${field}[${i}]`, out));
      return;
    }
  }
  out.push({ where, field, expected, actual });
}

function diffKeyed(expected: Json[], actual: Json[], key: (item: Json) => string, where: string, field: string, out: Difference[]): void {
  const actualByKey = new Map(actual.map((item) => [key(item), item]));
  const expectedKeys = new Set(expected.map(key));
  for (const item of expected) diffValue(item, actualByKey.get(key(item)), where, `${field}[${key(item)}]`, out);
  for (const item of actual) if (!expectedKeys.has(key(item))) diffValue(undefined, item, where, `${field}[${key(item)}]`, out);
  const expectedOrder = expected.map(key).filter((k) => actualByKey.has(k));
  const actualOrder = actual.map(key).filter((k) => expectedKeys.has(k));
  if (expectedOrder.join('\u0000') !== actualOrder.join('\u0000')) out.push({ where, field: `${field} (order)`, expected: expectedOrder, actual: actualOrder });
}

/** How the elements of a list are matched: by id, code, pair or scope; undefined when they are not objects with one. */
function elementKey(items: unknown[]): ((item: Json) => string) | undefined {
  if (items.length === 0 || !items.every(isPlainObject)) return undefined;
  const all = items as Json[];
  if (all.every((item) => typeof item.id === 'string')) return (item) => String(item.id);
  if (all.every((item) => typeof item.code === 'string')) return (item) => String(item.code);
  if (all.every((item) => typeof item.a === 'string' && typeof item.b === 'string')) return (item) => `${String(item.a)}<${String(item.b)}`;
  if (all.every((item) => typeof item.place === 'string' && typeof item.category === 'string')) return (item) => `${String(item.place)}/${String(item.category)}`;
  return undefined;
}

function isPlainObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function join(field: string, key: string): string {
  return field === '' ? key : `${field}.${key}`;
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => sameJson(item, other[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((key) => Object.hasOwn(b, key) && sameJson((a as Json)[key], (b as Json)[key]));
}

/** One line for a difference: `estimate coast/all: label: expected 'single-source', got 'contested'`. */
export function formatDifference(difference: Difference): string {
  const field = difference.field === '' ? '' : `${difference.field}: `;
  if (difference.expected === undefined) return `${difference.where}: ${field}not expected, got ${show(difference.actual)}`;
  if (difference.actual === undefined) return `${difference.where}: ${field}expected ${show(difference.expected)}, got nothing`;
  return `${difference.where}: ${field}expected ${show(difference.expected)}, got ${show(difference.actual)}`;
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? `'${value}'` : (JSON.stringify(value) ?? String(value));
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}
