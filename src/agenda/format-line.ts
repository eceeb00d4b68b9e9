import type { BacklogItem } from '#src/model/backlog-item.ts';
import { daysSince, plural } from './dates.ts';
import { subIssueProgress } from './sub-issue-progress.ts';

const MAX_TITLE = 120;
const MAX_REASON = 160;

/**
 * Makes untrusted text safe on one agenda line: one line, bounded length, no HTML (a stray "<!--"
 * would hide the rest of the agenda) and no accidental @mentions (a zero-width joiner breaks them).
 */
export const inlineText = (text: string, max: number): string => {
  const flat = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(?=\w)/g, '@\u2060');
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
};

/** "34 days old, @ana @ben" — age in whole days from creation, and who is on it. */
export const itemFacts = (item: BacklogItem, now: Date): string => {
  const who = item.assignees.length > 0 ? item.assignees.map((login) => `@${login}`).join(' ') : 'unassigned';
  const progress = subIssueProgress(item);
  return `${plural(daysSince(item.createdAt, now), 'day')} old, ${who}${progress ? `, ${progress}` : ''}`;
};

/** `- [ ] #12 Title — 34 days old, @ana — reason`; the box is ticked when a person ticked it before. */
export const formatLine = (item: BacklogItem, reason: string, now: Date, ticked: boolean): string =>
  `- [${ticked ? 'x' : ' '}] #${item.number} ${inlineText(item.title, MAX_TITLE)} — ${itemFacts(item, now)} — ${inlineText(reason, MAX_REASON)}`;

/** A ready item: no box (there is nothing left to refine), its estimate when known. */
export const formatReadyLine = (item: BacklogItem, points: number | undefined): string =>
  `- #${item.number} ${inlineText(item.title, MAX_TITLE)}${points === undefined ? '' : ` — ${plural(points, 'point')}`}${subIssueProgress(item) ? ` — ${subIssueProgress(item)}` : ''}`;
