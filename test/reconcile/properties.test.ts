import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { history, parseDataset, reconcile } from '../../src/index.js';
import type { Estimate } from '../../src/index.js';
import { datasetArb, TIMES } from '../arbitraries.js';
import { deepFreeze } from '../helpers.js';

const RUNS = { numRuns: 150 };

describe('reconcile(dataset) promises for every input', () => {
  it('gives byte-identical output for any order of the records', () => {
    fc.assert(
      fc.property(datasetArb(), fc.infiniteStream(fc.nat()), (data, randoms) => {
        const shuffled = { ...data, records: [...data.records].map((r) => ({ r, k: randoms.next().value })).sort((a, b) => a.k - b.k).map(({ r }) => r) };
        expect(JSON.stringify(reconcile(shuffled))).toBe(JSON.stringify(reconcile(data)));
        expect(JSON.stringify(history(shuffled))).toBe(JSON.stringify(history(data)));
      }),
      RUNS,
    );
  });

  it('mutates no input (deep-frozen) and gives the same answer twice', () => {
    fc.assert(
      fc.property(datasetArb(), (data) => {
        const frozen = deepFreeze(structuredClone(data));
        const parsed = deepFreeze(parseDataset(frozen));
        expect(reconcile(parsed)).toEqual(reconcile(frozen));
        expect(history(parsed)).toEqual(history(frozen));
        expect(frozen).toEqual(data);
      }),
      { numRuns: 60 },
    );
  });

  it('accounts for every record exactly once, in the estimate of the scope it names', () => {
    fc.assert(
      fc.property(datasetArb(), fc.constantFrom(undefined, ...TIMES), (data, asOf) => {
        const estimates = reconcile(data, { asOf });
        const seen = estimates.flatMap((e) => e.records.map((r) => r.id));
        expect(seen.sort()).toEqual(data.records.map((r) => r.id as string).sort());
      }),
      RUNS,
    );
  });

  it('keeps floors at or below ceilings unless the label is contested', () => {
    fc.assert(
      fc.property(datasetArb(), fc.constantFrom('default', 'conservative') , (data, policy) => {
        for (const estimate of reconcile(data, { policy })) {
          if (estimate.label !== 'contested' && estimate.high !== null) expect(estimate.low).toBeLessThanOrEqual(estimate.high);
          if (estimate.best !== null) {
            expect(estimate.best).toBeGreaterThanOrEqual(estimate.low);
            if (estimate.high !== null) expect(estimate.best).toBeLessThanOrEqual(estimate.high);
          }
        }
      }),
      RUNS,
    );
  });

  it('equals, at every moment t, the state history reaches at t', () => {
    fc.assert(
      fc.property(datasetArb(30), fc.constantFrom(...TIMES, '2025-03-07T09:30:00Z', '2025-03-05'), fc.constantFrom('default', 'ibc', 'ucdp', 'conservative'), (data, t, policy) => {
        const estimates = reconcile(data, { asOf: t, policy });
        const asOf = Date.parse(estimates[0]!.asOf ?? '1970-01-01T00:00:00Z');
        const entries = history(data, { policy });
        for (const estimate of estimates) {
          const mine = entries.filter((e) => e.scope.place === estimate.scope.place && e.scope.category === estimate.scope.category && Date.parse(e.at) <= asOf);
          const state = mine.at(-1)?.after ?? { low: 0, best: null, high: null, label: 'no-figure' };
          expect({ low: estimate.low, best: estimate.best, high: estimate.high, label: estimate.label }, `${estimate.scope.place}/${estimate.scope.category}`).toEqual(state);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never widens the range when a claim from a new source agrees with it', () => {
    fc.assert(
      fc.property(datasetArb(), fc.nat(), (data, pick) => {
        const estimates = reconcile(data);
        const target = estimates[pick % estimates.length]!;
        if (target.label === 'contested' || target.label === 'no-figure') return;
        const agreeing = {
          ...data,
          sources: [...data.sources, { id: 'newcomer', name: 'Newcomer', type: 'other' }],
          records: [
            ...data.records,
            { type: 'claim', id: 'agree', source: 'newcomer', publishedAt: '2025-03-09T00:00:00Z', count: { min: target.low, max: target.high }, scope: { place: target.scope.place, category: target.scope.category } },
          ],
        };
        const after = reconcile(agreeing, { scope: target.scope })[0]!;
        expect(after.low).toBeGreaterThanOrEqual(target.low);
        if (target.high !== null) expect(after.high).not.toBeNull();
        if (target.high !== null) expect(after.high!).toBeLessThanOrEqual(target.high);
      }),
      RUNS,
    );
  });

  it('after a retraction, gives what a log without the retracted claim and its relays gives', () => {
    fc.assert(
      fc.property(datasetArb(), (data) => {
        const retracted = new Set(data.records.filter((r) => r.type === 'status' && r.status === 'retracted').map((r) => r.claim as string));
        if (retracted.size === 0) return;
        const asOf = '2025-03-09T00:00:00Z';
        const full = reconcile(data, { asOf });
        const retractedIds = full.flatMap((e) => e.records.filter((r) => r.role === 'retracted').map((r) => r.id));
        const without = {
          ...data,
          records: data.records.filter((r) => !retractedIds.includes(r.id as string) && !(r.type === 'status' && retractedIds.includes(r.claim as string))),
        };
        const pick = (estimates: Estimate[]) => new Map(estimates.map((e) => [`${e.scope.place}/${e.scope.category}`, [e.low, e.best, e.high, e.label]]));
        const mine = pick(reconcile(without, { asOf }));
        for (const [scope, value] of pick(full)) if (mine.has(scope)) expect(value, scope).toEqual(mine.get(scope));
      }),
      RUNS,
    );
  });
});
