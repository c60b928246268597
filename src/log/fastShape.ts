import type * as z from 'zod';
import { DatasetSchema } from './schema/dataset.js';
import { IdSchema, LangSchema, LocalNamesSchema, TimeSchema } from './schema/primitives.js';
import { ClaimSchema, CountRangeSchema, LogRecordSchema, SilenceSchema, StatusChangeSchema } from './schema/records.js';
import { ClaimScopeSchema, ScopeSchema } from './schema/scope.js';
import { SourceSchema } from './schema/source.js';
import { TreeNodeSchema } from './schema/tree.js';

// zod 4's parse returns a deep copy of every record: on a large log that is a
// second copy of the log and two thirds of the validation time. This check
// answers, without copying, whether zod would certainly accept a value and what
// its output would look like; whenever it is not sure, zod decides. The zod
// schemas stay the single source of truth: the enumerations, patterns, field
// names, their order and which are required are read from them here.

/**
 * What the check says of a value:
 * - `UNSURE`: zod may reject it (or the check does not know): zod must decide.
 * - `SAME`: zod accepts it, and its output would serialise exactly as the value does.
 * - `REORDERED`: zod accepts it, but writes its fields in the schema's order,
 *   not the value's: zod's output of it is needed for the same bytes.
 */
export const UNSURE = 0;
export const SAME = 1;
export const REORDERED = 2;
export type Verdict = typeof UNSURE | typeof SAME | typeof REORDERED;

type Check = (value: unknown) => Verdict;

/** The fields of a strict object schema, in the schema's order, with a check for each value. */
interface Fields {
  names: string[];
  rank: Map<string, number>;
  checks: Check[];
  /** Bit `i` set when field `i` is required. */
  required: number;
}

type AnyObjectSchema = { shape: Record<string, z.ZodType> };

/**
 * Pairs an object schema's fields with hand-written checks. Throws when the two
 * name different fields, so a field added to a schema cannot slip past the check.
 *
 * @internal
 * @example
 * fieldsOf(ScopeSchema, { place: isId, category: isId }).names; // => ['place', 'category']
 */
export function fieldsOf(schema: AnyObjectSchema, checks: Record<string, Check>): Fields {
  const names = Object.keys(schema.shape);
  const given = Object.keys(checks);
  if (names.length !== given.length || names.some((name) => !(name in checks)) || names.length > 30) {
    throw new Error(`fastShape: the checks (${given.join(', ')}) do not match the schema's fields (${names.join(', ')})`);
  }
  let required = 0;
  names.forEach((name, i) => {
    if (!schema.shape[name]!.isOptional()) required |= 1 << i;
  });
  return { names, rank: new Map(names.map((name, i) => [name, i])), checks: names.map((name) => checks[name]!), required };
}

/** The pattern a string schema's regex check holds (`IdSchema`'s `^[^/]+$`). */
function patternOf(schema: z.ZodType): RegExp {
  const def = (schema as unknown as { _zod: { def: { pattern?: RegExp; checks?: { _zod: { def: { pattern?: RegExp } } }[] } } })._zod.def;
  const pattern = def.pattern ?? def.checks?.find((check) => check._zod.def.pattern !== undefined)?._zod.def.pattern;
  if (pattern === undefined) throw new Error('fastShape: a string schema without a pattern');
  return pattern;
}

const unwrap = (schema: z.ZodType): z.ZodType => ((schema as { unwrap?: () => z.ZodType }).unwrap?.() ?? schema);
/** The values an enum or literal field allows. */
const valuesOf = (schema: z.ZodType): ReadonlySet<unknown> => new Set((unwrap(schema) as unknown as { options?: unknown[] }).options ?? [...((unwrap(schema) as z.ZodLiteral).values ?? [])]);
const minLengthOf = (schema: z.ZodType): number => (unwrap(schema) as z.ZodString).minLength ?? 0;

const ID = patternOf(IdSchema);
const [DATE_TIME, DATE] = (TimeSchema as unknown as z.ZodUnion<z.ZodType[]>).options.map(patternOf) as [RegExp, RegExp];
const LANGS = valuesOf(LangSchema);
const CLAIM_STATUSES = valuesOf(ClaimSchema.shape.status);
const CHANGES = valuesOf(StatusChangeSchema.shape.status);
const SOURCE_TYPES = valuesOf(SourceSchema.shape.type);
const GRADES = valuesOf(SourceSchema.shape.reliability);
const NAME_MIN = minLengthOf(SourceSchema.shape.name);
const TIMEZONE_MIN = minLengthOf(DatasetSchema.shape.timezone);

const verdict = (ok: boolean): Verdict => (ok ? SAME : UNSURE);
const isText: Check = (value) => verdict(typeof value === 'string');
const isId: Check = (value) => verdict(typeof value === 'string' && ID.test(value));
const isTime: Check = (value) => verdict(typeof value === 'string' && ((value.length === 10 && DATE.test(value)) || DATE_TIME.test(value)));
const oneOf = (values: ReadonlySet<unknown>): Check => (value) => verdict(values.has(value));
const literal = (schema: z.ZodType): Check => oneOf(valuesOf(schema));
/** `z.number().int().min(0)`: zod 4's `int()` asks for a safe integer; NaN and infinities are not. */
const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

// zod's output objects and arrays are plain ones whatever the input's prototype:
// only plain ones can stand for them (a null prototype lacks `hasOwnProperty`,
// a class's may have `toJSON`).
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

function isPlainArray(value: unknown): value is unknown[] {
  return Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype;
}

/**
 * A strict object: known fields only, each passing its check, the required
 * ones present. A field zod would read but `for...in` does not list (not
 * enumerable, or inherited) leaves the verdict to zod.
 */
function checkObject(value: unknown, fields: Fields): Verdict {
  if (!isPlainObject(value)) return UNSURE;
  let result: Verdict = SAME;
  let last = -1;
  let seen = 0;
  for (const key in value) {
    const rank = fields.rank.get(key);
    if (rank === undefined) return UNSURE;
    const checked = fields.checks[rank]!(value[key]);
    if (checked === UNSURE) return UNSURE;
    if (checked === REORDERED || rank < last) result = REORDERED;
    last = rank;
    seen |= 1 << rank;
  }
  if ((seen & fields.required) !== fields.required) return UNSURE;
  const all = (1 << fields.names.length) - 1;
  if (seen !== all) {
    for (let i = 0; i < fields.names.length; i++) if ((seen & (1 << i)) === 0 && fields.names[i]! in value) return UNSURE;
  }
  return result;
}

function checkArray(value: unknown, check: Check): Verdict {
  if (!isPlainArray(value)) return UNSURE;
  let result: Verdict = SAME;
  for (let i = 0; i < value.length; i++) {
    const checked = check(value[i]);
    if (checked === UNSURE) return UNSURE;
    if (checked === REORDERED) result = REORDERED;
  }
  return result;
}

const LOCAL_NAMES = fieldsOf(LocalNamesSchema as unknown as AnyObjectSchema, { en: isText, ar: isText, fr: isText, es: isText });
const isLocalNames: Check = (value) => checkObject(value, LOCAL_NAMES);

const SCOPE = fieldsOf(ScopeSchema as unknown as AnyObjectSchema, { place: isId, category: isId });
const CLAIM_SCOPE = fieldsOf(ClaimScopeSchema as unknown as AnyObjectSchema, { place: isId, category: isId, from: isTime, to: isTime });

const COUNT_RANGE = fieldsOf(CountRangeSchema as unknown as AnyObjectSchema, {
  min: (value) => verdict(isWhole(value)),
  max: (value) => verdict(value === null || isWhole(value)),
});
const COUNT_MIN_LENGTH = minLengthOf((ClaimSchema.shape.count as unknown as z.ZodUnion<z.ZodType[]>).options[0]!);
const isCount: Check = (value) => {
  if (typeof value === 'string') return verdict(value.length >= COUNT_MIN_LENGTH);
  if (typeof value === 'number') return verdict(isWhole(value));
  const shaped = checkObject(value, COUNT_RANGE);
  if (shaped === UNSURE) return UNSURE;
  // CountRangeSchema's refinement, which a schema cannot show: min must not exceed max.
  const range = value as { min: number; max: number | null };
  return range.max === null || range.min <= range.max ? shaped : UNSURE;
};

const CLAIM = fieldsOf(ClaimSchema as unknown as AnyObjectSchema, {
  type: literal(ClaimSchema.shape.type),
  id: isId,
  source: isId,
  relayedBy: (value) => checkArray(value, isId),
  publishedAt: isTime,
  count: isCount,
  lang: oneOf(LANGS),
  scope: (value) => checkObject(value, CLAIM_SCOPE),
  status: oneOf(CLAIM_STATUSES),
  supersedes: isId,
  url: isText,
  quote: isText,
  note: isText,
});
const SILENCE = fieldsOf(SilenceSchema as unknown as AnyObjectSchema, {
  type: literal(SilenceSchema.shape.type),
  id: isId,
  source: isId,
  at: isTime,
  scope: (value) => checkObject(value, SCOPE),
  url: isText,
  quote: isText,
  note: isText,
});
const STATUS = fieldsOf(StatusChangeSchema as unknown as AnyObjectSchema, {
  type: literal(StatusChangeSchema.shape.type),
  id: isId,
  claim: isId,
  status: oneOf(CHANGES),
  at: isTime,
  by: isId,
  url: isText,
  note: isText,
});
/** The record kinds by their `type`, as `LogRecordSchema` discriminates them. */
const KINDS = new Map<unknown, Fields>(
  (LogRecordSchema.options as unknown as AnyObjectSchema[]).map((option) => {
    const fields = [CLAIM, SILENCE, STATUS].find((kind) => kind.names.join() === Object.keys(option.shape).join());
    if (fields === undefined) throw new Error('fastShape: a record kind without its checks');
    return [[...valuesOf(option.shape.type!)][0], fields];
  }),
);
if (KINDS.size !== 3) throw new Error('fastShape: the record kinds do not match LogRecordSchema');

/** One record of the log; see `Verdict`. */
export function checkRecord(value: unknown): Verdict {
  if (!isPlainObject(value)) return UNSURE;
  const fields = KINDS.get(value.type);
  return fields === undefined ? UNSURE : checkObject(value, fields);
}

const SOURCE = fieldsOf(SourceSchema as unknown as AnyObjectSchema, {
  id: isId,
  name: (value) => verdict(typeof value === 'string' && value.length >= NAME_MIN),
  type: oneOf(SOURCE_TYPES),
  group: isId,
  alignment: isText,
  reliability: oneOf(GRADES),
  names: isLocalNames,
  url: isText,
  note: isText,
});
const checkSource: Check = (value) => checkObject(value, SOURCE);

// A tree may be deep: its nodes are checked from an explicit stack, so `children`
// only checks that it is an array of objects here; `checkTree` walks into them.
const TREE_NODE = fieldsOf(TreeNodeSchema as unknown as AnyObjectSchema, {
  id: isId,
  name: isText,
  names: isLocalNames,
  in: isLocalNames,
  children: (value) => verdict(isPlainArray(value)),
});

function checkTree(root: unknown): Verdict {
  let result: Verdict = SAME;
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    const checked = checkObject(node, TREE_NODE);
    if (checked === UNSURE) return UNSURE;
    if (checked === REORDERED) result = REORDERED;
    const children = (node as { children?: unknown[] }).children;
    if (children !== undefined) for (let i = 0; i < children.length; i++) stack.push(children[i]);
  }
  return result;
}

const DATASET = fieldsOf(DatasetSchema as unknown as AnyObjectSchema, {
  title: isText,
  description: isText,
  timezone: (value) => verdict(typeof value === 'string' && value.length >= TIMEZONE_MIN),
  sources: (value) => verdict(isPlainArray(value)),
  places: (value) => verdict(value !== undefined),
  categories: (value) => verdict(value !== undefined),
  records: (value) => verdict(isPlainArray(value)),
});

type Shaped = z.output<typeof DatasetSchema>;

/**
 * What `DatasetSchema.safeParse(input).data` would be, built without copying
 * the records zod would copy unchanged: the result shares them (and the sources
 * and trees) with `input`. Only an element whose fields come in another order
 * than the schema's goes through zod, for zod's order. Returns undefined
 * whenever zod might reject the input; zod then finds the problems.
 *
 * @example
 * fastShape({ sources: [], records: [] }); // => { sources: [], records: [] }
 * fastShape({ sources: [], records: [{}] }); // => undefined
 */
export function fastShape(input: unknown): Shaped | undefined {
  // An enumerable field inherited by every object would be read by zod and not serialised by the shared value.
  for (const _inherited in Object.prototype) return undefined;
  if (checkObject(input, DATASET) === UNSURE) return undefined;
  const raw = input as Record<string, unknown>;
  const sources = raw.sources as unknown[];
  const records = raw.records as unknown[];

  const sourceVerdicts = new Uint8Array(sources.length);
  for (let i = 0; i < sources.length; i++) if ((sourceVerdicts[i] = checkSource(sources[i])) === UNSURE) return undefined;
  const recordVerdicts = new Uint8Array(records.length);
  for (let i = 0; i < records.length; i++) if ((recordVerdicts[i] = checkRecord(records[i])) === UNSURE) return undefined;
  const trees: Record<string, unknown> = {};
  for (const name of ['places', 'categories'] as const) {
    if (!(name in raw)) continue;
    const checked = checkTree(raw[name]);
    if (checked === UNSURE) return undefined;
    trees[name] = checked === SAME ? raw[name] : TreeNodeSchema.parse(raw[name]);
  }

  // zod writes the dataset's fields in the schema's order, whatever the input's.
  const shaped: Record<string, unknown> = {};
  for (const name of DATASET.names) {
    if (!(name in raw)) continue;
    if (name === 'sources') shaped[name] = sources.map((source, i) => (sourceVerdicts[i] === SAME ? source : SourceSchema.parse(source)));
    else if (name === 'records') shaped[name] = records.map((record, i) => (recordVerdicts[i] === SAME ? record : LogRecordSchema.parse(record)));
    else if (name in trees) shaped[name] = trees[name];
    else shaped[name] = raw[name];
  }
  return shaped as Shaped;
}
