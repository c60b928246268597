import { describe, expect, it } from 'vitest';
import { DatasetError, parseDataset, safeParseDataset } from '../../src/index.js';
import { deepFreeze, loadFixture } from '../helpers.js';

type Raw = Record<string, unknown> & { records: Record<string, unknown>[]; sources: Record<string, unknown>[] };

/** A small valid dataset each test bends one way. */
function base(): Raw {
  return {
    timezone: 'Asia/Damascus',
    sources: [
      { id: 'sohr', name: 'SOHR', type: 'monitor', reliability: 'B' },
      { id: 'ministry', name: 'Ministry', type: 'government', group: 'gov' },
      { id: 'agency', name: 'State agency', type: 'state-media', group: 'gov' },
      { id: 'tv', name: 'TV', type: 'media' },
    ],
    places: { id: 'coast', children: [{ id: 'latakia', children: [{ id: 'jableh' }] }, { id: 'tartous' }] },
    categories: { id: 'all', children: [{ id: 'civilians' }, { id: 'fighters' }] },
    records: [
      { type: 'claim', id: 'c1', source: 'sohr', publishedAt: '2025-03-07T14:00:00+03:00', count: 130, scope: { place: 'coast' } },
      { type: 'claim', id: 'c2', source: 'ministry', publishedAt: '2025-03-07', count: { min: 20, max: 40 }, scope: { place: 'latakia', category: 'fighters' } },
      { type: 'silence', id: 's1', source: 'agency', at: '2025-03-07' },
      { type: 'status', id: 'v1', claim: 'c1', status: 'disputed', at: '2025-03-08T09:00:00+03:00', by: 'ministry' },
    ],
  };
}

/** The messages of the problems `input` has, or [] when it is valid. */
function problems(input: unknown): string[] {
  const result = safeParseDataset(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('parseDataset(input)', () => {
  it('returns the records of a valid dataset, typed and in the order given', () => {
    const data = parseDataset(base());
    expect(data.records.map((r) => r.id)).toEqual(['c1', 'c2', 's1', 'v1']);
    expect(data.timezone).toBe('Asia/Damascus');
  });

  it('accepts every fixture of the project', () => {
    for (const name of ['syria-coast-2025-03.json', 'edge/retraction.json', 'edge/relay-chain.json', 'edge/conflict.json', 'edge/date-only.json', 'edge/sub-scope.json']) {
      expect(problems(loadFixture(name)), name).toEqual([]);
    }
  });

  it('does not mutate its input (deep-frozen input)', () => {
    const input = deepFreeze(base());
    const before = JSON.stringify(input);
    parseDataset(input);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('shares the records with its input rather than copying them, on a new top level that holds the index', () => {
    const input = deepFreeze(base());
    const data = parseDataset(input);
    expect(data).not.toBe(input);
    expect(data.records).not.toBe(input.records);
    data.records.forEach((record, i) => expect(record).toBe(input.records[i]));
    expect(data.sources[0]).toBe(input.sources[0]);
    expect(Object.isFrozen(data)).toBe(false);
  });

  it('serialises as it was given: the derived index is not enumerable', () => {
    const input = base();
    const data = parseDataset(input);
    expect(Object.keys(data)).not.toContain('index');
    expect(JSON.parse(JSON.stringify(data))).toEqual(input);
  });

  it('defaults the time zone to UTC', () => {
    const input = base();
    delete input.timezone;
    expect(parseDataset(input).timezone).toBe('UTC');
  });

  it('throws a DatasetError listing every problem, each with path, id, value and a sentence', () => {
    const input = base();
    input.records[0]!.source = 'sohr2';
    input.records[1]!.scope = { place: 'homs' };
    input.records[2]!.colour = 'red';
    let error: unknown;
    try {
      parseDataset(input);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DatasetError);
    const issues = (error as DatasetError).issues;
    expect(issues.map((i) => i.message).sort()).toEqual([
      "records[0] (claim c1): source 'sohr2' is not among the sources",
      "records[1] (claim c2): scope.place 'homs' is not among the places",
      'records[2] (silence s1): colour is not a known field',
    ]);
    const unknownSource = issues.find((i) => i.path.join('.') === 'records.0.source');
    expect(unknownSource).toMatchObject({ id: 'c1', value: 'sohr2' });
    expect((error as Error).message).toContain('3 problems');
  });

  it('safeParseDataset never throws, whatever it is given', () => {
    for (const input of [null, undefined, 42, 'text', [], {}, { sources: 'x', records: 3 }, { sources: [null], records: [null, 1] }]) {
      const result = safeParseDataset(input);
      expect(result.success).toBe(false);
      if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0);
    }
  });
});

describe('parseDataset(input) checks shapes', () => {
  it('rejects unknown fields at every level', () => {
    const input = base();
    input.extra = 1;
    input.sources[0]!.website = 'x';
    input.records[0]!.scope = { place: 'coast', region: 'x' };
    expect(problems(input).sort()).toEqual([
      'dataset: extra is not a known field',
      'records[0] (claim c1): scope.region is not a known field',
      'sources[0] (source sohr): website is not a known field',
    ]);
  });

  it('reports a missing required field', () => {
    const input = base();
    delete input.records[0]!.publishedAt;
    expect(problems(input)).toEqual(['records[0] (claim c1): publishedAt is required']);
  });

  it('reports a value of the wrong type with the value', () => {
    const input = base();
    input.records[0]!.relayedBy = 'tv';
    expect(problems(input)).toEqual(["records[0] (claim c1): relayedBy must be an array, got 'tv'"]);
  });

  it('reports a value outside a closed list', () => {
    const input = base();
    input.sources[0]!.type = 'blog';
    input.sources[0]!.reliability = 'G';
    expect(problems(input)).toEqual([
      expect.stringMatching(/^sources\[0\] \(source sohr\): type must be 'monitor', .*; got 'blog'$/),
      expect.stringMatching(/^sources\[0\] \(source sohr\): reliability must be 'A', .*; got 'G'$/),
    ]);
  });

  it('reports a record of an unknown type', () => {
    const input = base();
    input.records[2]!.type = 'rumour';
    expect(problems(input)).toEqual(["records[2] (rumour s1): type must be 'claim', 'silence' or 'status'; got 'rumour'"]);
  });

  it('rejects ids containing "/" and empty ids', () => {
    const input = base();
    input.records[2]!.id = 'a/b';
    input.sources[3]!.id = '';
    expect(problems(input)).toEqual([
      "sources[3] (source ): id must not be empty, got ''",
      "records[2] (silence a/b): id must not contain \"/\", got 'a/b'",
    ]);
  });

  it('accepts RFC 3339 date-times with seconds and an offset, fractions, and dates alone', () => {
    for (const time of ['2025-03-07T14:00:00+03:00', '2025-03-07T11:00:00Z', '2025-03-07T11:00:00.123456Z', '2025-03-07']) {
      const input = base();
      input.records[0]!.publishedAt = time;
      expect(problems(input), time).toEqual([]);
    }
  });

  it('rejects times without seconds, without an offset, or that are no dates', () => {
    for (const time of ['2025-03-07T14:00+03:00', '2025-03-07T14:00:00', '2025-02-30', '7 March 2025', '2025-03-07T14:00:00+0300']) {
      const input = base();
      input.records[0]!.publishedAt = time;
      expect(problems(input), time).toEqual([
        `records[0] (claim c1): publishedAt must be an RFC 3339 date-time with seconds and an offset (2025-03-07T14:00:00+03:00) or a date (2025-03-07), got ${JSON.stringify(time)}`,
      ]);
    }
  });

  it('rejects a count range whose min exceeds its max, and negative counts', () => {
    const input = base();
    input.records[1]!.count = { min: 50, max: 40 };
    input.records[0]!.count = -3;
    const found = problems(input);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^records\[0\] \(claim c1\): count /);
    expect(found[1]).toBe('records[1] (claim c2): count min must not exceed max, got {"min":50,"max":40}');
  });
});

describe('parseDataset(input) checks the rules across records', () => {
  it('rejects an unknown time zone, and accepts IANA names', () => {
    const input = base();
    input.timezone = 'Syria/Coast';
    expect(problems(input)).toEqual(["dataset: timezone 'Syria/Coast' is not an IANA time zone (e.g. 'Asia/Damascus')"]);
    input.timezone = 'Europe/Paris';
    expect(problems(input)).toEqual([]);
  });

  it('rejects duplicate ids within each kind, and allows the same id across kinds', () => {
    const input = base();
    input.sources.push({ id: 'tv', name: 'Another TV', type: 'media' });
    input.records.push({ type: 'silence', id: 'c1', source: 'tv', at: '2025-03-07' });
    (input.places as { children: unknown[] }).children.push({ id: 'jableh' });
    (input.categories as { children: unknown[] }).children.push({ id: 'civilians' });
    expect(problems(input).sort()).toEqual([
      "categories.children[2]: id 'civilians' is used by another category",
      "places.children[2]: id 'jableh' is used by another place",
      "records[4] (silence c1): id 'c1' is used by another record",
      "sources[4] (source tv): id 'tv' is used by another source",
    ]);
    const sameIdAcrossKinds = base();
    sameIdAcrossKinds.records[2]!.id = 'sohr';
    expect(problems(sameIdAcrossKinds)).toEqual([]);
  });

  it('rejects references to unknown sources, including relays, silences and status authors', () => {
    const input = base();
    input.records[0]!.relayedBy = ['tv', 'radio'];
    input.records[2]!.source = 'nobody';
    input.records[3]!.by = 'someone';
    expect(problems(input)).toEqual([
      "records[0] (claim c1): relayedBy[1] 'radio' is not among the sources",
      "records[2] (silence s1): source 'nobody' is not among the sources",
      "records[3] (status v1): by 'someone' is not among the sources",
    ]);
  });

  it('rejects a claim relayed by its own source', () => {
    const input = base();
    input.records[0]!.relayedBy = ['sohr'];
    expect(problems(input)).toEqual(["records[0] (claim c1): relayedBy[0] 'sohr' is the claim's own source, not a relay"]);
  });

  it('rejects a status change about an unknown claim or about a record that is not a claim', () => {
    const input = base();
    input.records[3]!.claim = 'c9';
    expect(problems(input)).toEqual(["records[3] (status v1): claim 'c9' is not among the claims"]);
    input.records[3]!.claim = 's1';
    expect(problems(input)).toEqual(["records[3] (status v1): claim 's1' is not among the claims"]);
  });

  it('rejects unknown places and categories, and reads "all" as the root', () => {
    const input = base();
    input.records[1]!.scope = { place: 'homs', category: 'children' };
    expect(problems(input)).toEqual([
      "records[1] (claim c2): scope.place 'homs' is not among the places",
      "records[1] (claim c2): scope.category 'children' is not among the categories",
    ]);
    input.records[1]!.scope = { place: 'all', category: 'all' };
    expect(problems(input)).toEqual([]);
  });

  it('accepts scopes without trees only at the implicit root', () => {
    const input = base();
    delete input.places;
    delete input.categories;
    input.records[1]!.scope = {};
    input.records[0]!.scope = { place: 'all' };
    expect(problems(input)).toEqual([]);
    input.records[0]!.scope = { place: 'coast' };
    expect(problems(input)).toEqual(["records[0] (claim c1): scope.place 'coast' is not among the places"]);
  });

  it('rejects supersedes naming another source\'s claim, another scope, a later claim or itself', () => {
    const input = base();
    input.records.push({ type: 'claim', id: 'c3', source: 'sohr', publishedAt: '2025-03-08T10:00:00+03:00', count: 200, scope: { place: 'coast' }, supersedes: 'c2' });
    expect(problems(input)).toEqual(["records[4] (claim c3): supersedes 'c2' is a claim of 'ministry', not of 'sohr'"]);
    input.records[4]!.supersedes = 'c1';
    input.records[4]!.scope = { place: 'latakia' };
    expect(problems(input)).toEqual(["records[4] (claim c3): supersedes 'c1' is about another scope"]);
    input.records[4]!.scope = { place: 'coast' };
    input.records[4]!.publishedAt = '2025-03-07T13:00:00+03:00';
    expect(problems(input)).toEqual(["records[4] (claim c3): supersedes 'c1' was published later (2025-03-07T14:00:00+03:00)"]);
    input.records[4]!.supersedes = 'c3';
    expect(problems(input)).toEqual(["records[4] (claim c3): supersedes names the claim itself"]);
    input.records[4]!.supersedes = 'c1';
    input.records[4]!.publishedAt = '2025-03-07';
    expect(problems(input), 'a date alone may be the same day, so not certainly earlier').toEqual([]);
  });

  it('rejects a cycle of claims that supersede each other', () => {
    const input = base();
    input.records.push(
      { type: 'claim', id: 'x1', source: 'tv', publishedAt: '2025-03-07', count: 1, supersedes: 'x2' },
      { type: 'claim', id: 'x2', source: 'tv', publishedAt: '2025-03-07', count: 2, supersedes: 'x1' },
    );
    expect(problems(input)).toEqual([expect.stringMatching(/^records\[\d\] \(claim x\d\): supersedes forms a cycle/)]);
  });

  it('rejects a status change certainly before its claim, and accepts one the same day by date alone', () => {
    const input = base();
    input.records[3]!.at = '2025-03-07T13:59:59+03:00';
    expect(problems(input)).toEqual([
      "records[3] (status v1): at '2025-03-07T13:59:59+03:00' is before its claim 'c1' was published (2025-03-07T14:00:00+03:00)",
    ]);
    input.records[3]!.at = '2025-03-07';
    expect(problems(input)).toEqual([]);
  });

  it('rejects a retraction by another group, and accepts one by the source, its group or without `by`', () => {
    const input = base();
    input.records.push({ type: 'status', id: 'r1', claim: 'c2', status: 'retracted', at: '2025-03-09', by: 'sohr' });
    expect(problems(input)).toEqual(["records[4] (status r1): by 'sohr' cannot retract a claim of 'ministry': only its source or its group can"]);
    for (const by of ['ministry', 'agency', undefined]) {
      input.records[4]!.by = by;
      if (by === undefined) delete input.records[4]!.by;
      expect(problems(input), String(by)).toEqual([]);
    }
  });

  it('reads wording with the count rules, and rejects wording that is no running death count', () => {
    const input = base();
    input.records[0]!.count = 'more than 130';
    input.records[1]!.count = "au moins 30 morts";
    expect(problems(input)).toEqual([]);
    const reading = parseDataset(input).index.readings[0]!;
    expect(reading).toMatchObject({ wording: 'more than 130', min: 131, max: null, qualifier: 'more-than', bare: false });
    input.records[0]!.count = 'could reach 1,000';
    input.records[1]!.count = '40 killed and injured';
    const found = problems(input);
    expect(found).toEqual([
      'records[0] (claim c1): count is not a running death count (a projection or a fear, not a count): "could reach 1,000"',
      'records[1] (claim c2): count is not a running death count (a total that mixes the dead with the injured or missing): "40 killed and injured"',
    ]);
    input.records[0]!.count = 'the sky is blue';
    input.records[1]!.count = 'nearly 0';
    const unreadable = problems(input);
    expect(unreadable).toHaveLength(2);
    expect(unreadable[0]).toMatch(/^records\[0\] \(claim c1\): count cannot be read as a death toll: .*the sky is blue/);
    expect(unreadable[1]).toMatch(/^records\[1\] \(claim c2\): count cannot be read as a death toll: /);
  });

  it('keeps a whole number as a bare figure and {min, max} as written', () => {
    const readings = parseDataset(base()).index.readings;
    expect(readings[0]).toMatchObject({ wording: '130', min: 130, max: 130, bare: true, figure: 130 });
    expect(readings[1]).toMatchObject({ wording: 'between 20 and 40', min: 20, max: 40, bare: false, figure: 30 });
  });

  it('reads each whole number and range once: claims that give the same one share its reading', () => {
    const input = base();
    input.records.push(
      { type: 'claim', id: 'c3', source: 'tv', publishedAt: '2025-03-08', count: 130, lang: 'ar' },
      { type: 'claim', id: 'c4', source: 'tv', publishedAt: '2025-03-08', count: { min: 20, max: 40 } },
      { type: 'claim', id: 'c5', source: 'tv', publishedAt: '2025-03-08', count: 131 },
      { type: 'claim', id: 'c6', source: 'tv', publishedAt: '2025-03-08', count: { min: 20, max: null } },
      { type: 'claim', id: 'c7', source: 'tv', publishedAt: '2025-03-08', count: -0 },
      { type: 'claim', id: 'c8', source: 'tv', publishedAt: '2025-03-08', count: 0 },
    );
    const readings = parseDataset(input).index.readings;
    expect(readings[4]).toBe(readings[0]);
    expect(readings[5]).toBe(readings[1]);
    expect(readings[6]).toMatchObject({ wording: '131', min: 131, max: 131, lang: null });
    expect(readings[7]).toMatchObject({ wording: 'at least 20', min: 20, max: null, qualifier: 'at-least' });
    // A Map would take -0 for 0: each keeps the sign it was given.
    expect(Object.is(readings[8]!.min, -0)).toBe(true);
    expect(Object.is(readings[9]!.min, 0)).toBe(true);
  });

  it('times each record: a date alone from the start of its day in the zone, a date-time at its instant', () => {
    const { index } = parseDataset(base());
    expect([...index.time]).toEqual([
      Date.parse('2025-03-07T11:00:00Z'),
      Date.parse('2025-03-06T21:00:00Z'),
      Date.parse('2025-03-06T21:00:00Z'),
      Date.parse('2025-03-08T06:00:00Z'),
    ]);
    expect([...index.dateOnly]).toEqual([0, 1, 1, 0]);
  });

  it('rejects a period that ends before it starts', () => {
    const input = base();
    input.records[0]!.scope = { place: 'coast', from: '2025-03-07', to: '2025-03-06' };
    expect(problems(input)).toEqual(["records[0] (claim c1): scope.to '2025-03-06' is before the period's start '2025-03-07'"]);
  });
});

describe('parseDataset(input) treats ids as data', () => {
  it('accepts __proto__, constructor and toString as ids and pollutes nothing', () => {
    const input = JSON.parse(`{
      "sources": [{"id": "__proto__", "name": "P", "type": "media"}, {"id": "constructor", "name": "C", "type": "media", "group": "toString"}],
      "places": {"id": "toString", "children": [{"id": "__proto__"}, {"id": "hasOwnProperty"}]},
      "categories": {"id": "valueOf", "children": [{"id": "constructor"}]},
      "records": [
        {"type": "claim", "id": "__proto__", "source": "__proto__", "publishedAt": "2025-03-07", "count": 5, "scope": {"place": "__proto__", "category": "constructor"}},
        {"type": "claim", "id": "constructor", "source": "constructor", "publishedAt": "2025-03-07", "count": 3, "scope": {"place": "hasOwnProperty"}},
        {"type": "status", "id": "toString", "claim": "__proto__", "status": "verified", "at": "2025-03-08", "by": "constructor"}
      ]
    }`) as unknown;
    const data = parseDataset(input);
    expect(data.records.map((r) => r.id)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(data.index.recordById.get('__proto__')).toBe(0);
    expect(({} as Record<string, unknown>).source).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'source')).toBe(false);
    expect(typeof ({} as { toString: unknown }).toString).toBe('function');
  });
});
