import type { BacklogItem } from '#src/model/backlog-item.ts';
import type { CommentChange, ItemPlan } from '#src/plan/item-plan.ts';
import { inlineMarkdown } from '#src/plan/safe-markdown.ts';

const DAY_MS = 86_400_000;
const TITLE_LIMIT = 80;

/** Caps a Markdown list, so the report stays far below GitHub's 1 MiB job-summary limit. */
export const capList = (lines: readonly string[], max: number): string[] =>
  lines.length > max ? [...lines.slice(0, max), `- … and ${lines.length - max} more`] : [...lines];

/** "[#12](url) Title", the title made safe and short. */
export const itemLink = (item: BacklogItem): string =>
  `[#${item.number}](${item.url}) ${inlineMarkdown(item.title, TITLE_LIMIT)}`;

const daysSince = (iso: string, now: Date): number => Math.floor((now.getTime() - Date.parse(iso)) / DAY_MS);

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Items ordered by a time (oldest first, ties by number); items with unreadable times are left out. */
const oldestBy = (items: readonly BacklogItem[], time: (item: BacklogItem) => string, count: number): BacklogItem[] =>
  items
    .filter((item) => !Number.isNaN(Date.parse(time(item))))
    .sort((a, b) => Date.parse(time(a)) - Date.parse(time(b)) || a.number - b.number)
    .slice(0, count);

/** The `count` oldest items by creation, as a numbered Markdown list. */
export const oldestLines = (items: readonly BacklogItem[], now: Date, count: number): string[] =>
  oldestBy(items, (item) => item.createdAt, count).map(
    (item, index) => `${index + 1}. ${itemLink(item)}: opened ${plural(daysSince(item.createdAt, now), 'day')} ago`,
  );

/** Last human activity, falling back to creation (as the stale rule does) when the timeline was not read. */
const lastHuman = (item: BacklogItem): string => item.lastHumanActivityAt ?? item.createdAt;

/** The `count` items with the oldest human activity, as a numbered Markdown list. */
export const staleLines = (items: readonly BacklogItem[], now: Date, count: number): string[] =>
  oldestBy(items, lastHuman, count).map(
    (item, index) =>
      `${index + 1}. ${itemLink(item)}: no human activity for ${plural(daysSince(lastHuman(item), now), 'day')}`,
  );

const commentLine = (change: CommentChange, number: number): string =>
  change.kind === 'create'
    ? `- add the explanation comment to #${number}`
    : change.kind === 'update'
      ? `- update the explanation comment on #${number}`
      : `- delete the explanation comment from #${number}`;

/** One line per write in the plans: "add label `needs-estimate` to #42", in plan order. */
export const writeLines = (plans: readonly ItemPlan[]): string[] =>
  plans.flatMap((plan) => [
    ...plan.addLabels.map((name) => `- add label \`${inlineMarkdown(name)}\` to #${plan.number}`),
    ...plan.removeLabels.map((name) => `- remove label \`${inlineMarkdown(name)}\` from #${plan.number}`),
    ...(plan.comment ? [commentLine(plan.comment, plan.number)] : []),
  ]);
