import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../src/output/jsonChunks.js';
import { deepFreeze } from '../helpers.js';
import { sampleEstimate } from './sample.js';

const whole = (values: unknown[]) => `${JSON.stringify(values, null, 2)}\n`;

describe('jsonChunks(values)', () => {
  it('runs its example', () => {
    expect([...jsonChunks([{ low: 131 }, { low: 30 }])].join('')).toBe('[\n  {\n    "low": 131\n  },\n  {\n    "low": 30\n  }\n]\n');
  });

  it('writes an empty array as JSON.stringify does', () => {
    expect([...jsonChunks([])].join('')).toBe('[]\n');
  });

  it('gives one piece per element, then the closing bracket', () => {
    const pieces = [...jsonChunks([1, 2, 3])];
    expect(pieces).toEqual(['[\n  1', ',\n  2', ',\n  3', '\n]\n']);
  });

  it('joins to exactly the text of JSON.stringify(values, null, 2), for any JSON values', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ maxDepth: 4 }), { maxLength: 8 }), (values) => {
        expect([...jsonChunks(values)].join('')).toBe(whole(values));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps newlines inside strings escaped, and estimates byte-identical', () => {
    const estimate = { ...sampleEstimate(), note: 'line one\nline two\r\n  indented' };
    expect([...jsonChunks([estimate, estimate])].join('')).toBe(whole([estimate, estimate]));
  });

  it('reads a lazy iterable once, element by element', () => {
    let made = 0;
    function* values() {
      for (let i = 0; i < 3; i++) {
        made++;
        yield { i };
      }
    }
    const pieces = jsonChunks(values());
    expect(pieces.next().value).toBe('[\n  {\n    "i": 0\n  }');
    expect(made).toBe(1);
    expect([...pieces].join('')).toBe(',\n  {\n    "i": 1\n  },\n  {\n    "i": 2\n  }\n]\n');
    expect(made).toBe(3);
  });

  it('does not mutate its input', () => {
    expect(() => [...jsonChunks(deepFreeze([{ a: [1, { b: 2 }] }]))]).not.toThrow();
  });
});
