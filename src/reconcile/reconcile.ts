import { type Dataset } from '../log/Dataset.js';
import { isParsedDataset, parseDataset } from '../log/parseDataset.js';
import { asOfInstant } from '../log/time.js';
import { createEngine, evaluateAll } from './engine.js';
import { buildEstimate, createAnswerMemo } from './estimate.js';
import { applyRecord, createLogState } from './logState.js';
import { OptionError } from './OptionError.js';
import { resolvePolicy } from './policy.js';
import { buildScopeSpace } from './scopeSpace.js';
import { resolveScopeOption, type ScopeOption } from './scopeOption.js';
import type { Estimate, PolicyOption } from './types.js';

/** Options of `reconcile`. */
export interface ReconcileOptions {
  /**
   * The moment to answer for: an RFC 3339 date-time with an offset, a date alone
   * (the end of that day in the dataset's zone), a Date or epoch milliseconds.
   * Default: the time of the newest record.
   */
  asOf?: string | Date | number | undefined;
  /** One scope to answer for, named by a record or not; all scopes when absent. */
  scope?: ScopeOption | undefined;
  /** `'default'`, `'conservative'`, `'ucdp'`, `'ibc'`, or `{name, minReliability}`. */
  policy?: PolicyOption | undefined;
}

/**
 * Reconciles the claims of a dataset into one estimate per scope: a range, a
 * best figure, a confidence label with its reasons, the conflicts, and the role
 * of every record (SPEC.md, "Reconciliation"). A fold over the log up to
 * `asOf`, then two passes over the scopes (floors up, ceilings down).
 * Runs in O(records + scopes × depth) after validation.
 *
 * @param dataset the output of `parseDataset`, or a raw object (validated first).
 * @returns one estimate for every scope a record names and every ancestor of
 *   one, places tree first then categories tree, depth first; or the one scope asked for.
 * @throws {DatasetError} when a raw dataset is invalid.
 * @throws {OptionError} for an unknown policy, scope or a malformed `asOf`.
 * @example
 * reconcile(dataset, { scope: 'coast' })[0].low; // => 131
 */
export function reconcile(dataset: Dataset | unknown, options: ReconcileOptions = {}): Estimate[] {
  const data = isParsedDataset(dataset) ? dataset : parseDataset(dataset);
  const policy = resolvePolicy(options.policy);
  const asked = options.scope === undefined ? undefined : resolveScopeOption(data, options.scope);
  const space = buildScopeSpace(data, asked === undefined ? [] : [asked]);
  const state = createLogState(data, policy, space);
  const { order, time } = data.index;

  let asOf: number | null;
  if (options.asOf === undefined) asOf = order.length === 0 ? null : time[order[order.length - 1]!]!;
  else {
    asOf = asOfInstant(options.asOf, data.timezone);
    if (Number.isNaN(asOf)) {
      throw new OptionError(`asOf ${JSON.stringify(options.asOf)} is not an RFC 3339 date-time with an offset, a date, a Date or epoch milliseconds`);
    }
  }
  for (const position of order) {
    if (asOf === null || time[position]! > asOf) break;
    applyRecord(state, position);
  }
  const engine = createEngine(state);
  evaluateAll(engine);

  const m = space.place.length;
  const { start, positions } = recordsByScope(state.scopeOf, order, m);
  const memo = createAnswerMemo(data.records.length, m, data.timezone);
  if (asked !== undefined) {
    const scope = space.byKey.get(asked[0] * data.index.categories.ids.length + asked[1])!;
    return [buildEstimate(engine, scope, asOf, positions, memo, start[scope]!, start[scope + 1]!)];
  }
  const estimates: Estimate[] = new Array(m);
  for (let scope = 0; scope < m; scope++) estimates[scope] = buildEstimate(engine, scope, asOf, positions, memo, start[scope]!, start[scope + 1]!);
  return estimates;
}

/**
 * The records of each scope in log order, as one array cut by scope (a
 * counting sort): scope `s` holds `positions[start[s]]` to `positions[start[s + 1] - 1]`.
 */
function recordsByScope(scopeOf: Int32Array, order: Int32Array, scopes: number): { start: Int32Array; positions: Int32Array } {
  const start = new Int32Array(scopes + 1);
  for (let i = 0; i < scopeOf.length; i++) start[scopeOf[i]! + 1]!++;
  for (let s = 0; s < scopes; s++) start[s + 1]! += start[s]!;
  const next = start.slice(0, scopes);
  const positions = new Int32Array(order.length);
  for (const position of order) positions[next[scopeOf[position]!]!++] = position;
  return { start, positions };
}
