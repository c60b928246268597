/**
 * Count parsing: from the words of a report to a range, in English, Arabic,
 * French and Spanish, by the rules of COUNT-SEMANTICS.md.
 */
export { parseCount, MAX_COUNT_TEXT_LENGTH } from './parseCount.js';
export { safeParseCount } from './safeParseCount.js';
export type { SafeParseCountResult } from './safeParseCount.js';
export { findCounts } from './findCounts.js';
export type { FoundCount } from './findCounts.js';
export { CountParseError } from './CountParseError.js';
export type { CountParseErrorCode } from './CountParseError.js';
export type { CountOptions } from './options.js';
export type { CountKind, CountLang, ParsedCount, Qualifier } from './types.js';
