import type { BacklogItem } from '#src/model/backlog-item.ts';

/** An epic's progress from GitHub's sub-issue summary, e.g. "sub-issues 2/5 done (40%)"; empty without sub-issues. */
export const subIssueProgress = (item: BacklogItem): string =>
  item.subIssues && item.subIssues.total > 0
    ? `sub-issues ${item.subIssues.completed}/${item.subIssues.total} done (${item.subIssues.percentCompleted}%)`
    : '';
