import type { BacklogItem } from '#src/model/backlog-item.ts';
import type { Milestone } from '#src/model/milestone.ts';
import type { PastMilestone } from './forecast.ts';

/** The `count` most recently closed milestones (by close time, else due date), newest first. */
export const recentClosedMilestones = (milestones: readonly Milestone[], count: number): Milestone[] =>
  milestones
    .filter((m) => m.state === 'closed')
    .sort((a, b) => (b.closedAt ?? b.dueOn ?? '').localeCompare(a.closedAt ?? a.dueOn ?? '') || b.number - a.number)
    .slice(0, count);

/** A closed milestone and its issues reduced to what the forecast needs; `points` finds an item's estimate in points. */
export const toPastMilestone = (
  milestone: Milestone,
  items: readonly BacklogItem[],
  points: (item: BacklogItem) => number | undefined,
): PastMilestone => ({
  title: milestone.title,
  ...(milestone.dueOn ? { dueOn: milestone.dueOn } : {}),
  ...(milestone.closedAt ? { closedAt: milestone.closedAt } : {}),
  issues: items.map((item) => {
    const value = points(item);
    return {
      state: item.state,
      ...(item.closedAt ? { closedAt: item.closedAt } : {}),
      ...(value === undefined ? {} : { points: value }),
    };
  }),
});
