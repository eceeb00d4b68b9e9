import type { Config } from '#src/config/schema.ts';
import type { Milestone } from '#src/model/milestone.ts';
import { daysUntil, isoDate } from './dates.ts';

/** Whether a milestone gets an agenda now, and why (the why becomes the closing note when it stops getting one). */
export type AgendaWindow =
  | { readonly kind: 'due-soon'; readonly daysLeft: number }
  | { readonly kind: 'overdue'; readonly daysOverdue: number }
  | { readonly kind: 'named' }
  | { readonly kind: 'later'; readonly daysLeft: number }
  | { readonly kind: 'no-due-date' }
  | { readonly kind: 'closed' };

/** Classifies one milestone against config.agenda.leadDays and config.agenda.milestones at `now`. */
export const agendaWindow = (milestone: Milestone, config: Config, now: Date): AgendaWindow => {
  if (milestone.state === 'closed') return { kind: 'closed' };
  if (!milestone.dueOn)
    return config.agenda.milestones.includes(milestone.title) ? { kind: 'named' } : { kind: 'no-due-date' };
  const daysLeft = daysUntil(milestone.dueOn, now);
  if (daysLeft < 0) return { kind: 'overdue', daysOverdue: -daysLeft };
  return daysLeft <= config.agenda.leadDays ? { kind: 'due-soon', daysLeft } : { kind: 'later', daysLeft };
};

/** True when the window means "keep an agenda open". */
export const wantsAgenda = (window: AgendaWindow): boolean =>
  window.kind === 'due-soon' || window.kind === 'overdue' || window.kind === 'named';

/**
 * The open milestones that get an agenda: due within leadDays, overdue and still open, or without a
 * due date but named in config.agenda.milestones. Sorted by due date, then number, so runs are stable.
 */
export const selectMilestones = (milestones: readonly Milestone[], config: Config, now: Date): Milestone[] =>
  milestones
    .filter((milestone) => wantsAgenda(agendaWindow(milestone, config, now)))
    .sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') || a.number - b.number);

/** The note left on an agenda before it is closed, saying why in plain words. */
export const closingNote = (title: string, milestone: Milestone | undefined, config: Config, now: Date): string => {
  if (!milestone) return `The milestone "${title}" no longer exists, so this refinement agenda is closed.`;
  const window = agendaWindow(milestone, config, now);
  if (window.kind === 'closed')
    return `The milestone "${milestone.title}" is closed, so this refinement agenda is done. Thanks, everyone!`;
  if (window.kind === 'no-due-date')
    return `The milestone "${milestone.title}" no longer has a due date, so this refinement agenda is closed. Name it in agenda.milestones to keep one.`;
  const due = milestone.dueOn ? isoDate(milestone.dueOn) : 'later';
  return `The milestone "${milestone.title}" is now due ${due}, more than ${config.agenda.leadDays} days away, so this refinement agenda is closed. It reopens when the milestone is due again.`;
};
