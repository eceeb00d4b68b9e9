import { z } from 'zod';

/** The refinement agenda opened before each milestone is due. */
export const agendaSchema = z
  .strictObject({
    enabled: z.boolean().default(true).describe('Open a refinement-agenda issue before each milestone is due.'),
    leadDays: z
      .number()
      .int()
      .nonnegative()
      .default(7)
      .describe('Open the agenda this many days before the milestone is due (overdue open milestones keep theirs).'),
    milestones: z
      .array(z.string().min(1))
      .default([])
      .describe('Milestones without a due date that still get an agenda, by title.'),
    title: z
      .string()
      .min(1)
      .default('Refinement agenda: {milestone} (due {date})')
      .describe('Title of the agenda issue; {milestone} and {date} are replaced.'),
    label: z
      .string()
      .min(1)
      .max(50)
      .default('refinement-agenda')
      .describe('Label that marks agenda issues (with the hidden marker in the body).'),
    assignees: z
      .array(z.string().min(1))
      .default([])
      .describe('Logins assigned to the agenda when it is created (product owner, facilitator).'),
    mention: z
      .array(z.string().min(1))
      .default([])
      .describe('Logins or teams (@org/team) mentioned once, when the agenda is created.'),
    orderBy: z
      .enum(['priority', 'wsjf', 'age'])
      .default('priority')
      .describe('How items are ordered within each section; ties go to the oldest.'),
    minutesPerItem: z.number().positive().default(5).describe('Time box per agenda item, in minutes.'),
    sprintDays: z
      .number()
      .positive()
      .default(10)
      .describe(
        'Working days in a sprint; refinement commonly takes 5–10% of it, and the agenda says when it needs more.',
      ),
    pastMilestones: z
      .number()
      .int()
      .positive()
      .default(3)
      .describe("How many recently closed milestones give the team's pace for the capacity forecast."),
    maxItemsPerSection: z
      .number()
      .int()
      .positive()
      .default(50)
      .describe('Longer sections end with "… and N more" and a search link.'),
    wsjf: z
      .strictObject({
        costOfDelayFields: z
          .array(z.string().min(1))
          .default(['Cost of delay', 'WSJF'])
          .describe('Projects fields holding cost of delay (a number).'),
        costOfDelayLabelPrefixes: z
          .array(z.string().min(1))
          .default(['cod:', 'cost-of-delay:'])
          .describe('Label prefixes holding cost of delay, e.g. "cod: 8".'),
      })
      .prefault({})
      .describe('Where WSJF ordering finds the cost of delay; the size is the estimate.'),
  })
  .prefault({})
  .describe('The refinement agenda.');
