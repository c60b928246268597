import { history } from '../../history/history.js';
import type { Dataset } from '../../log/Dataset.js';
import { isParsedDataset, parseDataset } from '../../log/parseDataset.js';
import { OptionError } from '../../reconcile/OptionError.js';
import { reconcile } from '../../reconcile/reconcile.js';
import type { ScopeOption } from '../../reconcile/scopeOption.js';
import type { Label, PolicyOption, RecordRole, ScopeRef } from '../../reconcile/types.js';

/** Options of `timelineSvg` and `timelineVegaLite`. */
export interface TimelineOptions {
  /** The scope to chart: `{place, category}`, `'place/category'`; the roots when absent. */
  scope?: ScopeOption | undefined;
  /** As for `reconcile`. */
  policy?: PolicyOption | undefined;
  /** Also draw, smaller and grey, the claims about parts of the scope (they raise its floor). Default true. */
  parts?: boolean | undefined;
}

/** A claim as the chart draws it. */
export interface ClaimMark {
  id: string;
  source: string;
  sourceName: string;
  /** Epoch milliseconds of the time it took effect. */
  time: number;
  publishedAt: string;
  min: number;
  /** null when the claim is open above under the policy. */
  max: number | null;
  /** Where the mark sits: the stated figure, else the bound there is. */
  figure: number;
  wording: string;
  role: RecordRole;
  /** True for a claim about a part of the scope (drawn as context). */
  part: boolean;
  /** The part's name, for a claim about a part. */
  partName: string | null;
  relayedBy: string[];
  relayedByNames: string[];
}

/** A silence as the chart draws it. */
export interface SilenceMark {
  id: string;
  source: string;
  sourceName: string;
  time: number;
  part: boolean;
  partName: string | null;
  role: RecordRole;
}

/** A stretch of time over which the reconciled picture held. */
export interface Step {
  start: number;
  end: number;
  low: number;
  best: number | null;
  high: number | null;
  label: Label;
  /** The record that started the step. */
  record: string;
}

/** A source present in the chart, with its mark. */
export interface ChartSource {
  id: string;
  name: string;
  /** Index into the shape and colour cycles, in the order of the dataset's sources. */
  style: number;
}

/** Everything a timeline draws, in data units. */
export interface TimelineModel {
  scope: ScopeRef;
  placeName: string;
  categoryName: string;
  title: string;
  timezone: string;
  policyName: string;
  asOf: string | null;
  start: number;
  end: number;
  yMax: number;
  sources: ChartSource[];
  claims: ClaimMark[];
  silences: SilenceMark[];
  steps: Step[];
  /** The final label and the best, low and high at `asOf`. */
  label: Label;
  low: number;
  best: number | null;
  high: number | null;
}

const HOUR = 3_600_000;

/**
 * Gathers what a timeline of one scope shows: the claims about the scope (and
 * its parts), the silences, and the reconciled picture after every change.
 * Pure; runs in O(records + history entries).
 *
 * @throws {DatasetError} when a raw dataset is invalid.
 * @throws {OptionError} for an unknown scope or policy.
 */
export function timelineModel(dataset: Dataset | unknown, options: TimelineOptions = {}): TimelineModel {
  const data = isParsedDataset(dataset) ? dataset : parseDataset(dataset);
  const { index } = data;
  const scopeOption = options.scope ?? {};
  const [estimate] = reconcile(data, { scope: scopeOption, policy: options.policy });
  if (estimate === undefined) throw new OptionError('scope: no estimate for this scope');
  const scope = estimate.scope;
  const placePosition = index.places.byId.get(scope.place) ?? 0;
  const categoryPosition = index.categories.byId.get(scope.category) ?? 0;
  const policyName = typeof options.policy === 'object' && options.policy !== null ? options.policy.name : (options.policy ?? 'default');
  const barefiguresAreFloors = policyName === 'default' || policyName === 'conservative';
  const drawParts = options.parts ?? true;

  // The role of every record, from the answer for all scopes (each record is accounted for once there).
  const roles = new Map<string, RecordRole>();
  for (const each of reconcile(data, { policy: options.policy })) for (const record of each.records) roles.set(record.id, record.role);
  for (const record of estimate.records) roles.set(record.id, record.role);

  const isWithin = (tree: Dataset['index']['places'], node: number, ancestor: number) => {
    for (let at = node; at >= 0; at = tree.parent[at]!) if (at === ancestor) return true;
    return false;
  };
  const sourceName = (id: string) => data.sources[index.sourceById.get(id) ?? -1]?.name ?? id;

  const claims: ClaimMark[] = [];
  const silences: SilenceMark[] = [];
  for (const position of index.order) {
    const record = data.records[position]!;
    if (record.type === 'status') continue;
    const p = index.place[position]!;
    const c = index.category[position]!;
    const own = p === placePosition && c === categoryPosition;
    const part = !own && isWithin(index.places, p, placePosition) && isWithin(index.categories, c, categoryPosition);
    if (!own && !(part && drawParts)) continue;
    const role = roles.get(record.id) ?? 'counted';
    if (role === 'after-as-of') continue;
    const time = index.time[position]!;
    const partName = part ? partLabel(data, p, c, placePosition, categoryPosition) : null;
    const reading = record.type === 'claim' ? index.readings[position] : null;
    if (record.type === 'silence' || reading === null || reading === undefined || reading.noFigure) {
      silences.push({ id: record.id, source: record.source, sourceName: sourceName(record.source), time, part, partName, role });
      continue;
    }
    if (record.type !== 'claim') continue;
    const max = barefiguresAreFloors && reading.bare ? null : reading.max;
    claims.push({
      id: record.id,
      source: record.source,
      sourceName: sourceName(record.source),
      time,
      publishedAt: new Date(time).toISOString(),
      min: reading.min,
      max,
      figure: reading.figure ?? (reading.max ?? reading.min),
      wording: reading.wording,
      role,
      part,
      partName,
      relayedBy: record.relayedBy ?? [],
      relayedByNames: (record.relayedBy ?? []).map(sourceName),
    });
  }

  const entries = history(data, { scope: scopeOption, policy: options.policy });
  const times = [...claims.map((mark) => mark.time), ...silences.map((mark) => mark.time), ...entries.map((entry) => Date.parse(entry.at))];
  const asOf = estimate.asOf === null ? null : Date.parse(estimate.asOf);
  if (asOf !== null) times.push(asOf);
  let first = times.length === 0 ? 0 : minimum(times);
  let last = times.length === 0 ? 24 * HOUR : maximum(times);
  if (last - first < 3 * HOUR) {
    first -= 3 * HOUR;
    last += 21 * HOUR;
  } else {
    const span = last - first;
    first -= span * 0.05;
    last += span * 0.12;
  }

  const steps: Step[] = [];
  for (const entry of entries) {
    const start = Date.parse(entry.at);
    const previous = steps[steps.length - 1];
    const step: Step = { start, end: last, ...entry.after, record: entry.record };
    if (previous !== undefined && previous.start === start) steps[steps.length - 1] = step;
    else {
      if (previous !== undefined) previous.end = start;
      steps.push(step);
    }
  }

  const values: number[] = [];
  for (const mark of claims) values.push(mark.min, mark.figure, ...(mark.max === null ? [mark.min * 1.25] : [mark.max]));
  for (const step of steps) values.push(step.low, ...(step.high === null ? [] : [step.high]), ...(step.best === null ? [] : [step.best]));
  const yMax = niceCeiling(Math.max(10, maximum(values)) * 1.1);

  const present = new Set([...claims.map((mark) => mark.source), ...silences.map((mark) => mark.source)]);
  const sources: ChartSource[] = [];
  data.sources.forEach((source) => {
    if (present.has(source.id)) sources.push({ id: source.id, name: source.name, style: sources.length });
  });

  const placeName = index.places.names[placePosition] || scope.place;
  const categoryName = index.categories.names[categoryPosition] || scope.category;
  const title = categoryPosition === 0 ? `Deaths reported: ${placeName}` : `Deaths reported: ${placeName}, ${categoryName}`;
  return {
    scope,
    placeName,
    categoryName,
    title,
    timezone: data.timezone,
    policyName,
    asOf: estimate.asOf,
    start: first,
    end: last,
    yMax,
    sources,
    claims,
    silences,
    steps,
    label: estimate.label,
    low: estimate.low,
    best: estimate.best,
    high: estimate.high,
  };
}

function minimum(values: readonly number[]): number {
  let least = Number.POSITIVE_INFINITY;
  for (const value of values) if (value < least) least = value;
  return least;
}

function maximum(values: readonly number[]): number {
  let most = Number.NEGATIVE_INFINITY;
  for (const value of values) if (value > most) most = value;
  return most;
}

/** The smallest of 1, 2, 2.5, 5 times a power of ten that is at least `value`. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const factor of [1, 2, 2.5, 5, 10]) if (factor * power >= value) return factor * power;
  return 10 * power;
}

/** The name of a part: its place, its category, or both where both differ from the scope's. */
function partLabel(data: Dataset, place: number, category: number, scopePlace: number, scopeCategory: number): string {
  const { places, categories } = data.index;
  const names: string[] = [];
  if (place !== scopePlace) names.push(places.names[place] || places.ids[place]!);
  if (category !== scopeCategory) names.push(categories.names[category] || categories.ids[category]!);
  return names.join(', ');
}
