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
      .default('**Not ready for work yet.** What the team needs before picking this issue up:')
      .describe(
        'The first line of the comment when something is missing. It is the same on a new issue and on one the nightly sweep finds years later, so it does not thank or greet.',
      ),
  })
  .prefault({})
  .describe('The explanation comment.');
