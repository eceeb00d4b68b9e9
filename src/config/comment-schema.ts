import { z } from 'zod';

/** The one explanation comment per item. */
export const commentSchema = z
  .strictObject({
    enabled: z.boolean().default(true).describe('Explain each verdict in one comment per issue, edited in place.'),
    onReady: z
      .enum(['update', 'delete'])
      .default('update')
      .describe('When an item with a comment becomes ready: "update" rewrites it to say so, "delete" removes it.'),
    intro: z
      .string()
      .default('Thanks for the issue! A few things would make it ready for the team to pick up:')
      .describe('The first line of the comment when something is missing.'),
  })
  .prefault({})
  .describe('The explanation comment.');
