import { parse } from 'csv-parse';
import { CliError, fileErrorMessage } from '../CliError.js';
import { openInput } from './openInput.js';
import { type Progress, readingText } from './Progress.js';

/** A CSV file as its header and its rows, each row with the line it starts on. */
export interface CsvTable {
  file: string;
  columns: string[];
  rows: { cells: string[]; line: number }[];
}

/**
 * Reads a CSV file (RFC 4180: quoted fields, embedded commas, quotes and line
 * breaks; a byte-order mark and blank lines are skipped) with `csv-parse`, as
 * a stream. The first row is the header; its names are trimmed.
 *
 * @throws {CliError} naming the file and line when it cannot be read or parsed.
 */
export async function readCsvTable(file: string, progress?: Progress): Promise<CsvTable> {
  const { stream, size, handle } = await openInput(file);
  const parser = parse({ bom: true, skip_empty_lines: true, info: true, relax_column_count: false });
  let columns: string[] | undefined;
  const rows: CsvTable['rows'] = [];
  let previousEnd = 0;
  let previousSkipped = 0;
  try {
    stream.on('error', (error) => parser.destroy(error));
    stream.pipe(parser);
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number; empty_lines: number; comment_lines: number } }>) {
      const skipped = item.info.empty_lines + item.info.comment_lines;
      const line = previousEnd + 1 + (skipped - previousSkipped);
      previousEnd = item.info.lines;
      previousSkipped = skipped;
      if (columns === undefined) columns = item.record.map((name) => name.trim());
      else rows.push({ cells: item.record, line });
      if ((rows.length & 0x3ff) === 0 && handle !== undefined) {
        const bytes = (stream as { bytesRead?: number }).bytesRead ?? 0;
        progress?.update(() => readingText(file, bytes, size, rows.length));
      }
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('CSV_')) {
      const line = (error as { lines?: number }).lines;
      const what = (error as Error).message.replace(/\s*(?:at|on) line \d+/, '').replace(/^Invalid Record Length: /, 'a row with the wrong number of fields: ');
      throw new CliError(`${file}${line === undefined ? '' : `:${line}`}: broken CSV: ${lowerFirst(what)}`);
    }
    throw new CliError(fileErrorMessage(file, error));
  } finally {
    await handle?.close();
  }
  if (columns === undefined) throw new CliError(`${file}: empty; a CSV file starts with a header row of column names`);
  return { file, columns, rows };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
