import * as z from 'zod';
import { IdSchema, LocalNamesSchema } from './primitives.js';

/** A node of the places or categories tree; siblings are disjoint. */
export interface TreeNode {
  id: string;
  name?: string | undefined;
  /** The name in each language. */
  names?: { en?: string | undefined; ar?: string | undefined; fr?: string | undefined; es?: string | undefined } | undefined;
  /** For a place: the name with the preposition a line puts before it ("on the Syrian coast", "sur la côte syrienne"). */
  in?: { en?: string | undefined; ar?: string | undefined; fr?: string | undefined; es?: string | undefined } | undefined;
  children?: TreeNode[] | undefined;
}

/**
 * A tree of places or of categories: each node lists its children, and
 * siblings are disjoint ("civilians", "security forces", "gunmen" under "all").
 */
export const TreeNodeSchema: z.ZodType<TreeNode> = z
  .strictObject({
    id: IdSchema,
    name: z.string().optional(),
    names: LocalNamesSchema.optional(),
    in: LocalNamesSchema.optional().describe('For a place: its name with the preposition a line puts before it, by language.'),
    get children() {
      return z.array(TreeNodeSchema).optional();
    },
  })
  .describe('A tree node; its children are disjoint parts of it.');
