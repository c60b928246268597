import { CliError } from '../CliError.js';
import type { CsvTable } from './readCsvTable.js';

/** Columns of a claims CSV that every file must have. */
export const CLAIM_REQUIRED_COLUMNS = ['id', 'source', 'publishedAt', 'count'] as const;
/** Columns a claims CSV may have. */
export const CLAIM_OPTIONAL_COLUMNS = [
  'type',
  'lang',
  'place',
  'category',
  'from',
  'to',
  'relayedBy',
  'status',
  'supersedes',
  'claim',
  'url',
  'quote',
  'note',
] as const;
/** Columns of a sources CSV that every file must have. */
export const SOURCE_REQUIRED_COLUMNS = ['id', 'name', 'type'] as const;
/** Columns a sources CSV may have. */
export const SOURCE_OPTIONAL_COLUMNS = ['group', 'alignment', 'reliability', 'url', 'note'] as const;

/**
 * Checks a CSV header: every required column present, no unknown or repeated
 * column. Returns the position of each column.
 *
 * @throws {CliError} listing every problem, each naming the file and the column.
 */
export function checkColumns(table: CsvTable, required: readonly string[], optional: readonly string[], what: string): Map<string, number> {
  const known = [...required, ...optional];
  const positions = new Map<string, number>();
  const problems: string[] = [];
  table.columns.forEach((name, position) => {
    if (!known.includes(name)) problems.push(`${table.file}:1: unknown column ${JSON.stringify(name)} in ${what}; the columns are ${known.join(', ')}`);
    else if (positions.has(name)) problems.push(`${table.file}:1: column ${JSON.stringify(name)} appears twice`);
    else positions.set(name, position);
  });
  for (const name of required) {
    if (!positions.has(name)) problems.push(`${table.file}:1: missing column ${JSON.stringify(name)}; ${what} needs the columns ${required.join(', ')}`);
  }
  if (problems.length > 0) throw new CliError(problems);
  return positions;
}
