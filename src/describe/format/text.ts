/** Small helpers of written language shared by the phrasebooks. */

/** The text with its first letter in upper case ("the Syrian authorities" starts a sentence as "The Syrian authorities"). */
export function upperFirst(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const char = String.fromCodePoint(first);
  return char.toUpperCase() + text.slice(char.length);
}

/** The text with its first letter in lower case (French and Spanish after a colon). */
export function lowerFirst(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const char = String.fromCodePoint(first);
  return char.toLowerCase() + text.slice(char.length);
}

/** Distinct items, in the order first seen. */
export function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

/** "A", "A and B", "A, B and C", without the serial comma (AP and Reuters style). */
export function joinEnglish(items: readonly string[]): string {
  return joinWith(items, ', ', ' and ');
}

/** "A et B", "A, B et C". */
export function joinFrench(items: readonly string[]): string {
  return joinWith(items, ', ', ' et ');
}

/** "A y B", "A, B y C"; "y" becomes "e" before a word that starts with the sound /i/ ("Francia e Italia", "padres e hijos"). */
export function joinSpanish(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1]!;
  const and = /^(?:i|í|hi(?![aeiouáéíóú]))/iu.test(last) ? ' e ' : ' y ';
  return joinWith(items, ', ', and);
}

/** «أ وب وج»: the conjunction و is written joined to the word it introduces. */
export function joinArabic(items: readonly string[]): string {
  return items.join(' و');
}

function joinWith(items: readonly string[], comma: string, and: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(comma)}${and}${items[items.length - 1]!}`;
}

const ENGLISH_PLURAL_HEADS = new Set([
  'authorities',
  'forces',
  'officials',
  'ministries',
  'services',
  'sources',
  'medics',
  'rescuers',
  'activists',
  'residents',
  'militants',
  'rebels',
  'troops',
  'police',
  'volunteers',
  'doctors',
  'witnesses',
]);

/**
 * True when an English source name is a plural ("Syrian authorities", "Israeli
 * forces"), by its last word; an organisation's name is singular ("the
 * ministry", "SOHR"). Used only for "its" / "their".
 */
export function isEnglishPlural(name: string): boolean {
  const words = name.trim().toLowerCase().split(/\s+/u);
  return ENGLISH_PLURAL_HEADS.has(words[words.length - 1] ?? '');
}

const FRENCH_VOWEL = /^[aeiouyàâäéèêëîïôöûùü]/iu;

/**
 * French "de" before a word: "du" before "le", "des" before "les", "de" alone
 * before "des" ("de dizaines"), "d'" before a vowel ("d'Al Mayadeen", "d'au
 * moins 30"), else "de".
 */
export function frenchDe(text: string): string {
  if (/^les\s/iu.test(text)) return `des ${text.slice(4)}`;
  if (/^le\s/iu.test(text)) return `du ${text.slice(3)}`;
  if (/^des\s/iu.test(text)) return `de ${text.slice(4)}`;
  if (FRENCH_VOWEL.test(text)) return `d'${text}`;
  return `de ${text}`;
}

/** French "à" before a word: "au" before "le", "aux" before "les", else "à". */
export function frenchA(text: string): string {
  if (/^les\s/iu.test(text)) return `aux ${text.slice(4)}`;
  if (/^le\s/iu.test(text)) return `au ${text.slice(3)}`;
  return `à ${text}`;
}

/** Spanish "de" before a word: "del" before the lower-case article "el" ("del Observatorio"); "de El Cairo" keeps its capital. */
export function spanishDe(text: string): string {
  return text.startsWith('el ') ? `del ${text.slice(3)}` : `de ${text}`;
}

/** Spanish "a" before a word: "al" before the lower-case article "el". */
export function spanishA(text: string): string {
  return text.startsWith('el ') ? `al ${text.slice(3)}` : `a ${text}`;
}
