import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Dataset } from '../../index.js';

/** A caption for a table: the dataset's title (or file), then what the table shows. */
export function caption(dataset: Dataset, file: string, what: string): string {
  return `${dataset.title ?? file}\n${what}\n`;
}

/** A moment as the dataset's readers know it: '2025-03-07 00:00 Asia/Damascus'. */
export function localMoment(iso: string | null, timezone: string): string {
  if (iso === null) return 'no record';
  return `${format(new TZDate(Date.parse(iso), timezone), 'yyyy-MM-dd HH:mm')} ${timezone}`;
}
