import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/index.js';

/** `sources` sources each give two figures about one scope (the second higher); one retracts its second. */
function manySources(sources: number, retracting: number) {
  const at = (hour: number) => new Date(Date.UTC(2025, 0, 1, hour)).toISOString();
  const ids = Array.from({ length: sources }, (_, i) => `s${i}`);
  const records: Record<string, unknown>[] = [];
  ids.forEach((id, i) => {
    records.push({ type: 'claim', id: `${id}-a`, source: id, publishedAt: at(i), count: { min: 10, max: 100 + i } });
    records.push({ type: 'claim', id: `${id}-b`, source: id, publishedAt: at(sources + i), count: { min: 20, max: 50 + i } });
  });
  records.push({ type: 'status', id: 'undo', claim: `s${retracting}-b`, status: 'retracted', at: at(3 * sources) });
  return { sources: ids.map((id) => ({ id, name: id.toUpperCase(), type: 'monitor' })), records };
}

describe('reconcile(dataset) in a scope many sources speak about', () => {
  // 4 sources: tracks are found by scanning; 12 and 30: past the scan limit, by a map.
  for (const sources of [4, 12, 30]) {
    it(`keeps one claim in force per source among ${sources}, and brings back the earlier one a retraction uncovers`, () => {
      const retracting = sources - 2;
      const [estimate] = reconcile(manySources(sources, retracting));
      const inForce = estimate!.claims.map((c) => c.id).sort();
      const expected = Array.from({ length: sources }, (_, i) => (i === retracting ? `s${i}-a` : `s${i}-b`)).sort();
      expect(inForce).toEqual(expected);
      // The lowest ceiling is s0's 50 unless s0 retracted; the floor is the 20 of the second figures.
      expect([estimate!.low, estimate!.high]).toEqual([20, 50]);
      const roles = new Map(estimate!.records.map((r) => [r.id, r.role]));
      expect(roles.get(`s${retracting}-b`)).toBe('retracted');
      expect(roles.get(`s${retracting}-a`)).toBe('counted');
      expect(roles.get('s0-a')).toBe('replaced');
      expect(roles.get('undo')).toBe('status');
    });
  }
});
