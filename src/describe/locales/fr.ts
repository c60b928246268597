/**
 * French, as AFP writes a toll: « Plus de 130 personnes ont été tuées sur la
 * côte syrienne, selon …, un bilan qui n'a pas pu être vérifié de source
 * indépendante. » Figures grouped by U+202F; U+202F before « ; » and U+00A0
 * before « : »; attribution by « selon », passive sentences where the source
 * would otherwise have to agree with a verb.
 */
import type { Label } from '../../reconcile/types.js';
import type { Amount, VagueWord } from '../amount.js';
import { NARROW_NBSP, NBSP, formatNumber } from '../format/number.js';
import { frenchA, frenchDe, joinFrench, lowerFirst, upperFirst } from '../format/text.js';
import type { Attribution, Caveat, ChangeMessage, ChangeResult, Figure, Lead, LineMessage, Phrasebook, ScopeName, Where, Who } from '../message.js';

const num = (n: number): string => formatNumber(n, 'fr');

/** The dead as a noun ("130 morts"), for headlines and change sentences. */
const DEAD: Who = { noun: 'morts', nounOne: 'mort', gender: 'm' };

/** Unquantified plurals; "de" before the noun is added by `frenchDe` ("des dizaines d'hommes"). */
const VAGUE: Readonly<Record<VagueWord, string>> = {
  'a-number': 'un certain nombre',
  several: 'plusieurs',
  tens: 'des dizaines',
  dozens: 'des dizaines',
  scores: 'plusieurs dizaines',
  hundreds: 'des centaines',
  thousands: 'des milliers',
  'tens-of-thousands': 'des dizaines de milliers',
  'hundreds-of-thousands': 'des centaines de milliers',
};

const LABELS: Readonly<Record<Label, string>> = {
  'no-figure': 'sans chiffre',
  contested: 'contesté',
  verified: 'vérifié',
  corroborated: 'corroboré par des sources indépendantes',
  'single-source': 'fondé sur une seule source',
};

function people(who: Who): { plural: string; one: string; gender: 'm' | 'f' } {
  return { plural: who.noun ?? 'personnes', one: who.nounOne ?? who.noun ?? 'personne', gender: who.gender };
}

function isSingular(amount: Amount): boolean {
  if (amount.kind === 'between' || amount.kind === 'vague') return false;
  return amount.n <= 1;
}

/** "130 personnes", "une personne", "un mort". */
function countNoun(n: number, who: Who): string {
  const { plural, one, gender } = people(who);
  return n === 1 ? `${gender === 'f' ? 'une' : 'un'} ${one}` : `${num(n)} ${plural}`;
}

/** "plus de 130 personnes", "au moins une personne", "des dizaines d'hommes". */
function amountWithNoun(amount: Amount, who: Who): string {
  const { plural } = people(who);
  switch (amount.kind) {
    case 'exact':
      return countNoun(amount.n, who);
    case 'at-least':
      return `au moins ${countNoun(amount.n, who)}`;
    case 'more-than':
      return `plus ${frenchDe(countNoun(amount.n, who))}`;
    case 'about':
      return `environ ${countNoun(amount.n, who)}`;
    case 'nearly':
      return `près ${frenchDe(countNoun(amount.n, who))}`;
    case 'just-over':
      return `un peu plus ${frenchDe(countNoun(amount.n, who))}`;
    case 'up-to':
      return `jusqu'à ${countNoun(amount.n, who)}`;
    case 'fewer-than':
      return `moins ${frenchDe(countNoun(amount.n, who))}`;
    case 'between':
      return `entre ${num(amount.low)} et ${num(amount.high)} ${plural}`;
    case 'vague':
      return amount.word === 'several' ? `plusieurs ${plural}` : `${VAGUE[amount.word]} ${frenchDe(plural)}`;
  }
}

/** "plus de 130", "entre 100 et 300", "des dizaines": the amount without a noun. */
function amountText(amount: Amount): string {
  switch (amount.kind) {
    case 'exact':
      return amount.n === 0 ? 'aucun' : num(amount.n);
    case 'at-least':
      return `au moins ${num(amount.n)}`;
    case 'more-than':
      return `plus ${frenchDe(num(amount.n))}`;
    case 'about':
      return `environ ${num(amount.n)}`;
    case 'nearly':
      return `près ${frenchDe(num(amount.n))}`;
    case 'just-over':
      return `un peu plus ${frenchDe(num(amount.n))}`;
    case 'up-to':
      return `jusqu'à ${num(amount.n)}`;
    case 'fewer-than':
      return `moins ${frenchDe(num(amount.n))}`;
    case 'between':
      return `entre ${num(amount.low)} et ${num(amount.high)}`;
    case 'vague':
      return VAGUE[amount.word];
  }
}

/** "tuées", "tué", "tués": the participle agreeing with the noun. */
function killed(amount: Amount, who: Who): string {
  return `tué${who.gender === 'f' ? 'e' : ''}${isSingular(amount) ? '' : 's'}`;
}

/** The dead as a phrase: "plus de 130 morts", "aucun mort". */
function dead(amount: Amount): string {
  return amount.kind === 'exact' && amount.n === 0 ? 'aucun mort' : amountWithNoun(amount, DEAD);
}

function where(place: Where): string {
  const phrase = place.phrase ?? (place.name === null ? null : frenchA(place.name));
  return phrase === null ? '' : ` ${phrase}`;
}

/** "Plus de 130 personnes ont été tuées", "Au total, 340 personnes ont été tuées", "Personne n'a été tué". */
function killedClause(amount: Amount, who: Who, place: Where, sentenceStart: boolean): string {
  if (amount.kind === 'exact' && amount.n === 0) {
    const none = who.noun === null ? 'personne' : `aucun${who.gender === 'f' ? 'e' : ''} ${people(who).one}`;
    return `${sentenceStart ? upperFirst(none) : none} n'a été ${killed({ kind: 'exact', n: 1 }, who)}${where(place)}`;
  }
  const verb = isSingular(amount) ? 'a' : 'ont';
  let subject = amountWithNoun(amount, who);
  if (sentenceStart) subject = amount.kind === 'exact' && amount.n >= 2 ? `Au total, ${subject}` : upperFirst(subject);
  return `${subject} ${verb} été ${killed(amount, who)}${where(place)}`;
}

function attribution(attr: Attribution): string {
  const names = joinFrench(attr.names);
  switch (attr.type) {
    case 'origins':
      return attr.names.length === 0 ? '' : `, selon ${names}`;
    case 'sum':
      return attr.names.length === 0 ? ', en additionnant les bilans distincts de ses différentes parties' : `, en additionnant les bilans distincts donnés par ${names}`;
    case 'part':
      return attr.names.length === 0 ? `, en ne comptant que le bilan donné pour ${attr.part}` : `, en ne comptant que le bilan donné par ${names} pour ${attr.part}`;
  }
}

function caveat(kind: Caveat): string {
  switch (kind) {
    case 'unverified':
      return ", un bilan qui n'a pas pu être vérifié de source indépendante.";
    case 'disputed':
      return ', un bilan contesté.';
    case 'unverified-sum':
      return ". Ces bilans n'ont pas pu être vérifiés de source indépendante.";
    case null:
      return '.';
  }
}

function silences(names: readonly string[]): string {
  return names.length === 0 ? '' : ` Aucun bilan n'a été communiqué par ${joinFrench(names)}.`;
}

const NONE_VERIFIED = " Aucun de ces bilans n'a pu être vérifié de source indépendante.";

function line(message: LineMessage): string {
  switch (message.type) {
    case 'toll': {
      const relays =
        message.relays.length === 0 ? '' : `, ${message.relays.length === 1 ? 'rapporte' : 'rapportent'} ${joinFrench(message.relays)}`;
      return (
        `${killedClause(message.amount, message.who, message.where, true)}` +
        `${attribution(message.attribution)}${relays}${caveat(message.caveat)}${silences(message.silences)}`
      );
    }
    case 'contested': {
      const [first, ...others] = message.sides;
      if (first === undefined) return '';
      let text = `Selon ${first.origin}, ${killedClause(first.amount, message.who, message.where, false)}`;
      for (const side of others) text += `${NARROW_NBSP}; selon ${side.origin}, ${amountText(side.amount)}`;
      text += '.';
      if (message.more) text += " D'autres sources donnent d'autres chiffres.";
      if (message.caveat) text += NONE_VERIFIED;
      return text + silences(message.silences);
    }
    case 'conflicting': {
      const origins = message.origins.length === 0 ? '' : `, selon ${joinFrench(message.origins)}`;
      return `Les bilans annoncés${where(message.where)} sont contradictoires${NBSP}: ${dead(message.amount)}${origins}.${message.caveat ? NONE_VERIFIED : ''}${silences(message.silences)}`;
    }
    case 'no-figure': {
      const forWho = message.who.noun === null ? '' : ` parmi les ${message.who.noun}`;
      const cap = message.high === null ? '' : `${NARROW_NBSP}; les autres bilans le plafonnent à ${num(message.high)}`;
      return `Aucun bilan n'a été annoncé${forWho}${where(message.where)}${cap}.${silences(message.silences)}`;
    }
  }
}

function tag(kind: Caveat): string {
  if (kind === null) return '';
  return kind === 'disputed' ? ' (contesté)' : ' (non vérifié)';
}

function short(message: LineMessage): string {
  switch (message.type) {
    case 'toll': {
      const amount = message.who.noun === null ? dead(message.amount) : `${amountWithNoun(message.amount, message.who)} ${killed(message.amount, message.who)}`;
      const names = message.attribution.names.length === 0 ? '' : `, selon ${joinFrench(message.attribution.names)}`;
      return `${upperFirst(amount)}${where(message.where)}${names}${tag(message.caveat)}`;
    }
    case 'contested':
      return `Bilans contradictoires${where(message.where)}${NBSP}: ${message.sides.map((side) => `${amountText(side.amount)} (${side.origin})`).join(', ')}`;
    case 'conflicting':
      return `Bilans contradictoires${where(message.where)}${NBSP}: ${dead(message.amount)}`;
    case 'no-figure':
      return `Aucun bilan${where(message.where)}`;
  }
}

/* Change sentences. */

function scopeIn(scope: ScopeName): string {
  const category = scope.category === null ? '' : ` (${scope.category})`;
  return scope.place === null ? category : ` ${frenchA(scope.place)}${category}`;
}

function figureText(figure: Figure): string {
  switch (figure.type) {
    case 'wording':
      return figure.text;
    case 'amount':
      return amountText(figure.amount);
    case 'quoted':
      return `«${NBSP}${figure.text}${NBSP}»`;
  }
}

/** A figure as a number of dead: "plus de 30 morts", or the wording with its own noun ("plus de 30 hommes"). */
function figureDead(figure: Figure): string {
  if (figure.type === 'amount') return dead(figure.amount);
  if (figure.type === 'wording' && figure.endsWithNumber) return figure.amount === null ? `${figure.text} morts` : dead(figure.amount);
  return figureText(figure);
}

function lead(message: Lead): string {
  switch (message.type) {
    case 'report':
      return `Selon ${message.source}, le bilan s'élève à ${figureDead(message.figure)}${scopeIn(message.scope)}`;
    case 'revise': {
      const moved = { raised: "s'alourdit", lowered: 'est revu à la baisse', revised: 'est révisé' }[message.direction];
      return `Le bilan ${frenchDe(message.source)} ${moved}, passant ${frenchDe(figureText(message.from))} à ${figureText(message.to)}`;
    }
    case 'silence':
      return `Aucun bilan n'a été communiqué par ${message.source}${scopeIn(message.scope)}`;
    case 'status': {
      const figure = message.figure === null ? '' : ` ${frenchDe(figureText(message.figure))}`;
      const given = `Le bilan${figure} donné par ${message.claimSource}`;
      switch (message.status) {
        case 'retracted':
          return `${given} a été retiré${message.own ? '' : `, selon ${message.by}`}`;
        case 'verified':
          return message.own ? `${given} a été confirmé` : `${given} a été vérifié par ${message.by}`;
        case 'disputed':
          return `${given} a été contesté par ${message.by}`;
        case 'unverified':
          return `${given} n'est plus considéré comme vérifié, selon ${message.by}`;
      }
    }
  }
}

function result(change: ChangeResult, scope: ScopeName): string {
  const at = scopeIn(scope);
  switch (change.type) {
    case 'now':
      return `le bilan${at} est désormais ${frenchDe(dead(change.amount))}`;
    case 'rose':
      return `le bilan${at} s'alourdit à ${dead(change.amount)}`;
    case 'fell':
      return `le bilan${at} est ramené à ${dead(change.amount)}`;
    case 'narrowed':
      return `la fourchette${at} se resserre à ${dead(change.amount)}`;
    case 'widened':
      return `la fourchette${at} s'élargit à ${dead(change.amount)}`;
    case 'unchanged':
      return `le bilan${at} reste ${frenchDe(dead(change.amount))}`;
    case 'label':
      return `le bilan${at} est désormais ${LABELS[change.label]}`;
    case 'best':
      return `l'estimation la plus probable${at} est désormais ${frenchDe(dead({ kind: 'exact', n: change.n }))}`;
    case 'no-figure':
      return `il n'y a plus de bilan${at}`;
  }
}

function change(message: ChangeMessage): string {
  const said = lead(message.lead);
  const at = scopeIn(message.scope);
  const main =
    message.prefix === 'contested'
      ? `Le bilan${at} est désormais contesté${NBSP}: ${lowerFirst(said)}`
      : message.prefix === 'resolved'
        ? `Le bilan${at} n'est plus contesté${NBSP}: ${lowerFirst(said)}`
        : upperFirst(said);
  return `${main}${message.result === null ? '' : `${NARROW_NBSP}; ${result(message.result, message.scope)}`}.`;
}

/** The French phrasebook. */
export const fr: Phrasebook = { line, short, change };
