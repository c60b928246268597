/**
 * Arabic, as Al Jazeera and the Arab wire services write a toll: «قُتل أكثر
 * من 130 شخصاً في الساحل السوري، بحسب …، وهي حصيلة لم يتسنَّ التحقق منها
 * بشكل مستقل». Western digits. The counted noun follows the number's rules:
 * one and two in words («شخص واحد»، «شخصان»)، 3 to 10 the plural («5
 * أشخاص»)، 11 to 99 the singular accusative («30 شخصاً»)، a hundred and a
 * thousand the singular genitive («100 شخص»); for a longer number the last
 * two digits decide («130 شخصاً»، «1300 شخص»، «103 أشخاص»).
 *
 * Sources are never the subject of a verb (their gender is unknown): the
 * verb is «قُتل» before the count, «بحسب» attributes, and the toll itself
 * («الحصيلة»، feminine) is the subject of sentences about changes.
 */
import type { Label } from '../../reconcile/types.js';
import type { Amount, VagueWord } from '../amount.js';
import { formatNumber } from '../format/number.js';
import { joinArabic } from '../format/text.js';
import type { Attribution, Caveat, ChangeMessage, ChangeResult, Figure, Lead, LineMessage, Phrasebook, ScopeName, Where, Who } from '../message.js';

const num = (n: number): string => formatNumber(n, 'ar');

/** The forms of a counted noun. */
interface CountedNoun {
  /** One, in words: «شخص واحد». */
  one: string;
  /** Two: nominative «شخصان», accusative and genitive «شخصين». */
  twoNominative: string;
  twoOblique: string;
  /** After 3 to 10: «أشخاص». */
  plural: string;
  /** After 11 to 99: «شخصاً». */
  singularAccusative: string;
  /** After 100, 1000 and their like: «شخص». */
  singularGenitive: string;
  /** The definite plural, after «عشرات»: «الأشخاص». */
  definitePlural: string;
}

const PERSON: CountedNoun = {
  one: 'شخص واحد',
  twoNominative: 'شخصان',
  twoOblique: 'شخصين',
  plural: 'أشخاص',
  singularAccusative: 'شخصاً',
  singularGenitive: 'شخص',
  definitePlural: 'الأشخاص',
};

const DEAD: CountedNoun = {
  one: 'قتيل واحد',
  twoNominative: 'قتيلان',
  twoOblique: 'قتيلين',
  plural: 'قتلى',
  singularAccusative: 'قتيلاً',
  singularGenitive: 'قتيل',
  definitePlural: 'القتلى',
};

/** The case a count stands in: the subject of «قُتل» (nominative), the object of «بلغت» or «البالغة» (accusative), after a preposition or «أكثر من» (genitive). */
type Case = 'nominative' | 'accusative' | 'genitive';

const LABELS: Readonly<Record<Label, string>> = {
  'no-figure': 'بلا رقم',
  contested: 'موضع خلاف',
  verified: 'مؤكدة',
  corroborated: 'مدعومة بمصادر مستقلة',
  'single-source': 'مستندة إلى مصدر واحد',
};

/** The noun after a number written in digits, by its last two digits. */
function nounAfter(n: number, noun: CountedNoun): string {
  const lastTwo = n % 100;
  if (lastTwo >= 3 && lastTwo <= 10) return noun.plural;
  if (lastTwo >= 11) return noun.singularAccusative;
  return noun.singularGenitive;
}

/** «شخص واحد»، «شخصان»، «5 أشخاص»، «130 شخصاً»، «1300 شخص». */
function count(n: number, noun: CountedNoun, grammaticalCase: Case): string {
  if (n === 1) return noun.one;
  if (n === 2) return grammaticalCase === 'nominative' ? noun.twoNominative : noun.twoOblique;
  return `${num(n)} ${nounAfter(n, noun)}`;
}

function vague(word: VagueWord, noun: CountedNoun, grammaticalCase: Case): string {
  switch (word) {
    case 'a-number':
      return `${grammaticalCase === 'accusative' ? 'عدداً' : 'عدد'} من ${noun.definitePlural}`;
    case 'several':
      return `عدة ${noun.plural}`;
    case 'tens':
    case 'dozens':
    case 'scores':
      return `عشرات ${noun.definitePlural}`;
    case 'hundreds':
      return `مئات ${noun.definitePlural}`;
    case 'thousands':
      return `آلاف ${noun.definitePlural}`;
    case 'tens-of-thousands':
      return `عشرات الآلاف من ${noun.definitePlural}`;
    case 'hundreds-of-thousands':
      return `مئات الآلاف من ${noun.definitePlural}`;
  }
}

/** «أكثر من 130 شخصاً»، «ما لا يقل عن 131 شخصاً»، «ما بين 100 و300 شخص»، «عشرات الأشخاص». */
function amountWithNoun(amount: Amount, noun: CountedNoun, grammaticalCase: Case): string {
  switch (amount.kind) {
    case 'exact':
      return amount.n === 0 ? 'لا أحد' : count(amount.n, noun, grammaticalCase);
    case 'at-least':
      return `ما لا يقل عن ${count(amount.n, noun, 'genitive')}`;
    case 'more-than':
      return `أكثر من ${count(amount.n, noun, 'genitive')}`;
    case 'about':
      return `نحو ${count(amount.n, noun, 'genitive')}`;
    case 'nearly':
      return `قرابة ${count(amount.n, noun, 'genitive')}`;
    case 'just-over':
      return `ما يزيد قليلاً على ${count(amount.n, noun, 'genitive')}`;
    case 'up-to':
      return `ما يصل إلى ${count(amount.n, noun, 'genitive')}`;
    case 'fewer-than':
      return `أقل من ${count(amount.n, noun, 'genitive')}`;
    case 'between':
      return `ما بين ${num(amount.low)} و${count(amount.high, noun, 'genitive')}`;
    case 'vague':
      return vague(amount.word, noun, grammaticalCase);
  }
}

/** The amount with only its number: «أكثر من 130»، «ما بين 100 و300»; unquantified plurals keep «القتلى». */
function amountText(amount: Amount): string {
  switch (amount.kind) {
    case 'exact':
      return amount.n === 0 ? 'لا أحد' : num(amount.n);
    case 'at-least':
      return `ما لا يقل عن ${num(amount.n)}`;
    case 'more-than':
      return `أكثر من ${num(amount.n)}`;
    case 'about':
      return `نحو ${num(amount.n)}`;
    case 'nearly':
      return `قرابة ${num(amount.n)}`;
    case 'just-over':
      return `ما يزيد قليلاً على ${num(amount.n)}`;
    case 'up-to':
      return `ما يصل إلى ${num(amount.n)}`;
    case 'fewer-than':
      return `أقل من ${num(amount.n)}`;
    case 'between':
      return `ما بين ${num(amount.low)} و${num(amount.high)}`;
    case 'vague':
      return vague(amount.word, DEAD, 'genitive');
  }
}

function where(place: Where): string {
  const phrase = place.phrase ?? (place.name === null ? null : `في ${place.name}`);
  return phrase === null ? '' : ` ${phrase}`;
}

/** « من المدنيين» after the count, when the category is not everyone. */
function among(who: Who): string {
  return who.noun === null ? '' : ` من ${who.noun}`;
}

/** «قُتل أكثر من 130 شخصاً من المدنيين في …»، «لم يُقتل أحد …». */
function killedClause(amount: Amount, who: Who, place: Where): string {
  if (amount.kind === 'exact' && amount.n === 0) return `لم يُقتل أحد${among(who)}${where(place)}`;
  return `قُتل ${amountWithNoun(amount, PERSON, 'nominative')}${among(who)}${where(place)}`;
}

function attribution(attr: Attribution): string {
  const names = joinArabic(attr.names);
  switch (attr.type) {
    case 'origins':
      return attr.names.length === 0 ? '' : `، بحسب ${names}`;
    case 'sum':
      return attr.names.length === 0 ? '، بجمع الحصائل المعلنة لأجزائها' : `، بجمع حصائل ${names}`;
    case 'part':
      return attr.names.length === 0 ? `، بالاقتصار على الحصيلة المعلنة بشأن ${attr.part}` : `، بالاقتصار على حصيلة ${names} بشأن ${attr.part}`;
  }
}

function caveat(kind: Caveat): string {
  switch (kind) {
    case 'unverified':
      return '، وهي حصيلة لم يتسنَّ التحقق منها بشكل مستقل.';
    case 'disputed':
      return '، وهي حصيلة موضع تشكيك.';
    case 'unverified-sum':
      return '. ولم يتسنَّ التحقق من هذه الأرقام بشكل مستقل.';
    case null:
      return '.';
  }
}

function silences(names: readonly string[]): string {
  return names.length === 0 ? '' : ` ولم تصدر أي حصيلة عن ${joinArabic(names)}.`;
}

const NONE_VERIFIED = ' ولم يتسنَّ التحقق من أي من هذه الأرقام بشكل مستقل.';

function line(message: LineMessage): string {
  switch (message.type) {
    case 'toll': {
      const relays = message.relays.length === 0 ? '' : ` عبر ${joinArabic(message.relays)}`;
      return `${killedClause(message.amount, message.who, message.where)}${attribution(message.attribution)}${relays}${caveat(message.caveat)}${silences(message.silences)}`;
    }
    case 'contested': {
      const [first, ...others] = message.sides;
      if (first === undefined) return '';
      let text = `${killedClause(first.amount, message.who, message.where)} بحسب ${first.origin}`;
      for (const side of others) text += `، و${amountWithNoun(side.amount, PERSON, 'nominative')} بحسب ${side.origin}`;
      text += '.';
      if (message.more) text += ' وتورد مصادر أخرى أرقاماً مختلفة.';
      if (message.caveat) text += NONE_VERIFIED;
      return text + silences(message.silences);
    }
    case 'conflicting': {
      const origins = message.origins.length === 0 ? '' : `، بحسب ${joinArabic(message.origins)}`;
      return `تتضارب الحصائل المعلنة${where(message.where)}: ${amountWithNoun(message.amount, DEAD, 'nominative')}${origins}.${message.caveat ? NONE_VERIFIED : ''}${silences(message.silences)}`;
    }
    case 'no-figure': {
      const cap = message.high === null ? '' : `، ولا يمكن أن تتجاوز ${count(message.high, DEAD, 'accusative')} بحسب الحصائل الأخرى`;
      return `لم تُعلن أي حصيلة للقتلى${among(message.who)}${where(message.where)}${cap}.${silences(message.silences)}`;
    }
  }
}

function tag(kind: Caveat): string {
  if (kind === null) return '';
  return kind === 'disputed' ? ' (موضع تشكيك)' : ' (غير مؤكدة)';
}

function short(message: LineMessage): string {
  switch (message.type) {
    case 'toll': {
      const names = message.attribution.names.length === 0 ? '' : ` بحسب ${joinArabic(message.attribution.names)}`;
      const { amount } = message;
      const head = amount.kind === 'exact' && amount.n === 0 ? 'لا قتلى' : `مقتل ${amountWithNoun(amount, PERSON, 'genitive')}`;
      return `${head}${among(message.who)}${where(message.where)}${names}${tag(message.caveat)}`;
    }
    case 'contested':
      return `حصائل متضاربة${where(message.where)}: ${message.sides.map((side) => `${amountWithNoun(side.amount, DEAD, 'nominative')} (${side.origin})`).join('، ')}`;
    case 'conflicting':
      return `حصائل متضاربة${where(message.where)}: ${amountWithNoun(message.amount, DEAD, 'nominative')}`;
    case 'no-figure':
      return `لا حصيلة للقتلى${where(message.where)}`;
  }
}

/* Change sentences. */

function scopeIn(scope: ScopeName, preposition = 'في'): string {
  const category = scope.category === null ? '' : ` (${scope.category})`;
  return scope.place === null ? category : ` ${preposition} ${scope.place}${category}`;
}

/** A figure as a number of dead: «أكثر من 30 قتيلاً»، or the Arabic wording as published. */
function figureDead(figure: Figure): string {
  switch (figure.type) {
    case 'amount':
      return amountWithNoun(figure.amount, DEAD, 'accusative');
    case 'wording':
      return figure.endsWithNumber && figure.amount !== null ? amountWithNoun(figure.amount, DEAD, 'accusative') : figure.text;
    case 'quoted':
      return `«${figure.text}»`;
  }
}

/** A figure with only its number, for «من … إلى …». */
function figureText(figure: Figure): string {
  switch (figure.type) {
    case 'amount':
      return amountText(figure.amount);
    case 'wording':
      return figure.text;
    case 'quoted':
      return `«${figure.text}»`;
  }
}

/** «من» before a figure; «من» and «ما» join as «مما» («مما بين 100 و300»). */
function from(figure: string): string {
  return figure.startsWith('ما ') ? `م${figure}` : `من ${figure}`;
}

function lead(message: Lead): string {
  switch (message.type) {
    case 'report':
      return `بلغت الحصيلة${scopeIn(message.scope)} ${figureDead(message.figure)}، بحسب ${message.source}`;
    case 'revise': {
      const moved = { raised: 'ارتفعت', lowered: 'انخفضت', revised: 'عُدّلت' }[message.direction];
      return `${moved} حصيلة ${message.source} ${from(figureText(message.from))} إلى ${figureText(message.to)}`;
    }
    case 'silence':
      return `لم تصدر أي حصيلة عن ${message.source}${scopeIn(message.scope, 'بشأن')}`;
    case 'status': {
      const figure = message.figure === null ? '' : ` البالغة ${figureDead(message.figure)}`;
      const toll = `حصيلة ${message.claimSource}${figure}`;
      switch (message.status) {
        case 'retracted':
          return `سُحبت ${toll}${message.own ? '' : `، بحسب ${message.by}`}`;
        case 'verified':
          return message.own ? `تأكدت ${toll}` : `تم التحقق من ${toll}، بحسب ${message.by}`;
        case 'disputed':
          return `تعرضت ${toll} للتشكيك من جانب ${message.by}`;
        case 'unverified':
          return `عادت ${toll} غير مؤكدة، بحسب ${message.by}`;
      }
    }
  }
}

function result(change: ChangeResult, scope: ScopeName): string {
  const at = scopeIn(scope);
  switch (change.type) {
    case 'now':
      return `وباتت الحصيلة${at} ${amountWithNoun(change.amount, DEAD, 'accusative')}`;
    case 'rose':
      return `لترتفع الحصيلة${at} إلى ${amountWithNoun(change.amount, DEAD, 'genitive')}`;
    case 'fell':
      return `لتنخفض الحصيلة${at} إلى ${amountWithNoun(change.amount, DEAD, 'genitive')}`;
    case 'narrowed':
      return `ليضيق نطاق الحصيلة${at} إلى ${amountWithNoun(change.amount, DEAD, 'genitive')}`;
    case 'widened':
      return `ليتسع نطاق الحصيلة${at} إلى ${amountWithNoun(change.amount, DEAD, 'genitive')}`;
    case 'unchanged':
      return `وبقيت الحصيلة${at} ${amountWithNoun(change.amount, DEAD, 'accusative')}`;
    case 'label':
      return `وباتت الحصيلة${at} ${LABELS[change.label]}`;
    case 'best':
      return `وبات التقدير الأرجح${at} ${count(change.n, DEAD, 'accusative')}`;
    case 'no-figure':
      return `ولم تعد هناك أي حصيلة${at}`;
  }
}

function change(message: ChangeMessage): string {
  const said = lead(message.lead);
  const at = scopeIn(message.scope);
  const main =
    message.prefix === 'contested'
      ? `باتت الحصيلة${at} موضع خلاف: ${said}`
      : message.prefix === 'resolved'
        ? `لم تعد الحصيلة${at} موضع خلاف: ${said}`
        : said;
  return `${main}${message.result === null ? '' : `، ${result(message.result, message.scope)}`}.`;
}

/** The Arabic phrasebook. */
export const ar: Phrasebook = { line, short, change };
