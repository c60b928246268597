import type { Cell } from './toRows.js';

/** Options of `toCsv`. */
export interface CsvOptions {
  /** The columns, in order; by default the keys of the first row. Give them to get a header for no rows. */
  columns?: readonly string[];
}

/**
 * Writes rows as CSV by RFC 4180: a header line, then one line per row, each
 * ended by CRLF; a field holding a comma, a double quote, CR or LF is quoted,
 * its quotes doubled. null becomes an empty field; numbers are written as
 * JavaScript writes them. Runs in O(total size).
 *
 * @example
 * toCsv([{ place: 'coast', best: 131, note: 'a "quote", here' }]);
 * // => 'place,best,note\r\ncoast,131,"a ""quote"", here"\r\n'
 */
export function toCsv(rows: readonly Readonly<Record<string, Cell>>[], options: CsvOptions = {}): string {
  const columns = options.columns ?? (rows[0] === undefined ? [] : Object.keys(rows[0]));
  if (columns.length === 0) return '';
  const lines = [columns.map(csvField).join(',')];
  for (const row of rows) lines.push(columns.map((column) => csvField(row[column] ?? null)).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function csvField(value: Cell): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
