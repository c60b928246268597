import type { Estimate, HistoryEntry } from '../../src/reconcile/types.js';

/** A hand-made estimate, shaped as `reconcile` returns one, for tests that need no dataset. */
export function sampleEstimate(overrides: Partial<Estimate> = {}): Estimate {
  return {
    scope: { place: 'coast', category: 'all' },
    asOf: '2025-03-06T21:00:00.000Z',
    low: 131,
    best: 131,
    high: null,
    label: 'single-source',
    reasons: [
      { code: 'single-origin', text: 'One origin stands behind the low.' },
      { code: 'relayed', text: 'Relayed by Al Jazeera.' },
    ],
    conflicts: [],
    conflictCount: 0,
    newestAt: '2025-03-06T21:00:00.000Z',
    bounds: { low: { claims: ['sohr-coast-1'], claimCount: 1, scopes: [], scopeCount: 0 }, high: { claims: [], claimCount: 0, scopes: [], scopeCount: 0 } },
    claims: [
      {
        id: 'sohr-coast-1',
        source: 'sohr',
        sourceName: 'Syrian Observatory for Human Rights',
        min: 131,
        max: null,
        wording: 'more than 130',
        status: 'unverified',
        publishedAt: '2025-03-06T21:00:00.000Z',
        relayedBy: ['aljazeera'],
        group: 'sohr',
        alignment: 'opposition',
        reliability: 'B',
      },
    ],
    silences: [{ id: 'authorities-no-toll-1', source: 'syrian-authorities', sourceName: 'Syrian authorities', at: '2025-03-06T21:00:00.000Z' }],
    records: [
      { id: 'sohr-coast-1', role: 'counted' },
      { id: 'authorities-no-toll-1', role: 'silence' },
    ],
    ...overrides,
  };
}

/** A hand-made history entry. */
export function sampleEntry(overrides: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    at: '2025-03-08T06:00:00.000Z',
    record: 'sohr-coast-2',
    kind: 'raised',
    scope: { place: 'coast', category: 'all' },
    before: { low: 131, best: 131, high: null, label: 'single-source' },
    after: { low: 341, best: 341, high: null, label: 'single-source' },
    cause: {
      type: 'claim',
      source: 'sohr',
      sourceName: 'Syrian Observatory for Human Rights',
      wording: 'more than 340',
      replacedWording: 'more than 130',
      status: null,
      claimSource: null,
      claimSourceName: null,
      scope: { place: 'coast', category: 'all' },
    },
    sentence: 'Syrian Observatory for Human Rights raised its toll from more than 130 to more than 340.',
    ...overrides,
  };
}
