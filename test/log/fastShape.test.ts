import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastShape, fieldsOf, SAME } from '../../src/log/fastShape.js';
import { parseDataset, validateDataset } from '../../src/log/parseDataset.js';
import { DatasetSchema } from '../../src/log/schema/dataset.js';
import { LangSchema } from '../../src/log/schema/primitives.js';
import { ScopeSchema } from '../../src/log/schema/scope.js';
import { ClaimSchema, StatusChangeSchema } from '../../src/log/schema/records.js';
import { RELIABILITY_GRADES, SOURCE_TYPES } from '../../src/log/schema/source.js';
import { datasetArb } from '../arbitraries.js';
import { deepFreeze, loadFixtures } from '../helpers.js';

// The fast shape check may only ever answer for zod: whatever it accepts, zod
// accepts with the same output, byte for byte; everything else goes to zod.
// Valid datasets are generated from the schemas' own enumerations, then bent by
// mutations that sit close to the rules (a '/' in an id, a 29 February, a
// negative or unsafe integer, an unknown or non-enumerable field, a prototype...).

type Json = Record<string, unknown>;

const text = fc.string({ maxLength: 6, unit: fc.constantFrom('a', 'Z', '/', ' ', 'é', '١', '\u0000', '\ud800', '_') });
const id = fc.oneof(
  fc.string({ minLength: 1, maxLength: 5, unit: fc.constantFrom('a', 'b', '-', '.', 'é', '\n', '\ud800') }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'all', 'hasOwnProperty'),
);
const digits = (n: number, max: number) => fc.integer({ min: 0, max }).map((v) => String(v).padStart(n, '0'));
const date = fc.tuple(digits(4, 9999), digits(2, 13), digits(2, 31)).map(([y, m, d]) => `${y}-${m}-${d}`);
const offset = fc.oneof(fc.constantFrom('Z', 'z', '+03:00', '-00:00', '+24:00', '+0300', ''), fc.tuple(fc.constantFrom('+', '-'), digits(2, 25), digits(2, 60)).map((p) => p.join('').replace(/(\d\d)$/, ':$1')));
const clock = fc.tuple(digits(2, 24), digits(2, 60), digits(2, 60), fc.constantFrom('', '.5', '.250', '.123456789', '.')).map(([h, m, s, f]) => `${h}:${m}:${s}${f}`);
const instant = fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true });
/** Valid times: a date-time in UTC, with an offset or a long fraction, or a date alone. */
const validTime = fc.oneof(
  instant.map((d) => d.toISOString()),
  instant.map((d) => d.toISOString().slice(0, 10)),
  fc.tuple(instant, fc.constantFrom('+03:00', '-11:30', '.5+01:00', '.123456Z')).map(([d, tail]) => d.toISOString().slice(0, 19) + tail),
);
/** Times that are valid more often than not, and invalid in the ways people get them wrong. */
const time = fc.oneof(
  { weight: 6, arbitrary: validTime },
  { weight: 2, arbitrary: date },
  { weight: 2, arbitrary: fc.tuple(date, clock, offset).map(([d, c, o]) => `${d}T${c}${o}`) },
  { weight: 1, arbitrary: fc.constantFrom('2024-02-29', '2025-02-29', '2100-02-29', '2000-02-29', '2025-03-07T14:00+03:00', '2025-03-07 14:00:00Z', '') },
);
const whole = fc.oneof(fc.nat(500), fc.constantFrom(0, Number.MAX_SAFE_INTEGER));
const count = fc.oneof(
  fc.string({ minLength: 1, maxLength: 12 }),
  whole,
  fc.record({ min: whole, max: fc.option(whole, { nil: null }) }).map(({ min, max }) => ({ min, max: max === null ? null : Math.max(min, max) })),
);
// Plain objects, as JSON.parse makes them (a null prototype is one of the mutations).
const names = fc.record({ en: text, ar: text, fr: text, es: text }, { requiredKeys: [], noNullPrototype: true });
const optional = <T extends Json>(required: (keyof T & string)[], shape: { [K in keyof T]: fc.Arbitrary<T[K]> }) =>
  fc.record(shape, { requiredKeys: required as never[], noNullPrototype: true }) as fc.Arbitrary<Json>;

/** Datasets with the schemas' shapes, times and zones drawn from `time` and `timezone` (not necessarily following the rules across records). */
function datasetShapedBy(time: fc.Arbitrary<string>, timezone: fc.Arbitrary<string>): fc.Arbitrary<Json> {
  const scope = fc.record({ place: id, category: id }, { requiredKeys: [], noNullPrototype: true });
  const claimScope = fc.record({ place: id, category: id, from: time, to: time }, { requiredKeys: [], noNullPrototype: true });

  const claim = optional(['type', 'id', 'source', 'publishedAt', 'count'], {
    type: fc.constant('claim'),
    id,
    source: id,
    relayedBy: fc.array(id, { maxLength: 3 }),
    publishedAt: time,
    count,
    lang: fc.constantFrom(...LangSchema.options),
    scope: claimScope,
    status: fc.constantFrom(...ClaimSchema.shape.status.unwrap().options),
    supersedes: id,
    url: text,
    quote: text,
    note: text,
  });
  const silence = optional(['type', 'id', 'source', 'at'], { type: fc.constant('silence'), id, source: id, at: time, scope, url: text, quote: text, note: text });
  const status = optional(['type', 'id', 'claim', 'status', 'at'], {
    type: fc.constant('status'),
    id,
    claim: id,
    status: fc.constantFrom(...StatusChangeSchema.shape.status.options),
    at: time,
    by: id,
    url: text,
    note: text,
  });
  const source = optional(['id', 'name', 'type'], {
    id,
    name: fc.string({ minLength: 1, maxLength: 6 }),
    type: fc.constantFrom(...SOURCE_TYPES),
    group: id,
    alignment: text,
    reliability: fc.constantFrom(...RELIABILITY_GRADES),
    names,
    url: text,
    note: text,
  });
  const { tree } = fc.letrec<{ tree: Json }>((self) => ({
    tree: optional(['id'], { id, name: text, names, in: names, children: fc.array(self('tree'), { maxLength: 3, depthIdentifier: 'tree' }) }),
  }));
  return optional(['sources', 'records'], {
    title: text,
    description: text,
    timezone,
    sources: fc.array(source, { maxLength: 3 }),
    places: tree,
    categories: tree,
    records: fc.array(fc.oneof(claim, silence, status), { maxLength: 6 }),
  });
}

/** Datasets zod accepts. */
const shapedDataset = datasetShapedBy(validTime, fc.constantFrom('UTC', 'Asia/Damascus', 'Mars/Olympus'));
/** The same data with the fields of every object in reverse order. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([key, v]) => [key, reversed(v)]));
}
/** Datasets zod mostly accepts, with times and zones as people get them wrong now and then. */
const looseDataset = datasetShapedBy(time, fc.constantFrom('UTC', 'Asia/Damascus', '', 'Mars/Olympus'));

/** Values that sit close to what a field wants. */
const oddValue = fc.oneof(
  fc.constantFrom(null, undefined, Number.NaN, Infinity, -1, -0, 1.5, 2 ** 53, '', 'a/b', '/', true, [], {}, [[]], 'claim', 'silence', 'status', 'B', 'G', 'monitor', 'en', 'de'),
  fc.constantFrom('2025-02-29', '2024-02-29', '2025-03-07T24:00:00Z', '2025-03-07T14:00:00.1234+03:00', '2025-03-07T14:00:00+03'),
  text,
  whole,
  fc.integer({ min: -5, max: 5 }),
);

type Mutation = { at: number; kind: number; key: string; value: unknown; order: number };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.nat(11),
  key: fc.constantFrom('id', 'type', 'url', 'count', 'min', 'max', 'scope', 'children', 'names', 'en', 'extra', 'publishedAt', 'at', 'status', 'relayedBy', 'place', 'from', '__proto__', 'sources', 'records'),
  value: oddValue,
  order: fc.nat(),
});

/** Every object and array of a value, so a mutation can pick one. */
function containers(value: unknown, found: object[] = []): object[] {
  if (typeof value === 'object' && value !== null && !(value instanceof String)) {
    found.push(value);
    for (const child of Object.values(value)) containers(child, found);
  }
  return found;
}

class Plain {}

/** Sets a field as an assignment would, even over a getter. */
function set(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
}

/** Bends one object or array of `data` (a fresh copy) in one of the ways zod's answer may turn on. */
function mutate(data: Json, m: Mutation): Json {
  const all = containers(data);
  const target = all[m.at % all.length] as Record<string, unknown>;
  const keys = Object.keys(target);
  const someKey = keys.length > 0 ? keys[m.order % keys.length]! : m.key;
  switch (m.kind) {
    case 0: // a field takes an odd value
      set(target, someKey, m.value);
      break;
    case 1: // a field, known or not, is added with an odd value
      set(target, m.key, m.value);
      break;
    case 2: // a field goes missing
      delete target[someKey];
      break;
    case 3: // an own `__proto__` field, as JSON.parse makes it
      Object.defineProperty(target, '__proto__', { value: m.value, enumerable: true, configurable: true, writable: true });
      break;
    case 4: // a field zod reads but `for...in` does not list
      Object.defineProperty(target, m.key, { value: m.value, enumerable: false, configurable: true, writable: true });
      break;
    case 5: // another prototype: none, a class's, one that serialises otherwise, or one that holds a field
      if (m.order % 4 === 2) Object.setPrototypeOf(target, withToJson(Array.isArray(target) ? Array.prototype : Object.prototype));
      else if (Array.isArray(target)) break;
      else if (m.order % 4 === 0) Object.setPrototypeOf(target, null);
      else if (m.order % 4 === 1) Object.setPrototypeOf(target, Plain.prototype);
      else if (someKey in target) {
        const value = target[someKey];
        delete target[someKey];
        Object.setPrototypeOf(target, { [someKey]: value });
      }
      break;
    case 6: // an extra level of nesting
      set(target, someKey, m.order % 2 === 0 ? { value: target[someKey] } : [target[someKey]]);
      break;
    case 7: { // the same fields in another order
      const entries = Object.entries(target).reverse();
      for (const key of Object.keys(target)) delete target[key];
      for (const [key, value] of entries) set(target, key, value);
      break;
    }
    case 8: // a hole in an array, or a String object for a string
      if (Array.isArray(target)) target.length += 1;
      else if (typeof target[someKey] === 'string') set(target, someKey, Object(target[someKey]));
      break;
    case 9: // a getter in place of a value
      if (someKey in target) {
        const value = target[someKey];
        Object.defineProperty(target, someKey, { get: () => value, enumerable: true, configurable: true });
      }
      break;
    default: { // a value anywhere in the data just misses: a number nudged, a time or an id bent
      const slots = primitiveSlots(data);
      if (slots.length === 0) break;
      const [owner, key] = slots[m.order % slots.length]!;
      set(owner, key, nearMiss(owner[key], m.at));
    }
  }
  return data;
}

/** Every field or element holding a string, a number or null. */
function primitiveSlots(value: unknown, found: [Record<string, unknown>, string][] = []): [Record<string, unknown>, string][] {
  if (typeof value !== 'object' || value === null || value instanceof String) return found;
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'string' || typeof v === 'number' || v === null) found.push([value as Record<string, unknown>, key]);
    else primitiveSlots(v, found);
  }
  return found;
}

/** A value next to `value` that a rule may just reject. */
function nearMiss(value: unknown, pick: number): unknown {
  if (typeof value === 'number') {
    const options = [value - 1, value + 1, -value - 1, value + 0.5, 2 ** 53 + value, Number.NaN, 0, Infinity, String(value), -0];
    return options[pick % options.length];
  }
  if (typeof value === 'string') {
    const options = [
      `${value}/`,
      '',
      `${value.slice(0, 5)}02-29${value.slice(10)}`,
      `${value.slice(0, 5)}13${value.slice(7)}`,
      value.replace(/:\d\d(?=[.+Z-]|$)/, ''),
      value.toLowerCase(),
      `${value} `,
      value.slice(0, -1),
      `${value.slice(0, 11)}24${value.slice(13)}`,
      value.replace(/[+-]\d\d:\d\d$|Z$/, ''),
    ];
    return options[pick % options.length];
  }
  return [0, undefined, 'null', false][pick % 4];
}

/** A prototype, inheriting from `base`, whose values serialise as something else. */
function withToJson(base: object): object {
  const prototype = Object.create(base) as object;
  Object.defineProperty(prototype, 'toJSON', { value: () => 'bent', enumerable: false });
  return prototype;
}

const mutatedDataset = fc.tuple(fc.oneof(looseDataset, datasetArb(6)), fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([data, ms]) => {
  const copy = structuredClone(data) as Json;
  for (const m of ms) mutate(copy, m);
  return copy;
});

/** Field names in order, all the way down: JSON.stringify would show the same. */
function keyOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(keyOrder);
  if (typeof value === 'object' && value !== null) return Object.entries(value).map(([key, v]) => [key, keyOrder(v)]);
  return value;
}

/** The property: the fast check answers only when zod accepts, and then with zod's output. */
function agreesWithZod(input: unknown): void {
  const fast = fastShape(input);
  if (fast === undefined) return;
  const zod = DatasetSchema.safeParse(input);
  expect(zod.success, 'the fast check accepted what zod rejects').toBe(true);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
  expect(keyOrder(fast)).toEqual(keyOrder(zod.data));
}

/** safeParseDataset with the fast check gives what it gives with zod alone: the dataset, its index, or the same problems. */
function sameResult(input: unknown): void {
  const fast = validateDataset(input, true);
  const zod = validateDataset(input, false);
  expect(fast.success).toBe(zod.success);
  if (fast.success && zod.success) {
    expect(JSON.stringify(fast.data)).toBe(JSON.stringify(zod.data));
    expect(fast.data.index).toEqual(zod.data.index);
  } else if (!fast.success && !zod.success) {
    expect(fast.error.issues).toEqual(zod.error.issues);
    expect(fast.error.message).toBe(zod.error.message);
  }
}

describe('fastShape(input)', () => {
  it('answers for every valid shaped dataset, with zod\'s output', () => {
    fc.assert(
      fc.property(fc.oneof(shapedDataset, shapedDataset.map((data) => reversed(data) as Json)), (data) => {
        expect(fastShape(data)).toBeDefined();
        agreesWithZod(data);
      }),
      { numRuns: 400 },
    );
  });

  it('never accepts what zod rejects, and then gives zod\'s output (near-valid mutations)', () => {
    let answered = 0;
    let rejectedByZod = 0;
    fc.assert(
      fc.property(mutatedDataset, (data) => {
        if (fastShape(data) !== undefined) answered++;
        if (!DatasetSchema.safeParse(data).success) rejectedByZod++;
        agreesWithZod(data);
      }),
      { numRuns: 3000 },
    );
    // Both sides of the property are exercised: mutations zod rejects, and ones the fast check still answers.
    expect(rejectedByZod).toBeGreaterThan(1000);
    expect(answered).toBeGreaterThan(300);
  });

  it('writes fields in the schema\'s order, as zod does, when the input has them in another', () => {
    const record = { count: 3, publishedAt: '2025-03-07', source: 's', id: 'c1', type: 'claim' };
    const input = { records: [record], sources: [{ type: 'media', name: 'S', id: 's' }] };
    const shaped = fastShape(input)!;
    expect(JSON.stringify(shaped)).toBe(
      '{"sources":[{"id":"s","name":"S","type":"media"}],"records":[{"type":"claim","id":"c1","source":"s","publishedAt":"2025-03-07","count":3}]}',
    );
    expect(shaped.records[0]).not.toBe(record);
  });

  it('shares records that are already as zod would write them, and never changes the input', () => {
    const input = deepFreeze({ sources: [], records: [{ type: 'silence', id: 's1', source: 'a', at: '2025-03-07' }] });
    const shaped = fastShape(input)!;
    expect(shaped.records[0]).toBe(input.records[0]);
    expect(shaped.records).not.toBe(input.records);
  });

  it('leaves to zod objects that are not plain ones: zod\'s output would be', () => {
    const record = Object.assign(Object.create(null) as object, { type: 'silence', id: 's1', source: 'a', at: '2025-03-07' });
    const input = { sources: [{ id: 'a', name: 'A', type: 'media' }], records: [record] };
    expect(fastShape(input)).toBeUndefined();
    expect(Object.getPrototypeOf(parseDataset(input).records[0])).toBe(Object.prototype);
  });

  it('leaves to zod a field every object inherits from Object.prototype', () => {
    const input = { sources: [], records: [] };
    const prototype = Object.prototype as Record<string, unknown>;
    prototype.title = 'inherited';
    try {
      expect(fastShape(input)).toBeUndefined();
      // zod reads the inherited title and writes it as the dataset's own.
      expect(JSON.stringify(parseDataset(input))).toBe('{"title":"inherited","sources":[],"records":[],"timezone":"UTC"}');
    } finally {
      delete prototype.title;
    }
    expect(fastShape(input)).toEqual(input);
  });

  it('refuses checks that do not name exactly the schema\'s fields, so a new field cannot slip past', () => {
    const check = (): typeof SAME => SAME;
    expect(fieldsOf(ScopeSchema, { place: check, category: check })).toMatchObject({ names: ['place', 'category'], required: 0 });
    expect(() => fieldsOf(ScopeSchema, { place: check })).toThrow(/do not match the schema's fields \(place, category\)/);
    expect(() => fieldsOf(ScopeSchema, { place: check, category: check, from: check })).toThrow(/do not match/);
  });

  it('answers for every fixture, with zod\'s output', () => {
    for (const { name, data } of loadFixtures()) {
      expect(fastShape(data), name).toBeDefined();
      agreesWithZod(data);
    }
  });
});

describe('safeParseDataset(input) with the fast shape check', () => {
  it('gives the result zod alone gives: the same dataset and index, or the same problems', () => {
    fc.assert(fc.property(fc.oneof(datasetArb(12), looseDataset, mutatedDataset), sameResult), { numRuns: 600 });
  });
});
