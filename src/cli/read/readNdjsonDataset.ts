import { createInterface } from 'node:readline';
import { CliError, fileErrorMessage } from '../CliError.js';
import { openInput } from './openInput.js';
import { brokenJsonMessage } from './jsonLocations.js';
import { type Progress, readingText } from './Progress.js';
import type { ReadDataset } from './types.js';

/** Broken lines listed before the reader gives up. */
const MAX_BROKEN_LINES = 20;

/**
 * Reads an NDJSON (JSON Lines) dataset as a stream: the first line is the
 * header `{"type": "dataset", "timezone", "sources", "places", "categories"}`,
 * then one record a line; blank lines are skipped. Each line is parsed as it
 * arrives and its record appended to the records array, so a file of a million
 * records is never held twice. Every broken line is reported (up to 20) as
 * `FILE:LINE:COLUMN: broken JSON: what`.
 *
 * @throws {CliError} when the file cannot be read, a line is not JSON, or the header is missing.
 */
export async function readNdjsonDataset(file: string, progress?: Progress): Promise<ReadDataset> {
  const { stream, size, handle } = await openInput(file, 'utf8');

  const records: unknown[] = [];
  const recordLines: number[] = [];
  const broken: string[] = [];
  let header: Record<string, unknown> | undefined;
  let headerLine = 0;
  let lineNumber = 0;
  try {
    const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
    for await (const rawLine of lines) {
      lineNumber++;
      const line = lineNumber === 1 && rawLine.charCodeAt(0) === 0xfeff ? rawLine.slice(1) : rawLine;
      if (line.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        broken.push(brokenJsonMessage(line, file, error, lineNumber));
        if (broken.length >= MAX_BROKEN_LINES) break;
        continue;
      }
      if (header === undefined && headerLine === 0) {
        headerLine = lineNumber;
        if (!isHeader(value)) {
          throw new CliError(
            `${file}:${lineNumber}: the first line must be the dataset header {"type": "dataset", "timezone": ..., "sources": [...], "places": ..., "categories": ...}, then one record a line`,
          );
        }
        header = value;
        continue;
      }
      if (isHeader(value)) {
        broken.push(`${file}:${lineNumber}: a second dataset header; the header is the first line (line ${headerLine})`);
        continue;
      }
      records.push(value);
      recordLines.push(lineNumber);
      if ((records.length & 0x3ff) === 0 && handle !== undefined) {
        const bytes = (stream as { bytesRead?: number }).bytesRead ?? 0;
        progress?.update(() => readingText(file, bytes, size, records.length));
      }
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(fileErrorMessage(file, error));
  } finally {
    stream.destroy();
    await handle?.close();
  }
  if (broken.length > 0) {
    if (broken.length >= MAX_BROKEN_LINES) broken.push(`${file}: stopped after ${MAX_BROKEN_LINES} broken lines`);
    throw new CliError(broken);
  }
  if (header === undefined) throw new CliError(`${file}: empty; an NDJSON dataset starts with a header line {"type": "dataset", ...}`);
  if (Object.hasOwn(header, 'records')) {
    throw new CliError(`${file}:${headerLine}: the header holds "records"; in NDJSON each record is a line of its own`);
  }

  const { type: _type, ...rest } = header;
  const input = { ...rest, records };
  return {
    input,
    formatIssues: async (issues) =>
      issues.map((issue) => {
        const [list, position] = issue.path;
        const line = list === 'records' && typeof position === 'number' ? recordLines[position] : headerLine;
        return `${file}:${line ?? headerLine}: ${issue.message}`;
      }),
  };
}

function isHeader(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && (value as { type?: unknown }).type === 'dataset';
}
