import { chunkEnd } from './chunks.js';
import type { Lexicon } from './lexicon/compile.js';
import type { ScanMode, ScanResult } from './scan.js';
import { scanTokens } from './scan.js';
import type { Token } from './tokenize.js';
import { tokenize } from './tokenize.js';

/** One chunk of a text, tokenized and scanned; `end` is where the chunk's text ends (where the next one starts). */
export interface ScannedChunk extends ScanResult {
  readonly tokens: readonly Token[];
  readonly end: number;
}

/**
 * Tokenizes and scans the chunk of a text that starts at `from` (see `chunkEnd`): a caller
 * reads a long text chunk after chunk, holding no more than one chunk's tokens at a time.
 * `firstTokens`, when given, are the tokens of the first chunk (already read to tell the
 * language). Cost: linear in the chunk's length.
 *
 * @example
 * scanChunk('130 killed', 0, LEXICONS.en, 'sentence').findings.length; // => 1
 */
export function scanChunk(text: string, from: number, lex: Lexicon, mode: ScanMode, firstTokens?: readonly Token[]): ScannedChunk {
  const end = chunkEnd(text, from);
  const tokens = from === 0 && firstTokens !== undefined ? firstTokens : tokenize(text, from, end);
  const { findings, failures } = scanTokens(tokens, lex, mode);
  return { findings, failures, tokens, end };
}
