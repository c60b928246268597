import type { DatasetIssue } from './DatasetError.js';
import { quote } from './DatasetError.js';
import type { CountReading, DatasetIndex } from './Dataset.js';
import { indexTree, resolveNode } from './indexTree.js';
import { makeIssue } from './issue.js';
import { readCount } from './readCount.js';
import type { Claim, LogRecord } from './schema/records.js';
import type { Source } from './schema/source.js';
import type { TreeNode } from './schema/tree.js';
import { instantOf, type TimeSpan, timeSpan } from './time.js';

/**
 * The parts of a dataset that passed the shape check, by their position in the
 * input (undefined where an entry failed it): a valid dataset's own arrays, so
 * nothing is copied or wrapped per record.
 */
export interface ShapedParts {
  timezone: string;
  sources: readonly (Source | undefined)[];
  places: TreeNode | undefined;
  categories: TreeNode | undefined;
  records: readonly (LogRecord | undefined)[];
  /** Ids of records that failed the shape check: references to them are not reported again. */
  unshapedIds?: Set<string>;
  /** A tree that failed the shape check: scopes naming it are not reported again. */
  brokenTrees?: { places: boolean; categories: boolean };
}

/**
 * Checks the rules that span records (ids, references, order, wording) and
 * derives the index reconciliation folds over. Runs in O(n log n) for the sort,
 * O(n) otherwise. Problems go to `issues`; the index is only meaningful when none were found.
 */
export function buildIndex(input: unknown, parts: ShapedParts, issues: DatasetIssue[]): DatasetIndex {
  const report = (path: (string | number)[], problem: string, value?: unknown) => issues.push(makeIssue(input, path, problem, value));

  const places = indexTree(parts.places, (id, path) => report(['places', ...path, 'id'], `${quote(id)} is used by another place`, id));
  const categories = indexTree(parts.categories, (id, path) =>
    report(['categories', ...path, 'id'], `${quote(id)} is used by another category`, id),
  );

  const sourceById = new Map<string, number>();
  const groups: string[] = [];
  parts.sources.forEach((source, position) => {
    if (source === undefined) return;
    if (sourceById.has(source.id)) report(['sources', position, 'id'], `${quote(source.id)} is used by another source`, source.id);
    else sourceById.set(source.id, position);
    groups[position] = source.group ?? source.id;
  });

  const records = parts.records;
  const n = records.length;
  const recordById = new Map<string, number>();
  for (let position = 0; position < n; position++) {
    const record = records[position];
    if (record === undefined) continue;
    if (recordById.has(record.id)) report(['records', position, 'id'], `${quote(record.id)} is used by another record`, record.id);
    else recordById.set(record.id, position);
  }

  // Each record's time as two numbers rather than an object per record.
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const dateOnly = new Uint8Array(n);
  const days = new Map<string, TimeSpan>();
  // Date-only times repeat a lot in real logs; the zone lookup is the costly part.
  // A time that passed the shape check is a date alone exactly when it has 10 characters.
  const day = (text: string): TimeSpan => {
    let cached = days.get(text);
    if (cached === undefined) days.set(text, (cached = timeSpan(text, parts.timezone)));
    return cached;
  };
  const startOf = (text: string): number => (text.length === 10 ? day(text).start : instantOf(text));
  const endOf = (text: string): number => (text.length === 10 ? day(text).end : instantOf(text));
  const setTime = (position: number, text: string): void => {
    if (text.length === 10) {
      const span = day(text);
      start[position] = span.start;
      end[position] = span.end;
      dateOnly[position] = 1;
    } else {
      start[position] = end[position] = instantOf(text);
    }
  };

  const place = new Int32Array(n).fill(0);
  const category = new Int32Array(n).fill(0);
  const source = new Int32Array(n).fill(-1);
  const link = new Int32Array(n).fill(-1);
  const readings: (CountReading | null)[] = new Array<CountReading | null>(n).fill(null);

  const knownSource = (position: number, field: (string | number)[], id: string): number => {
    const found = sourceById.get(id);
    if (found === undefined) report(['records', position, ...field], `${quote(id)} is not among the sources`, id);
    return found ?? -1;
  };
  const resolveScope = (position: number, scope: { place?: string | undefined; category?: string | undefined } | undefined) => {
    const p = resolveNode(places, scope?.place);
    const c = resolveNode(categories, scope?.category);
    if (p < 0 && !parts.brokenTrees?.places) report(['records', position, 'scope', 'place'], `${quote(scope?.place)} is not among the places`, scope?.place);
    if (c < 0 && !parts.brokenTrees?.categories) report(['records', position, 'scope', 'category'], `${quote(scope?.category)} is not among the categories`, scope?.category);
    place[position] = Math.max(p, 0);
    category[position] = Math.max(c, 0);
  };

  // Wordings repeat a lot in a log (running totals, relays): each is read once,
  // and claims with the same wording and language share the reading (never mutated).
  // Whole numbers and ranges repeat too, and their reading does not depend on the language.
  const wordingCache = new Map<string, ReturnType<typeof readCount>>();
  const numberCache = new Map<number, ReturnType<typeof readCount>>();
  const readCountOnce = (count: Claim['count'], lang: Claim['lang']): ReturnType<typeof readCount> => {
    let read: ReturnType<typeof readCount> | undefined;
    if (typeof count === 'number') {
      // A Map takes -0 for 0; -0 is read on its own, as it always was.
      if (Object.is(count, -0)) return readCount(count, lang);
      read = numberCache.get(count);
      if (read === undefined) numberCache.set(count, (read = readCount(count, lang)));
      return read;
    }
    const key = typeof count === 'string' ? `${lang ?? ''}\u0000${count}` : `\u0001${count.min}\u0000${count.max}`;
    read = wordingCache.get(key);
    if (read === undefined) wordingCache.set(key, (read = readCount(count, lang)));
    return read;
  };

  // First pass: what each record says on its own.
  for (let position = 0; position < n; position++) {
    const record = records[position];
    if (record === undefined) continue;
    switch (record.type) {
      case 'claim': {
        setTime(position, record.publishedAt);
        source[position] = knownSource(position, ['source'], record.source);
        const relays = record.relayedBy;
        if (relays !== undefined) {
          for (let i = 0; i < relays.length; i++) {
            const relay = relays[i]!;
            knownSource(position, ['relayedBy', i], relay);
            if (relay === record.source) report(['records', position, 'relayedBy', i], `${quote(relay)} is the claim's own source, not a relay`, relay);
          }
        }
        resolveScope(position, record.scope);
        const from = record.scope?.from;
        const to = record.scope?.to;
        if (from !== undefined && to !== undefined && startOf(from) > endOf(to)) {
          report(['records', position, 'scope', 'to'], `${quote(to)} is before the period's start ${quote(from)}`, to);
        }
        const read = readCountOnce(record.count, record.lang);
        if ('problem' in read) report(['records', position, 'count'], read.problem, record.count);
        else readings[position] = read.reading;
        break;
      }
      case 'silence':
        setTime(position, record.at);
        source[position] = knownSource(position, ['source'], record.source);
        resolveScope(position, record.scope);
        break;
      case 'status':
        setTime(position, record.at);
        if (record.by !== undefined) source[position] = knownSource(position, ['by'], record.by);
        break;
    }
  }

  // Second pass: links between records, which need every claim's scope and time.
  for (let position = 0; position < n; position++) {
    const record = records[position];
    if (record === undefined) continue;
    if (record.type === 'claim' && record.supersedes !== undefined) {
      const target = claimAt(record.supersedes, position, ['supersedes']);
      if (target < 0) continue;
      const replaced = records[target] as Claim;
      if (target === position) report(['records', position, 'supersedes'], 'names the claim itself', record.supersedes);
      else if (replaced.source !== record.source)
        report(['records', position, 'supersedes'], `${quote(record.supersedes)} is a claim of ${quote(replaced.source)}, not of ${quote(record.source)}`, record.supersedes);
      else if (place[target] !== place[position] || category[target] !== category[position])
        report(['records', position, 'supersedes'], `${quote(record.supersedes)} is about another scope`, record.supersedes);
      else if (start[target]! > end[position]!)
        report(['records', position, 'supersedes'], `${quote(record.supersedes)} was published later (${replaced.publishedAt})`, record.supersedes);
      else link[position] = target;
    }
    if (record.type === 'status') {
      const target = claimAt(record.claim, position, ['claim']);
      if (target < 0) continue;
      const claim = records[target] as Claim;
      place[position] = place[target]!;
      category[position] = category[target]!;
      if (end[position]! < start[target]!)
        report(['records', position, 'at'], `${quote(record.at)} is before its claim ${quote(claim.id)} was published (${claim.publishedAt})`, record.at);
      else link[position] = target;
      if (record.status === 'retracted' && record.by !== undefined) {
        const by = sourceById.get(record.by);
        const origin = sourceById.get(claim.source);
        if (by !== undefined && origin !== undefined && groups[by] !== groups[origin])
          report(['records', position, 'by'], `${quote(record.by)} cannot retract a claim of ${quote(claim.source)}: only its source or its group can`, record.by);
      }
    }
  }

  function claimAt(id: string, position: number, field: string[]): number {
    const target = recordById.get(id);
    if (target === undefined || records[target]?.type !== 'claim') {
      if (target === undefined && parts.unshapedIds?.has(id)) return -1;
      report(['records', position, ...field], `${quote(id)} is not among the claims`, id);
      return -1;
    }
    return target;
  }

  const { time, order } = orderLog(start, link, records, report);
  return { order, time, dateOnly, place, category, source, link, readings, groups, sourceById, recordById, places, categories };
}

/**
 * Puts the log in order: by the time each record takes effect (a date-only
 * record linked to a later one of the same day takes effect with it), then by
 * its links (a claim before its status changes, a replaced claim before its
 * successor), then by id in UTF-16 code-unit order, so order never depends on input order.
 */
function orderLog(
  startTime: Float64Array,
  link: Int32Array,
  records: readonly (LogRecord | undefined)[],
  report: (path: (string | number)[], problem: string, value?: unknown) => void,
): { time: Float64Array; order: Int32Array } {
  const n = records.length;
  const positions: number[] = [];
  for (let position = 0; position < n; position++) if (records[position] !== undefined) positions.push(position);
  const time = new Float64Array(n).fill(Number.NaN);
  const depth = new Int32Array(n);
  const state = new Uint8Array(n); // 0 new, 1 on the current chain, 2 done
  for (const start of positions) {
    if (state[start] === 2) continue;
    // Follow the chain of links iteratively, then settle it from its far end.
    const chain: number[] = [];
    let at = start;
    while (at >= 0 && state[at] === 0) {
      state[at] = 1;
      chain.push(at);
      at = link[at]!;
    }
    if (at >= 0 && state[at] === 1) {
      report(['records', at, 'supersedes'], 'forms a cycle of claims that supersede each other', records[at]?.id);
      link[at] = -1;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const position = chain[i]!;
      const target = link[position]!;
      const own = startTime[position]!;
      if (target >= 0 && time[target]! >= own) {
        time[position] = time[target]!;
        depth[position] = depth[target]! + 1;
      } else {
        time[position] = own;
        depth[position] = 0;
      }
      state[position] = 2;
    }
  }
  const sorted = positions.slice().sort((a, b) => {
    const dt = time[a]! - time[b]!;
    if (dt !== 0) return dt;
    const dd = depth[a]! - depth[b]!;
    if (dd !== 0) return dd;
    const ia = records[a]!.id;
    const ib = records[b]!.id;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  });
  return { time, order: Int32Array.from(sorted) };
}
