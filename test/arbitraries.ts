import fc from 'fast-check';

/** Times in increasing order of the instant they stand for (UTC): a day alone comes before that day's hours. */
export const TIMES = [
  '2025-03-06',
  '2025-03-06T08:00:00Z',
  '2025-03-06T20:00:00Z',
  '2025-03-07',
  '2025-03-07T09:30:00Z',
  '2025-03-07T09:30:00Z',
  '2025-03-08',
  '2025-03-08T12:00:00Z',
  '2025-03-09T00:00:00Z',
] as const;

export const SOURCES = [
  { id: 'sohr', name: 'SOHR', type: 'monitor', reliability: 'B', alignment: 'opposition' },
  { id: 'snhr', name: 'SNHR', type: 'ngo', reliability: 'A', alignment: 'opposition' },
  { id: 'ministry', name: 'Ministry', type: 'government', group: 'gov', alignment: 'government' },
  { id: 'agency', name: 'Agency', type: 'state-media', group: 'gov', reliability: 'D', alignment: 'government' },
  { id: 'tv', name: 'TV', type: 'media' },
  { id: 'wire', name: 'Wire', type: 'media', reliability: 'C' },
];

export const PLACES = { id: 'coast', children: [{ id: 'latakia', children: [{ id: 'jableh' }, { id: 'haffah' }] }, { id: 'tartous' }] };
export const CATEGORIES = { id: 'all', children: [{ id: 'civilians' }, { id: 'fighters' }] };
const PLACE_IDS = ['coast', 'latakia', 'jableh', 'haffah', 'tartous'];
const CATEGORY_IDS = ['all', 'civilians', 'fighters'];

const countArb = fc.oneof(
  fc.integer({ min: 0, max: 400 }),
  fc.record({ min: fc.integer({ min: 0, max: 300 }), span: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }) }).map(({ min, span }) => ({
    min,
    max: span === null ? null : min + span,
  })),
);

type Draft =
  | { kind: 'claim'; source: number; time: number; count: unknown; place: number; category: number; relay: number | null }
  | { kind: 'silence'; source: number; time: number; place: number; category: number }
  | { kind: 'status'; target: number; later: number; status: 'verified' | 'disputed' | 'retracted' | 'unverified'; by: number | null };

const draftArb: fc.Arbitrary<Draft> = fc.oneof(
  { weight: 6, arbitrary: fc.record({
    kind: fc.constant('claim' as const),
    source: fc.nat(SOURCES.length - 1),
    time: fc.nat(TIMES.length - 1),
    count: countArb,
    place: fc.nat(PLACE_IDS.length - 1),
    category: fc.nat(CATEGORY_IDS.length - 1),
    relay: fc.option(fc.nat(SOURCES.length - 1), { nil: null, freq: 3 }),
  }) },
  { weight: 1, arbitrary: fc.record({
    kind: fc.constant('silence' as const),
    source: fc.nat(SOURCES.length - 1),
    time: fc.nat(TIMES.length - 1),
    place: fc.nat(PLACE_IDS.length - 1),
    category: fc.nat(CATEGORY_IDS.length - 1),
  }) },
  { weight: 2, arbitrary: fc.record({
    kind: fc.constant('status' as const),
    target: fc.nat(1000),
    later: fc.nat(TIMES.length - 1),
    status: fc.constantFrom('verified' as const, 'disputed' as const, 'retracted' as const, 'unverified' as const),
    by: fc.option(fc.nat(SOURCES.length - 1), { nil: null }),
  }) },
);

/** A valid dataset built from drafts: statuses point at earlier-drafted claims and are never certainly before them. */
export function buildLog(drafts: Draft[]): { timezone: string; sources: typeof SOURCES; places: typeof PLACES; categories: typeof CATEGORIES; records: Record<string, unknown>[] } {
  const records: Record<string, unknown>[] = [];
  const claims: { id: string; time: number; source: number }[] = [];
  drafts.forEach((draft, i) => {
    const id = `r${i}`;
    if (draft.kind === 'claim') {
      const source = SOURCES[draft.source]!;
      const relay = draft.relay === null || draft.relay === draft.source ? undefined : [SOURCES[draft.relay]!.id];
      records.push({
        type: 'claim',
        id,
        source: source.id,
        publishedAt: TIMES[draft.time],
        count: draft.count,
        scope: { place: PLACE_IDS[draft.place], category: CATEGORY_IDS[draft.category] },
        ...(relay === undefined ? {} : { relayedBy: relay }),
      });
      claims.push({ id, time: draft.time, source: draft.source });
    } else if (draft.kind === 'silence') {
      records.push({ type: 'silence', id, source: SOURCES[draft.source]!.id, at: TIMES[draft.time], scope: { place: PLACE_IDS[draft.place], category: CATEGORY_IDS[draft.category] } });
    } else if (claims.length > 0) {
      const target = claims[draft.target % claims.length]!;
      const time = Math.max(target.time, draft.later);
      // Only the claim's own group may retract: a retraction names no other author.
      const by = draft.status === 'retracted' || draft.by === null ? undefined : SOURCES[draft.by]!.id;
      records.push({ type: 'status', id, claim: target.id, status: draft.status, at: TIMES[time], ...(by === undefined ? {} : { by }) });
    }
  });
  return { timezone: 'UTC', sources: SOURCES, places: PLACES, categories: CATEGORIES, records };
}

/** Random valid datasets of up to `maxRecords` records. */
export const datasetArb = (maxRecords = 25) => fc.array(draftArb, { maxLength: maxRecords }).map(buildLog);
