import { z } from 'zod';

/** The living Backlog Health issue: one per repository, edited in place at most once a day. */
export const healthSchema = z
  .strictObject({
    enabled: z
      .boolean()
      .default(true)
      .describe('Keep one Backlog Health issue with headline figures and 12-week trends; false opts out.'),
    label: z
      .string()
      .min(1)
      .max(50)
      .default('backlog-health')
      .describe('Label of the Health issue; with its hidden marker it is how the issue is found again.'),
    title: z.string().min(1).max(256).default('Backlog health').describe('Title of the Health issue when created.'),
  })
  .prefault({})
  .describe('The Backlog Health issue (trends over time).');
