import { daysSince } from '#src/agenda/dates.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import { titleLink } from './issue-table.ts';

/** Caps a Markdown list, so the report stays far below GitHub's 1 MiB job-summary limit. */
export const capList = (lines: readonly string[], max: number): string[] =>
  lines.length > max ? [...lines.slice(0, max), `- … and ${lines.length - max} more`] : [...lines];

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Last human activity, falling back to creation (as the stale rule does) when the timeline was not read. */
const lastHuman = (item: BacklogItem): string => item.lastHumanActivityAt ?? item.createdAt;

/**
 * The `count` items longest without human activity (ties: oldest first, then by number), as a
 * numbered list with both ages in whole calendar days — the same count of days as the agenda.
 * One list, not two: the oldest issues are mostly the quietest ones.
 */
export const quietestLines = (items: readonly BacklogItem[], now: Date, count: number): string[] =>
  items
    .filter((item) => !Number.isNaN(Date.parse(lastHuman(item))) && !Number.isNaN(Date.parse(item.createdAt)))
    .sort(
      (a, b) =>
        Date.parse(lastHuman(a)) - Date.parse(lastHuman(b)) ||
        Date.parse(a.createdAt) - Date.parse(b.createdAt) ||
        a.number - b.number,
    )
    .slice(0, count)
    .map(
      (item, index) =>
        `${index + 1}. ${titleLink(item)}: quiet for ${plural(daysSince(lastHuman(item), now), 'day')}, opened ${plural(daysSince(item.createdAt, now), 'day')} ago`,
    );
