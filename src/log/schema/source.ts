import * as z from 'zod';
import { IdSchema, LocalNamesSchema } from './primitives.js';

/** The kinds of source a figure can come from. */
export const SOURCE_TYPES = [
  'monitor',
  'government',
  'state-media',
  'media',
  'ngo',
  'un-agency',
  'hospital',
  'local-official',
  'armed-group',
  'intelligence',
  'other',
] as const;

/** The Admiralty scale's source-reliability grades, A (reliable) to F (cannot be judged). */
export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

/**
 * A source of figures. Sources sharing a `group` are not independent of each
 * other (a ministry and its state news agency); a source without a group is a
 * group of its own.
 */
export const SourceSchema = z
  .strictObject({
    id: IdSchema,
    name: z.string().min(1),
    type: z.enum(SOURCE_TYPES),
    group: IdSchema.optional().describe('Sources of one group are not independent of each other.'),
    alignment: z.string().optional().describe('Free text, e.g. "government", "opposition".'),
    reliability: z.enum(RELIABILITY_GRADES).optional().describe('Admiralty scale, A (reliable) to F.'),
    names: LocalNamesSchema.optional().describe('The name in other languages, with any article it takes.'),
    url: z.string().optional(),
    note: z.string().optional(),
  })
  .describe('A source of figures.');

export type Source = z.infer<typeof SourceSchema>;
export type SourceType = (typeof SOURCE_TYPES)[number];
export type ReliabilityGrade = (typeof RELIABILITY_GRADES)[number];
