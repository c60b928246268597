import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDataset, writeDataset, type GeneratedDataset, type GeneratedNode } from '../../bench/generate.mjs';
import { safeParseDataset } from '../../src/index.js';

type Rec = Record<string, any>;

const SEEDS = [1, 2, 3, 20250307];
const generated = new Map<number, GeneratedDataset>(SEEDS.map((seed) => [seed, generateDataset({ records: 1000, seed })]));
const one = generated.get(1)!;
const records = one.records as Rec[];
const claims = records.filter((r) => r.type === 'claim');

function depth(node: GeneratedNode): number {
  return 1 + Math.max(0, ...(node.children ?? []).map(depth));
}

function problems(data: unknown): string[] {
  const result = safeParseDataset(data);
  return result.success ? [] : result.error.issues.slice(0, 10).map((issue) => issue.message);
}

describe('generateDataset({records, seed}) (bench/generate.mjs)', () => {
  it.each(SEEDS)('gives a dataset that parseDataset accepts (seed %i, 1,000 records)', (seed) => {
    expect(problems(generated.get(seed))).toEqual([]);
  });

  it('gives exactly the number of records asked for', () => {
    for (const data of generated.values()) expect(data.records).toHaveLength(1000);
    expect(generateDataset({ records: 0, seed: 1 }).records).toEqual([]);
    expect(generateDataset({ records: 37, seed: 5 }).records).toHaveLength(37);
  });

  it('gives the same dataset for the same seed, and another for another seed', () => {
    expect(JSON.stringify(generateDataset({ records: 1000, seed: 1 })) === JSON.stringify(one)).toBe(true);
    expect(JSON.stringify(generated.get(2)) === JSON.stringify(one)).toBe(false);
  });

  it('rejects a size or seed that is not a whole number', () => {
    expect(() => generateDataset({ records: 1.5, seed: 1 })).toThrow(TypeError);
    expect(() => generateDataset({ records: 10, seed: Number.NaN })).toThrow(TypeError);
  });

  it('has places three levels below the root and the categories tree with children under civilians', () => {
    expect(depth(one.places)).toBe(4);
    expect(one.categories.children?.map((c) => c.id)).toEqual(['civilians', 'security-forces', 'fighters']);
    expect(one.categories.children?.[0]?.children?.map((c) => c.id)).toEqual(['children']);
    const named = new Set(claims.map((c) => c.scope?.place ?? 'country'));
    expect([...named].some((id) => /-v\d+$/.test(id))).toBe(true); // villages
    expect([...named].some((id) => /-e[0-9a-z]+$/.test(id))).toBe(true); // districts
    expect(new Set(claims.map((c) => c.scope?.category ?? 'all'))).toEqual(new Set(['all', 'civilians', 'children', 'security-forces', 'fighters']));
  });

  it('has sources with groups, alignments and Admiralty grades, and ungraded ones', () => {
    const groups = new Map<string, number>();
    for (const s of one.sources) if (s.group) groups.set(s.group, (groups.get(s.group) ?? 0) + 1);
    expect(groups.get('government')).toBeGreaterThan(2); // ministries with their state media
    expect(new Set(one.sources.map((s) => s.reliability))).toEqual(new Set(['A', 'B', 'C', 'D', 'E', 'F', undefined]));
    expect(new Set(one.sources.map((s) => s.alignment)).size).toBeGreaterThan(5);
  });

  it('has events with 2 to 50 sources, most with few', () => {
    const perEvent = new Map<string, Set<string>>();
    for (const r of records) {
      const event = /^(e[0-9a-z]+)-/.exec(r.id)?.[1];
      if (!event) continue;
      const set = perEvent.get(event) ?? new Set<string>();
      for (const id of [r.source, r.by, ...(r.relayedBy ?? [])]) if (id) set.add(id);
      perEvent.set(event, set);
    }
    const sizes = [...perEvent.values()].map((s) => s.size).sort((a, b) => a - b);
    expect(sizes.length).toBeGreaterThan(50);
    expect(sizes[Math.floor(sizes.length / 2)]).toBeLessThanOrEqual(6);
    expect(sizes[sizes.length - 1]).toBeGreaterThanOrEqual(10);
    expect(sizes[sizes.length - 1]).toBeLessThanOrEqual(50 + 10); // relays and verifiers from outside the event's speakers
  });

  it('has running totals that rise with revisions, some linked by supersedes', () => {
    expect(claims.filter((c) => c.supersedes !== undefined).length).toBeGreaterThan(20);
    const chains = new Map<string, number[]>();
    for (const c of claims) {
      if (typeof c.count !== 'number' || c.relayedBy) continue;
      const key = `${c.source}/${c.scope?.place}/${c.scope?.category}`;
      chains.set(key, [...(chains.get(key) ?? []), c.count]);
    }
    const rising = [...chains.values()].filter((counts) => counts.length > 1 && counts[counts.length - 1]! > counts[0]!);
    expect(rising.length).toBeGreaterThan(5);
  });

  it('has relays: relayedBy, and later claims repeating an origin figure', () => {
    expect(claims.filter((c) => c.relayedBy?.length > 0).length).toBeGreaterThan(100);
    const repeats = claims.filter((c) => /-r[0-9a-z]+$/.test(c.id));
    expect(repeats.length).toBeGreaterThan(50);
    const byKey = new Map(claims.filter((c) => !/-r[0-9a-z]+$/.test(c.id)).map((c) => [JSON.stringify([c.source, c.count, c.scope]), c]));
    for (const repeat of repeats) expect(byKey.has(JSON.stringify([repeat.source, repeat.count, repeat.scope])), repeat.id).toBe(true);
  });

  it('has retractions, verifications, disputes and silences', () => {
    const statuses = new Set(records.filter((r) => r.type === 'status').map((r) => r.status));
    for (const seed of SEEDS.slice(1)) for (const r of generated.get(seed)!.records as Rec[]) if (r.type === 'status') statuses.add(r.status);
    expect(statuses).toEqual(new Set(['verified', 'disputed', 'retracted', 'unverified']));
    expect(records.filter((r) => r.type === 'silence').length).toBeGreaterThan(5);
  });

  it('has date-only and timed records, with offsets and in UTC', () => {
    const times = records.map((r) => (r.type === 'claim' ? r.publishedAt : r.at) as string);
    expect(times.filter((t) => /^\d{4}-\d{2}-\d{2}$/.test(t)).length).toBeGreaterThan(150);
    expect(times.filter((t) => t.endsWith('+03:00')).length).toBeGreaterThan(150);
    expect(times.filter((t) => t.endsWith('Z')).length).toBeGreaterThan(50);
  });

  it('words counts in four languages, as integers and as {min, max} (across the seeds)', () => {
    const langs = new Set(claims.map((c) => c.lang).filter(Boolean));
    expect(langs).toEqual(new Set(['en', 'ar', 'fr', 'es']));
    expect(claims.some((c) => typeof c.count === 'number')).toBe(true);
    expect(claims.some((c) => typeof c.count === 'object' && c.count.max === null)).toBe(true);
    expect(claims.some((c) => typeof c.count === 'object' && c.count.max !== null)).toBe(true);
    const wordings = [...generated.values()].flatMap((data) => (data.records as Rec[]).filter((c) => typeof c.count === 'string').map((c) => c.count as string));
    for (const start of ['more than ', 'at least ', 'أكثر من ', 'au moins ', 'más de ']) expect(wordings.some((w) => w.startsWith(start)), start).toBe(true);
  });
});

describe('writeDataset(path, {records, seed, format}) (bench/generate.mjs)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'casualty-claims-generate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes JSON that reads back as the generated dataset', async () => {
    const path = await writeDataset(join(dir, 'log.json'), { records: 1000, seed: 1, format: 'json' });
    expect(JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))) === JSON.stringify(one)).toBe(true);
  });

  it('writes NDJSON: a dataset line, then one record a line', async () => {
    const path = await writeDataset(join(dir, 'log.ndjson'), { records: 1000, seed: 1, format: 'ndjson' });
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as Rec);
    const { type, ...head } = lines[0]!;
    expect(type).toBe('dataset');
    expect(JSON.stringify({ ...head, records: lines.slice(1) }) === JSON.stringify(one)).toBe(true);
  });
});
