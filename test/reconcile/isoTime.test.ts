import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IsoTimes } from '../../src/reconcile/isoTime.js';

describe('IsoTimes.format', () => {
  it('writes every time as Date.prototype.toISOString does, across days, years and the epoch', () => {
    const times = new IsoTimes();
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -8.64e15, max: 8.64e15 }), fc.integer({ min: -1e11, max: 1e11 }), fc.double({ min: -1e13, max: 1e13, noNaN: true })), (time) => {
        expect(times.format(time)).toBe(new Date(time).toISOString());
      }),
      { numRuns: 2000 },
    );
  });

  it('writes the limits of Date and the last millisecond of a day', () => {
    const times = new IsoTimes();
    for (const time of [0, -1, 8.64e15, -8.64e15, Date.UTC(2025, 2, 7, 23, 59, 59, 999), Date.UTC(-1, 0, 1), Date.UTC(10000, 0, 1)]) {
      expect(times.format(time)).toBe(new Date(time).toISOString());
    }
  });

  it('throws as toISOString does for a time no Date holds', () => {
    const times = new IsoTimes();
    expect(() => times.format(8.64e15 + 1)).toThrow(RangeError);
    expect(() => times.format(Number.NaN)).toThrow(RangeError);
  });
});
