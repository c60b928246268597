import { claimMax, claimMin, type Engine, partsBehindLow, supportingClaim } from '../reconcile/engine.js';
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
  const { sources } = dataset;
  const self = engine.calc[scope]!;
  const words = sentencesOf(engine);
  // Every sentence begins with fixed words or a number, never with a source's
  // name, so none needs a capital put on it.
  const reasons: Reason[] = [];

  if (!self.hasBelow) reasons.push({ code: 'no-claim', text: 'No source has given a figure for this scope or any part of it.' });

  if (self.ownConflict) {
    let lowest = self.own[0]!;
    let highest = self.own[0]!;
    for (const claim of self.own) {
      if ((claimMax(state, lowest) ?? Infinity) > (claimMax(state, claim) ?? Infinity)) lowest = claim;
      if (claimMin(state, highest) < claimMin(state, claim)) highest = claim;
    }
    reasons.push({
      code: 'conflict',
      text: `The figures of ${nameOf(dataset, lowest)} (${wordingOf(dataset, lowest)}) and ${nameOf(dataset, highest)} (${wordingOf(dataset, highest)}) cannot both hold.`,
    });
  } else if (self.collision === 'own') {
    reasons.push({ code: 'bounds-collide', text: `The parts of this scope add up to at least ${self.floor}, above the ${self.ownHigh} its own claims allow.` });
  } else if (self.collision === 'parent') {
    reasons.push({
      code: 'bounds-collide',
      text: `The parts of this scope add up to at least ${self.floor}, above the ${self.ceiling} left by ${scopeName(engine, words, self.ceilingParent)}.`,
    });
  }

  const parts = self.hasBelow && !self.contested ? partsBehindLow(engine, scope) : null;
  // The claims behind the low: the own claims at the low, when the low is not a sum of parts.
  const behindLow = parts === null;
  const supporting = self.hasBelow && parts === null;
  const isBehind = (claim: number) => behindLow && claimMin(state, claim) === self.low;

  let verifiedBehind = false;
  for (const claim of self.own) {
    if (isBehind(claim) && state.status[claim] === 'verified') {
      verifiedBehind = true;
      reasons.push({
        code: 'verified',
        text: `The figure of ${nameOf(dataset, claim)} (${wordingOf(dataset, claim)}) was verified by ${sources[state.statusBy[claim]!]!.name}.`,
      });
    }
  }

  // Origins (groups) supporting the low, each named by its first supporting source.
  let firstGroup: string | undefined;
  let firstSource = -1;
  let origins: Map<string, number> | null = null;
  if (supporting) {
    for (const claim of self.own) {
      if (!supportingClaim(state, claim, self.low)) continue;
      const group = index.groups[index.source[claim]!]!;
      if (firstGroup === undefined) {
        firstGroup = group;
        firstSource = index.source[claim]!;
      } else if (group !== firstGroup || origins !== null) {
        if (origins === null) origins = new Map([[firstGroup, firstSource]]);
        if (!origins.has(group)) origins.set(group, index.source[claim]!);
      }
    }
  }
  if (origins !== null && origins.size >= 2) {
    const names: string[] = [];
    for (const source of origins.values()) names.push(sources[source]!.name);
    reasons.push({ code: 'independent-origins', text: `${origins.size} independent origins support the low of ${self.low}: ${names.join(', ')}.` });
  } else if (firstGroup !== undefined) {
    reasons.push({ code: 'single-origin', text: `Only ${sources[firstSource]!.name} supports the low of ${self.low}.` });
  }

  if (parts !== null && self.hasBelow && parts.length > 0) {
    reasons.push({
      code: 'sum-of-parts',
      text:
        parts.length === 1
          ? `The low comes from ${scopeName(engine, words, parts[0]!)}, a part of this scope.`
          : `The low of ${self.floor} is the sum of ${parts.map((part) => scopeName(engine, words, part)).join(', ')}.`,
    });
  }
  if (!self.contested && self.ceilingParent >= 0) {
    reasons.push({
      code: 'bounded-by-parent',
      text: `The high of ${self.ceiling} is the ceiling of ${scopeName(engine, words, self.ceilingParent)} less the floors of its other parts.`,
    });
  }

  if (self.own.length > 1) sameGroupReasons(engine, scope, reasons);

  for (const claim of self.own) {
    const outlets = outletsOf(state, claim);
    if (outlets.length > 0) {
      const names = outlets.map((id) => sources[index.sourceById.get(id)!]!.name);
      reasons.push({ code: 'relayed', text: `The figure of ${nameOf(dataset, claim)} was relayed by ${names.join(', ')}; a relay is not a second source.` });
    }
  }

  if (self.hasBelow && !self.contested && parts === null && !verifiedBehind) {
    reasons.push({ code: 'unverified', text: 'No one has independently verified the figure behind the low.' });
  }
  for (const claim of self.own) {
    if (state.status[claim] === 'official') {
      reasons.push({ code: 'official', text: `The figure of ${nameOf(dataset, claim)} (${wordingOf(dataset, claim)}) was issued as its official toll.` });
    }
  }
  for (const claim of self.own) {
    if (state.status[claim] === 'disputed') {
      reasons.push({
        code: 'disputed',
        text: `The figure of ${nameOf(dataset, claim)} (${wordingOf(dataset, claim)}) is disputed by ${sources[state.statusBy[claim]!]!.name}.`,
      });
    }
  }

  // Grades of the sources behind the low, each source once, in the order of their claims.
  for (let i = 0; i < self.own.length; i++) {
    const claim = self.own[i]!;
    if (!isBehind(claim)) continue;
    const source = index.source[claim]!;
    let repeated = false;
    for (let j = 0; j < i && !repeated; j++) repeated = isBehind(self.own[j]!) && index.source[self.own[j]!] === source;
    if (repeated) continue;
    const grade = gradeReason(dataset, words, source);
    if (grade !== null) reasons.push({ code: grade.code, text: grade.text });
  }

  if (supporting && self.own.length > 1) {
    // Alignments of the supporting sources, each named by its first supporting source.
    let alignments: Map<string, string> | null = null;
    for (const claim of self.own) {
      if (!supportingClaim(state, claim, self.low)) continue;
      const source = sources[index.source[claim]!]!;
      if (source.alignment === undefined) continue;
      alignments ??= new Map();
      if (!alignments.has(source.alignment)) alignments.set(source.alignment, source.name);
    }
    if (alignments !== null && alignments.size >= 2) {
      const list = [...alignments].map(([alignment, name]) => `${name} (${alignment})`);
      reasons.push({ code: 'across-alignments', text: `Sources of different alignments support the low: ${list.join(', ')}.` });
    }
  }

  for (const silence of silencesInForce(state, scope)) {
    const source = index.source[silence]!;
    let text = words.silence[source];
    if (text === undefined) words.silence[source] = text = `No toll has been given by ${sources[source]!.name}.`;
    reasons.push({ code: 'silence', text });
  }

  const excluded = state.excludedCount[scope]!;
  if (excluded > 0) {
    reasons.push({
      code: 'excluded-by-reliability',
      text: `${excluded === 1 ? '1 claim' : `${excluded} claims`} from sources graded below ${state.policy.minReliability} ${excluded === 1 ? 'is' : 'are'} left out.`,
    });
  }
  return reasons;
}

/** `same-group`: sources of one group among the scope's own claims, each group once, in the order of their claims. */
function sameGroupReasons(engine: Engine, scope: number, reasons: Reason[]): void {
  const { dataset } = engine.state;
  const { index } = dataset;
  const own = engine.calc[scope]!.own;
  const members = new Map<string, number[]>();
  for (const claim of own) {
    const source = index.source[claim]!;
    const group = index.groups[source]!;
    const list = members.get(group);
    if (list === undefined) members.set(group, [source]);
    else if (!list.includes(source)) list.push(source);
  }
  for (const list of members.values()) {
    if (list.length > 1) {
      reasons.push({
        code: 'same-group',
        text: `One group, one origin: ${list.map((source) => dataset.sources[source]!.name).join(' and ')} are not independent of each other.`,
      });
    }
  }
}

/** Sentences that depend on one source or one scope only, written once per engine and shared by its answers. */
interface Sentences {
  silence: (string | undefined)[];
  grade: (Reason | null | undefined)[];
  scopeName: (string | undefined)[];
}

const SENTENCES = new WeakMap<Engine, Sentences>();

function sentencesOf(engine: Engine): Sentences {
  let words = SENTENCES.get(engine);
  if (words === undefined) {
    words = { silence: [], grade: [], scopeName: [] };
    SENTENCES.set(engine, words);
  }
  return words;
}

function nameOf(dataset: Engine['state']['dataset'], claim: number): string {
  return dataset.sources[dataset.index.source[claim]!]!.name;
}

function wordingOf(dataset: Engine['state']['dataset'], claim: number): string {
  return dataset.index.readings[claim]!.wording;
}

function scopeName(engine: Engine, words: Sentences, scope: number): string {
  let name = words.scopeName[scope];
  if (name === undefined) {
    const { space } = engine.state;
    words.scopeName[scope] = name = `${space.places.names[space.place[scope]!]} (${space.categories.names[space.category[scope]!]})`;
  }
  return name;
}

/** The `ungraded` or `low-reliability` reason of a source (a pattern: each estimate gets a copy sharing its text), or null for a grade A to C. */
function gradeReason(dataset: Engine['state']['dataset'], words: Sentences, source: number): Reason | null {
  let reason = words.grade[source];
  if (reason === undefined) {
    const { name, reliability: grade } = dataset.sources[source]!;
    if (grade === undefined) reason = { code: 'ungraded', text: `No reliability grade is given for ${name}.` };
    else if (grade >= 'D') reason = { code: 'low-reliability', text: `The Admiralty grade of ${name} is ${grade}.` };
    else reason = null;
    words.grade[source] = reason;
  }
  return reason;
}
