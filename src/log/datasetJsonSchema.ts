import * as z from 'zod';
import { DatasetSchema } from './schema/dataset.js';

/**
 * The JSON Schema (draft 2020-12) of a dataset file, from zod's own export, so
 * that notebooks in other languages validate the same files. It checks shapes
 * only; the cross-record rules (ids, references, order, wording) are the
 * library's alone, and the schema's description says so.
 *
 * @example
 * datasetJsonSchema().$schema; // => 'https://json-schema.org/draft/2020-12/schema'
 */
export function datasetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DatasetSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  return { ...schema, title: 'casualty-claims dataset' };
}
