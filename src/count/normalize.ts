/**
 * Character classes and word normalization shared by the tokenizer and the
 * lexicons. Everything here runs in time linear in its input.
 *
 * How the loops over characters read them: `String.prototype.charCodeAt.call(text, index)`, not
 * `text.charCodeAt(index)`. At a `text.charCodeAt` (or `text.length`) V8 records which kinds of
 * string it has seen: a literal, a slice, a concatenation, one or two bytes a character. Past four
 * kinds that place turns megamorphic, and every character read there goes through a generic lookup,
 * several times slower. The lexicons' phrases are literals and a dataset's wordings are parsed or
 * sliced strings, so the tokenizer's loops did turn so, and tokenizing took about 40% longer. The
 * method called by its full name is known where the code is compiled, whatever the string; a
 * loop reads `text.length` once, before it starts.
 */

/**
 * The value of a decimal digit in ASCII, Arabic-Indic (٠-٩) or Eastern
 * Arabic-Indic/Persian (۰-۹); -1 for any other character. Constant time.
 *
 * @example
 * digitValue('٣'.charCodeAt(0)); // => 3
 */
export function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x660 && code <= 0x669) return code - 0x660;
  if (code >= 0x6f0 && code <= 0x6f9) return code - 0x6f0;
  return -1;
}

/**
 * True for whitespace and for invisible format characters (direction marks,
 * joiners), which separate tokens. Constant time.
 *
 * @example
 * isSpace(0x200f); // => true
 */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff ||
    code === 0x061c
  );
}

/**
 * True for a line break (a figure's context never runs across one). Constant time.
 *
 * @example
 * isLineBreak(10); // => true
 */
export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

/**
 * True for a character inside an Arabic word: a letter, a mark or the tatweel
 * (the Arabic digits and punctuation are not). Constant time.
 *
 * @example
 * isArabicLetter('ق'.charCodeAt(0)); // => true
 */
export function isArabicLetter(code: number): boolean {
  return (
    (code >= 0x620 && code <= 0x65f) ||
    (code >= 0x66e && code <= 0x6d3) ||
    (code >= 0x6d5 && code <= 0x6ed) ||
    (code >= 0x6fa && code <= 0x6ff) ||
    (code >= 0x750 && code <= 0x77f) ||
    (code >= 0x8a0 && code <= 0x8ff) ||
    (code >= 0xfb50 && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfefc)
  );
}

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/**
 * True for a letter or a combining mark of any script (the code point of one
 * character). Constant time: a table for Latin and Arabic, a one-character
 * regular expression otherwise.
 *
 * @example
 * isLetter('é'.codePointAt(0)); // => true
 */
export function isLetter(codePoint: number): boolean {
  if (codePoint < 0x80) {
    return (codePoint >= 0x61 && codePoint <= 0x7a) || (codePoint >= 0x41 && codePoint <= 0x5a);
  }
  if (codePoint >= 0xc0 && codePoint <= 0x24f) return codePoint !== 0xd7 && codePoint !== 0xf7;
  if (codePoint >= 0x300 && codePoint <= 0x36f) return true;
  if (isArabicLetter(codePoint)) return true;
  if (digitValue(codePoint) >= 0) return false;
  // General Punctuation (typographic quotes and apostrophes, dashes, direction marks) holds no
  // letter nor mark: answered without the regular expression, as these are common in wordings.
  if (codePoint >= 0x2000 && codePoint <= 0x206f) return false;
  return LETTER_OR_MARK.test(String.fromCodePoint(codePoint));
}

/**
 * True for the apostrophes that join or elide words (', ’, ʼ). Constant time.
 *
 * @example
 * isApostrophe('’'.charCodeAt(0)); // => true
 */
export function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc;
}

const COMBINING = /[\u0300-\u036f\u064b-\u065f\u0670\u0640\u06d6-\u06ed]/g;
const HAS_ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;

/** The normalization of any word, one Unicode normalization and a few replacements (see `normalizeWord`). */
function normalizeSlowly(raw: string): string {
  let word = raw.toLowerCase().normalize('NFKD').replace(COMBINING, '');
  if (HAS_ARABIC.test(word)) {
    word = word
      .replace(/\u0629/g, '\u0647')
      .replace(/\u0649/g, '\u064a')
      .replace(/[\u0671\u0672\u0673\u0675]/g, '\u0627')
      .replace(/\u06cc/g, '\u064a')
      .replace(/\u06a9/g, '\u0643');
  }
  return word.replace(/\u0153/g, 'oe').replace(/[\u2019\u02bc]/g, "'");
}

/**
 * Each character below U+0700 (Latin, its accents, Arabic) as `normalizeSlowly` spells it
 * on its own: a table computed once, so that most words are normalized in one pass
 * without a Unicode normalization. A constant; never written after it is built.
 */
const FOLDED: readonly string[] = (() => {
  const table: string[] = [];
  for (let code = 0; code < 0x700; code++) table.push(normalizeSlowly(String.fromCharCode(code)));
  return table;
})();

/**
 * A word as the lexicons spell it: lower case, Latin accents dropped ("tués" → "tues"),
 * Arabic vowel marks and tatweel dropped, hamza forms of alef read as alef,
 * ta marbuta as ha and alef maqsura as ya («قتيلاً» → «قتيلا», «مائة» → «مايه»).
 * One pass over the word for Latin and Arabic letters; a Unicode normalization for
 * anything else. Linear in the word's length.
 *
 * @example
 * normalizeWord('Tués'); // => 'tues'
 */
export function normalizeWord(raw: string): string {
  // Plain ASCII words, the most common: lower case, nothing to fold.
  let ascii = true;
  let lower = true;
  const length = raw.length;
  for (let index = 0; index < length; index++) {
    const code = String.prototype.charCodeAt.call(raw, index);
    if (code >= 0x80) {
      ascii = false;
      break;
    }
    if (code >= 0x41 && code <= 0x5a) lower = false;
  }
  if (ascii) return lower ? raw : raw.toLowerCase();
  let word = '';
  for (let index = 0; index < length; index++) {
    const code = String.prototype.charCodeAt.call(raw, index);
    if (code < 0x80) {
      word += String.fromCharCode(code >= 0x41 && code <= 0x5a ? code + 0x20 : code);
      continue;
    }
    // Characters that change with their neighbours under NFKD (Hangul, combining sequences beyond U+0700) take the slow path.
    if (code >= 0x700 && code !== 0x2019 && code !== 0x2bc) return normalizeSlowly(raw);
    word += code === 0x2019 || code === 0x2bc ? "'" : (FOLDED[code] as string);
  }
  return word;
}

/**
 * True when the (normalized) word is written in Arabic script. Constant time.
 *
 * @example
 * isArabicWord('قتلى'); // => true
 */
export function isArabicWord(word: string): boolean {
  // NaN for an empty word, which is no letter.
  return isArabicLetter(String.prototype.charCodeAt.call(word, 0));
}

/**
 * The spellings under which an Arabic word may be looked up: the word itself,
 * then without the article (ال، لل), a clitic preposition (ب، ل، ك), and, from
 * index `conjFrom` on, without a leading conjunction (و، ف).
 * Constant time (a word has a few spellings at most).
 *
 * @example
 * arabicForms(normalizeWord('والجرحى')); // => {forms: ['والجرحي', 'الجرحي', 'جرحي'], conjFrom: 1}
 */
export function arabicForms(word: string): { forms: string[]; conjFrom: number } {
  const forms = variants(word);
  const conjFrom = forms.length;
  const first = word.charAt(0);
  if ((first === '\u0648' || first === '\u0641') && word.length > 2) {
    for (const form of variants(word.slice(1))) if (!forms.includes(form)) forms.push(form);
  }
  return { forms, conjFrom };
}

function variants(word: string): string[] {
  const out = [word];
  const push = (form: string) => {
    if (form.length >= 2 && !out.includes(form)) out.push(form);
  };
  if (word.startsWith('\u0627\u0644') && word.length > 3) push(word.slice(2));
  if (word.startsWith('\u0644\u0644') && word.length > 3) push(word.slice(2));
  const first = word.charAt(0);
  if ((first === '\u0628' || first === '\u0644' || first === '\u0643') && word.length > 2) {
    const rest = word.slice(1);
    push(rest);
    if (rest.startsWith('\u0627\u0644') && rest.length > 3) push(rest.slice(2));
  }
  return out;
}
