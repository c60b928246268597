import { tz, tzOffset } from '@date-fns/tz';
import { endOfDay, parseISO } from 'date-fns';

/** When a record happened: an instant, or a whole day when it is dated by a date alone. */
export interface TimeSpan {
  /** Epoch milliseconds of the instant, or of the start of the day. */
  start: number;
  /** Epoch milliseconds of the instant, or of the last millisecond of the day. */
  end: number;
  dateOnly: boolean;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** True when `timezone` is an IANA zone name this runtime knows. */
export function isKnownTimeZone(timezone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads a time already checked against `TimeSchema`. A date alone spans its day
 * in `timezone`, taken from the time-zone database (Damascus has had no fixed
 * offset over the years, so an offset table would be wrong).
 *
 * @example
 * timeSpan('2025-03-07', 'Asia/Damascus').start; // => Date.parse('2025-03-06T21:00:00Z')
 */
export function timeSpan(text: string, timezone: string): TimeSpan {
  if (DATE_ONLY.test(text)) {
    const startOfDayInZone = parseISO(text, { in: tz(timezone) });
    return { start: startOfDayInZone.getTime(), end: endOfDay(startOfDayInZone).getTime(), dateOnly: true };
  }
  const instant = instantOf(text);
  return { start: instant, end: instant, dateOnly: false };
}

/**
 * Epoch milliseconds of a date-time already checked against `TimeSchema`
 * (not of a date alone: that needs a zone, see `timeSpan`).
 *
 * @example
 * instantOf('2025-03-07T14:00:00+03:00'); // => Date.parse('2025-03-07T11:00:00Z')
 */
export function instantOf(text: string): number {
  // Date.parse is native and reads an RFC 3339 date-time exactly as parseISO does
  // when the fraction of a second has at most three digits (checked on a million
  // random valid times, years 0000-9999); longer fractions keep parseISO.
  return text.charCodeAt(19) !== 46 /* . */ || fractionDigits(text) <= 3 ? Date.parse(text) : parseISO(text).getTime();
}

/** How many digits follow the point after a date-time's seconds (`…:00.250Z` → 3). */
function fractionDigits(text: string): number {
  let digits = 0;
  for (let i = 20; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) break;
    digits++;
  }
  return digits;
}

/**
 * The moment an `asOf` option stands for: a date alone means the last
 * millisecond of that day in `timezone`, so "as of 8 March" includes all of 8 March.
 * Returns NaN when `asOf` is not a date-time with an offset, a date, a Date or epoch milliseconds.
 *
 * @example
 * asOfInstant('2025-03-08', 'UTC'); // => Date.parse('2025-03-08T23:59:59.999Z')
 */
export function asOfInstant(asOf: string | Date | number, timezone: string): number {
  if (typeof asOf === 'number') return asOf;
  if (asOf instanceof Date) return asOf.getTime();
  if (DATE_ONLY.test(asOf)) return timeSpan(asOf, timezone).end;
  if (!/(?:Z|[+-]\d{2}:\d{2})$/i.test(asOf)) return Number.NaN;
  return parseISO(asOf).getTime();
}

/**
 * The number of the calendar day of an instant in `timeZone` (days since
 * 1970-01-01 of the zone's date): the difference of two is the number of
 * calendar days between them there, as date-fns' `differenceInCalendarDays`
 * counts them on a machine set to that zone.
 *
 * @example
 * zoneDay(Date.parse('2025-03-06T22:30:00Z'), 'Asia/Damascus') - zoneDay(Date.parse('2025-03-06T20:00:00Z'), 'Asia/Damascus'); // => 1
 */
export function zoneDay(instant: number, timeZone: string): number {
  // As a Date holds it: whole milliseconds, cut toward zero (and -0 is 0).
  const time = Math.trunc(instant) || 0;
  // The zone's offset east of UTC, in minutes (it may have a fraction for old local mean times).
  const offset = Math.round(tzOffset(timeZone, new Date(time)) * 60_000);
  return Math.floor((time + offset) / 86_400_000);
}
