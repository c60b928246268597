import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { cellText, isNumericColumn } from './toMarkdown.js';
import type { Cell } from './toRows.js';

/** Options of `toTable`. */
export interface TableOptions {
  /**
   * The columns, in order. By default: for estimate rows place, category,
   * label, best, low, high, newestAt and reasons; for history rows at, place,
   * category, kind, after_label, after_best, after_low, after_high and
   * sentence; otherwise every key of the first row.
   */
  columns?: readonly string[];
  /**
   * What a null cell shows. By default for estimate and history rows a null
   * high shows `open` and a null best or time `-`; otherwise nothing.
   */
  nullText?: string | Readonly<Record<string, string>>;
  /** Cells longer than this are cut with `…` (the last column never is). Default: no limit. */
  maxWidth?: number;
  /**
   * An IANA zone (the dataset's `timezone`): the time columns (`at`, `asOf`,
   * `newestAt`) are then shown as local times there, `2025-03-07 14:00`,
   * rather than as `toISOString` writes them. Default: as written.
   */
  timeZone?: string;
}

const TIME_COLUMNS = new Set(['at', 'asOf', 'newestAt']);
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

const ESTIMATE_TABLE_COLUMNS = ['place', 'category', 'label', 'best', 'low', 'high', 'newestAt', 'reasons'];
const HISTORY_TABLE_COLUMNS = ['at', 'place', 'category', 'kind', 'after_label', 'after_best', 'after_low', 'after_high', 'sentence'];
const NULL_TEXT: Readonly<Record<string, string>> = {
  best: '-',
  high: 'open',
  newestAt: '-',
  asOf: '-',
  before_low: '-',
  before_best: '-',
  before_high: '-',
  before_label: '-',
  after_best: '-',
  after_high: 'open',
};

/**
 * Writes rows as a plain-text table aligned for a terminal: a header, a rule,
 * one line per row; numbers right-aligned, two spaces between columns, no
 * trailing spaces. For estimate rows the label and the best figure come right
 * after the scope, so they read at a glance. Widths count code points (wide
 * East Asian characters are not measured as double). Runs in O(total size).
 *
 * @example
 * toTable([{ place: 'coast', label: 'single-source', best: 131 }]);
 * // => 'place  label          best\n-----  -------------  ----\ncoast  single-source   131\n'
 */
export function toTable(rows: readonly Readonly<Record<string, Cell>>[], options: TableOptions = {}): string {
  const first = rows[0];
  const kind = first === undefined ? 'other' : 'kind' in first && 'after_label' in first ? 'history' : 'label' in first && 'low' in first ? 'estimate' : 'other';
  const columns =
    options.columns ?? (kind === 'estimate' ? ESTIMATE_TABLE_COLUMNS : kind === 'history' ? HISTORY_TABLE_COLUMNS : first === undefined ? [] : Object.keys(first));
  if (columns.length === 0) return '';
  const nullText = options.nullText ?? (kind === 'other' ? '' : NULL_TEXT);
  const maxWidth = options.maxWidth ?? Number.POSITIVE_INFINITY;
  const last = columns.length - 1;

  const body = rows.map((row) =>
    columns.map((column, i) => {
      const value = row[column] ?? null;
      const shown = options.timeZone !== undefined && TIME_COLUMNS.has(column) && typeof value === 'string' && ISO_TIME.test(value) ? localTime(value, options.timeZone) : value;
      const text = oneLine(cellText(shown, column, nullText));
      return i < last ? cut(text, maxWidth) : text;
    }),
  );
  const header = columns.map((column) => column);
  const widths = columns.map((_, i) => Math.max(width(header[i]!), ...body.map((cells) => width(cells[i]!))));
  const rightAligned = columns.map((column) => isNumericColumn(rows, column));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => {
        const pad = ' '.repeat(widths[i]! - width(cell));
        if (rightAligned[i]) return pad + cell;
        return i === last ? cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  const out = [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)];
  return `${out.join('\n')}\n`;
}

/** An ISO time as a local time in `timeZone`: '2025-03-07 14:00' (with seconds when there are some). */
function localTime(iso: string, timeZone: string): string {
  const local = new TZDate(Date.parse(iso), timeZone);
  return format(local, local.getSeconds() === 0 && local.getMilliseconds() === 0 ? 'yyyy-MM-dd HH:mm' : 'yyyy-MM-dd HH:mm:ss');
}

function width(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

function cut(text: string, maxWidth: number): string {
  if (width(text) <= maxWidth) return text;
  return `${[...text].slice(0, Math.max(0, maxWidth - 1)).join('')}…`;
}
