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
  return [...csvChunks(rows, options)].join('');
}

/**
 * The lines of `toCsv`, one at a time (each with its CRLF), for output too large
 * to hold as one string; joined, they are `toCsv`'s text.
 *
 * @example
 * [...csvChunks([{ place: 'coast', best: 131 }])];
 * // => ['place,best\r\n', 'coast,131\r\n']
 */
export function* csvChunks(rows: Iterable<Readonly<Record<string, Cell>>>, options: CsvOptions = {}): Generator<string, void, undefined> {
  let columns = options.columns;
  if (columns !== undefined && columns.length > 0) yield csvLine(columns);
  for (const row of rows) {
    if (columns === undefined) {
      columns = Object.keys(row);
      if (columns.length > 0) yield csvLine(columns);
    }
    if (columns.length === 0) return;
    yield csvLine(columns.map((column) => row[column] ?? null));
  }
}

function csvLine(cells: readonly Cell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

function csvField(value: Cell): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
