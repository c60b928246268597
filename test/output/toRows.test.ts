import { describe, expect, it } from 'vitest';
import { history, reconcile } from '../../src/index.js';
import { ESTIMATE_COLUMNS, HISTORY_COLUMNS, toRows } from '../../src/output/toRows.js';
import { deepFreeze, loadFixture } from '../helpers.js';
import { sampleEntry, sampleEstimate } from './sample.js';

describe('toRows(estimates)', () => {
  it('runs its example', () => {
    const syriaCoast = loadFixture('syria-coast-2025-03.json');
    expect(toRows(reconcile(syriaCoast))[0]).toMatchObject({ place: 'coast', category: 'all', label: 'single-source', best: 131 });
  });

  it('gives one row per estimate of a real reconciliation, and one per history entry', () => {
    const syriaCoast = loadFixture('syria-coast-2025-03.json');
    expect(toRows(reconcile(syriaCoast))).toHaveLength(reconcile(syriaCoast).length);
    expect(toRows(history(syriaCoast)).map((row) => row.sentence)).toEqual(history(syriaCoast).map((entry) => entry.sentence));
  });

  it('gives one flat row per estimate with the columns of ESTIMATE_COLUMNS, in order', () => {
    const rows = toRows([sampleEstimate(), sampleEstimate({ scope: { place: 'latakia', category: 'all' }, label: 'no-figure', low: 0, best: null })]);
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(Object.keys(row)).toEqual([...ESTIMATE_COLUMNS]);
    expect(rows[1]).toMatchObject({ place: 'latakia', label: 'no-figure', low: 0, best: null });
  });

  it('holds plain values only: strings, numbers and null', () => {
    const conflicted = sampleEstimate({ conflicts: [{ a: 'intel-1', b: 'hm-1' }], conflictCount: 1, label: 'contested' });
    for (const value of Object.values(toRows([conflicted])[0]!)) {
      expect(value === null || typeof value === 'string' || typeof value === 'number').toBe(true);
    }
  });

  it('joins lists with ;, writes conflicts a<b and scopes place/category', () => {
    const estimate = sampleEstimate({
      conflicts: [{ a: 'intel-1', b: 'hm-1' }, { a: 'x', b: 'y' }],
      conflictCount: 2,
      bounds: { low: { claims: ['a', 'b'], claimCount: 2, scopes: [{ place: 'north', category: 'all' }, { place: 'south', category: 'civilians' }], scopeCount: 2 }, high: { claims: [], claimCount: 0, scopes: [], scopeCount: 0 } },
    });
    const [row] = toRows([estimate]);
    expect(row).toMatchObject({
      reasons: 'single-origin;relayed',
      conflicts: 'intel-1<hm-1;x<y',
      conflictCount: 2,
      claims: 'sohr-coast-1',
      sources: 'sohr',
      silences: 'authorities-no-toll-1',
      bounds_low_claims: 'a;b',
      bounds_low_scopes: 'north/all;south/civilians',
      bounds_high_claims: '',
      high: null,
    });
  });

  it('gives each bound\'s counts beside its lists, which hold at most 20 ids', () => {
    const claims = Array.from({ length: 20 }, (_, i) => `c${i}`);
    const estimate = sampleEstimate({
      bounds: { low: { claims, claimCount: 137, scopes: [{ place: 'north', category: 'all' }], scopeCount: 45 }, high: { claims: ['h'], claimCount: 1, scopes: [], scopeCount: 0 } },
    });
    const [row] = toRows([estimate]);
    expect(row!.bounds_low_claims.split(';')).toEqual(claims);
    expect(row).toMatchObject({ bounds_low_claimCount: 137, bounds_low_scopeCount: 45, bounds_high_claimCount: 1, bounds_high_scopeCount: 0 });
  });

  it('lists each source once, in claim order', () => {
    const base = sampleEstimate();
    const claim = base.claims[0]!;
    const estimate = sampleEstimate({ claims: [claim, { ...claim, id: 'c2', source: 'tv' }, { ...claim, id: 'c3' }] });
    expect(toRows([estimate])[0]!.sources).toBe('sohr;tv');
  });

  it('does not mutate its input', () => {
    const estimates = deepFreeze([sampleEstimate()]);
    expect(() => toRows(estimates)).not.toThrow();
  });

  it('returns [] for no estimates', () => {
    expect(toRows([])).toEqual([]);
  });
});

describe('toRows(history)', () => {
  it('gives one row per entry with the columns of HISTORY_COLUMNS, before and after flattened', () => {
    const [row] = toRows([sampleEntry()]);
    expect(Object.keys(row!)).toEqual([...HISTORY_COLUMNS]);
    expect(row).toMatchObject({
      at: '2025-03-08T06:00:00.000Z',
      record: 'sohr-coast-2',
      kind: 'raised',
      place: 'coast',
      category: 'all',
      before_low: 131,
      before_label: 'single-source',
      after_low: 341,
      after_high: null,
      after_label: 'single-source',
      cause_type: 'claim',
      cause_source: 'sohr',
    });
    expect(row!.sentence).toMatch(/raised its toll/);
  });

  it('writes null in every before_ column for a scope’s first entry', () => {
    const [row] = toRows([sampleEntry({ before: null, kind: 'first-figure' })]);
    expect([row!.before_low, row!.before_best, row!.before_high, row!.before_label]).toEqual([null, null, null, null]);
  });

  it('does not mutate its input', () => {
    expect(() => toRows(deepFreeze([sampleEntry()]))).not.toThrow();
  });
});
