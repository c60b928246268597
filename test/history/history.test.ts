import { describe, expect, it } from 'vitest';
import { CHANGE_KINDS, history, reconcile } from '../../src/index.js';
import { loadFixture } from '../helpers.js';

type Rec = Record<string, unknown>;
const sources = [
  { id: 'a', name: 'Source A', type: 'monitor', reliability: 'B' },
  { id: 'a2', name: 'Source A2', type: 'media', group: 'ga', reliability: 'A' },
  { id: 'a3', name: 'Source A3', type: 'media', group: 'ga', reliability: 'C' },
  { id: 'b', name: 'Source B', type: 'ngo' },
  { id: 'tv', name: 'TV', type: 'media' },
];
const claim = (id: string, source: string, day: number, count: unknown, extra: Rec = {}): Rec => ({
  type: 'claim',
  id,
  source,
  publishedAt: `2025-03-${String(day).padStart(2, '0')}T12:00:00Z`,
  count,
  ...extra,
});
const status = (id: string, target: string, day: number, value: string, by?: string): Rec => ({
  type: 'status',
  id,
  claim: target,
  status: value,
  at: `2025-03-${String(day).padStart(2, '0')}T13:00:00Z`,
  ...(by === undefined ? {} : { by }),
});

/** The [record, kind] pairs of the root scope's history. */
function kinds(records: Rec[]): [string, string][] {
  return history({ sources, records }).map((entry) => [entry.record, entry.kind]);
}

describe('history(dataset) kinds', () => {
  it('first-figure, raised and lowered as a source revises its running total', () => {
    expect(kinds([claim('c1', 'a', 1, { min: 131, max: null }), claim('c2', 'a', 2, 340), claim('c3', 'a', 3, { min: 300, max: null })])).toEqual([
      ['c1', 'first-figure'],
      ['c2', 'raised'],
      ['c3', 'lowered'],
    ]);
  });

  it('narrowed and widened as a ceiling is set and moved', () => {
    expect(kinds([claim('c1', 'a', 1, { min: 50, max: null }), claim('c2', 'b', 2, { min: 0, max: 499 }), claim('c3', 'b', 3, { min: 0, max: 799 })])).toEqual([
      ['c1', 'first-figure'],
      ['c2', 'narrowed'],
      ['c3', 'widened'],
    ]);
  });

  it('contested, then resolved when the source revises into agreement', () => {
    expect(kinds([claim('c1', 'a', 1, 471), claim('c2', 'b', 2, { min: 100, max: 300 }), claim('c3', 'b', 3, { min: 100, max: 600 })])).toEqual([
      ['c1', 'first-figure'],
      ['c2', 'contested'],
      ['c3', 'resolved'],
    ]);
  });

  it('verified, disputed and retracted from status changes', () => {
    expect(
      kinds([
        claim('c1', 'a', 1, 40),
        claim('c2', 'b', 1, 40),
        status('v', 'c1', 2, 'verified', 'tv'),
        status('d', 'c2', 3, 'disputed', 'tv'),
        status('r', 'c1', 4, 'retracted'),
      ]),
    ).toEqual([
      ['c1', 'first-figure'],
      ['c2', 'relabelled'],
      ['v', 'verified'],
      ['d', 'disputed'],
      ['r', 'retracted'],
    ]);
  });

  it('replaced, best, silence and reasons when only those move', () => {
    expect(
      kinds([
        claim('c1', 'a3', 1, { min: 50, max: 100 }),
        claim('c2', 'a3', 2, { min: 50, max: 100 }, { relayedBy: ['tv'], quote: 'restated' }),
        claim('c3', 'a2', 3, { min: 50, max: null }),
        { type: 'silence', id: 's', source: 'b', at: '2025-03-04T00:00:00Z' },
        claim('c4', 'a2', 5, { min: 50, max: null }, { relayedBy: ['tv'] }),
      ]),
    ).toEqual([
      ['c1', 'first-figure'],
      ['c2', 'reasons'],
      ['c3', 'best'],
      ['s', 'silence'],
      ['c4', 'reasons'],
    ]);
  });

  it('replaced when a source restates its figure in a new claim that moves only the reasons', () => {
    expect(kinds([claim('c1', 'a', 1, { min: 50, max: null }, { relayedBy: ['tv'] }), claim('c2', 'a', 2, { min: 50, max: null })])).toEqual([
      ['c1', 'first-figure'],
      ['c2', 'replaced'],
    ]);
  });

  it('documents every kind it can give', () => {
    expect(Object.keys(CHANGE_KINDS)).toEqual([
      'first-figure', 'retracted', 'contested', 'resolved', 'verified', 'disputed', 'raised', 'lowered',
      'narrowed', 'widened', 'relabelled', 'replaced', 'best', 'silence', 'reasons',
    ]);
  });
});

describe('history(dataset) entries', () => {
  it('gives before null for a scope\'s first entry and the previous state after', () => {
    const entries = history({ sources, records: [claim('c1', 'a', 1, { min: 131, max: null }), claim('c2', 'a', 2, 340)] });
    expect(entries.map((e) => [e.before, e.after])).toEqual([
      [null, { low: 131, best: 131, high: null, label: 'single-source' }],
      [{ low: 131, best: 131, high: null, label: 'single-source' }, { low: 340, best: 340, high: null, label: 'single-source' }],
    ]);
    expect(entries[1]!.cause).toMatchObject({ type: 'claim', source: 'a', sourceName: 'Source A', wording: '340', replacedWording: 'at least 131' });
    expect(entries[1]!.at).toBe('2025-03-02T12:00:00.000Z');
  });

  it('writes no entry for a record that changes nothing in the scope asked about', () => {
    const places = { id: 'coast', children: [{ id: 'latakia' }, { id: 'tartous' }] };
    const records = [claim('c1', 'a', 1, 10, { scope: { place: 'latakia' } }), claim('c2', 'b', 2, 20, { scope: { place: 'tartous' } })];
    const latakia = history({ sources, places, records }, { scope: 'latakia' });
    expect(latakia.map((e) => e.record)).toEqual(['c1']);
    const coast = history({ sources, places, records }, { scope: { place: 'coast' } });
    expect(coast.map((e) => [e.record, e.kind, e.after.low])).toEqual([
      ['c1', 'first-figure', 10],
      ['c2', 'raised', 30],
    ]);
  });

  it('ends, for the Syria fixture, in the state reconcile gives for every scope', () => {
    const data = loadFixture('syria-coast-2025-03.json');
    const entries = history(data);
    for (const estimate of reconcile(data)) {
      const last = entries.filter((e) => e.scope.place === estimate.scope.place && e.scope.category === estimate.scope.category).at(-1);
      expect(last?.after ?? { low: 0, best: null, high: null, label: 'no-figure' }).toEqual({
        low: estimate.low,
        best: estimate.best,
        high: estimate.high,
        label: estimate.label,
      });
    }
  });
});
