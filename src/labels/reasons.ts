import {
  claimsBehindLow,
  type Engine,
  intervalOf,
  partsBehindLow,
  supportingClaims,
} from '../reconcile/engine.js';
import { outletsOf, silencesInForce } from '../reconcile/logState.js';
import type { Reason } from '../reconcile/types.js';

/**
 * The reasons behind a scope's label, in the order of `REASON_CODES`: what
 * lifted it and what lowered it, each with a sentence naming the sources.
 * Age is not among them: it depends on the moment asked about, not on the log.
 *
 * @example
 * reasonsFor(engine, 0)[0]; // => { code: 'single-origin', text: 'Only the Syrian Observatory for Human Rights supports the low of 131.' }
 */
export function reasonsFor(engine: Engine, scope: number): Reason[] {
  const { state } = engine;
  const { dataset } = state;
  const { index } = dataset;
  const self = engine.calc[scope]!;
  const reasons: Reason[] = [];
  // Names may begin in lower case ("the Syrian authorities"); a sentence may not.
  const add = (code: Reason['code'], text: string) => reasons.push({ code, text: text.charAt(0).toUpperCase() + text.slice(1) });
  const nameOfSource = (source: number) => dataset.sources[source]!.name;
  const sourceOf = (claim: number) => index.source[claim]!;
  const wordingOf = (claim: number) => index.readings[claim]!.wording;
  const scopeName = (s: number) => `${state.space.places.names[state.space.place[s]!]} (${state.space.categories.names[state.space.category[s]!]})`;

  if (!self.hasBelow) add('no-claim', 'No source has given a figure for this scope or any part of it.');

  if (self.ownConflict) {
    let lowest = self.own[0]!;
    let highest = self.own[0]!;
    for (const claim of self.own) {
      const interval = intervalOf(state, claim);
      if ((intervalOf(state, lowest).max ?? Infinity) > (interval.max ?? Infinity)) lowest = claim;
      if (intervalOf(state, highest).min < interval.min) highest = claim;
    }
    add(
      'conflict',
      `The figures of ${nameOfSource(sourceOf(lowest))} (${wordingOf(lowest)}) and ${nameOfSource(sourceOf(highest))} (${wordingOf(highest)}) cannot both hold.`,
    );
  } else if (self.collision === 'own') {
    add('bounds-collide', `The parts of this scope add up to at least ${self.floor}, above the ${self.ownHigh} its own claims allow.`);
  } else if (self.collision === 'parent') {
    add('bounds-collide', `The parts of this scope add up to at least ${self.floor}, above the ${self.ceiling} left by ${scopeName(self.ceilingParent)}.`);
  }

  const parts = self.hasBelow && !self.contested ? partsBehindLow(engine, scope) : null;
  const behindLow = parts === null ? claimsBehindLow(engine, scope) : [];
  const supporters = self.hasBelow && parts === null ? supportingClaims(engine, scope) : [];

  for (const claim of behindLow) {
    if (state.status[claim] === 'verified') {
      add('verified', `The figure of ${nameOfSource(sourceOf(claim))} (${wordingOf(claim)}) was verified by ${nameOfSource(state.statusBy[claim]!)}.`);
    }
  }

  const origins = new Map<string, number[]>();
  for (const claim of supporters) {
    const group = index.groups[sourceOf(claim)]!;
    origins.set(group, [...(origins.get(group) ?? []), sourceOf(claim)]);
  }
  if (origins.size >= 2) {
    const names = [...origins.values()].map((sources) => nameOfSource(sources[0]!));
    add('independent-origins', `${origins.size} independent origins support the low of ${self.low}: ${names.join(', ')}.`);
  } else if (origins.size === 1) {
    const [sources] = [...origins.values()];
    add('single-origin', `Only ${nameOfSource(sources![0]!)} supports the low of ${self.low}.`);
  }

  if (parts !== null && self.hasBelow && parts.length > 0) {
    add(
      'sum-of-parts',
      parts.length === 1
        ? `The low comes from ${scopeName(parts[0]!)}, a part of this scope.`
        : `The low of ${self.floor} is the sum of ${parts.map(scopeName).join(', ')}.`,
    );
  }
  if (!self.contested && self.ceilingParent >= 0) {
    add('bounded-by-parent', `The high of ${self.ceiling} is the ceiling of ${scopeName(self.ceilingParent)} less the floors of its other parts.`);
  }

  const ownSources = new Map<string, number[]>();
  for (const claim of self.own) {
    const group = index.groups[sourceOf(claim)]!;
    const members = ownSources.get(group) ?? [];
    if (!members.includes(sourceOf(claim))) members.push(sourceOf(claim));
    ownSources.set(group, members);
  }
  for (const members of ownSources.values()) {
    if (members.length > 1) add('same-group', `One group, one origin: ${members.map(nameOfSource).join(' and ')} are not independent of each other.`);
  }

  for (const claim of self.own) {
    const outlets = outletsOf(state, claim);
    if (outlets.length > 0) {
      const names = outlets.map((id) => nameOfSource(index.sourceById.get(id)!));
      add('relayed', `The figure of ${nameOfSource(sourceOf(claim))} was relayed by ${names.join(', ')}; a relay is not a second source.`);
    }
  }

  if (self.hasBelow && !self.contested && parts === null && !behindLow.some((claim) => state.status[claim] === 'verified')) {
    add('unverified', 'No one has independently verified the figure behind the low.');
  }
  for (const claim of self.own) {
    if (state.status[claim] === 'official') add('official', `The figure of ${nameOfSource(sourceOf(claim))} (${wordingOf(claim)}) was issued as its official toll.`);
  }
  for (const claim of self.own) {
    if (state.status[claim] === 'disputed') {
      add('disputed', `The figure of ${nameOfSource(sourceOf(claim))} (${wordingOf(claim)}) is disputed by ${nameOfSource(state.statusBy[claim]!)}.`);
    }
  }

  const sourcesBehind = [...new Set(behindLow.map(sourceOf))];
  for (const source of sourcesBehind) {
    const grade = dataset.sources[source]!.reliability;
    if (grade === undefined) add('ungraded', `No reliability grade is given for ${nameOfSource(source)}.`);
    else if (grade >= 'D') add('low-reliability', `The Admiralty grade of ${nameOfSource(source)} is ${grade}.`);
  }

  const alignments = new Map<string, string>();
  for (const claim of supporters) {
    const alignment = dataset.sources[sourceOf(claim)]!.alignment;
    if (alignment !== undefined && !alignments.has(alignment)) alignments.set(alignment, nameOfSource(sourceOf(claim)));
  }
  if (alignments.size >= 2) {
    const list = [...alignments].map(([alignment, name]) => `${name} (${alignment})`);
    add('across-alignments', `Sources of different alignments support the low: ${list.join(', ')}.`);
  }

  for (const silence of silencesInForce(state, scope)) {
    add('silence', `No toll has been given by ${nameOfSource(index.source[silence]!)}.`);
  }

  const excluded = state.excludedCount[scope]!;
  if (excluded > 0) {
    add(
      'excluded-by-reliability',
      `${excluded === 1 ? '1 claim' : `${excluded} claims`} from sources graded below ${state.policy.minReliability} ${excluded === 1 ? 'is' : 'are'} left out.`,
    );
  }
  return reasons;
}
