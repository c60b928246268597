import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CountParseError, parseCount, safeParseCount } from '../../src/count/index.js';

describe('safeParseCount(text) returns a result as zod does and never throws', () => {
  it('gives {success: true, data} for a wording that reads', () => {
    expect(safeParseCount('more than 130')).toEqual({ success: true, data: parseCount('more than 130') });
  });

  it('gives {success: false, error} with the CountParseError for a wording that does not', () => {
    const result = safeParseCount('fewer than 0');
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error).toBeInstanceOf(CountParseError);
      expect(result.error.code).toBe('empty-range');
    }
  });

  it('gives not-a-string for input that is not a string, whatever it is', () => {
    for (const value of [130, null, undefined, {}, [], Symbol('x'), () => 1, 10n, Object.create(null)]) {
      const result = safeParseCount(value);
      expect(result.success).toBe(false);
      if (!result.success) expect(result.error.code).toBe('not-a-string');
    }
  });

  it('returns an error with the message parseCount throws, but no stack frames, and leaves the stack limit alone', () => {
    const limit = Error.stackTraceLimit;
    for (const text of ['fewer than 0', 'nearly 0', '200 wounded', 'hello world', 'more than']) {
      const result = safeParseCount(text, { lang: 'en' });
      let thrown: unknown = null;
      try {
        parseCount(text, { lang: 'en' });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(CountParseError);
      expect(result.success).toBe(false);
      if (result.success || !(thrown instanceof CountParseError)) continue;
      expect([result.error.message, result.error.code, result.error.position]).toEqual([thrown.message, thrown.code, thrown.position]);
      expect(result.error.stack).toBe(`CountParseError: ${thrown.message}`);
      expect(thrown.stack).toMatch(/\n\s+at /);
    }
    expect(Error.stackTraceLimit).toBe(limit);
  });

  it('gives bad-option for an unknown language', () => {
    const result = safeParseCount('130', { lang: 'xx' as 'en' });
    expect(result.success ? null : result.error.code).toBe('bad-option');
  });

  it('never throws, for any string and any language option', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.constantFrom('en', 'ar', 'fr', 'es', 'auto', undefined), (text, lang) => {
        const result = safeParseCount(text, { lang });
        if (result.success) {
          expect(Number.isSafeInteger(result.data.min)).toBe(true);
          expect(result.data.max === null || result.data.max >= result.data.min).toBe(true);
        } else {
          expect(result.error).toBeInstanceOf(CountParseError);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('CountParseError names the text, the position and the reason', () => {
  it('has the fields text, position, code and reason, and a message that names the text', () => {
    const error = new CountParseError('more than', 9, 'qualifier-without-figure', 'no figure after "more than"');
    expect(error).toBeInstanceOf(Error);
    expect({ name: error.name, text: error.text, position: error.position, code: error.code, reason: error.reason }).toEqual({
      name: 'CountParseError',
      text: 'more than',
      position: 9,
      code: 'qualifier-without-figure',
      reason: 'no figure after "more than"',
    });
    expect(error.message).toBe('Cannot read the count "more than": no figure after "more than" (at character 9)');
  });

  it('cuts a long text in its message but keeps it whole in `text`', () => {
    const text = 'x'.repeat(500);
    const error = new CountParseError(text, 500, 'no-figure', 'no figure');
    expect(error.text).toBe(text);
    expect(error.message.length).toBeLessThan(200);
  });
});
