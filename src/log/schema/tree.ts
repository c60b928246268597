import * as z from 'zod';
import { IdSchema } from './primitives.js';

/** A node of the places or categories tree; siblings are disjoint. */
export interface TreeNode {
  id: string;
  name?: string | undefined;
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
    get children() {
      return z.array(TreeNodeSchema).optional();
    },
  })
  .describe('A tree node; its children are disjoint parts of it.');
