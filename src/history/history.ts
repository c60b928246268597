import { describeChange } from '../describe/describeChange.js';
import { namesFor } from '../describe/namesFor.js';
import type { Dataset } from '../log/Dataset.js';
import { isParsedDataset, parseDataset } from '../log/parseDataset.js';
import { applyAndUpdate, createEngine, type Engine } from '../reconcile/engine.js';
import { scopeRef } from '../reconcile/estimate.js';
import { createLogState, findTrack } from '../reconcile/logState.js';
import { resolvePolicy } from '../reconcile/policy.js';
import { buildScopeSpace } from '../reconcile/scopeSpace.js';
import { resolveScopeOption, type ScopeOption } from '../reconcile/scopeOption.js';
import { type ScopeSummary, summarize } from '../reconcile/summarize.js';
import type { ChangeCause, EstimateState, HistoryEntry, PolicyOption } from '../reconcile/types.js';
import { changeKind } from './changeKind.js';

/** Options of `history`. */
export interface HistoryOptions {
  /** One scope's entries; every scope's when absent. */
  scope?: ScopeOption | undefined;
  /** As for `reconcile`. */
  policy?: PolicyOption | undefined;
}

/**
 * The change history: the fold of `reconcile` kept at every record, oldest
 * first. An entry is written when a record changes a scope's low, best, high,
 * label or reasons, with its kind (`CHANGE_KINDS`), the state before and after,
 * and a sentence. Each record recomputes only the scopes it can reach, so the
 * whole history costs about one `reconcile` of the full log; for every `t`, the
 * state it reaches at `t` equals `reconcile(data, {asOf: t})`.
 *
 * @throws {DatasetError} when a raw dataset is invalid.
 * @throws {OptionError} for an unknown policy or scope.
 * @example
 * history(dataset, { scope: 'coast' })[0].sentence; // => 'Syrian Observatory for Human Rights reported more than 130 killed ...'
 */
export function history(dataset: Dataset | unknown, options: HistoryOptions = {}): HistoryEntry[] {
  const data = isParsedDataset(dataset) ? dataset : parseDataset(dataset);
  const policy = resolvePolicy(options.policy);
  const asked = options.scope === undefined ? undefined : resolveScopeOption(data, options.scope);
  const space = buildScopeSpace(data, asked === undefined ? [] : [asked]);
  const state = createLogState(data, policy, space);
  const engine = createEngine(state);
  const askedScope = asked === undefined ? -1 : space.byKey.get(asked[0] * data.index.categories.ids.length + asked[1])!;

  const names = namesFor(data, 'en');
  const initial = summarize(engine, 0);
  const previous: (ScopeSummary | undefined)[] = new Array(space.place.length);
  const entries: HistoryEntry[] = [];
  for (const position of data.index.order) {
    const inForceBefore = inForceOfTrack(engine, position);
    const touched = applyAndUpdate(engine, position);
    const cause = causeOf(engine, position, inForceBefore);
    for (const scope of touched) {
      if (askedScope >= 0 && scope !== askedScope) continue;
      const after = summarize(engine, scope);
      const before = previous[scope];
      if (sameSummary(before ?? initial, after)) continue;
      previous[scope] = after;
      const entry: HistoryEntry = {
        at: new Date(data.index.time[position]!).toISOString(),
        record: data.records[position]!.id,
        kind: changeKind(before === undefined ? null : stateOf(before), stateOf(after), {
          type: cause.type,
          status: cause.status,
          replacedOne: cause.replacedWording !== null,
        }),
        scope: scopeRef(engine, scope),
        before: before === undefined ? null : stateOf(before),
        after: stateOf(after),
        cause,
        sentence: '',
      };
      entry.sentence = describeChange(entry, { lang: 'en' }, names);
      entries.push(entry);
    }
  }
  return entries;
}

function stateOf(summary: ScopeSummary): EstimateState {
  return { low: summary.low, best: summary.best, high: summary.high, label: summary.label };
}

function sameSummary(a: ScopeSummary, b: ScopeSummary): boolean {
  if (a.low !== b.low || a.best !== b.best || a.high !== b.high || a.label !== b.label) return false;
  if (a.reasons.length !== b.reasons.length) return false;
  return a.reasons.every((reason, i) => reason.code === b.reasons[i]!.code && reason.text === b.reasons[i]!.text);
}

/** The claim in force for a claim's source and scope just before it is applied (-1 when none). */
function inForceOfTrack(engine: Engine, position: number): number {
  const { state } = engine;
  if (state.dataset.records[position]!.type !== 'claim') return -1;
  const track = findTrack(state, state.scopeOf[position]!, state.dataset.index.source[position]!);
  return track?.inForce ?? -1;
}

function causeOf(engine: Engine, position: number, inForceBefore: number): ChangeCause {
  const { state } = engine;
  const { dataset } = state;
  const { index } = dataset;
  const record = dataset.records[position]!;
  const nameOf = (source: number) => dataset.sources[source]!;
  const scope = scopeRef(engine, state.scopeOf[position]!);
  if (record.type === 'status') {
    const claim = index.link[position]!;
    const claimSource = nameOf(index.source[claim]!);
    const by = index.source[position]! >= 0 ? nameOf(index.source[position]!) : claimSource;
    return {
      type: 'status',
      source: by.id,
      sourceName: by.name,
      wording: index.readings[claim]!.wording,
      replacedWording: null,
      status: record.status,
      claimSource: claimSource.id,
      claimSourceName: claimSource.name,
      scope,
      lang: index.readings[claim]!.lang,
    };
  }
  const source = nameOf(index.source[position]!);
  const reading = index.readings[position];
  const silent = record.type === 'silence' || reading?.noFigure === true;
  const inForceNow = silent ? -1 : findTrack(state, state.scopeOf[position]!, index.source[position]!)?.inForce ?? -1;
  const replaced = inForceNow === position && inForceBefore >= 0 && inForceBefore !== position;
  return {
    type: silent ? 'silence' : 'claim',
    source: source.id,
    sourceName: source.name,
    wording: reading?.wording ?? null,
    replacedWording: replaced ? index.readings[inForceBefore]!.wording : null,
    status: null,
    claimSource: null,
    claimSourceName: null,
    scope,
    lang: reading?.lang ?? null,
  };
}
