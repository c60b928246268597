import type { DatasetIssue } from '../../index.js';
import { CliError } from '../CliError.js';
import { lineOf, locateJsonPaths, parseJsonText } from './jsonLocations.js';
import type { Progress } from './Progress.js';
import { readText } from './readText.js';
import type { ReadDataset } from './types.js';

/**
 * Reads a JSON dataset file. A problem found later by validation is placed at
 * its line: the file is scanned again for that, once, only when there are problems.
 *
 * @throws {CliError} when the file cannot be read or is not JSON.
 */
export async function readJsonDataset(file: string, progress?: Progress): Promise<ReadDataset> {
  const text = await readText(file, progress);
  const parsed = parseJsonText(text, file);
  if ('message' in parsed) throw new CliError(parsed.message);
  // Keep the text only for standard input, which cannot be read twice.
  const kept = file === '-' ? text : undefined;
  return {
    input: parsed.value,
    formatIssues: (issues) => formatJsonIssues(file, issues, kept),
  };
}

/** Places problems in a JSON file at their lines: `FILE:LINE: message`. */
export async function formatJsonIssues(file: string, issues: readonly DatasetIssue[], text?: string): Promise<string[]> {
  let lines: Map<string, number>;
  try {
    lines = locateJsonPaths(text ?? (await readText(file)), issues.map((issue) => issue.path));
  } catch {
    lines = new Map();
  }
  return issues.map((issue) => {
    const line = lineOf(lines, issue.path);
    return `${file}${line === undefined ? '' : `:${line}`}: ${issue.message}`;
  });
}
