import type { DatasetIssue } from '../../index.js';
import { CliError } from '../CliError.js';
import { CLAIM_OPTIONAL_COLUMNS, CLAIM_REQUIRED_COLUMNS, checkColumns, SOURCE_OPTIONAL_COLUMNS, SOURCE_REQUIRED_COLUMNS } from './csvColumns.js';
import { parseJsonText } from './jsonLocations.js';
import type { Progress } from './Progress.js';
import { type CsvTable, readCsvTable } from './readCsvTable.js';
import { formatJsonIssues } from './readJsonDataset.js';
import { readText } from './readText.js';
import type { ReadDataset } from './types.js';

/** Where a CSV dataset's sources, time zone and trees come from. */
export interface CsvCompanions {
  /** A sources CSV: id, name, type, and optional group, alignment, reliability, url, note. */
  sources?: string | undefined;
  /** A JSON file holding the rest of a dataset: timezone, sources, places, categories, title, description. */
  header?: string | undefined;
}

/**
 * Reads a dataset whose log is a CSV file of records (see `csvRecord`), with
 * its sources from a second CSV (`--sources`) or, with the time zone and the
 * trees, from a JSON header (`--header`).
 *
 * @throws {CliError} when a file cannot be read or parsed, a column is missing or unknown, or the sources are missing.
 */
export async function readCsvDataset(file: string, companions: CsvCompanions, progress?: Progress): Promise<ReadDataset> {
  if (companions.sources === undefined && companions.header === undefined) {
    throw new CliError(`${file}: a CSV of claims needs its sources: give --sources SOURCES.csv or --header HEADER.json (see casualty-claims --help)`);
  }
  let header: Record<string, unknown> = {};
  if (companions.header !== undefined) {
    const parsed = parseJsonText(await readText(companions.header), companions.header);
    if ('message' in parsed) throw new CliError(parsed.message);
    if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
      throw new CliError(`${companions.header}: the header must be a JSON object with timezone, sources, places and categories`);
    }
    header = parsed.value as Record<string, unknown>;
    if (Object.hasOwn(header, 'records')) {
      throw new CliError(`${companions.header}: the header holds "records"; with a CSV of claims, the records are the CSV's rows`);
    }
    if (header.sources !== undefined && companions.sources !== undefined) {
      throw new CliError(`${companions.header}: the header holds sources and --sources ${companions.sources} gives them too; give them once`);
    }
  }

  const claimsTable = await readCsvTable(file, progress);
  const claimColumns = checkColumns(claimsTable, CLAIM_REQUIRED_COLUMNS, CLAIM_OPTIONAL_COLUMNS, 'a claims CSV');
  const records = claimsTable.rows.map((row) => csvRecord(row.cells, claimColumns));

  let sourcesTable: CsvTable | undefined;
  let sources: unknown = header.sources;
  if (companions.sources !== undefined) {
    sourcesTable = await readCsvTable(companions.sources);
    const sourceColumns = checkColumns(sourcesTable, SOURCE_REQUIRED_COLUMNS, SOURCE_OPTIONAL_COLUMNS, 'a sources CSV');
    sources = sourcesTable.rows.map((row) => csvSource(row.cells, sourceColumns));
  }

  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(header)) if (key !== 'type' && key !== 'sources') rest[key] = value;
  const input = { ...rest, sources, records };

  return {
    input,
    async formatIssues(issues: readonly DatasetIssue[]) {
      const fromHeader = issues.filter((issue) => !placedInCsv(issue, sourcesTable !== undefined));
      const headerLines =
        companions.header === undefined
          ? fromHeader.map((issue) => `${file}: ${issue.message}`)
          : await formatJsonIssues(companions.header, fromHeader);
      let next = 0;
      return issues.map((issue) => {
        if (!placedInCsv(issue, sourcesTable !== undefined)) return headerLines[next++]!;
        const [list, position] = issue.path;
        const table = list === 'records' ? claimsTable : sourcesTable!;
        const row = table.rows[position as number];
        const kind = list === 'records' ? String(records[position as number]?.type ?? 'record') : 'source';
        const column = list === 'records' ? recordColumn(issue.path.slice(2)) : String(issue.path[2] ?? '');
        const label = issue.id === undefined ? kind : `${kind} ${issue.id}`;
        const where = `${table.file}:${row?.line ?? 1} (${label})`;
        if (column === '') return `${where}: ${issue.problem}`;
        if (issue.problem === 'is not a known field') return `${where}: column ${column} must be empty in a ${kind} row`;
        return `${where}: ${column} ${issue.problem}`;
      });
    },
  };
}

/** True when a problem lies in a CSV row (a record, or a source read from a sources CSV). */
function placedInCsv(issue: DatasetIssue, sourcesFromCsv: boolean): boolean {
  const [list, position] = issue.path;
  if (typeof position !== 'number') return false;
  return list === 'records' || (list === 'sources' && sourcesFromCsv);
}

/**
 * A CSV row as a log record. The `type` column says which (empty: `claim`):
 * - `claim`: id, source, publishedAt, count, and optional lang, place,
 *   category, from, to, relayedBy (ids separated by `;`), status (`official`),
 *   supersedes, url, quote, note. A count of digits alone is a whole number;
 *   anything else is wording.
 * - `silence`: id, source (the silent source), publishedAt (when), optional
 *   place, category, url, quote, note; count left empty.
 * - `status`: id, claim (the claim's id), status (verified, disputed,
 *   retracted, unverified), publishedAt (when), optional source (who said
 *   so; the claim's own source when empty), url, note.
 * An empty cell is an absent field; a field given where the type has none is
 * passed on, so validation names it.
 */
export function csvRecord(cells: readonly string[], columns: ReadonlyMap<string, number>): Record<string, unknown> {
  const raw = (name: string) => {
    const position = columns.get(name);
    const value = position === undefined ? undefined : cells[position];
    return value === undefined || value.trim() === '' ? undefined : value;
  };
  const trimmed = (name: string) => raw(name)?.trim();
  const type = trimmed('type') ?? 'claim';
  const record: Record<string, unknown> = { type, id: trimmed('id') };
  const set = (key: string, value: unknown) => {
    if (value !== undefined) record[key] = value;
  };
  const scope: Record<string, string> = {};
  for (const key of ['place', 'category', 'from', 'to']) {
    const value = trimmed(key);
    if (value !== undefined) scope[key] = value;
  }
  const count = trimmed('count');
  const countValue = count !== undefined && /^\d+$/.test(count) && Number.isSafeInteger(Number(count)) ? Number(count) : count;
  const relayedBy = trimmed('relayedBy')
    ?.split(';')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  if (type === 'status') {
    set('claim', trimmed('claim'));
    set('status', trimmed('status'));
    set('at', trimmed('publishedAt'));
    set('by', trimmed('source'));
    set('count', countValue);
    set('lang', trimmed('lang'));
    if (Object.keys(scope).length > 0) record.scope = scope;
    set('relayedBy', relayedBy);
    set('supersedes', trimmed('supersedes'));
    set('url', raw('url'));
    set('quote', raw('quote'));
    set('note', raw('note'));
    return record;
  }
  set('source', trimmed('source'));
  if (type === 'silence') set('at', trimmed('publishedAt'));
  else set('publishedAt', trimmed('publishedAt'));
  set('count', countValue);
  set('lang', trimmed('lang'));
  if (Object.keys(scope).length > 0) record.scope = scope;
  set('relayedBy', relayedBy);
  set('status', trimmed('status'));
  set('supersedes', trimmed('supersedes'));
  set('claim', trimmed('claim'));
  set('url', raw('url'));
  set('quote', raw('quote'));
  set('note', raw('note'));
  return record;
}

/** A sources CSV row as a source; an empty cell is an absent field. */
export function csvSource(cells: readonly string[], columns: ReadonlyMap<string, number>): Record<string, unknown> {
  const source: Record<string, unknown> = {};
  for (const [name, position] of columns) {
    const value = cells[position];
    if (value === undefined || value.trim() === '') continue;
    source[name] = name === 'url' || name === 'note' || name === 'name' ? value : value.trim();
  }
  return source;
}

/** The CSV column a field of a record was read from. */
export function recordColumn(field: readonly (string | number)[]): string {
  const [first, second] = field;
  if (first === undefined) return '';
  if (first === 'at') return 'publishedAt';
  if (first === 'by') return 'source';
  if (first === 'scope') return typeof second === 'string' ? second : 'place';
  return String(first);
}
