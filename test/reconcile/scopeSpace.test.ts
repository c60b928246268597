import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';

/** A flat tree: a root and `children` leaves, of which `used` (by index) are the only ones records name. */
function tree(root: string, children: number, prefix: string) {
  return { id: root, name: root, children: Array.from({ length: children }, (_, i) => ({ id: `${prefix}${i}`, name: `${prefix.toUpperCase()} ${i}` })) };
}

function dataset(places: number, categories: number) {
  const sources = [
    { id: 'a', name: 'A', type: 'monitor', reliability: 'B' },
    { id: 'b', name: 'B', type: 'ngo', group: 'b-group' },
  ];
  const records = [
    { type: 'claim', id: 'c1', source: 'a', publishedAt: '2025-03-07T10:00:00Z', count: 12, scope: { place: 'p3', category: 'k2' } },
    { type: 'claim', id: 'c2', source: 'b', publishedAt: '2025-03-07T11:00:00Z', count: { min: 5, max: 40 }, scope: { place: 'p1', category: 'k2' } },
    { type: 'claim', id: 'c3', source: 'a', publishedAt: '2025-03-07T12:00:00Z', count: 'at most 100', scope: { place: 'p3' } },
    { type: 'silence', id: 's1', source: 'b', at: '2025-03-08', scope: { place: 'p1', category: 'k0' } },
  ];
  return { timezone: 'UTC', sources, places: tree('land', places, 'p'), categories: tree('all', categories, 'k'), records };
}

describe('reconcile(dataset) with trees of millions of (place, category) pairs', () => {
  it('answers as with trees of the named nodes only, past the size where scopes are looked up in an array', () => {
    // 4,100 × 4,100 pairs is past 2^24: scope numbers come from a map instead of an array.
    const big = reconcile(dataset(4_100, 4_100));
    const small = reconcile(dataset(4, 3));
    expect(big).toEqual(small);
    expect(big.map((e) => `${e.scope.place}/${e.scope.category}`)).toEqual([
      'land/all',
      'land/k0',
      'land/k2',
      'p1/all',
      'p1/k0',
      'p1/k2',
      'p3/all',
      'p3/k2',
    ]);
  });

  it('answers for a scope nobody named, far down both trees', () => {
    const [estimate] = reconcile(dataset(4_100, 4_100), { scope: { place: 'p4000', category: 'k4000' } });
    expect(estimate!.scope).toEqual({ place: 'p4000', category: 'k4000', placeName: 'P 4000', categoryName: 'K 4000' });
    expect([estimate!.label, estimate!.low]).toEqual(['no-figure', 0]);
  });
});
