import { describe, expect, it } from 'vitest';
import { CountParseError, findCounts, parseCount } from '../../src/count/index.js';

/**
 * The adversarial inputs of the benchmark, at a given length. That time per character stays
 * flat on them is shown by `npm run bench` (bench/count.mjs), not here: a timed unit test fails
 * on a busy shared machine without any change to the code.
 */
const ADVERSARIAL: Record<string, (length: number) => string> = {
  digits: (length) => '7'.repeat(length),
  'more than, repeated': (length) => 'more than '.repeat(Math.ceil(length / 10)),
  'digit groups': (length) => '1,'.repeat(Math.ceil(length / 2)),
  'spaced groups': (length) => '123 '.repeat(Math.ceil(length / 4)),
  'number words': (length) => 'one hundred and '.repeat(Math.ceil(length / 16)),
  'Arabic qualifiers': (length) => 'أكثر من ٣٠ و'.repeat(Math.ceil(length / 12)),
  'between, repeated': (length) => 'between 1 and '.repeat(Math.ceil(length / 14)),
  hyphens: (length) => '1-'.repeat(Math.ceil(length / 2)),
};

function outcome(run: () => unknown): 'ok' | 'CountParseError' {
  try {
    run();
    return 'ok';
  } catch (error) {
    if (error instanceof CountParseError) return 'CountParseError';
    throw error;
  }
}

describe('parseCount(text) and findCounts(text) on adversarial input', () => {
  for (const [name, make] of Object.entries(ADVERSARIAL)) {
    it(`parseCount returns or throws CountParseError for 100 KB of ${name}, and findCounts returns`, () => {
      const text = make(100_000);
      expect(['ok', 'CountParseError']).toContain(outcome(() => parseCount(text)));
      expect(Array.isArray(findCounts(text))).toBe(true);
    });
  }

  it('rejects a wording longer than MAX_COUNT_TEXT_LENGTH at once', () => {
    expect(() => parseCount('7'.repeat(1_000_001))).toThrow(expect.objectContaining({ code: 'too-long' }));
  });
});
