import type { Cell } from './toRows.js';

/** Options of `toMarkdown`. */
export interface MarkdownOptions {
  /** The columns, in order; by default the keys of the first row. */
  columns?: readonly string[];
  /** What a null cell shows: one text for all columns, or one per column (default: empty). */
  nullText?: string | Readonly<Record<string, string>>;
}

/**
 * Writes rows as a GitHub-flavoured Markdown table; columns holding only
 * numbers are right-aligned. `|` is escaped and a line break becomes `<br>`,
 * so any text stays in its cell. Runs in O(total size).
 *
 * @example
 * toMarkdown([{ place: 'coast', best: 131 }]);
 * // => '| place | best |\n| --- | ---: |\n| coast | 131 |\n'
 */
export function toMarkdown(rows: readonly Readonly<Record<string, Cell>>[], options: MarkdownOptions = {}): string {
  const columns = options.columns ?? (rows[0] === undefined ? [] : Object.keys(rows[0]));
  if (columns.length === 0) return '';
  const numeric = columns.map((column) => isNumericColumn(rows, column));
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const out = [line(columns.map(markdownText)), line(numeric.map((isNumber) => (isNumber ? '---:' : '---')))];
  for (const row of rows) {
    out.push(line(columns.map((column) => markdownText(cellText(row[column] ?? null, column, options.nullText)))));
  }
  return `${out.join('\n')}\n`;
}

/** True when every non-null value of the column is a number, and there is one. */
export function isNumericColumn(rows: readonly Readonly<Record<string, Cell>>[], column: string): boolean {
  let seen = false;
  for (const row of rows) {
    const value = row[column];
    if (value === null || value === undefined) continue;
    if (typeof value !== 'number') return false;
    seen = true;
  }
  return seen;
}

/** A cell as text, null shown as the column's `nullText`. */
export function cellText(value: Cell, column: string, nullText: string | Readonly<Record<string, string>> | undefined): string {
  if (value !== null) return String(value);
  if (typeof nullText === 'string') return nullText;
  return nullText !== undefined && Object.hasOwn(nullText, column) ? (nullText[column] ?? '') : '';
}

function markdownText(text: string): string {
  return text.replaceAll('|', '\\|').replace(/\r\n|\r|\n/g, '<br>');
}
