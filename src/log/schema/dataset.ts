import * as z from 'zod';
import { LogRecordSchema } from './records.js';
import { SourceSchema } from './source.js';
import { TreeNodeSchema } from './tree.js';

/** The description the JSON Schema carries, so notebook users know what it does not check. */
export const DATASET_DESCRIPTION =
  'A casualty-claims dataset: sources, optional places and categories trees, and an append-only log of dated records. ' +
  'This schema checks shapes only (types, required and unknown fields, time formats). ' +
  'The cross-record rules (unique ids, references to sources, claims, places and categories, supersedes and status order, ' +
  'retraction authority, the time zone, and whether a wording is a readable death count) are checked by the library alone: ' +
  'run `casualty-claims validate FILE` or parseDataset() for those.';

/** A whole dataset file: sources, trees and the log. */
export const DatasetSchema = z
  .strictObject({
    title: z.string().optional(),
    description: z.string().optional(),
    timezone: z.string().min(1).optional().describe('IANA time zone for date-only times; UTC when absent.'),
    sources: z.array(SourceSchema),
    places: TreeNodeSchema.optional().describe('The places tree; one implicit root "all" when absent.'),
    categories: TreeNodeSchema.optional().describe('The categories tree; one implicit root "all" when absent.'),
    records: z.array(LogRecordSchema),
  })
  .describe(DATASET_DESCRIPTION);

export type DatasetInput = z.input<typeof DatasetSchema>;
