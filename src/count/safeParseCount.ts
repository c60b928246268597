import { CountParseError } from './CountParseError.js';
import type { CountOptions } from './options.js';
import { describeValue } from './options.js';
import { CountFailure, parseCountOrFailure } from './parseCount.js';
import type { ParsedCount } from './types.js';

/** The result of `safeParseCount`, shaped as zod's `safeParse` result. */
export type SafeParseCountResult = { success: true; data: ParsedCount } | { success: false; error: CountParseError };

/**
 * `parseCount` that never throws: `{success: true, data}` with the parsed count, or
 * `{success: false, error}` with the `CountParseError`, as zod's `safeParse` does.
 * Any input is accepted (a non-string gives a `not-a-string` error). The error's `stack` lists no
 * frames (it is a value, not an exception). Cost: that of `parseCount`.
 *
 * @example
 * safeParseCount('fewer than 0').success; // => false
 */
export function safeParseCount(text: unknown, options: CountOptions = {}): SafeParseCountResult {
  try {
    // A wording that cannot be read is an answer here, not an exception: no throw and catch on that path.
    const read = parseCountOrFailure(text, options);
    return read instanceof CountFailure ? { success: false, error: read.toError(false) } : { success: true, data: read };
  } catch (error) {
    if (error instanceof CountParseError) return { success: false, error };
    const shown = typeof text === 'string' ? text : describeValue(text);
    const reason = error instanceof Error ? error.message : String(error);
    return { success: false, error: new CountParseError(shown, 0, 'unreadable', reason) };
  }
}
