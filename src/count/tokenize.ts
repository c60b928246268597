import { HASH_START, hashedSpanId, hashStep, idList, spellingOf, wordId } from './vocabulary.js';
import { arabicForms, digitValue, isApostrophe, isArabicWord, isLetter, isLineBreak, isSpace, normalizeWord } from './normalize.js';

/**
 * One token of a wording: a figure in digits (`num`), a word, or one
 * punctuation character. Offsets are JavaScript string indices into the text.
 */
export interface Token {
  readonly kind: 'num' | 'word' | 'punct';
  readonly start: number;
  readonly end: number;
  /** Words: the normalized spelling; numbers: ASCII digits and separators; punctuation: the character (dashes folded to '-'). */
  readonly norm: string;
  /**
   * The number in the lexicons' vocabulary (-1 for a spelling no phrase uses; see `wordId`) of each
   * spelling a lexicon may know the token by (see `spellingsOf`): one for most tokens, several for
   * an Arabic word with clitics.
   */
  readonly ids: readonly number[];
  /** Index in `spellingsOf(token)` from which a leading Arabic conjunction (و، ف) was stripped. */
  readonly conjFrom: number;
  /** Whitespace separates this token from the previous one. */
  readonly spaceBefore: boolean;
  /** A line break separates this token from the previous one. */
  readonly breakBefore: boolean;
  /** The first character is an upper-case letter. */
  readonly upper: boolean;
  /** Numbers: the digit groups, in ASCII ("1,383" → ['1', '383']). */
  readonly groups: readonly string[];
  /** Numbers: the separator between each pair of groups. */
  readonly seps: readonly string[];
  /**
   * A cache for `matchLongest`: which of a lexicon's tries a phrase may start at this token
   * (one bit a trie), and for which lexicon's index. Filled on first use; belongs to this token only.
   */
  startBits: number;
  startIndex: object | null;
}

/** French elisions ("d'une", "jusqu'à") split into their full word. */
const ELISIONS: Readonly<Record<string, string>> = {
  l: 'le',
  d: 'de',
  j: 'je',
  m: 'me',
  n: 'ne',
  s: 'se',
  t: 'te',
  c: 'ce',
  qu: 'que',
  jusqu: 'jusque',
  lorsqu: 'lorsque',
  puisqu: 'puisque',
  quoiqu: 'quoique',
  presqu: 'presque',
};

/** Separators that may join digit groups when a digit follows at once: , . · ٫ ٬ ' ’ ‧ ˙ (by code, no string made). */
function isJoiningSeparator(code: number): boolean {
  return code === 0x2c || code === 0x2e || code === 0xb7 || code === 0x66b || code === 0x66c || code === 0x27 || code === 0x2019 || code === 0x2027 || code === 0x2d9;
}

/** Spaces that may group thousands ("1 383"), under the stricter rule of `readNumeral`. */
function isSpaceSeparator(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 0x2007;
}

const PUNCT_FOLD: Readonly<Record<string, string>> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2212': '-',
  '\u2012': '-',
  '\u060c': ',',
  '\u061b': ';',
  '\u061f': '?',
  '\u06d4': '.',
  '\u066a': '%',
  '\u2013': '\u2013',
};

const NO_GROUPS: readonly string[] = [];

/**
 * The spellings a lexicon may know a token by, in the order of its `ids`: the token's own, and
 * for an Arabic word the same without its clitics. Made on demand (few callers need the strings;
 * matching compares the numbers). Linear in the word's length.
 *
 * @example
 * spellingsOf(tokenize('والقتلى')[0]); // => ['والقتلي', 'القتلي', 'قتلي']
 */
export function spellingsOf(token: Token): readonly string[] {
  if (token.kind === 'word' && isArabicWord(token.norm)) return arabicForms(token.norm).forms;
  return [token.norm];
}

/**
 * Splits a text (or its part from `from` to `to`) into tokens in one left-to-right
 * pass; each character is read a bounded number of times, so the cost is linear in
 * the text's length. Offsets are indices into the whole text; no token runs past `to`.
 * Characters are read by `String.prototype.charCodeAt.call`, as `normalize.ts` explains.
 *
 * @example
 * tokenize('more than 1,383').map((token) => token.norm); // => ['more', 'than', '1,383']
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const length = Math.min(to, text.length);
  let index = from;
  let spaceBefore = false;
  let breakBefore = false;
  while (index < length) {
    const code = String.prototype.charCodeAt.call(text, index);
    // The two commonest characters first: a plain space, and an ASCII letter that starts a word.
    if (code === 0x20) {
      spaceBefore = true;
      index++;
      continue;
    }
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) {
      index = readWord(text, index, length, tokens, spaceBefore, breakBefore);
      spaceBefore = false;
      breakBefore = false;
      continue;
    }
    if (isSpace(code)) {
      spaceBefore = true;
      if (isLineBreak(code)) breakBefore = true;
      index++;
      continue;
    }
    if (digitValue(code) >= 0) {
      const numeral = readNumeral(text, index, length);
      const id = wordId(numeral.norm);
      tokens.push({
        kind: 'num',
        start: index,
        end: numeral.end,
        norm: numeral.norm,
        ids: idList(id),
        conjFrom: 1,
        spaceBefore,
        breakBefore,
        upper: false,
        groups: numeral.groups,
        seps: numeral.seps,
        startBits: 0,
        startIndex: null,
      });
      index = numeral.end;
    } else {
      const codePoint = String.prototype.codePointAt.call(text, index) ?? code;
      const width = codePoint > 0xffff ? 2 : 1;
      if (isLetter(codePoint)) {
        index = readWord(text, index, length, tokens, spaceBefore, breakBefore);
      } else {
        const char = text.slice(index, index + width);
        const norm = PUNCT_FOLD[char] ?? char;
        const id = wordId(norm);
        tokens.push({
          kind: 'punct',
          start: index,
          end: index + width,
          norm,
          ids: idList(id),
          conjFrom: 1,
          spaceBefore,
          breakBefore,
          upper: false,
          groups: NO_GROUPS,
          seps: NO_GROUPS,
          startBits: 0,
          startIndex: null,
        });
        index += width;
      }
    }
    spaceBefore = false;
    breakBefore = false;
  }
  return tokens;
}

/** Reads a word from `start`, pushes it (and an elided French article before it), returns where it ends. */
function readWord(text: string, start: number, length: number, tokens: Token[], spaceBefore: boolean, breakBefore: boolean): number {
  let index = start;
  let wordStart = start;
  let space = spaceBefore;
  let lineBreak = breakBefore;
  // Only lower-case ASCII letters so far: the word is its own normalized spelling.
  let plain = true;
  // The vocabulary's hash of a plain word, taken on the way.
  let hash = HASH_START;
  while (index < length) {
    const code = String.prototype.charCodeAt.call(text, index);
    if (code >= 0x61 && code <= 0x7a) {
      hash = hashStep(hash, code);
      index++;
      continue;
    }
    if (code >= 0x41 && code <= 0x5a) {
      plain = false;
      index++;
      continue;
    }
    const codePoint = String.prototype.codePointAt.call(text, index) ?? 0;
    if (isLetter(codePoint)) {
      plain = false;
      index += codePoint > 0xffff ? 2 : 1;
      continue;
    }
    if (isApostrophe(codePoint) && index + 1 < length && isLetter(String.prototype.codePointAt.call(text, index + 1) ?? 0)) {
      plain = false;
      const before = text.slice(wordStart, index).toLowerCase();
      const full = ELISIONS[before];
      if (full !== undefined) {
        pushWord(tokens, text, wordStart, index + 1, full, space, lineBreak, false, 0);
        space = false;
        lineBreak = false;
        wordStart = index + 1;
      }
      index++;
      continue;
    }
    break;
  }
  pushWord(tokens, text, wordStart, index, undefined, space, lineBreak, plain, hash);
  return index;
}

function pushWord(
  tokens: Token[],
  text: string,
  start: number,
  end: number,
  spelled: string | undefined,
  spaceBefore: boolean,
  breakBefore: boolean,
  plain: boolean,
  hash: number,
): void {
  let id: number;
  let norm: string;
  if (plain && spelled === undefined) {
    // Lower-case ASCII: looked up from its span, without a copy of its own when the vocabulary knows it.
    id = hashedSpanId(text, start, end, hash);
    norm = id >= 0 ? spellingOf(id) : text.slice(start, end);
  } else {
    norm = spelled ?? normalizeWord(text.slice(start, end));
    id = wordId(norm);
  }
  // A known word shares the vocabulary's list of its number.
  let ids = idList(id);
  if (id >= 0) norm = spellingOf(id);
  let conjFrom = 1;
  if (!plain && isArabicWord(norm)) {
    const arabic = arabicForms(norm);
    if (arabic.forms.length > 1) ids = arabic.forms.map(wordId);
    conjFrom = arabic.conjFrom;
  }
  const first = String.prototype.charCodeAt.call(text, start);
  tokens.push({
    kind: 'word',
    start,
    end,
    norm,
    ids,
    conjFrom,
    spaceBefore,
    breakBefore,
    upper: (first >= 0x41 && first <= 0x5a) || (first >= 0xc0 && first <= 0xde && first !== 0xd7),
    groups: NO_GROUPS,
    seps: NO_GROUPS,
    startBits: 0,
    startIndex: null,
  });
}

/**
 * Reads a figure in digits with its group separators. A point, comma, middle dot
 * or apostrophe joins the next digits whatever their count (the separators rule
 * is applied when the figure is read, see `numeralValue`); a space joins only a
 * group of exactly three digits after groups that could be thousands ("1 383",
 * "10 000"), so "in 2023 130 died" stays two figures.
 */
function readNumeral(text: string, start: number, length: number): { end: number; norm: string; groups: string[]; seps: readonly string[] } {
  const first = groupDigits(text, start, length);
  let index = start + first.length;
  const groups = [first];
  // Most figures are one group: no separator list, no join.
  if (index + 1 >= length) return { end: index, norm: first, groups, seps: NO_GROUPS };
  const seps: string[] = [];
  // Spaces may still group thousands: no other separator so far, a first group of 1-3 digits, then groups of 3.
  let spaceGrouping = first.length <= 3;
  while (index + 1 < length) {
    const code = String.prototype.charCodeAt.call(text, index);
    let joined = false;
    if (isJoiningSeparator(code) && digitValue(String.prototype.charCodeAt.call(text, index + 1)) >= 0) {
      seps.push(text.charAt(index));
      spaceGrouping = false;
      joined = true;
    } else if (isSpaceSeparator(code) && spaceGrouping && index + 4 <= length && threeDigitsAt(text, index + 1)) {
      seps.push(' ');
      joined = true;
    }
    if (!joined) break;
    const group = groupDigits(text, index + 1, length);
    groups.push(group);
    index += 1 + group.length;
  }
  if (seps.length === 0) return { end: index, norm: first, groups, seps: NO_GROUPS };
  const parts = [first];
  for (let group = 1; group < groups.length; group++) parts.push(seps[group - 1] as string, groups[group] as string);
  return { end: index, norm: parts.join(''), groups, seps };
}

/**
 * The run of digits (of any of the three sets) that starts at `from`, in ASCII: a slice when
 * they are ASCII already. Every digit is one code unit, so the run ends `from` + its length.
 */
function groupDigits(text: string, from: number, length: number): string {
  let index = from;
  while (index < length) {
    const code = String.prototype.charCodeAt.call(text, index);
    if (code < 0x30 || code > 0x39) break;
    index++;
  }
  if (index < length && digitValue(String.prototype.charCodeAt.call(text, index)) >= 0) {
    let end = index;
    while (end < length && digitValue(String.prototype.charCodeAt.call(text, end)) >= 0) end++;
    return asciiDigits(text, from, end);
  }
  return text.slice(from, index);
}

/** The digits of `text` from `from` to `to`, in ASCII. */
function asciiDigits(text: string, from: number, to: number): string {
  const digits: string[] = [];
  for (let index = from; index < to; index++) digits.push(String.fromCharCode(0x30 + digitValue(String.prototype.charCodeAt.call(text, index))));
  return digits.join('');
}

/** True when exactly three digits start at `at` (and no fourth follows). */
function threeDigitsAt(text: string, at: number): boolean {
  for (let offset = 0; offset < 3; offset++) {
    if (digitValue(String.prototype.charCodeAt.call(text, at + offset)) < 0) return false;
  }
  return digitValue(String.prototype.charCodeAt.call(text, at + 3)) < 0;
}
