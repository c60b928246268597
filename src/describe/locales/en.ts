/**
 * English, as AP and Reuters write a toll: "More than 130 people have been
 * killed on the Syrian coast, according to …, a figure that could not be
 * independently verified." One to nine spelled out; no serial comma;
 * attribution by "according to", which needs no agreement with the source's
 * name.
 */
import type { Label } from '../../reconcile/types.js';
import type { Amount, VagueWord } from '../amount.js';
import { formatNumber } from '../format/number.js';
import { isEnglishPlural, joinEnglish, upperFirst } from '../format/text.js';
import type { Attribution, Caveat, ChangeMessage, ChangeResult, Figure, Lead, LineMessage, Phrasebook, ScopeName, Where, Who } from '../message.js';

const num = (n: number): string => formatNumber(n, 'en');

/** Unquantified plurals before a noun ("dozens of people"). */
const VAGUE_BEFORE_NOUN: Readonly<Record<VagueWord, string>> = {
  'a-number': 'a number of',
  several: 'several',
  tens: 'dozens of',
  dozens: 'dozens of',
  scores: 'scores of',
  hundreds: 'hundreds of',
  thousands: 'thousands of',
  'tens-of-thousands': 'tens of thousands of',
  'hundreds-of-thousands': 'hundreds of thousands of',
};

/** Unquantified plurals standing alone ("Al Jazeera reported dozens killed"). */
const VAGUE_ALONE: Readonly<Record<VagueWord, string>> = {
  'a-number': 'a few',
  several: 'several',
  tens: 'dozens',
  dozens: 'dozens',
  scores: 'scores',
  hundreds: 'hundreds',
  thousands: 'thousands',
  'tens-of-thousands': 'tens of thousands',
  'hundreds-of-thousands': 'hundreds of thousands',
};

const LABELS: Readonly<Record<Label, string>> = {
  'no-figure': 'without a figure',
  contested: 'contested',
  verified: 'verified',
  corroborated: 'corroborated by independent sources',
  'single-source': 'backed by a single source',
};

/** "more than 130", "between 100 and 300", "dozens": the amount without a noun. */
function amountText(amount: Amount): string {
  switch (amount.kind) {
    case 'exact':
      return amount.n === 0 ? 'none' : num(amount.n);
    case 'at-least':
      return `at least ${num(amount.n)}`;
    case 'more-than':
      return `more than ${num(amount.n)}`;
    case 'about':
      return `about ${num(amount.n)}`;
    case 'nearly':
      return `nearly ${num(amount.n)}`;
    case 'just-over':
      return `just over ${num(amount.n)}`;
    case 'up-to':
      return `up to ${num(amount.n)}`;
    case 'fewer-than':
      return `fewer than ${num(amount.n)}`;
    case 'between':
      return `between ${num(amount.low)} and ${num(amount.high)}`;
    case 'vague':
      return VAGUE_ALONE[amount.word];
  }
}

/** True when the amount takes a singular verb: "at least one person has". */
function isSingular(amount: Amount, who: Who): boolean {
  if (amount.kind === 'between' || amount.kind === 'vague') return false;
  if (amount.kind === 'exact' && amount.n === 0) return who.noun === null;
  return amount.n === 1;
}

/** "more than 130 people", "at least one person", "dozens of civilians", "no one". */
function amountWithNoun(amount: Amount, who: Who): string {
  const plural = who.noun ?? 'people';
  if (amount.kind === 'vague') return `${VAGUE_BEFORE_NOUN[amount.word]} ${plural}`;
  if (amount.kind === 'exact' && amount.n === 0) return who.noun === null ? 'no one' : `no ${plural}`;
  const noun = isSingular(amount, who) ? (who.nounOne ?? who.noun ?? 'person') : plural;
  return `${amountText(amount)} ${noun}`;
}

/** The subject of a sentence: a figure of 10 or more does not start one ("A total of 340 people"). */
function subject(amount: Amount, who: Who): string {
  const text = amountWithNoun(amount, who);
  return upperFirst(amount.kind === 'exact' && amount.n >= 10 ? `a total of ${text}` : text);
}

function where(place: Where): string {
  const phrase = place.phrase ?? (place.name === null ? null : `in ${place.name}`);
  return phrase === null ? '' : ` ${phrase}`;
}

function attribution(attr: Attribution): string {
  const names = joinEnglish(attr.names);
  switch (attr.type) {
    case 'origins':
      return attr.names.length === 0 ? '' : `, according to ${names}`;
    case 'sum':
      return attr.names.length === 0 ? ', adding up separate counts for its parts' : `, adding up the counts of ${names}`;
    case 'part':
      return attr.names.length === 0 ? `, counting only the figure for ${attr.part}` : `, counting only the figure given by ${names} for ${attr.part}`;
  }
}

function caveat(kind: Caveat): string {
  switch (kind) {
    case 'unverified':
      return ', a figure that could not be independently verified.';
    case 'disputed':
      return ', a figure that has been disputed.';
    case 'unverified-sum':
      return '. The figures could not be independently verified.';
    case null:
      return '.';
  }
}

function silences(names: readonly string[]): string {
  return names.length === 0 ? '' : ` ${upperFirst(joinEnglish(names))} did not give a toll.`;
}

function line(message: LineMessage): string {
  switch (message.type) {
    case 'toll': {
      const verb = isSingular(message.amount, message.who) ? 'has' : 'have';
      const relays = message.relays.length === 0 ? '' : `, as reported by ${joinEnglish(message.relays)}`;
      return (
        `${subject(message.amount, message.who)} ${verb} been killed${where(message.where)}` +
        `${attribution(message.attribution)}${relays}${caveat(message.caveat)}${silences(message.silences)}`
      );
    }
    case 'contested': {
      const [first, ...others] = message.sides;
      if (first === undefined) return '';
      const verb = isSingular(first.amount, message.who) ? 'has' : 'have';
      let text = `According to ${first.origin}, ${amountWithNoun(first.amount, message.who)} ${verb} been killed${where(message.where)}`;
      for (const side of others) text += `; according to ${side.origin}, ${amountText(side.amount)}`;
      text += '.';
      if (message.more) text += ' Other sources give other figures.';
      if (message.caveat) {
        text += message.sides.length === 2 && !message.more ? ' Neither figure could be independently verified.' : ' None of the figures could be independently verified.';
      }
      return text + silences(message.silences);
    }
    case 'conflicting': {
      const origins = message.origins.length === 0 ? '' : `, according to ${joinEnglish(message.origins)}`;
      const check = message.caveat ? ' None of the figures could be independently verified.' : '';
      return `Reported tolls${where(message.where)} do not agree: ${amountText(message.amount)} killed${origins}.${check}${silences(message.silences)}`;
    }
    case 'no-figure': {
      const forWho = message.who.noun === null ? '' : ` for ${message.who.noun}`;
      const cap = message.high === null ? '' : `; other reported counts cap it at ${num(message.high)}`;
      return `No toll has been reported${forWho}${where(message.where)}${cap}.${silences(message.silences)}`;
    }
  }
}

function tag(kind: Caveat): string {
  if (kind === null) return '';
  return kind === 'disputed' ? ' (disputed)' : ' (unverified)';
}

function short(message: LineMessage): string {
  switch (message.type) {
    case 'toll': {
      const amount = message.who.noun === null ? amountText(message.amount) : amountWithNoun(message.amount, message.who);
      const names = message.attribution.names.length === 0 ? '' : `: ${joinEnglish(message.attribution.names)}`;
      return `${upperFirst(amount)} killed${where(message.where)}${names}${tag(message.caveat)}`;
    }
    case 'contested':
      return `Conflicting tolls${where(message.where)}: ${message.sides.map((side) => `${amountText(side.amount)} (${side.origin})`).join(', ')}`;
    case 'conflicting':
      return `Conflicting tolls${where(message.where)}: ${amountText(message.amount)}`;
    case 'no-figure':
      return `No toll${where(message.where)}`;
  }
}

/* Change sentences. */

function scopeIn(scope: ScopeName): string {
  if (scope.place === null) return scope.category === null ? '' : ` among ${scope.category}`;
  return ` in ${scope.place}${scope.category === null ? '' : ` (${scope.category})`}`;
}

function figureText(figure: Figure): string {
  switch (figure.type) {
    case 'wording':
      return figure.text;
    case 'amount':
      return amountText(figure.amount);
    case 'quoted':
      return `“${figure.text}”`;
  }
}

const DEATH_WORDS = /\b(?:killed|dead|died|deaths?|lives|bodies|fatalities|slain)\b/iu;

function its(name: string): string {
  return isEnglishPlural(name) ? 'their' : 'its';
}

function lead(message: Lead): string {
  switch (message.type) {
    case 'report': {
      const figure = figureText(message.figure);
      const killed = message.figure.type === 'wording' && DEATH_WORDS.test(message.figure.text) ? '' : ' killed';
      return `${message.source} reported ${figure}${killed}${scopeIn(message.scope)}`;
    }
    case 'revise':
      return `${message.source} ${message.direction} ${its(message.source)} toll from ${figureText(message.from)} to ${figureText(message.to)}`;
    case 'silence':
      return `${message.source} did not give a toll${scopeIn(message.scope)}`;
    case 'status': {
      const of = message.figure === null ? '' : ` of ${figureText(message.figure)}`;
      const { by, claimSource, own } = message;
      switch (message.status) {
        case 'retracted':
          return own ? `${claimSource} withdrew ${its(claimSource)} figure${of}` : `${by} withdrew the figure${of} given by ${claimSource}`;
        case 'verified':
          return own ? `${claimSource} confirmed ${its(claimSource)} figure${of}` : `${by} verified the figure${of} given by ${claimSource}`;
        case 'disputed':
          return own ? `${claimSource} cast doubt on ${its(claimSource)} own figure${of}` : `${by} disputed the figure${of} given by ${claimSource}`;
        case 'unverified':
          return `The figure${of} given by ${claimSource} is again unverified, according to ${by}`;
      }
    }
  }
}

function result(change: ChangeResult, scope: ScopeName): string {
  const at = scopeIn(scope);
  switch (change.type) {
    case 'now':
      return `the toll${at} is now ${amountText(change.amount)}`;
    case 'rose':
      return `the toll${at} rose to ${amountText(change.amount)}`;
    case 'fell':
      return `the toll${at} fell to ${amountText(change.amount)}`;
    case 'narrowed':
      return `the range${at} narrowed to ${amountText(change.amount)}`;
    case 'widened':
      return `the range${at} widened to ${amountText(change.amount)}`;
    case 'unchanged':
      return `the toll${at} is unchanged: ${amountText(change.amount)}`;
    case 'label':
      return `the toll${at} is now ${LABELS[change.label]}`;
    case 'best':
      return `the best estimate${at} is now ${num(change.n)}`;
    case 'no-figure':
      return `no toll remains${at}`;
  }
}

function change(message: ChangeMessage): string {
  const said = upperFirst(lead(message.lead));
  const at = scopeIn(message.scope);
  const main =
    message.prefix === 'contested'
      ? `The toll${at} became contested: ${said}`
      : message.prefix === 'resolved'
        ? `The toll${at} is no longer contested: ${said}`
        : said;
  return `${main}${message.result === null ? '' : `; ${result(message.result, message.scope)}`}.`;
}

/** The English phrasebook. */
export const en: Phrasebook = { line, short, change };
