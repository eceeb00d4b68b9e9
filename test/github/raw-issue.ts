import type { RawComment, RawIssue, RawTimelineItem } from '#src/github/graphql-shapes.ts';

// Builders for GraphQL issue payloads, shaped like GitHub's answers to ISSUE_FIELDS.

export const person = (login: string) => ({ login, __typename: 'User' });
export const bot = (login: string) => ({ login, __typename: 'Bot' });

export const aComment = (overrides: Partial<RawComment> = {}): RawComment => ({
  id: 'IC_kwDOA1',
  databaseId: 1,
  body: 'I can reproduce this on Safari 17 as well.',
  createdAt: '2026-11-05T09:00:00Z',
  lastEditedAt: null,
  author: person('mona'),
  ...overrides,
});

/** What a test may override: any field, plus comments and timeline items as plain lists. */
export type RawIssueOverrides = Omit<Partial<RawIssue>, 'comments'> & {
  comments?: RawComment[];
  timeline?: RawTimelineItem[];
};

/**
 * A raw open issue with no comments, timeline, labels or projects unless overridden. Comments come
 * as `IssueComment` timeline items, as GitHub answers ISSUE_FIELDS, merged with `timeline` by time.
 */
export const aRawIssue = (overrides: RawIssueOverrides = {}): RawIssue => {
  const { comments = [], timeline = [], ...rest } = overrides;
  return {
    id: 'I_kwDOA42',
    number: 42,
    title: 'Checkout button does nothing on Safari',
    body: '## Steps\n\n1. Open the cart\n2. Click "Checkout"\n\nNothing happens.',
    url: 'https://github.com/acme/webshop/issues/42',
    state: 'OPEN',
    createdAt: '2026-11-01T08:00:00Z',
    updatedAt: '2026-11-12T10:00:00Z',
    closedAt: null,
    lastEditedAt: null,
    editor: null,
    author: person('hubot-user'),
    labels: { nodes: [] },
    milestone: null,
    assignees: { nodes: [] },
    comments: { totalCount: comments.length },
    timelineItems: {
      nodes: [...timeline, ...comments.map((comment) => ({ __typename: 'IssueComment' as const, ...comment }))].sort(
        (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt),
      ),
    },
    projectItems: { nodes: [] },
    ...rest,
  };
};
