import type { BacklogItem } from '#src/model/backlog-item.ts';
import { inlineMarkdown } from '#src/plan/safe-markdown.ts';
import { daysSince, plural } from './dates.ts';
import { subIssueProgress } from './sub-issue-progress.ts';

const MAX_TITLE = 120;
const MAX_REASON = 160;

/**
 * Makes untrusted text safe on one agenda line: one line, bounded length (cut at a word), no HTML
 * (a stray "<!--" would hide the rest of the agenda), no accidental @mentions and no live links.
 */
export const inlineText = (text: string, max: number): string => inlineMarkdown(text, max);

/**
 * "34 days old, 3 points, ana" — age in whole calendar days from creation, the estimate, and who is
 * on it. Assignees are named, not @-mentioned: an agenda refreshed daily must not notify them daily.
 */
export const itemFacts = (item: BacklogItem, now: Date, points?: number): string => {
  const who =
    item.assignees.length > 0 ? item.assignees.map((login) => inlineText(login, 40)).join(', ') : 'unassigned';
  const estimate = points === undefined ? 'no estimate' : plural(points, 'point');
  const progress = subIssueProgress(item);
  return `${plural(daysSince(item.createdAt, now), 'day')} old, ${estimate}, ${who}${progress ? `, ${progress}` : ''}`;
};

/** `- [ ] #12 Title — 34 days old, 3 points, ana — reason`; the box is ticked when a person ticked it before. */
export const formatLine = (item: BacklogItem, reason: string, now: Date, ticked: boolean, points?: number): string =>
  `- [${ticked ? 'x' : ' '}] #${item.number} ${inlineText(item.title, MAX_TITLE)} — ${itemFacts(item, now, points)}${reason === '' ? '' : ` — ${reason}`}`;

/** A reason made safe and cut at a word; the caller appends what must never be cut (the "also:" list). */
export const reasonText = (reason: string): string => inlineText(reason, MAX_REASON);

/** A ready item: no box (there is nothing left to refine), its estimate when known, and where else it is listed. */
export const formatReadyLine = (item: BacklogItem, points: number | undefined, alsoUnder?: string): string =>
  `- #${item.number} ${inlineText(item.title, MAX_TITLE)}${points === undefined ? '' : ` — ${plural(points, 'point')}`}${subIssueProgress(item) ? ` — ${subIssueProgress(item)}` : ''}${alsoUnder ? ` (decide under ${alsoUnder})` : ''}`;
