/**
 * Estimates and history entries built by hand for the tests of `describe` and
 * `describeChange`, so these tests do not depend on `reconcile` or `history`.
 */
import type { DescribeContext, DescribeLang } from '../../src/describe/index.js';
import type { ChangeCause, Estimate, EstimateClaim, EstimateSilence, HistoryEntry, ScopeRef } from '../../src/reconcile/types.js';

type ClaimFields = Pick<EstimateClaim, 'id' | 'source' | 'min' | 'max' | 'wording'> & Partial<EstimateClaim>;

/** A claim in force; the source's name is its id unless given, and it is a group of its own. */
export function claim(fields: ClaimFields): EstimateClaim {
  return {
    sourceName: fields.source,
    status: 'unverified',
    publishedAt: '2025-03-06T21:00:00.000Z',
    relayedBy: [],
    group: fields.source,
    alignment: null,
    reliability: null,
    ...fields,
  };
}

/** A silence in force. */
export function silence(source: string, sourceName: string): EstimateSilence {
  return { id: `${source}-silence`, source, sourceName, at: '2025-03-06T21:00:00.000Z' };
}

/** A scope; the category defaults to the root, `all`. */
export function scope(place: string, category = 'all'): ScopeRef {
  return { place, category };
}

type EstimateFields = Partial<Estimate> & { lowClaims?: string[]; highClaims?: string[]; lowScopes?: ScopeRef[] };

/**
 * An estimate of `scope` (default gaza/all), single-source and open above
 * unless told; `lowClaims` and `highClaims` are the ids behind the bounds, set
 * in the estimate's own scope unless `lowScopes` says otherwise.
 */
export function estimate(fields: EstimateFields): Estimate {
  const { lowClaims = [], highClaims = [], lowScopes, ...rest } = fields;
  const own = rest.scope ?? scope('gaza');
  const lowScopeList = lowScopes ?? (lowClaims.length > 0 ? [own] : []);
  const highScopeList = highClaims.length > 0 ? [own] : [];
  return {
    scope: own,
    asOf: '2025-03-06T21:00:00.000Z',
    low: 0,
    best: null,
    high: null,
    label: 'single-source',
    reasons: [],
    conflicts: [],
    conflictCount: 0,
    newestAt: '2025-03-06T21:00:00.000Z',
    bounds: {
      low: { claims: lowClaims, claimCount: lowClaims.length, scopes: lowScopeList, scopeCount: lowScopeList.length },
      high: { claims: highClaims, claimCount: highClaims.length, scopes: highScopeList, scopeCount: highScopeList.length },
    },
    claims: [],
    silences: [],
    records: [],
    ...rest,
  };
}

/** The cause of a history entry: a claim about `causeScope` (default: the entry's). */
export function cause(fields: Partial<ChangeCause> & Pick<ChangeCause, 'type' | 'source' | 'sourceName'>): ChangeCause {
  return {
    wording: null,
    replacedWording: null,
    status: null,
    claimSource: null,
    claimSourceName: null,
    scope: scope('coast'),
    ...fields,
  };
}

/** A history entry; `sentence` is a marker `describeChange` must never read. */
export function entry(fields: Partial<HistoryEntry> & Pick<HistoryEntry, 'kind' | 'after' | 'cause'>): HistoryEntry {
  return {
    at: '2025-03-07T11:00:00.000Z',
    record: 'r1',
    scope: fields.cause.scope,
    before: null,
    sentence: 'NOT TO BE READ',
    ...fields,
  };
}

/* The Syria case (fixtures/syria-coast-2025-03.json, on Friday 7 March 2025). */

/** SOHR's "more than 130", relayed by Al Jazeera and unverified. */
export const SOHR_COAST = claim({
  id: 'sohr-coast-1',
  source: 'sohr',
  sourceName: 'Syrian Observatory for Human Rights',
  min: 131,
  max: null,
  wording: 'more than 130',
  relayedBy: ['aljazeera'],
  alignment: 'opposition',
  reliability: 'B',
});

/** The coast, all categories: low 131, open above, single-source; Syrian authorities silent. */
export function syriaCoast(): Estimate {
  return estimate({
    scope: scope('coast'),
    low: 131,
    best: 131,
    high: null,
    label: 'single-source',
    claims: [SOHR_COAST],
    lowClaims: ['sohr-coast-1'],
    silences: [{ id: 'authorities-no-toll-1', source: 'syrian-authorities', sourceName: 'Syrian authorities', at: '2025-03-06T21:00:00.000Z' }],
  });
}

/** The names the Syria line needs, in each language, as a desk would give them. */
export const SYRIA_CONTEXT: Readonly<Record<DescribeLang, DescribeContext>> = {
  en: {
    placePhrase: 'on the Syrian coast',
    sourceNames: { sohr: 'the Syrian Observatory for Human Rights', aljazeera: 'Al Jazeera' },
  },
  ar: {
    placePhrase: 'في الساحل السوري',
    sourceNames: { sohr: 'المرصد السوري لحقوق الإنسان', 'syrian-authorities': 'السلطات السورية', aljazeera: 'الجزيرة' },
  },
  fr: {
    placePhrase: 'sur la côte syrienne',
    sourceNames: { sohr: "l'Observatoire syrien des droits de l'homme", 'syrian-authorities': 'les autorités syriennes', aljazeera: 'Al Jazeera' },
  },
  es: {
    placePhrase: 'en la costa siria',
    sourceNames: { sohr: 'el Observatorio Sirio de Derechos Humanos', 'syrian-authorities': 'las autoridades sirias', aljazeera: 'Al Jazeera' },
  },
};

/** The history entry of the JSDoc example: SOHR raises its toll for the coast from "more than 130" to "340". */
export function sohrRaised(): HistoryEntry {
  return entry({
    kind: 'raised',
    record: 'sohr-coast-2',
    before: { low: 131, best: 131, high: null, label: 'single-source' },
    after: { low: 340, best: 340, high: null, label: 'single-source' },
    cause: cause({
      type: 'claim',
      source: 'sohr',
      sourceName: 'Syrian Observatory for Human Rights',
      wording: '340',
      replacedWording: 'more than 130',
    }),
  });
}
