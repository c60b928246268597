import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { toCsv } from '../../src/output/toCsv.js';

/** The project's root folder. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The built program, as `npm test` builds it first. */
export const CLI = join(ROOT, 'dist', 'cli.js');
export const SYRIA = join(ROOT, 'fixtures', 'syria-coast-2025-03.json');

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built program as a process, in the project's folder. */
export function cli(args: readonly string[], options: { input?: string; cwd?: string } = {}): Ran {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** True when standard error holds something that looks like a stack trace. */
export function hasStackTrace(stderr: string): boolean {
  return /^\s+at /m.test(stderr) || /\.ts:\d+:\d+|node:internal/.test(stderr);
}

/** A fresh temporary folder. */
export function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'casualty-claims-cli-'));
}

type RawDataset = {
  timezone?: string;
  title?: string;
  sources: Record<string, unknown>[];
  places?: unknown;
  categories?: unknown;
  records: Record<string, unknown>[];
};

/** Reads a fixture as raw JSON. */
export function fixture(path = SYRIA): RawDataset {
  return JSON.parse(readFileSync(path, 'utf8')) as RawDataset;
}

/** Writes a dataset as NDJSON: the header line, then one record a line. */
export function writeNdjson(dataset: RawDataset, file: string): void {
  const { records, ...header } = dataset;
  writeFileSync(file, [JSON.stringify({ type: 'dataset', ...header }), ...records.map((record) => JSON.stringify(record))].join('\n') + '\n');
}

const CLAIM_COLUMNS = ['type', 'id', 'source', 'publishedAt', 'count', 'lang', 'place', 'category', 'from', 'to', 'relayedBy', 'status', 'supersedes', 'claim', 'url', 'quote', 'note'];

/** Writes a dataset's records as a claims CSV, and its header (timezone, sources, trees) as JSON. */
export function writeCsv(dataset: RawDataset, claimsFile: string, headerFile: string): void {
  const rows = dataset.records.map((record) => {
    const scope = (record.scope ?? {}) as Record<string, string | undefined>;
    const text = (value: unknown) => (value === undefined ? null : typeof value === 'number' ? value : String(value));
    return {
      type: String(record.type),
      id: String(record.id),
      source: text(record.type === 'status' ? record.by : record.source),
      publishedAt: text(record.publishedAt ?? record.at),
      count: text(record.count),
      lang: text(record.lang),
      place: text(scope.place),
      category: text(scope.category),
      from: text(scope.from),
      to: text(scope.to),
      relayedBy: Array.isArray(record.relayedBy) ? record.relayedBy.join(';') : null,
      status: text(record.status),
      supersedes: text(record.supersedes),
      claim: text(record.claim),
      url: text(record.url),
      quote: text(record.quote),
      note: text(record.note),
    };
  });
  writeFileSync(claimsFile, toCsv(rows, { columns: CLAIM_COLUMNS }));
  const { records: _records, ...header } = dataset;
  writeFileSync(headerFile, JSON.stringify(header, null, 2));
}

/** Asserts a failed run: the exit code, a message matching `message`, and no stack trace. */
export function expectFailure(ran: Ran, code: number, message: RegExp): void {
  expect(ran.code, ran.stderr).toBe(code);
  expect(ran.stderr).toMatch(message);
  expect(hasStackTrace(ran.stderr), ran.stderr).toBe(false);
}

/** Escapes text for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
