import type * as z from 'zod';
import { buildIndex, type ShapedParts } from './buildIndex.js';
import type { Dataset, DatasetIndex } from './Dataset.js';
import { DatasetError, type DatasetIssue, quote } from './DatasetError.js';
import { fromZodIssues, makeIssue } from './issue.js';
import { DatasetSchema } from './schema/dataset.js';
import { LogRecordSchema, type LogRecord } from './schema/records.js';
import { type Source, SourceSchema } from './schema/source.js';
import { type TreeNode, TreeNodeSchema } from './schema/tree.js';
import { fastShape } from './fastShape.js';
import { isKnownTimeZone } from './time.js';

/** The result of `safeParseDataset`, shaped as zod's `safeParse` result. */
export type SafeParseDatasetResult = { success: true; data: Dataset } | { success: false; error: DatasetError };

/**
 * Validates a dataset and returns it typed, with the index reconciliation folds
 * over. Checks shapes against the zod schemas (types, required and unknown
 * fields, times; a faster check answers for zod when it is sure), then
 * the rules across records: unique ids, references to sources, claims, places
 * and categories, `supersedes` and status order, who may retract, the time zone,
 * and that every wording is a readable running death count. Runs in O(n log n).
 *
 * The result shares the input's records, sources and trees rather than
 * copying them (a copy of a large log would double its memory): they are
 * never changed here, and a caller that changes them afterwards changes the
 * dataset and invalidates its index. Only the top level and the `sources` and
 * `records` arrays are new. A record whose fields come in another order than
 * the schema's is copied in the schema's order, as zod writes it.
 *
 * @throws {DatasetError} listing every problem, each with its path, the record's id and the offending value.
 * @example
 * parseDataset({ sources: [], records: [] }).records; // => []
 */
export function parseDataset(input: unknown): Dataset {
  const result = safeParseDataset(input);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Like `parseDataset`, but returns `{success, data}` or `{success, error}` as
 * zod's `safeParse` does, and never throws.
 *
 * @example
 * safeParseDataset({ sources: [] }).success; // => false (records is required)
 */
export function safeParseDataset(input: unknown): SafeParseDatasetResult {
  return validateDataset(input, true);
}

/**
 * `safeParseDataset`, with the fast shape check or with zod alone (tests compare the two).
 *
 * @internal
 * @example
 * validateDataset({ sources: [], records: [] }, false).success; // => true
 */
export function validateDataset(input: unknown, withFastShape: boolean): SafeParseDatasetResult {
  const issues: DatasetIssue[] = [];
  // The fast check answers for the common case, a valid log, without zod's deep copy;
  // anything it is not sure of goes to zod, which words the problems.
  const fast = withFastShape ? fastShape(input) : undefined;
  const shaped = fast !== undefined ? { success: true as const, data: fast } : DatasetSchema.safeParse(input, { reportInput: true });
  const parts = shaped.success ? wholeParts(shaped.data) : salvageParts(input, shaped.error, issues);
  if (parts === undefined) return { success: false, error: new DatasetError(issues) };

  if (!isKnownTimeZone(parts.timezone)) {
    issues.push(makeIssue(input, ['timezone'], `${quote(parts.timezone)} is not an IANA time zone (e.g. 'Asia/Damascus')`, parts.timezone));
    parts.timezone = 'UTC';
  }
  const index = buildIndex(input, parts, issues);
  if (issues.length > 0 || !shaped.success) return { success: false, error: new DatasetError(issues) };

  const { timezone: _given, ...rest } = shaped.data;
  const dataset = { ...rest, timezone: parts.timezone } as Dataset;
  Object.defineProperty(dataset, 'index', { value: index, enumerable: false });
  return { success: true, data: dataset };
}

/** True when `value` came out of `parseDataset` (and was not copied since). */
export function isParsedDataset(value: unknown): value is Dataset {
  if (typeof value !== 'object' || value === null) return false;
  const index = Object.getOwnPropertyDescriptor(value, 'index');
  return index !== undefined && !index.enumerable && (index.value as DatasetIndex | undefined)?.order instanceof Int32Array;
}

function wholeParts(data: z.infer<typeof DatasetSchema>): ShapedParts {
  return { timezone: data.timezone ?? 'UTC', sources: data.sources, places: data.places, categories: data.categories, records: data.records };
}

/**
 * When the shape check fails, the parts that are sound on their own still get
 * the cross-record checks, so one run lists every problem.
 */
function salvageParts(input: unknown, error: z.ZodError, issues: DatasetIssue[]): ShapedParts | undefined {
  issues.push(...fromZodIssues(input, error.issues));
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const raw = input as Record<string, unknown>;
  // Positions keep their place: an entry that failed the shape check is left undefined.
  let shapedSources = 0;
  const sources: (Source | undefined)[] = [];
  if (Array.isArray(raw.sources)) {
    for (let position = 0; position < raw.sources.length; position++) {
      const parsed = SourceSchema.safeParse(raw.sources[position]);
      sources.push(parsed.success ? (parsed.data as Source) : undefined);
      if (parsed.success) shapedSources++;
    }
  }
  const records: (LogRecord | undefined)[] = [];
  const unshapedIds = new Set<string>();
  if (Array.isArray(raw.records)) {
    for (let position = 0; position < raw.records.length; position++) {
      const entry: unknown = raw.records[position];
      const parsed = LogRecordSchema.safeParse(entry);
      records.push(parsed.success ? (parsed.data as LogRecord) : undefined);
      if (!parsed.success && typeof (entry as { id?: unknown } | null)?.id === 'string') unshapedIds.add((entry as { id: string }).id);
    }
  }
  const tree = (value: unknown): TreeNode | undefined => {
    const parsed = TreeNodeSchema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  };
  const places = tree(raw.places);
  const categories = tree(raw.categories);
  // Ids that do not pass the shape check are still known, so they are not reported twice as unknown.
  if (shapedSources < sources.length) return undefined;
  return {
    timezone: typeof raw.timezone === 'string' && raw.timezone !== '' ? raw.timezone : 'UTC',
    sources,
    places,
    categories,
    records,
    unshapedIds,
    brokenTrees: { places: raw.places !== undefined && places === undefined, categories: raw.categories !== undefined && categories === undefined },
  };
}
