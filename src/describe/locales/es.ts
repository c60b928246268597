/**
 * Spanish, as EFE writes a toll: «Más de 130 personas han muerto en la costa
 * siria, según …, una cifra que no ha podido ser verificada de forma
 * independiente». Four-digit figures without a separator, five and more with
 * a point (RAE); "han muerto", whose participle agrees with nothing;
 * attribution by «según».
 */
import type { Label } from '../../reconcile/types.js';
import type { Amount, VagueWord } from '../amount.js';
import { formatNumber } from '../format/number.js';
import { joinSpanish, lowerFirst, spanishDe, upperFirst } from '../format/text.js';
import type { Attribution, Caveat, ChangeMessage, ChangeResult, Figure, Lead, LineMessage, Phrasebook, ScopeName, Where, Who } from '../message.js';

const num = (n: number): string => formatNumber(n, 'es');

/** The dead as a noun ("130 muertos"), for headlines and change sentences. */
const DEAD: Who = { noun: 'muertos', nounOne: 'muerto', gender: 'm' };

/** Unquantified plurals before "de" and a noun ("decenas de personas"). */
const VAGUE: Readonly<Record<Exclude<VagueWord, 'several'>, string>> = {
  'a-number': 'un número indeterminado de',
  tens: 'decenas de',
  dozens: 'decenas de',
  scores: 'varias decenas de',
  hundreds: 'cientos de',
  thousands: 'miles de',
  'tens-of-thousands': 'decenas de miles de',
  'hundreds-of-thousands': 'cientos de miles de',
};

/** Unquantified plurals standing alone. */
const VAGUE_ALONE: Readonly<Record<VagueWord, string>> = {
  'a-number': 'varios',
  several: 'varios',
  tens: 'decenas',
  dozens: 'decenas',
  scores: 'varias decenas',
  hundreds: 'cientos',
  thousands: 'miles',
  'tens-of-thousands': 'decenas de miles',
  'hundreds-of-thousands': 'cientos de miles',
};

const LABELS: Readonly<Record<Label, string>> = {
  'no-figure': 'queda sin cifra',
  contested: 'queda en disputa',
  verified: 'queda verificado',
  corroborated: 'queda corroborado por fuentes independientes',
  'single-source': 'depende de una sola fuente',
};

function people(who: Who): { plural: string; one: string; gender: 'm' | 'f' } {
  return { plural: who.noun ?? 'personas', one: who.nounOne ?? who.noun ?? 'persona', gender: who.gender };
}

function isSingular(amount: Amount): boolean {
  if (amount.kind === 'between' || amount.kind === 'vague') return false;
  return amount.n <= 1;
}

/** "130 personas", "una persona", "un muerto". */
function countNoun(n: number, who: Who): string {
  const { plural, one, gender } = people(who);
  return n === 1 ? `${gender === 'f' ? 'una' : 'un'} ${one}` : `${num(n)} ${plural}`;
}

/** "más de 130 personas", "al menos una persona", "decenas de civiles". */
function amountWithNoun(amount: Amount, who: Who): string {
  const { plural, gender } = people(who);
  switch (amount.kind) {
    case 'exact':
      return countNoun(amount.n, who);
    case 'at-least':
      return `al menos ${countNoun(amount.n, who)}`;
    case 'more-than':
      return `más de ${countNoun(amount.n, who)}`;
    case 'about':
      return `alrededor de ${countNoun(amount.n, who)}`;
    case 'nearly':
      return `casi ${countNoun(amount.n, who)}`;
    case 'just-over':
      return `algo más de ${countNoun(amount.n, who)}`;
    case 'up-to':
      return `hasta ${countNoun(amount.n, who)}`;
    case 'fewer-than':
      return `menos de ${countNoun(amount.n, who)}`;
    case 'between':
      return `entre ${num(amount.low)} y ${num(amount.high)} ${plural}`;
    case 'vague':
      return amount.word === 'several' ? `${gender === 'f' ? 'varias' : 'varios'} ${plural}` : `${VAGUE[amount.word]} ${plural}`;
  }
}

/** "más de 130", "entre 100 y 300", "decenas": the amount without a noun. */
function amountText(amount: Amount): string {
  switch (amount.kind) {
    case 'exact':
      return amount.n === 0 ? 'ninguno' : num(amount.n);
    case 'at-least':
      return `al menos ${num(amount.n)}`;
    case 'more-than':
      return `más de ${num(amount.n)}`;
    case 'about':
      return `alrededor de ${num(amount.n)}`;
    case 'nearly':
      return `casi ${num(amount.n)}`;
    case 'just-over':
      return `algo más de ${num(amount.n)}`;
    case 'up-to':
      return `hasta ${num(amount.n)}`;
    case 'fewer-than':
      return `menos de ${num(amount.n)}`;
    case 'between':
      return `entre ${num(amount.low)} y ${num(amount.high)}`;
    case 'vague':
      return VAGUE_ALONE[amount.word];
  }
}

/** The dead as a phrase: "más de 130 muertos", "ningún muerto". */
function dead(amount: Amount): string {
  return amount.kind === 'exact' && amount.n === 0 ? 'ningún muerto' : amountWithNoun(amount, DEAD);
}

function where(place: Where): string {
  const phrase = place.phrase ?? (place.name === null ? null : `en ${place.name}`);
  return phrase === null ? '' : ` ${phrase}`;
}

/** "Más de 130 personas han muerto", "Un total de 340 personas han muerto", "Nadie ha muerto". */
function diedClause(amount: Amount, who: Who, place: Where, sentenceStart: boolean): string {
  if (amount.kind === 'exact' && amount.n === 0) {
    const none = who.noun === null ? 'nadie' : `ningún${who.gender === 'f' ? 'a' : ''} ${people(who).one}`;
    return `${sentenceStart ? upperFirst(none) : none} ha muerto${where(place)}`;
  }
  let subject = amountWithNoun(amount, who);
  if (sentenceStart) subject = upperFirst(amount.kind === 'exact' && amount.n >= 2 ? `un total de ${subject}` : subject);
  return `${subject} ${isSingular(amount) ? 'ha' : 'han'} muerto${where(place)}`;
}

function attribution(attr: Attribution): string {
  const names = joinSpanish(attr.names);
  switch (attr.type) {
    case 'origins':
      return attr.names.length === 0 ? '' : `, según ${names}`;
    case 'sum':
      return attr.names.length === 0 ? ', sumando las cifras de sus distintas partes' : `, sumando las cifras dadas por ${names}`;
    case 'part':
      return attr.names.length === 0 ? `, contando solo la cifra dada para ${attr.part}` : `, contando solo la cifra dada por ${names} para ${attr.part}`;
  }
}

function caveat(kind: Caveat): string {
  switch (kind) {
    case 'unverified':
      return ', una cifra que no ha podido ser verificada de forma independiente.';
    case 'disputed':
      return ', una cifra cuestionada.';
    case 'unverified-sum':
      return '. Las cifras no han podido ser verificadas de forma independiente.';
    case null:
      return '.';
  }
}

function silences(names: readonly string[]): string {
  return names.length === 0 ? '' : ` No hay un balance ${spanishDe(joinSpanish(names))}.`;
}

const NONE_VERIFIED = ' Ninguna de las cifras ha podido ser verificada de forma independiente.';

function line(message: LineMessage): string {
  switch (message.type) {
    case 'toll': {
      const relays =
        message.relays.length === 0 ? '' : `, ${message.relays.length === 1 ? 'informa' : 'informan'} ${joinSpanish(message.relays)}`;
      return (
        `${diedClause(message.amount, message.who, message.where, true)}` +
        `${attribution(message.attribution)}${relays}${caveat(message.caveat)}${silences(message.silences)}`
      );
    }
    case 'contested': {
      const [first, ...others] = message.sides;
      if (first === undefined) return '';
      let text = `Según ${first.origin}, ${diedClause(first.amount, message.who, message.where, false)}`;
      for (const side of others) text += `; según ${side.origin}, ${amountText(side.amount)}`;
      text += '.';
      if (message.more) text += ' Otras fuentes dan otras cifras.';
      if (message.caveat) text += NONE_VERIFIED;
      return text + silences(message.silences);
    }
    case 'conflicting': {
      const origins = message.origins.length === 0 ? '' : `, según ${joinSpanish(message.origins)}`;
      return `Los balances${where(message.where)} no concuerdan: ${dead(message.amount)}${origins}.${message.caveat ? NONE_VERIFIED : ''}${silences(message.silences)}`;
    }
    case 'no-figure': {
      const forWho = message.who.noun === null ? '' : ` entre ${message.who.gender === 'f' ? 'las' : 'los'} ${message.who.noun}`;
      const cap = message.high === null ? '' : `; los demás balances lo limitan a ${num(message.high)} como máximo`;
      return `No se ha dado a conocer ningún balance${forWho}${where(message.where)}${cap}.${silences(message.silences)}`;
    }
  }
}

function tag(kind: Caveat): string {
  if (kind === null) return '';
  return kind === 'disputed' ? ' (cifra cuestionada)' : ' (sin verificar)';
}

function short(message: LineMessage): string {
  switch (message.type) {
    case 'toll': {
      const { who } = message;
      const participle = `muert${who.gender === 'f' ? 'a' : 'o'}${isSingular(message.amount) ? '' : 's'}`;
      const amount = who.noun === null ? dead(message.amount) : `${amountWithNoun(message.amount, who)} ${participle}`;
      const names = message.attribution.names.length === 0 ? '' : `, según ${joinSpanish(message.attribution.names)}`;
      return `${upperFirst(amount)}${where(message.where)}${names}${tag(message.caveat)}`;
    }
    case 'contested':
      return `Balances contradictorios${where(message.where)}: ${message.sides.map((side) => `${amountText(side.amount)} (${side.origin})`).join(', ')}`;
    case 'conflicting':
      return `Balances contradictorios${where(message.where)}: ${dead(message.amount)}`;
    case 'no-figure':
      return `Sin balance${where(message.where)}`;
  }
}

/* Change sentences. */

function scopeIn(scope: ScopeName): string {
  const category = scope.category === null ? '' : ` (${scope.category})`;
  return scope.place === null ? category : ` en ${scope.place}${category}`;
}

function figureText(figure: Figure): string {
  switch (figure.type) {
    case 'wording':
      return figure.text;
    case 'amount':
      return amountText(figure.amount);
    case 'quoted':
      return `«${figure.text}»`;
  }
}

/** A figure as a number of dead: "más de 30 muertos", or the wording with its own noun ("más de 30 hombres"). */
function figureDead(figure: Figure): string {
  if (figure.type === 'amount') return dead(figure.amount);
  if (figure.type === 'wording' && figure.endsWithNumber) return figure.amount === null ? `${figure.text} muertos` : dead(figure.amount);
  return figureText(figure);
}

function lead(message: Lead): string {
  switch (message.type) {
    case 'report':
      return `Según ${message.source}, el balance es de ${figureDead(message.figure)}${scopeIn(message.scope)}`;
    case 'revise': {
      const moved = { raised: 'sube', lowered: 'baja', revised: 'pasa' }[message.direction];
      return `El balance ${spanishDe(message.source)} ${moved} de ${figureText(message.from)} a ${figureText(message.to)}`;
    }
    case 'silence':
      return `No hay un balance ${spanishDe(message.source)}${scopeIn(message.scope)}`;
    case 'status': {
      const figure = message.figure === null ? '' : ` de ${figureText(message.figure)}`;
      const given = `La cifra${figure} dada por ${message.claimSource}`;
      switch (message.status) {
        case 'retracted':
          return `${given} ha sido retirada${message.own ? '' : `, según ${message.by}`}`;
        case 'verified':
          return message.own ? `${given} ha sido confirmada` : `${given} ha sido verificada por ${message.by}`;
        case 'disputed':
          return `${given} ha sido cuestionada por ${message.by}`;
        case 'unverified':
          return `${given} ya no se considera verificada, según ${message.by}`;
      }
    }
  }
}

function result(change: ChangeResult, scope: ScopeName): string {
  const at = scopeIn(scope);
  switch (change.type) {
    case 'now':
      return `el balance${at} es ahora de ${dead(change.amount)}`;
    case 'rose':
      return `el balance${at} sube a ${dead(change.amount)}`;
    case 'fell':
      return `el balance${at} baja a ${dead(change.amount)}`;
    case 'narrowed':
      return `la horquilla${at} se estrecha a ${dead(change.amount)}`;
    case 'widened':
      return `la horquilla${at} se amplía a ${dead(change.amount)}`;
    case 'unchanged':
      return `el balance${at} se mantiene en ${dead(change.amount)}`;
    case 'label':
      return `el balance${at} ${LABELS[change.label]}`;
    case 'best':
      return `la estimación más probable${at} es ahora de ${dead({ kind: 'exact', n: change.n })}`;
    case 'no-figure':
      return `ya no hay balance${at}`;
  }
}

function change(message: ChangeMessage): string {
  const said = lead(message.lead);
  const at = scopeIn(message.scope);
  const main =
    message.prefix === 'contested'
      ? `El balance${at} pasa a estar en disputa: ${lowerFirst(said)}`
      : message.prefix === 'resolved'
        ? `El balance${at} deja de estar en disputa: ${lowerFirst(said)}`
        : upperFirst(said);
  return `${main}${message.result === null ? '' : `; ${result(message.result, message.scope)}`}.`;
}

/** The Spanish phrasebook. */
export const es: Phrasebook = { line, short, change };
