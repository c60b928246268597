import { differenceInCalendarDays } from 'date-fns';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { localDay } from '../../src/reconcile/estimate.js';

const ZONES = ['UTC', 'Asia/Damascus', 'America/Havana', 'Pacific/Apia', 'Australia/Lord_Howe', 'America/Sao_Paulo'];
const zoneBefore = process.env.TZ;

describe('localDay', () => {
  afterEach(() => {
    if (zoneBefore === undefined) delete process.env.TZ;
    else process.env.TZ = zoneBefore;
  });

  it("differences of local day numbers are date-fns' differenceInCalendarDays, in zones with midnight shifts and skipped days", () => {
    for (const zone of ZONES) {
      process.env.TZ = zone;
      fc.assert(
        fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }), fc.integer({ min: -400 * 86_400_000, max: 400 * 86_400_000 }), (later, back) => {
          const earlier = later - back;
          expect(localDay(later) - localDay(earlier), `${zone} ${later} ${earlier}`).toBe(differenceInCalendarDays(new Date(later), new Date(earlier)));
        }),
        { numRuns: 500 },
      );
    }
  });

  it('reads a fractional millisecond as a Date does, cut toward zero', () => {
    process.env.TZ = 'UTC';
    expect(localDay(-0.5)).toBe(0);
    expect(localDay(86_400_000 - 0.5)).toBe(0);
    expect(localDay(-1)).toBe(-1);
  });

  it('counts the calendar days around the day Samoa skipped (30 December 2011)', () => {
    process.env.TZ = 'Pacific/Apia';
    const before = Date.parse('2011-12-29T12:00:00-10:00');
    const after = Date.parse('2011-12-31T12:00:00+14:00');
    expect(localDay(after) - localDay(before)).toBe(differenceInCalendarDays(new Date(after), new Date(before)));
    expect(localDay(after) - localDay(before)).toBe(2);
  });
});
