import { describe, expect, it } from 'vitest';
import { MAX_BOUND_ITEMS, reconcile } from '../../src/index.js';
import type { Estimate } from '../../src/index.js';

type Rec = Record<string, unknown>;
const claim = (id: string, source: string, publishedAt: string, count: unknown, extra: Rec = {}): Rec => ({
  type: 'claim',
  id,
  source,
  publishedAt,
  count,
  ...extra,
});

const source = (id: string, extra: Rec = {}): Rec => ({ id, name: id.toUpperCase(), type: 'monitor', ...extra });

function one(estimates: Estimate[], place: string, category = 'all'): Estimate {
  const found = estimates.find((e) => e.scope.place === place && e.scope.category === category);
  if (found === undefined) throw new Error(`no estimate for ${place}/${category}`);
  return found;
}

const codes = (estimate: Estimate) => estimate.reasons.map((r) => r.code);

describe('reconcile(dataset) worked cases of issue 4', () => {
  const syria = {
    timezone: 'Asia/Damascus',
    sources: [
      source('sohr', { name: 'Syrian Observatory for Human Rights', reliability: 'B' }),
      source('aljazeera', { type: 'media' }),
      source('almayadeen', { type: 'media' }),
      source('authorities', { type: 'government' }),
    ],
    places: { id: 'coast', children: [{ id: 'latakia', children: [{ id: 'mukhtariyeh' }] }, { id: 'tartous' }] },
    records: [
      claim('c1', 'sohr', '2025-03-07T14:00:00+02:00', { min: 131, max: null }, { relayedBy: ['aljazeera'], scope: { place: 'coast' } }),
      claim('c2', 'almayadeen', '2025-03-07T15:00:00+02:00', { min: 31, max: null }, { scope: { place: 'mukhtariyeh' } }),
      { type: 'silence', id: 's1', source: 'authorities', at: '2025-03-07', scope: { place: 'coast' } },
    ] as Rec[],
  };

  it('1. coast is [131, open) single-source with relay, unverified and silence reasons; Mukhtariyeh [31, open)', () => {
    const estimates = reconcile(syria);
    const coast = one(estimates, 'coast');
    expect([coast.low, coast.high, coast.best, coast.label]).toEqual([131, null, 131, 'single-source']);
    expect(codes(coast)).toEqual(expect.arrayContaining(['relayed', 'unverified', 'silence', 'single-origin']));
    const mukhtariyeh = one(estimates, 'mukhtariyeh');
    expect([mukhtariyeh.low, mukhtariyeh.high, mukhtariyeh.label]).toEqual([31, null, 'single-source']);
    const latakia = one(estimates, 'latakia');
    expect([latakia.low, latakia.label]).toEqual([31, 'single-source']);
    expect(latakia.bounds.low).toEqual({ claims: ['c2'], claimCount: 1, scopes: [{ place: 'mukhtariyeh', category: 'all' }], scopeCount: 1 });
  });

  it('2. a newer claim of the same source replaces its older one; ucdp and ibc read it as a point', () => {
    const data = { ...syria, records: [...syria.records, claim('c3', 'sohr', '2025-03-08T10:00:00+02:00', 340, { scope: { place: 'coast' } })] };
    const coast = one(reconcile(data), 'coast');
    expect([coast.low, coast.high, coast.best]).toEqual([340, null, 340]);
    expect(coast.records).toEqual([
      { id: 's1', role: 'silence' },
      { id: 'c1', role: 'replaced' },
      { id: 'c3', role: 'counted' },
    ]);
    for (const policy of ['ucdp', 'ibc'] as const) {
      const point = one(reconcile(data, { policy }), 'coast');
      expect([point.low, point.high]).toEqual([340, 340]);
    }
    expect(one(reconcile(data, { policy: 'ucdp' }), 'coast').best).toBe(340);
    expect(one(reconcile(data, { policy: 'ibc' }), 'coast').best).toBeNull();
  });

  const ministryAndIntelligence = {
    sources: [source('ministry', { type: 'government' }), source('intel', { type: 'intelligence' })],
    records: [claim('hm', 'ministry', '2023-10-17T21:00:00Z', 471), claim('us', 'intel', '2023-10-18T20:00:00Z', { min: 100, max: 300 })],
  };

  it('3. 471 against a stated 100 to 300 is contested: hull [100, open) by default, [100, 471] under ibc', () => {
    const [estimate] = reconcile(ministryAndIntelligence);
    expect([estimate!.low, estimate!.high, estimate!.label]).toEqual([100, null, 'contested']);
    expect(estimate!.conflicts).toEqual([{ a: 'us', b: 'hm' }]);
    expect(estimate!.conflictCount).toBe(1);
    expect(codes(estimate!)).toContain('conflict');
    const [ibc] = reconcile(ministryAndIntelligence, { policy: 'ibc' });
    expect([ibc!.low, ibc!.high, ibc!.best, ibc!.label]).toEqual([100, 471, null, 'contested']);
  });

  const redCrescent = {
    sources: [source('lrc', { type: 'ngo' })],
    records: [
      claim('rc', 'lrc', '2023-09-14T12:00:00Z', 11300),
      { type: 'status', id: 'x', claim: 'rc', status: 'retracted', at: '2023-09-15T10:00:00Z' },
    ],
  };

  it('4. a retracted figure counts before its retraction and is gone after it', () => {
    const [before] = reconcile(redCrescent, { asOf: '2023-09-14' });
    expect([before!.low, before!.label]).toEqual([11300, 'single-source']);
    expect(before!.records).toEqual([
      { id: 'rc', role: 'counted' },
      { id: 'x', role: 'after-as-of' },
    ]);
    const [after] = reconcile(redCrescent);
    expect([after!.low, after!.best, after!.high, after!.label]).toEqual([0, null, null, 'no-figure']);
    expect(after!.records).toEqual([
      { id: 'rc', role: 'retracted' },
      { id: 'x', role: 'status' },
    ]);
  });

  it('5. two groups saying "at least 50" corroborate; a ministry and its state agency do not', () => {
    const atLeast50 = { min: 50, max: null };
    const independent = {
      sources: [source('a'), source('b')],
      records: [claim('a1', 'a', '2025-01-01', atLeast50), claim('b1', 'b', '2025-01-01', atLeast50)],
    };
    expect(reconcile(independent)[0]!.label).toBe('corroborated');
    const oneGroup = {
      sources: [source('ministry', { group: 'gov' }), source('agency', { group: 'gov' })],
      records: [claim('a1', 'ministry', '2025-01-01', atLeast50), claim('b1', 'agency', '2025-01-01', atLeast50)],
    };
    const [estimate] = reconcile(oneGroup);
    expect(estimate!.label).toBe('single-source');
    expect(codes(estimate!)).toContain('same-group');
  });

  it('6. the parts add up: civilians 745 + security forces 273 + gunmen 250 lift "more than 1,000" to 1,268', () => {
    const data = {
      sources: [source('m')],
      categories: { id: 'all', children: [{ id: 'civilians' }, { id: 'security' }, { id: 'gunmen' }] },
      records: [
        claim('c', 'm', '2025-03-10', { min: 745, max: null }, { scope: { category: 'civilians' } }),
        claim('s', 'm', '2025-03-10', { min: 273, max: null }, { scope: { category: 'security' } }),
        claim('g', 'm', '2025-03-10', { min: 250, max: null }, { scope: { category: 'gunmen' } }),
        claim('t', 'm', '2025-03-10', { min: 1001, max: null }),
      ],
    };
    const all = one(reconcile(data), 'all', 'all');
    expect(all.low).toBe(1268);
    expect(all.bounds.low.claims).toEqual(['c', 'g', 's']);
    expect(codes(all)).toContain('sum-of-parts');
  });

  it('7. a ceiling on the whole bounds a part nobody counted: Tartous is [0, 49], no-figure', () => {
    const data = {
      sources: [source('m'), source('tv')],
      places: { id: 'coast', children: [{ id: 'latakia' }, { id: 'tartous' }] },
      records: [
        claim('m1', 'm', '2025-03-10', { min: 0, max: 199 }, { scope: { place: 'coast' } }),
        claim('t1', 'tv', '2025-03-10', { min: 150, max: null }, { scope: { place: 'latakia' } }),
      ],
    };
    const [tartous] = reconcile(data, { scope: { place: 'tartous' } });
    expect([tartous!.low, tartous!.best, tartous!.high, tartous!.label]).toEqual([0, null, 49, 'no-figure']);
    expect(tartous!.bounds.high.scopes).toEqual([
      { place: 'coast', category: 'all' },
      { place: 'latakia', category: 'all' },
    ]);
    const coast = one(reconcile(data), 'coast');
    expect([coast.low, coast.high]).toEqual([150, 199]);
  });

  it('8. SNHR 803 and SOHR more than 1,300: [1301, open) single-source; ibc [803, 1301]; "about 1,400" corroborates and closes it at 1,540', () => {
    const data = {
      sources: [source('snhr', { reliability: 'A' }), source('sohr', { reliability: 'B' }), source('third')],
      records: [claim('n', 'snhr', '2025-03-10', 803), claim('o', 'sohr', '2025-03-10', { min: 1301, max: null })],
    };
    const [estimate] = reconcile(data);
    expect([estimate!.low, estimate!.high, estimate!.best, estimate!.label]).toEqual([1301, null, 1301, 'single-source']);
    const [ibc] = reconcile(data, { policy: 'ibc' });
    expect([ibc!.low, ibc!.high]).toEqual([803, 1301]);
    data.records.push(claim('t', 'third', '2025-03-11', { min: 1260, max: 1540 }));
    const [closed] = reconcile(data);
    expect([closed!.low, closed!.high, closed!.label]).toEqual([1301, 1540, 'corroborated']);
  });
});

describe('reconcile(dataset) relays, reliability and statuses', () => {
  it('collapses a relay onto its origin and never revives a stale figure', () => {
    const data = {
      sources: [source('m'), source('wire', { type: 'media' }), source('tv', { type: 'media' })],
      records: [
        claim('m1', 'm', '2025-01-10T08:00:00Z', { min: 40, max: null }),
        claim('m1-tv', 'm', '2025-01-10T09:00:00Z', { min: 40, max: null }, { relayedBy: ['tv'] }),
        claim('m2', 'm', '2025-01-10T15:00:00Z', { min: 65, max: null }),
        claim('m1-wire', 'm', '2025-01-10T16:00:00Z', { min: 40, max: null }, { relayedBy: ['wire'] }),
      ],
    };
    const [estimate] = reconcile(data);
    expect(estimate!.low).toBe(65);
    expect(estimate!.records).toEqual([
      { id: 'm1', role: 'replaced' },
      { id: 'm1-tv', role: 'replaced' },
      { id: 'm2', role: 'counted' },
      { id: 'm1-wire', role: 'replaced' },
    ]);
    const [early] = reconcile(data, { asOf: '2025-01-10T10:00:00Z' });
    expect(early!.records.map((r) => r.role)).toEqual(['counted', 'relay', 'after-as-of', 'after-as-of']);
    expect(early!.claims[0]!.relayedBy).toEqual(['tv']);
  });

  it('excludes claims of sources below minReliability, ungraded ranking as F', () => {
    const data = {
      sources: [source('a', { reliability: 'A' }), source('e', { reliability: 'E' }), source('u')],
      records: [claim('a1', 'a', '2025-01-01', 10), claim('e1', 'e', '2025-01-01', 500), claim('u1', 'u', '2025-01-01', 900)],
    };
    const [kept] = reconcile(data, { policy: { name: 'default', minReliability: 'C' } });
    expect(kept!.low).toBe(10);
    expect(kept!.records.map((r) => r.role)).toEqual(['counted', 'excluded', 'excluded']);
    expect(codes(kept!)).toContain('excluded-by-reliability');
    expect(reconcile(data)[0]!.low).toBe(900);
  });

  it('labels verified when a claim behind the low is verified, and a dispute by another group removes support', () => {
    const data = {
      sources: [source('a'), source('b'), source('c')],
      records: [
        claim('a1', 'a', '2025-01-01', { min: 50, max: null }),
        claim('b1', 'b', '2025-01-01', { min: 50, max: null }),
        { type: 'status', id: 'd', claim: 'b1', status: 'disputed', at: '2025-01-02', by: 'c' },
      ] as Rec[],
    };
    const [disputed] = reconcile(data);
    expect(disputed!.label).toBe('single-source');
    expect(codes(disputed!)).toContain('disputed');
    data.records.push({ type: 'status', id: 'v', claim: 'a1', status: 'verified', at: '2025-01-03', by: 'c' });
    expect(reconcile(data)[0]!.label).toBe('verified');
  });

  it('brings back the previous claim when the newest is retracted', () => {
    const data = {
      sources: [source('a')],
      records: [
        claim('a1', 'a', '2025-01-01', 50),
        claim('a2', 'a', '2025-01-02', 80),
        { type: 'status', id: 'r', claim: 'a2', status: 'retracted', at: '2025-01-03' },
      ],
    };
    const [estimate] = reconcile(data);
    expect(estimate!.low).toBe(50);
    expect(estimate!.records.map((r) => r.role)).toEqual(['counted', 'retracted', 'status']);
  });

  it('gives null asOf and a no-figure root for an empty log', () => {
    const [estimate] = reconcile({ sources: [], records: [] });
    expect(estimate).toMatchObject({ asOf: null, low: 0, best: null, high: null, label: 'no-figure', scope: { place: 'all', category: 'all' } });
  });

  it('rejects an unknown policy, scope or asOf with an OptionError', () => {
    const data = { sources: [source('a')], records: [claim('a1', 'a', '2025-01-01', 50)] };
    expect(() => reconcile(data, { policy: 'nyt' as never })).toThrow(/policy "nyt" is not one of/);
    expect(() => reconcile(data, { scope: 'mars' })).toThrow(/place "mars" is not among the places/);
    expect(() => reconcile(data, { asOf: 'yesterday' })).toThrow(/asOf "yesterday"/);
  });
});

describe('reconcile(dataset) bounds', () => {
  it('lists at most MAX_BOUND_ITEMS claims and scopes behind a bound, earliest first, with the totals', () => {
    const villages = Array.from({ length: 30 }, (_, i) => ({ id: `v${String(i).padStart(2, '0')}` }));
    const data = {
      sources: [source('m')],
      places: { id: 'region', children: villages },
      records: villages.map((village, i) => claim(`c${String(i).padStart(2, '0')}`, 'm', `2025-03-${String(1 + (i % 28)).padStart(2, '0')}`, 1 + i, { scope: { place: village.id } })),
    };
    const [region] = reconcile(data, { scope: 'region' });
    expect(region!.low).toBe((30 * 31) / 2);
    expect(region!.bounds.low.claimCount).toBe(30);
    expect(region!.bounds.low.scopeCount).toBe(30);
    expect(region!.bounds.low.claims).toHaveLength(MAX_BOUND_ITEMS);
    expect(region!.bounds.low.claims.slice(0, 3)).toEqual(['c00', 'c28', 'c01']);
    expect(region!.bounds.low.scopes[0]).toEqual({ place: 'v00', category: 'all' });
  });
});
