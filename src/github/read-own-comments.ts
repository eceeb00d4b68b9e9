import type { RawComment, RawIssue, PageInfo } from './graphql-shapes.ts';
import { canBeOurs, mayHideOwnComment } from './map-issue.ts';
import { commentPagesQuery } from './queries.ts';
import type { ReadState } from './read-issues.ts';
import { readCommentMarker } from '#src/plan/comment-marker.ts';

type CommentPage = { pageInfo: PageInfo; nodes: (RawComment | null)[] | null };
type Pages = Record<string, { comments?: CommentPage } | null>;

/** At most this many pages of 100 comments per issue (10,000 comments): a bound on what one hostile issue can cost. */
const MAX_PAGES = 100;

const isOurs = (state: ReadState, comment: RawComment): boolean =>
  readCommentMarker(comment.body) !== undefined && canBeOurs(comment, state.selfLogins);

/**
 * Busy issues: the timeline window holds only the newest comments, so an explanation comment with
 * many comments after it is not among them. For each issue read whose older comments may hide it,
 * pages through the comments oldest first (our comment is usually among the first) until one of ours
 * turns up, up to 100 issues a query: one point per round. Returns the comments found, by issue node id.
 */
export const findOlderOwnComments = async (
  state: ReadState,
  issues: readonly RawIssue[],
): Promise<Map<string, RawComment[]>> => {
  const found = new Map<string, RawComment[]>();
  let open = issues
    .filter((issue) => mayHideOwnComment(issue, state.selfLogins))
    .map((issue) => ({ id: issue.id, after: null as string | null, pages: 0 }));
  while (open.length > 0) {
    const batch = open.slice(0, 100);
    const variables: Record<string, unknown> = {};
    batch.forEach((target, i) => {
      variables[`id${i}`] = target.id;
      variables[`after${i}`] = target.after;
    });
    const data = await state.client.read<Pages>(
      commentPagesQuery(batch.length),
      variables,
      `look for the explanation comment among older comments of ${batch.length} busy issue(s) in ${state.owner}/${state.name}`,
    );
    const next = batch.flatMap((target, i) => {
      const page = data[`c${i}`]?.comments;
      const ours = (page?.nodes ?? []).filter((c): c is RawComment => c !== null && isOurs(state, c));
      if (ours.length > 0) {
        found.set(target.id, ours);
        return [];
      }
      const more = page?.pageInfo.hasNextPage && page.pageInfo.endCursor && target.pages + 1 < MAX_PAGES;
      return more ? [{ id: target.id, after: page.pageInfo.endCursor, pages: target.pages + 1 }] : [];
    });
    open = [...next, ...open.slice(100)];
  }
  return found;
};
