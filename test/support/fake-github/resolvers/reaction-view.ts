import type { GraphQLResolveInfo } from 'graphql';
import type { FakeIssue, FakeReaction, FakeReactionContent } from '../state.ts';
import { connection, type PageArgs } from './connection.ts';
import { actorView } from './simple-views.ts';

const CONTENT: Record<FakeReactionContent, string> = {
  '+1': 'THUMBS_UP',
  '-1': 'THUMBS_DOWN',
  laugh: 'LAUGH',
  confused: 'CONFUSED',
  heart: 'HEART',
  hooray: 'HOORAY',
  rocket: 'ROCKET',
  eyes: 'EYES',
};

export type ReactionArgs = PageArgs & {
  content?: string | null;
  orderBy?: { field: string; direction: 'ASC' | 'DESC' } | null;
};

// `Reaction.user` is typed User: GitHub has no User to give for a bot's (or an organization's)
// reaction, so it answers null there, as here.
function reactionView(reaction: FakeReaction) {
  return {
    __typename: 'Reaction',
    id: reaction.nodeId,
    databaseId: reaction.id,
    content: CONTENT[reaction.content],
    createdAt: reaction.createdAt,
    user: reaction.by.type === 'User' ? actorView(reaction.by) : null,
  };
}

/** `Issue.reactions(first|last, after|before, content, orderBy)`: oldest first unless ordered DESC. */
export function reactionsView(issue: FakeIssue, args: ReactionArgs, info: GraphQLResolveInfo) {
  const matching = args.content
    ? issue.reactions.filter((reaction) => CONTENT[reaction.content] === args.content)
    : issue.reactions;
  const ordered = args.orderBy?.direction === 'DESC' ? [...matching].reverse() : matching;
  return { ...connection(ordered, args, 'reactions', info, reactionView), viewerHasReacted: false };
}
