import { z } from 'zod';
import { planningInputSchema } from './planning-input.ts';

// Only the fields the rules need are required; the rest default so that a shorter
// `gh issue list --json` still works (staleness then falls back to the creation time).
/** An ISO-8601 time; anything Date.parse understands is accepted, since gh and the REST API both print ISO times. */
const isoTime = z
  .string()
  .refine((value) => !Number.isNaN(Date.parse(value)), { message: 'an ISO-8601 time like "2026-11-21T09:00:00Z"' });

const login = z.object({ login: z.string(), is_bot: z.boolean().optional() });

/** One comment as `gh issue list --json comments` prints it. */
export const ghCommentSchema = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  url: z.string().optional(),
  author: login.nullable().optional(),
  body: z.string().default(''),
  createdAt: isoTime,
});

/** One issue as `gh issue list --json number,title,body,labels,milestone,assignees,author,createdAt,updatedAt,url,comments` prints it. */
export const ghIssueSchema = planningInputSchema.extend({
  number: z.number().int().positive(),
  title: z.string(),
  body: z.string(),
  labels: z.array(z.object({ name: z.string() })),
  createdAt: isoTime,
  updatedAt: isoTime.optional(),
  url: z.string().optional(),
  // gh prints OPEN / CLOSED; the REST API prints open / closed.
  state: z
    .string()
    .transform((value) => value.toLowerCase())
    .pipe(z.enum(['open', 'closed']))
    .optional(),
  closedAt: z.string().nullable().optional(),
  milestone: z
    .object({
      number: z.number().int().optional(),
      title: z.string(),
      dueOn: z.string().nullable().optional(),
      state: z
        .string()
        .transform((value) => value.toLowerCase())
        .pipe(z.enum(['open', 'closed']))
        .optional(),
    })
    .nullable()
    .optional(),
  assignees: z.array(login).default([]),
  author: login.nullable().optional(),
  // `--json comments` gives the comments; the REST API gives only their number.
  comments: z.union([z.array(ghCommentSchema), z.number().int().nonnegative()]).optional(),
});

/** A validated `gh issue list` entry. */
export type GhIssue = z.output<typeof ghIssueSchema>;
/** A validated comment of a `gh issue list` entry. */
export type GhComment = z.output<typeof ghCommentSchema>;
