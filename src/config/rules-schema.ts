import { z } from 'zod';

const enabled = (what: string) => z.boolean().default(true).describe(`Run the ${what} rule.`);
const stringList = (description: string, fallback: string[] = []) =>
  z.array(z.string().min(1)).default(fallback).describe(description);

/** T-shirt sizes in order; used by the estimate and too-big rules. */
export const SIZES = ['XXS', 'XS', 'S', 'M', 'L', 'XL', 'XXL'] as const;
/** A T-shirt size. */
export type Size = (typeof SIZES)[number];

/** Options of every rule. */
export const rulesSchema = z
  .strictObject({
    acceptanceCriteria: z
      .strictObject({
        enabled: enabled('acceptance-criteria'),
        headings: stringList(
          'Extra section headings that hold acceptance criteria, besides the built-in ones (Acceptance criteria, Definition of done, Done when, …, in several languages).',
        ),
        requirements: z
          .boolean()
          .default(true)
          .describe(
            'Count a "Requirements" section (Requisitos, Anforderungen, Требования, 要件, …) as acceptance criteria when its entries state outcomes ("Users must be able to export"); entries such as "Node 18" are ignored.',
          ),
        outcomeChecklists: z
          .boolean()
          .default(true)
          .describe(
            'Count a checklist with no criteria heading as acceptance criteria when at least two items, and half of them, state observable outcomes ("The export is UTF-8"), not work to do ("Add the endpoint"). Checklists under "Tasks" or "Steps" never count.',
          ),
      })
      .prefault({})
      .describe(
        'An item needs acceptance criteria: a section, Given/When/Then scenarios, or a checklist under such a section.',
      ),
    estimate: z
      .strictObject({
        enabled: enabled('estimate'),
        fields: stringList('GitHub Projects field names that hold an estimate (number or single select).', [
          'Estimate',
          'Story points',
          'Points',
          'Size',
        ]),
        levels: z
          .record(z.string().min(1), z.number().nonnegative())
          .default({})
          .describe(
            'Points for the level words of a complexity, difficulty or effort score ("Low Complexity", "Complexidade: Média", "effort: high"), merged over the built-in table (very low 1, low/easy 2, medium 3, high/hard 5, very high 8, in several languages). Such a score counts only when no estimate proper (points, size, time) is found.',
          ),
      })
      .prefault({})
      .describe(
        'An item needs an estimate: a label (points: 3, size/M, XL, Low Complexity), a body line (Story points: 5, Tempo estimado: 4h), an issue-form section, a table, the title ([3 pts]) or a Projects field.',
      ),
    tooBig: z
      .strictObject({
        enabled: enabled('too-big'),
        maxPoints: z.number().positive().default(8).describe('Estimates above this many points need splitting.'),
        maxSize: z.enum(SIZES).default('L').describe('T-shirt sizes above this one need splitting.'),
        maxDays: z
          .number()
          .positive()
          .default(5)
          .describe('Time estimates above this many working days need splitting (8 hours a day).'),
      })
      .prefault({})
      .describe('An item whose estimate is above the limit needs splitting.'),
    vague: z
      .strictObject({
        enabled: enabled('vague'),
        minWords: z
          .number()
          .int()
          .nonnegative()
          .default(8)
          .describe(
            'Bodies with fewer meaningful words than this (placeholders, comments and images excluded) are vague.',
          ),
        genericTitles: stringList(
          'Extra titles that say nothing (compared case-insensitively, punctuation ignored), besides the built-in ones such as "fix bug".',
        ),
        placeholders: stringList('Extra template placeholder phrases that count as unfilled text.'),
        templateSimilarity: z
          .number()
          .min(0)
          .max(1)
          .default(0.8)
          .describe(
            "A body whose lines are at least this share of one of the repository's own templates is an unfilled template.",
          ),
      })
      .prefault({})
      .describe(
        'An item must say what it is about: not empty, not an unfilled template, not a title that says nothing, not only images.',
      ),
    stale: z
      .strictObject({
        enabled: enabled('stale'),
        days: z
          .number()
          .int()
          .positive()
          .default(60)
          .describe('Days without human activity after which an item is stale.'),
        exemptLabels: stringList('Items with any of these labels are never stale.', ['pinned', 'security']),
        exemptMilestones: z
          .union([z.boolean(), z.array(z.string().min(1))])
          .default(false)
          .describe('true: items in any milestone are never stale; a list: items in these milestones are never stale.'),
        exemptAssigned: z.boolean().default(false).describe('Items with an assignee are never stale.'),
        countReactions: z
          .boolean()
          .default(false)
          .describe(
            "Count a person's reaction on the issue (among its last 10) as activity. The CLI cannot see reaction times.",
          ),
      })
      .prefault({})
      .describe('An item with no human activity for a while is flagged (never closed).'),
    blocked: z
      .strictObject({
        enabled: enabled('blocked'),
      })
      .prefault({})
      .describe('An item that says "blocked by #N" or "depends on #N" while #N is open is blocked.'),
    unprioritized: z
      .strictObject({
        enabled: enabled('unprioritized'),
        labels: stringList('Label patterns that give a priority; "*" matches any text.', [
          'priority*',
          'P0',
          'P1',
          'P2',
          'P3',
          'P4',
          'must have',
          'should have',
          'could have',
          "won't have",
          'moscow*',
        ]),
        fields: stringList('GitHub Projects field names that hold a priority.', ['Priority']),
      })
      .prefault({})
      .describe('An item needs a priority label or Projects field.'),
  })
  .prefault({})
  .describe('Options for each readiness rule.');
