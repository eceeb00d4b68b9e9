import { findLabel, type FakeIssue, type FakeRepo } from '../state.ts';
import { commentJson, userJson } from './shapes.ts';

/** The issue timeline as REST returns it: events oldest first, comments inline as 'commented' events. */
export function timelineJson(repo: FakeRepo, issue: FakeIssue, apiBase: string): unknown[] {
  return issue.events.map((event) => {
    if (event.type === 'commented') {
      const comment = issue.comments.find((candidate) => candidate.id === event.commentId);
      if (comment)
        return {
          event: 'commented',
          actor: userJson(comment.author, apiBase),
          ...commentJson(repo, issue, comment, apiBase),
        };
    }
    const label = event.label ? findLabel(repo, event.label) : undefined;
    return {
      id: event.id,
      node_id: event.nodeId,
      event: event.type,
      actor: userJson(event.actor, apiBase),
      created_at: event.createdAt,
      ...(event.label ? { label: { name: event.label, color: label?.color ?? 'ededed' } } : {}),
      ...(event.rename ? { rename: event.rename } : {}),
    };
  });
}
