import type { GraphQLResolveInfo } from 'graphql';
import type { FakeComment, FakeEvent, FakeEventType, FakeIssue, FakeRepo } from '../state.ts';
import { connection, type PageArgs } from './connection.ts';
import { actorView, labelViewByName } from './simple-views.ts';

const ITEM_TYPE: Record<FakeEventType, { typename: string; itemType: string }> = {
  labeled: { typename: 'LabeledEvent', itemType: 'LABELED_EVENT' },
  unlabeled: { typename: 'UnlabeledEvent', itemType: 'UNLABELED_EVENT' },
  reopened: { typename: 'ReopenedEvent', itemType: 'REOPENED_EVENT' },
  closed: { typename: 'ClosedEvent', itemType: 'CLOSED_EVENT' },
  renamed: { typename: 'RenamedTitleEvent', itemType: 'RENAMED_TITLE_EVENT' },
  commented: { typename: 'IssueComment', itemType: 'ISSUE_COMMENT' },
  milestoned: { typename: 'MilestonedEvent', itemType: 'MILESTONED_EVENT' },
};

function eventView(repo: FakeRepo, issue: FakeIssue, event: FakeEvent) {
  return {
    __typename: ITEM_TYPE[event.type].typename,
    id: event.nodeId,
    createdAt: event.createdAt,
    actor: actorView(event.actor),
    label: event.label ? labelViewByName(repo, event.label) : null,
    previousTitle: event.rename?.from ?? null,
    currentTitle: event.rename?.to ?? null,
    stateReason: event.type === 'closed' ? 'COMPLETED' : event.type === 'reopened' ? 'REOPENED' : null,
    milestoneTitle: null,
    url: `https://github.com/${repo.owner}/${repo.name}/issues/${issue.number}#event-${event.id}`,
  };
}

/** Issue.timelineItems: events oldest first, filtered by itemTypes and since, comments as IssueComment. */
export function timelineView(
  issue: FakeIssue,
  args: PageArgs & { itemTypes?: string[] | null; since?: string | null },
  info: GraphQLResolveInfo,
  comment: (comment: FakeComment) => unknown,
  repo: FakeRepo,
) {
  const wanted = args.itemTypes && args.itemTypes.length > 0 ? new Set(args.itemTypes) : undefined;
  const events = issue.events.filter(
    (event) =>
      (!wanted || wanted.has(ITEM_TYPE[event.type].itemType)) && (!args.since || event.createdAt >= args.since),
  );
  const page = connection(events, args, 'timelineItems', info, (event) => {
    const found =
      event.type === 'commented' ? issue.comments.find((candidate) => candidate.id === event.commentId) : undefined;
    return found ? comment(found) : eventView(repo, issue, event);
  });
  return {
    ...page,
    totalCount: issue.events.length,
    filteredCount: events.length,
    pageCount: page.nodes.length,
    updatedAt: issue.updatedAt,
  };
}
