import { extname } from 'node:path';
import { CliError } from '../CliError.js';
import type { Progress } from './Progress.js';
import { type CsvCompanions, readCsvDataset } from './readCsvDataset.js';
import { readJsonDataset } from './readJsonDataset.js';
import { readNdjsonDataset } from './readNdjsonDataset.js';
import { INPUT_FORMATS, type InputFormat, type ReadDataset } from './types.js';

/** The input format of a file, from `--input-format` or its extension. */
export function inputFormatOf(file: string, given: string | undefined): InputFormat {
  if (given !== undefined) {
    if (!(INPUT_FORMATS as readonly string[]).includes(given)) {
      throw new CliError(`--input-format: ${JSON.stringify(given)} is not one of ${INPUT_FORMATS.join(', ')}`);
    }
    return given as InputFormat;
  }
  const extension = extname(file).toLowerCase();
  if (extension === '.json') return 'json';
  if (extension === '.ndjson' || extension === '.jsonl') return 'ndjson';
  if (extension === '.csv') return 'csv';
  if (file === '-') throw new CliError('-: reading standard input needs --input-format json, ndjson or csv');
  throw new CliError(`${file}: cannot tell the format from the extension ${JSON.stringify(extension)}; use .json, .ndjson, .jsonl or .csv, or --input-format`);
}

/**
 * Reads a dataset file: JSON, NDJSON or CSV (with its companions).
 *
 * @throws {CliError} when it cannot be read or parsed.
 */
export async function readDataset(
  file: string,
  options: { inputFormat?: string | undefined } & CsvCompanions,
  progress?: Progress,
): Promise<ReadDataset> {
  const format = inputFormatOf(file, options.inputFormat);
  if (format !== 'csv' && (options.sources !== undefined || options.header !== undefined)) {
    throw new CliError(`${options.sources !== undefined ? '--sources' : '--header'} goes with a CSV of claims; ${file} is ${format.toUpperCase()}`);
  }
  switch (format) {
    case 'json':
      return readJsonDataset(file, progress);
    case 'ndjson':
      return readNdjsonDataset(file, progress);
    case 'csv':
      return readCsvDataset(file, options, progress);
  }
}
