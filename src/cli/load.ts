import { type Dataset, safeParseDataset } from '../index.js';
import { CliError } from './CliError.js';
import type { Io } from './io.js';
import { LARGE_INPUT_RECORDS, Progress } from './read/Progress.js';
import { readDataset } from './read/readDataset.js';
import type { Values } from './args.js';

/** Problems listed by the commands that compute; `validate` lists them all. */
const MAX_LISTED = 50;

/**
 * Reads and validates a dataset file, with progress on a terminal for a long
 * read. Returns the parsed dataset, or throws every problem placed in the files.
 *
 * @throws {CliError} one line per problem (at most 50 unless `all`), then a summary line.
 */
export async function loadDataset(file: string, values: Values, io: Io, options: { all?: boolean } = {}): Promise<Dataset> {
  const progress = new Progress(io.stderr, io.now);
  try {
    const read = await readDataset(
      file,
      {
        inputFormat: values['input-format'] as string | undefined,
        sources: values.sources as string | undefined,
        header: values.header as string | undefined,
      },
      progress,
    );
    const records = (read.input as { records?: unknown } | null)?.records;
    const count = Array.isArray(records) ? records.length : 0;
    if (count >= LARGE_INPUT_RECORDS) progress.announce(`validating ${count.toLocaleString('en')} records of ${file}...`);
    const result = safeParseDataset(read.input);
    if (result.success) return result.data;
    const { issues } = result.error;
    const listed = options.all === true ? issues : issues.slice(0, MAX_LISTED);
    const lines = await read.formatIssues(listed);
    if (listed.length < issues.length) lines.push(`${file}: and ${issues.length - listed.length} more problems (casualty-claims validate lists them all)`);
    lines.push(`${file}: invalid dataset: ${issues.length === 1 ? '1 problem' : `${issues.length} problems`}`);
    throw new CliError(lines);
  } finally {
    progress.done();
  }
}

/**
 * Announces a long computation on a large dataset (on a terminal only) and
 * returns the function that erases the line when it is done.
 */
export function announce(io: Io, dataset: Dataset, what: string): () => void {
  const progress = new Progress(io.stderr, io.now);
  if (dataset.records.length >= LARGE_INPUT_RECORDS) progress.announce(`${what} ${dataset.records.length.toLocaleString('en')} records...`);
  return () => progress.done();
}
