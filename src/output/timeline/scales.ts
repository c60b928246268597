import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A linear map from a domain to a range of pixels. */
export function linearScale(domainStart: number, domainEnd: number, rangeStart: number, rangeEnd: number): (value: number) => number {
  const span = domainEnd - domainStart || 1;
  return (value) => rangeStart + ((value - domainStart) / span) * (rangeEnd - rangeStart);
}

/** Ticks from 0 to `max` at a step of 1, 2 or 5 times a power of ten, about `count` of them. */
export function numberTicks(max: number, count = 5): number[] {
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough || 1));
  const step = [1, 2, 2.5, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let value = 0; value <= max + step / 1e6; value += step) ticks.push(Math.round(value * 1e6) / 1e6);
  return ticks;
}

/** A whole number with thousands separated by commas: 1300 → '1,300'. */
export function formatNumber(value: number): string {
  const [whole = '', fraction] = String(value).split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign === '' ? whole : whole.slice(1);
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? sign + grouped : `${sign}${grouped}.${fraction}`;
}

const STEPS_IN_HOURS = [1, 2, 3, 6, 12];
const STEPS_IN_DAYS = [1, 2, 7, 14];

/** A time tick: where, and its label in the dataset's zone. */
export interface TimeTick {
  time: number;
  label: string;
}

/**
 * Ticks between `start` and `end`, at whole hours, days, weeks or months in
 * `timezone` (so they fall on local midnight whatever the offset), at most
 * about `maxCount` of them. Labels name the day where it changes.
 */
export function timeTicks(start: number, end: number, timezone: string, maxCount = 7): TimeTick[] {
  const span = end - start;
  const hours = STEPS_IN_HOURS.find((step) => span / (step * HOUR) <= maxCount);
  const days = hours === undefined ? STEPS_IN_DAYS.find((step) => span / (step * DAY) <= maxCount) : undefined;
  const ticks: TimeTick[] = [];
  let previousDay = '';
  const label = (time: number, withTime: boolean) => {
    const local = new TZDate(time, timezone);
    const day = format(local, 'd MMM yyyy');
    const text = withTime ? (day === previousDay ? format(local, 'HH:mm') : format(local, 'd MMM HH:mm')) : format(local, previousDay === '' ? 'd MMM yyyy' : 'd MMM');
    previousDay = day;
    return text;
  };
  if (hours !== undefined) {
    const first = new TZDate(start, timezone);
    first.setMinutes(0, 0, 0);
    first.setHours(Math.ceil((first.getHours() + (first.getTime() < start ? 1 : 0)) / hours) * hours);
    for (let t = first.getTime(); t <= end && ticks.length < 100; t += hours * HOUR) {
      if (t >= start) ticks.push({ time: t, label: label(t, true) });
    }
    return ticks;
  }
  const cursor = new TZDate(start, timezone);
  cursor.setHours(0, 0, 0, 0);
  if (days !== undefined) {
    if (cursor.getTime() < start) cursor.setDate(cursor.getDate() + 1);
    while (cursor.getTime() <= end && ticks.length < 100) {
      ticks.push({ time: cursor.getTime(), label: label(cursor.getTime(), false) });
      cursor.setDate(cursor.getDate() + days);
    }
    return ticks;
  }
  // Months: the first of each month, every n months.
  const months = [1, 2, 3, 6, 12, 24, 60, 120].find((step) => span / (step * 30 * DAY) <= maxCount) ?? 240;
  cursor.setDate(1);
  if (cursor.getTime() < start) cursor.setMonth(cursor.getMonth() + 1);
  cursor.setMonth(Math.ceil(cursor.getMonth() / months) * months);
  while (cursor.getTime() <= end && ticks.length < 100) {
    ticks.push({ time: cursor.getTime(), label: format(cursor, 'MMM yyyy') });
    cursor.setMonth(cursor.getMonth() + months);
  }
  return ticks;
}

/** A moment in the dataset's zone, for a tooltip: '7 Mar 2025 14:00'. */
export function formatTime(time: number, timezone: string): string {
  return format(new TZDate(time, timezone), 'd MMM yyyy HH:mm');
}
