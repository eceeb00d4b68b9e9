import type { BacklogItem, OwnComment } from '#src/model/backlog-item.ts';
import { readCommentMarker } from '#src/plan/comment-marker.ts';
import type { GhComment, GhIssue } from './gh-issue-schema.ts';
import { isBot } from './is-bot.ts';
import { planningFromInput } from './planning-input.ts';

const newest = (times: readonly string[]): string | undefined => {
  let best: string | undefined;
  let bestMs = -Infinity;
  for (const time of times) {
    const ms = Date.parse(time);
    if (!Number.isNaN(ms) && ms > bestMs) {
      best = time;
      bestMs = ms;
    }
  }
  return best;
};

/**
 * The newest time a person did something we can see in `gh` output: opened the issue or
 * commented. `updatedAt` is deliberately ignored: bots' label changes and invisible edits move it.
 */
export const lastHumanActivity = (issue: Pick<GhIssue, 'createdAt' | 'comments'>): string | undefined => {
  const comments = Array.isArray(issue.comments) ? issue.comments : [];
  return newest([
    issue.createdAt,
    ...comments.filter((comment) => !isBot(comment.author)).map((comment) => comment.createdAt),
  ]);
};

/** Finds this tool's explanation comment by its hidden marker; the newest wins if there are several. */
export const findOwnComment = (comments: readonly GhComment[]): OwnComment | undefined => {
  for (let i = comments.length - 1; i >= 0; i--) {
    const comment = comments[i] as GhComment;
    const marker = readCommentMarker(comment.body);
    if (marker)
      return { id: String(comment.id ?? comment.url ?? `comment-${i}`), hash: marker.hash, resolved: marker.resolved };
  }
  return undefined;
};

/** Maps one validated `gh issue list` entry to the item shape the pure core judges. */
export const toBacklogItem = (issue: GhIssue): BacklogItem => {
  const comments = Array.isArray(issue.comments) ? issue.comments : [];
  const ownComment = findOwnComment(comments);
  const milestone = issue.milestone;
  const lastHumanActivityAt = issue.comments === undefined ? undefined : lastHumanActivity(issue);
  return {
    number: issue.number,
    title: issue.title,
    body: issue.body,
    url: issue.url ?? '',
    state: issue.state ?? 'open',
    labels: issue.labels.map((label) => label.name),
    ...(milestone
      ? {
          milestone: {
            ...(milestone.number !== undefined ? { number: milestone.number } : {}),
            title: milestone.title,
            ...(milestone.dueOn ? { dueOn: milestone.dueOn } : {}),
            ...(milestone.state ? { state: milestone.state } : {}),
          },
        }
      : {}),
    assignees: issue.assignees.map((assignee) => assignee.login),
    ...(issue.author ? { author: issue.author.login } : {}),
    createdAt: issue.createdAt,
    updatedAt: issue.updatedAt ?? issue.createdAt,
    ...(issue.closedAt ? { closedAt: issue.closedAt } : {}),
    ...(lastHumanActivityAt ? { lastHumanActivityAt } : {}),
    // lastHumanReactionAt stays undefined: `gh issue list --json reactionGroups` gives counts per
    // emoji, not who reacted or when, so rules.stale.countReactions has nothing to count here.
    commentCount: typeof issue.comments === 'number' ? issue.comments : comments.length,
    ...(ownComment ? { ownComment } : {}),
    ...planningFromInput(issue, issue.url),
  };
};
