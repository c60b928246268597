import * as z from 'zod';
import { IdSchema, LangSchema, TimeSchema } from './primitives.js';
import { ClaimScopeSchema, ScopeSchema } from './scope.js';

const Count = z.number().int().min(0);

/** A count given as an explicit range, taken as written (`max: null` for an open range). */
export const CountRangeSchema = z
  .strictObject({ min: Count, max: Count.nullable() })
  .refine((range) => range.max === null || range.min <= range.max, {
    error: 'min must not exceed max',
  })
  .describe('A range taken as written; max null when open above.');

/**
 * A claim's count: the wording as published ("more than 130"), a whole number
 * (a bare figure), or `{min, max}`.
 */
export const CountSchema = z
  .union([z.string().min(1), Count, CountRangeSchema], {
    error: (issue) =>
      `must be wording (a string), a whole number or {min, max}, got ${JSON.stringify(issue.input)}`,
  })
  .describe('The wording as published, a whole number, or {min, max}.');

/** A figure from one source (its origin) about one scope, published at a time. */
export const ClaimSchema = z
  .strictObject({
    type: z.literal('claim'),
    id: IdSchema,
    source: IdSchema.describe('The origin of the figure.'),
    relayedBy: z.array(IdSchema).optional().describe('Outlets that passed the figure on; not second sources.'),
    publishedAt: TimeSchema,
    count: CountSchema,
    lang: LangSchema.optional(),
    scope: ClaimScopeSchema.optional(),
    status: z.enum(['unverified', 'official']).optional().describe('Status at publication; unverified by default.'),
    supersedes: IdSchema.optional().describe('An earlier claim of the same source about the same scope.'),
    url: z.string().optional(),
    quote: z.string().optional(),
    note: z.string().optional(),
  })
  .describe('A figure from one source about one scope.');

/** A source expected to give a figure that has explicitly not. */
export const SilenceSchema = z
  .strictObject({
    type: z.literal('silence'),
    id: IdSchema,
    source: IdSchema,
    at: TimeSchema,
    scope: ScopeSchema.optional(),
    url: z.string().optional(),
    quote: z.string().optional(),
    note: z.string().optional(),
  })
  .describe('A source that has explicitly not given a figure.');

/** A later word about an earlier claim: verified, disputed, retracted or back to unverified. */
export const StatusChangeSchema = z
  .strictObject({
    type: z.literal('status'),
    id: IdSchema,
    claim: IdSchema,
    status: z.enum(['verified', 'disputed', 'retracted', 'unverified']),
    at: TimeSchema,
    by: IdSchema.optional().describe('The source that gave this word; the claim\'s own source when absent.'),
    url: z.string().optional(),
    note: z.string().optional(),
  })
  .describe('A later word about an earlier claim.');

/** One entry of the log. */
export const LogRecordSchema = z.discriminatedUnion('type', [ClaimSchema, SilenceSchema, StatusChangeSchema]);

export type Claim = z.infer<typeof ClaimSchema>;
export type Silence = z.infer<typeof SilenceSchema>;
export type StatusChange = z.infer<typeof StatusChangeSchema>;
export type LogRecord = z.infer<typeof LogRecordSchema>;
export type CountInput = z.infer<typeof CountSchema>;
export type ClaimStatus = StatusChange['status'];
