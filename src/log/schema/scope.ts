import * as z from 'zod';
import { IdSchema, TimeSchema } from './primitives.js';

/** What a silence or a status is about: a place and a category, each the root when absent. */
export const ScopeSchema = z
  .strictObject({
    place: IdSchema.optional().describe('A place id; the root of the places tree when absent.'),
    category: IdSchema.optional().describe('A category id; the root of the categories tree when absent.'),
  })
  .describe('A place and a category.');

/** A claim's scope: a place, a category and an optional period (kept and shown, not reconciled yet). */
export const ClaimScopeSchema = ScopeSchema.extend({
  from: TimeSchema.optional().describe('Start of the period the figure covers.'),
  to: TimeSchema.optional().describe('End of the period the figure covers.'),
}).describe('A place, a category and an optional period.');

export type Scope = z.infer<typeof ScopeSchema>;
export type ClaimScope = z.infer<typeof ClaimScopeSchema>;
