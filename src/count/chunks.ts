/**
 * Long texts are read in chunks of a few thousand characters, cut after the end of a
 * sentence, so that the memory a scan holds stays small and its cost stays linear
 * (no garbage collection of a whole book's tokens at once). Short texts are one chunk.
 */

/** A chunk is cut after the first sentence end past this many characters... */
export const CHUNK_LENGTH = 2000;
/** ...or, with no sentence end, at the last space before this many characters (or there). */
export const MAX_CHUNK_LENGTH = 4000;

/**
 * True for a character that ends a sentence: . ! ? ; line feed, and the Arabic question
 * mark, semicolon and full stop. Constant time.
 *
 * @example
 * isSentenceEnd('؟'.charCodeAt(0)); // => true
 */
export function isSentenceEnd(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3b || code === 0x0a || code === 0x61f || code === 0x61b || code === 0x6d4 || code === 0x3002;
}

function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x660 && code <= 0x669) || (code >= 0x6f0 && code <= 0x6f9);
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0xa0;
}

/**
 * Where the chunk that starts at `from` ends: after a sentence end (". ", "!\n", «؟ »)
 * found past `CHUNK_LENGTH` characters, else after the last space before
 * `MAX_CHUNK_LENGTH`, else there. Cost: linear in the chunk's length.
 *
 * @example
 * chunkEnd('short text', 0); // => 10
 */
export function chunkEnd(text: string, from: number): number {
  if (text.length - from <= MAX_CHUNK_LENGTH) return text.length;
  const limit = from + MAX_CHUNK_LENGTH;
  // One pass: the first sentence end past CHUNK_LENGTH, else the last space (not inside a figure such as "1 383").
  // Characters are read as `normalize.ts` explains.
  let lastSpace = -1;
  for (let index = from + CHUNK_LENGTH; index < limit; index++) {
    const code = String.prototype.charCodeAt.call(text, index);
    if (isBlank(code)) {
      if (index > from + CHUNK_LENGTH && isSentenceEnd(String.prototype.charCodeAt.call(text, index - 1))) return index;
      if (!(isDigit(String.prototype.charCodeAt.call(text, index - 1)) && isDigit(String.prototype.charCodeAt.call(text, index + 1)))) lastSpace = index;
    }
  }
  if (lastSpace > 0) return lastSpace;
  // No space at all: cut, but not inside a surrogate pair.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit + 1 : limit;
}

/**
 * A chunk cut inside a sentence (no sentence end where `chunkEnd` looked) may cut a figure from
 * its qualifier ("more than | 130") or from the words that say what it counts. So the next chunk
 * starts twice this many tokens before the cut, and each chunk keeps only the figures that start
 * in its own part: this one those before the token this many before the cut, the next one those
 * from there on.
 * Every kept figure then has this many tokens of context on each side, more than the longest
 * expression and the widest window the scan reads (see `evidence.ts`).
 */
export const OVERLAP_TOKENS = 32;

/**
 * The index of the token at which the chunk after this one starts reading, when this chunk
 * was cut inside a sentence; -1 when it ends the text or at a sentence end, or is too short
 * to overlap (then the next chunk starts at `end`). Constant time.
 *
 * @example
 * restartToken('130 killed', tokenize('130 killed'), 10); // => -1
 */
export function restartToken(text: string, tokens: readonly { readonly start: number }[], end: number): number {
  if (end >= text.length || isSentenceEnd(text.charCodeAt(end - 1)) || tokens.length <= 2 * OVERLAP_TOKENS) return -1;
  return tokens.length - 2 * OVERLAP_TOKENS;
}
