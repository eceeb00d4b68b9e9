import type { GraphQLResolveInfo } from 'graphql';
import type { FakeComment, FakeIssue, FakeRepo, FakeState } from '../state.ts';
import { connection, type PageArgs } from './connection.ts';
import type { GraphqlContext } from './context.ts';
import { planningView } from './planning-view.ts';
import { projectItemsView } from './project-view.ts';
import { reactionsView, type ReactionArgs } from './reaction-view.ts';
import { actorView, labelViewByName, milestoneFields, personView } from './simple-views.ts';
import { timelineView } from './timeline-view.ts';

type Ctx = GraphqlContext;
type Info = GraphQLResolveInfo;

const HTML = 'https://github.com';

export function commentView(state: FakeState, repo: FakeRepo, issue: FakeIssue, comment: FakeComment) {
  return {
    __typename: 'IssueComment',
    id: comment.nodeId,
    databaseId: comment.id,
    fullDatabaseId: String(comment.id),
    body: comment.body,
    bodyText: comment.body,
    createdAt: comment.createdAt,
    updatedAt: comment.updatedAt,
    publishedAt: comment.createdAt,
    lastEditedAt: comment.lastEditedAt ?? null,
    author: actorView(comment.author),
    editor: comment.lastEditedAt ? actorView(state.actor) : null,
    authorAssociation: comment.author.login === repo.owner ? 'OWNER' : 'NONE',
    url: `${HTML}/${repo.owner}/${repo.name}/issues/${issue.number}#issuecomment-${comment.id}`,
    isMinimized: false,
    viewerDidAuthor: comment.author.login === state.actor.login,
    viewerCanUpdate: true,
    viewerCanDelete: true,
    issue: () => issueView(state, repo, issue),
  };
}

const STATE_REASON = { completed: 'COMPLETED', not_planned: 'NOT_PLANNED', reopened: 'REOPENED' } as const;

/** An issue (or a pull request, for node lookups) with its connections. */
export function issueView(state: FakeState, repo: FakeRepo, issue: FakeIssue) {
  const milestone = repo.milestones.find((candidate) => candidate.number === issue.milestone);
  return {
    __typename: issue.isPullRequest ? 'PullRequest' : 'Issue',
    id: issue.nodeId,
    databaseId: issue.id,
    fullDatabaseId: String(issue.id),
    number: issue.number,
    title: issue.title,
    body: issue.body,
    bodyText: issue.body,
    url: `${HTML}/${repo.owner}/${repo.name}/${issue.isPullRequest ? 'pull' : 'issues'}/${issue.number}`,
    resourcePath: `/${repo.owner}/${repo.name}/issues/${issue.number}`,
    state: issue.state === 'open' ? 'OPEN' : 'CLOSED',
    stateReason: issue.stateReason ? STATE_REASON[issue.stateReason] : null,
    closed: issue.state === 'closed',
    locked: false,
    createdAt: issue.createdAt,
    updatedAt: issue.updatedAt,
    closedAt: issue.closedAt ?? null,
    lastEditedAt: issue.lastEditedAt ?? null,
    editor: issue.lastEditedAt ? actorView(issue.editor ?? issue.author) : null,
    author: actorView(issue.author),
    authorAssociation: issue.author.login === repo.owner ? 'OWNER' : 'NONE',
    viewerDidAuthor: issue.author.login === state.actor.login,
    repository: () => ({
      __typename: 'Repository',
      id: repo.nodeId,
      name: repo.name,
      nameWithOwner: `${repo.owner}/${repo.name}`,
    }),
    milestone: milestone ? { ...milestoneFields(repo, milestone) } : null,
    issueType: issue.issueType
      ? {
          __typename: 'IssueType',
          id: `IT_fake_${issue.issueType}`,
          name: issue.issueType,
          isEnabled: true,
          color: 'GRAY',
        }
      : null,
    labels: (args: PageArgs, _ctx: Ctx, info: Info) =>
      connection(issue.labels, args, 'labels', info, (name) => labelViewByName(repo, name)),
    assignees: (args: PageArgs, _ctx: Ctx, info: Info) =>
      connection(issue.assignees, args, 'assignees', info, personView),
    comments: (args: PageArgs, _ctx: Ctx, info: Info) =>
      connection(issue.comments, args, 'comments', info, (comment) => commentView(state, repo, issue, comment)),
    timelineItems: (args: PageArgs & { itemTypes?: string[] | null; since?: string | null }, _ctx: Ctx, info: Info) =>
      timelineView(issue, args, info, (comment) => commentView(state, repo, issue, comment), repo),
    projectItems: (args: PageArgs, _ctx: Ctx, info: Info) => projectItemsView(issue, args, info),
    reactions: (args: ReactionArgs, _ctx: Ctx, info: Info) => reactionsView(issue, args, info),
    reactionGroups: [],
    participants: (args: PageArgs, _ctx: Ctx, info: Info) =>
      connection(
        [...new Set([issue.author.login, ...issue.comments.map((c) => c.author.login)])],
        args,
        'participants',
        info,
        personView,
      ),
    viewerCanUpdate: true,
    ...planningView(state, repo, issue, issueView),
  };
}
