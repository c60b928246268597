// Shortcuts taken for speed (bench/, issue 7) must not change what the library answers.
import { parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate.mjs';
import { parseDataset } from '../../src/index.js';
import { timeSpan } from '../../src/log/time.js';
import { TimeSchema } from '../../src/log/schema/primitives.js';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** RFC 3339 date-times as TimeSchema accepts them: any year, fractions of 0 to 9 digits, Z or an offset. */
const dateTime = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
    fraction: fc.option(fc.stringMatching(/^\d{1,9}$/), { nil: undefined }),
    offset: fc.option(fc.record({ sign: fc.constantFrom('+', '-'), hours: fc.integer({ min: 0, max: 23 }), minutes: fc.integer({ min: 0, max: 59 }) }), { nil: undefined }),
  })
  .map(({ year, month, day, hour, minute, second, fraction, offset }) => {
    const zone = offset === undefined ? 'Z' : `${offset.sign}${pad(offset.hours, 2)}:${pad(offset.minutes, 2)}`;
    return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hour, 2)}:${pad(minute, 2)}:${pad(second, 2)}${fraction === undefined ? '' : `.${fraction}`}${zone}`;
  });

describe('timeSpan(text) reads a date-time natively (Date.parse) where that is exact', () => {
  it('gives the instant parseISO gives, for every date-time TimeSchema accepts', () => {
    fc.assert(
      fc.property(dateTime, (text) => {
        fc.pre(TimeSchema.safeParse(text).success);
        const span = timeSpan(text, 'UTC');
        expect(span.start).toBe(parseISO(text).getTime());
        expect(span.end).toBe(span.start);
        expect(span.dateOnly).toBe(false);
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('parseDataset(input) reads each wording once per dataset', () => {
  it('gives claims with the same wording and language equal readings, as reading each alone does', () => {
    const data = generateDataset({ records: 1000, seed: 7 });
    const whole = parseDataset(data);
    const claims = data.records.flatMap((record, position) => (record.type === 'claim' ? [{ record, position }] : []));
    // Each claim in a dataset of its own: no reading can be shared.
    for (const { record, position } of claims.filter((_, i) => i % 10 === 0)) {
      const { supersedes: _link, ...single } = record;
      const alone = parseDataset({ ...data, records: [single] });
      expect(whole.index.readings[position]).toEqual(alone.index.readings[0]);
    }
  });
});
