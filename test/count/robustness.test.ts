import { describe, expect, it } from 'vitest';
import { CountParseError, findCounts, parseCount } from '../../src/count/index.js';

/** The adversarial inputs of the benchmark, at a given length. */
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

/** The fastest of several runs, per character (the least disturbed by other work on the machine). */
function timePerChar(run: (text: string) => unknown, text: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 7; round++) {
    const start = performance.now();
    outcome(() => run(text));
    best = Math.min(best, performance.now() - start);
  }
  return best / text.length;
}

describe('parseCount(text) and findCounts(text) on adversarial input', () => {
  for (const [name, make] of Object.entries(ADVERSARIAL)) {
    it(`parseCount returns or throws CountParseError for 100 KB of ${name}, and findCounts returns`, () => {
      const text = make(100_000);
      expect(['ok', 'CountParseError']).toContain(outcome(() => parseCount(text)));
      expect(Array.isArray(findCounts(text))).toBe(true);
    });
  }

  it('runs in time linear in the length: 100 KB costs no more per character than 10 KB, within a wide margin', () => {
    for (const [name, make] of Object.entries(ADVERSARIAL)) {
      for (const run of [(text: string) => parseCount(text), (text: string) => findCounts(text)]) {
        timePerChar(run, make(10_000));
        const small = timePerChar(run, make(10_000));
        const large = timePerChar(run, make(100_000));
        // Quadratic behaviour would make the large input ten times slower per character.
        expect(large, name).toBeLessThan(small * 5 + 1e-4);
      }
    }
  });

  it('rejects a wording longer than MAX_COUNT_TEXT_LENGTH at once', () => {
    expect(() => parseCount('7'.repeat(1_000_001))).toThrow(expect.objectContaining({ code: 'too-long' }));
  });
});
