import type { Config } from '#src/config/schema.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import type { Verdict } from '#src/model/verdict.ts';
import type { CommentChange } from './item-plan.ts';
import { renderComment } from './render-comment.ts';

/**
 * The change to the item's one explanation comment, or undefined for none. Quiet by design:
 * a ready item that never had a comment gets none, an unchanged rendering (same hash) is never
 * rewritten, and skipped items or disabled comments are left alone (an existing comment stays).
 * When an item with a comment becomes ready, the comment is rewritten as resolved, or deleted
 * when `comment.onReady` is "delete".
 */
export const planComment = (item: BacklogItem, verdict: Verdict, config: Config): CommentChange | undefined => {
  if (!config.comment.enabled || verdict.skipped) return undefined;
  const own = item.ownComment;
  // Decided before rendering: most items of a healthy backlog are ready with no comment, and
  // rendering plus hashing is the costliest part of planning.
  const resolved = verdict.ready || verdict.pinned;
  if (resolved && !own) return undefined;
  if (resolved && own && config.comment.onReady === 'delete') return { kind: 'delete', commentId: own.id };
  const rendered = renderComment(verdict, config);
  if (!rendered.resolved) {
    if (!own) return { kind: 'create', body: rendered.body };
    return own.hash === rendered.hash && !own.resolved
      ? undefined
      : { kind: 'update', commentId: own.id, body: rendered.body };
  }
  if (!own) return undefined;
  return own.resolved && own.hash === rendered.hash
    ? undefined
    : { kind: 'update', commentId: own.id, body: rendered.body };
};
