import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';

/** A source that revised its toll `revisions` times (1, 2, ...), then outlets that relay two of its figures. */
function revisedThenRelayed(revisions: number) {
  const day = (i: number) => new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString();
  const records: Record<string, unknown>[] = [];
  for (let i = 1; i <= revisions; i++) records.push({ type: 'claim', id: `m${i}`, source: 'monitor', publishedAt: day(i), count: i });
  records.push(
    { type: 'claim', id: 'stale', source: 'monitor', relayedBy: ['tv'], publishedAt: day(revisions + 1), count: 2 },
    { type: 'claim', id: 'fresh', source: 'monitor', relayedBy: ['radio', 'tv'], publishedAt: day(revisions + 2), count: revisions },
    { type: 'claim', id: 'again', source: 'monitor', relayedBy: ['radio'], publishedAt: day(revisions + 3), count: revisions },
  );
  return {
    sources: [
      { id: 'monitor', name: 'Monitor', type: 'monitor' },
      { id: 'tv', name: 'TV', type: 'media' },
      { id: 'radio', name: 'Radio', type: 'media' },
    ],
    records,
  };
}

describe('reconcile(dataset) relays of a source with a long running total', () => {
  // 3 revisions are looked up by scanning the track; 40 go past the scan limit to a map of figures.
  for (const revisions of [3, 40]) {
    it(`recognises a relay of any earlier figure among ${revisions} revisions, and never revives a stale one`, () => {
      const [estimate] = reconcile(revisedThenRelayed(revisions));
      expect([estimate!.low, estimate!.high]).toEqual([revisions, null]);
      const roles = new Map(estimate!.records.map((r) => [r.id, r.role]));
      expect(roles.get('stale')).toBe('replaced');
      expect(roles.get('fresh')).toBe('relay');
      expect(roles.get('again')).toBe('relay');
      expect(roles.get(`m${revisions}`)).toBe('counted');
      expect(estimate!.claims.map((c) => [c.id, c.relayedBy])).toEqual([[`m${revisions}`, ['radio', 'tv']]]);
    });
  }

  it('gives a relay with a figure its origin never gave the role of a claim of its own', () => {
    const data = revisedThenRelayed(40);
    data.records.push({ type: 'claim', id: 'new', source: 'monitor', relayedBy: ['tv'], publishedAt: '2025-03-01T00:00:00Z', count: 41 });
    const [estimate] = reconcile(data);
    expect(estimate!.low).toBe(41);
    expect(estimate!.claims.map((c) => [c.id, c.relayedBy])).toEqual([['new', ['tv']]]);
  });
});
