import { TZDate } from '@date-fns/tz';
import { differenceInCalendarDays } from 'date-fns';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { zoneDay } from '../../src/log/time.js';

const ZONES = ['UTC', 'Asia/Damascus', 'America/Havana', 'Pacific/Apia', 'Australia/Lord_Howe', 'America/Sao_Paulo'];
const machineZone = process.env.TZ;

describe('zoneDay(instant, timeZone)', () => {
  afterEach(() => {
    if (machineZone === undefined) delete process.env.TZ;
    else process.env.TZ = machineZone;
  });

  it('runs its example: 22:30 UTC is already the next day in Damascus', () => {
    expect(zoneDay(Date.parse('2025-03-06T22:30:00Z'), 'Asia/Damascus') - zoneDay(Date.parse('2025-03-06T20:00:00Z'), 'Asia/Damascus')).toBe(1);
    expect(zoneDay(Date.parse('2025-03-06T22:30:00Z'), 'UTC') - zoneDay(Date.parse('2025-03-06T20:00:00Z'), 'UTC')).toBe(0);
  });

  it("differences are date-fns' differenceInCalendarDays in that zone, in zones with midnight shifts and skipped days", () => {
    for (const zone of ZONES) {
      fc.assert(
        fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }), fc.integer({ min: -400 * 86_400_000, max: 400 * 86_400_000 }), (later, back) => {
          const earlier = later - back;
          expect(zoneDay(later, zone) - zoneDay(earlier, zone), `${zone} ${later} ${earlier}`).toBe(
            differenceInCalendarDays(new TZDate(later, zone), new TZDate(earlier, zone)),
          );
        }),
        { numRuns: 300 },
      );
    }
  });

  it('does not depend on the machine\'s zone', () => {
    const instant = Date.parse('2025-03-07T21:59:59Z');
    const answers = ZONES.map((machine) => {
      process.env.TZ = machine;
      return zoneDay(instant, 'Asia/Damascus');
    });
    expect(new Set(answers).size).toBe(1);
  });

  it('reads a fractional millisecond as a Date does, cut toward zero', () => {
    expect(zoneDay(-0.5, 'UTC')).toBe(0);
    expect(zoneDay(86_400_000 - 0.5, 'UTC')).toBe(0);
    expect(zoneDay(-1, 'UTC')).toBe(-1);
  });

  it('counts the calendar days around the day Samoa skipped (30 December 2011)', () => {
    const before = Date.parse('2011-12-29T12:00:00-10:00');
    const after = Date.parse('2011-12-31T12:00:00+14:00');
    expect(zoneDay(after, 'Pacific/Apia') - zoneDay(before, 'Pacific/Apia')).toBe(2);
  });
});
