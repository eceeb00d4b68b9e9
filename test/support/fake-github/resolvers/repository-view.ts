import type { GraphQLResolveInfo } from 'graphql';
import type { FakeIssue, FakeRepo, FakeState } from '../state.ts';
import { connection, type PageArgs } from './connection.ts';
import { githubError, type GraphqlContext } from './context.ts';
import { issueView } from './issue-view.ts';
import { objectView } from './object-view.ts';
import { labelView, milestoneFields } from './simple-views.ts';

type Info = GraphQLResolveInfo;
type Order = { field: string; direction: 'ASC' | 'DESC' } | null | undefined;
type IssueArgs = PageArgs & {
  states?: string[] | null;
  labels?: string[] | null;
  orderBy?: Order;
  filterBy?: {
    assignee?: string;
    createdBy?: string;
    labels?: string[];
    milestone?: string;
    milestoneNumber?: string;
    since?: string;
    states?: string[];
  } | null;
};

const ORDER_KEY: Record<string, (issue: FakeIssue) => string | number> = {
  CREATED_AT: (issue) => issue.createdAt,
  UPDATED_AT: (issue) => issue.updatedAt,
  COMMENTS: (issue) => issue.comments.length,
};

const STATE_NAME = { open: 'OPEN', closed: 'CLOSED' } as const;

/** GitHub's issues filters: states and label lists are "any of"; filterBy narrows further. */
export function filterIssues(repo: FakeRepo, issues: readonly FakeIssue[], args: IssueArgs): FakeIssue[] {
  const states = args.states ?? args.filterBy?.states;
  const labels = [...(args.labels ?? []), ...(args.filterBy?.labels ?? [])].map((name) => name.toLowerCase());
  const filter = args.filterBy ?? {};
  const milestone = filter.milestone;
  const matches = (issue: FakeIssue): boolean =>
    !issue.isPullRequest &&
    (!states || states.length === 0 || states.includes(STATE_NAME[issue.state])) &&
    (labels.length === 0 || issue.labels.some((name) => labels.includes(name.toLowerCase()))) &&
    (!filter.assignee || issue.assignees.includes(filter.assignee)) &&
    (!filter.createdBy || issue.author.login === filter.createdBy) &&
    (!filter.since || issue.updatedAt >= filter.since) &&
    (!filter.milestoneNumber || issue.milestone === Number(filter.milestoneNumber)) &&
    (!milestone ||
      (milestone === '*'
        ? issue.milestone !== undefined
        : milestone === 'none'
          ? issue.milestone === undefined
          : repo.milestones.some((m) => m.id === Number(milestone) && m.number === issue.milestone)));
  const key = ORDER_KEY[args.orderBy?.field ?? 'CREATED_AT'] ?? ORDER_KEY.CREATED_AT!;
  const direction = args.orderBy?.direction === 'DESC' ? -1 : 1;
  return orderIssues(issues, key, direction).filter(matches);
}

// Every page of a 10,000-issue audit filters and orders the whole list again. The order of a list
// is remembered (per list, key and direction) and reused while it still holds: the same issues
// with the same key values, checked in one linear pass of identity comparisons (tests edit state
// directly, and a rewritten key is a new value).
type Key = (issue: FakeIssue) => string | number;
type Remembered = {
  key: Key;
  direction: number;
  sorted: FakeIssue[];
  keys: (string | number)[];
  members: Set<FakeIssue>;
};
const remembered = new WeakMap<readonly FakeIssue[], Remembered>();

function stillValid(
  known: Remembered | undefined,
  issues: readonly FakeIssue[],
  key: Key,
  direction: number,
): known is Remembered {
  if (!known || known.key !== key || known.direction !== direction || known.sorted.length !== issues.length)
    return false;
  for (let index = 0; index < issues.length; index += 1) {
    if (!known.members.has(issues[index]!) || key(known.sorted[index]!) !== known.keys[index]) return false;
  }
  return true;
}

function orderIssues(issues: readonly FakeIssue[], key: Key, direction: number): readonly FakeIssue[] {
  const known = remembered.get(issues);
  if (stillValid(known, issues, key, direction)) return known.sorted;
  const keyed = issues.map((issue) => ({ issue, key: key(issue) }));
  keyed.sort((a, b) =>
    a.key < b.key ? -direction : a.key > b.key ? direction : (a.issue.number - b.issue.number) * direction,
  );
  const sorted = keyed.map((entry) => entry.issue);
  remembered.set(issues, { key, direction, sorted, keys: keyed.map((entry) => entry.key), members: new Set(sorted) });
  return sorted;
}

export function milestoneView(state: FakeState, repo: FakeRepo, milestone: FakeRepo['milestones'][number]) {
  const inMilestone = () => repo.issues.filter((issue) => issue.milestone === milestone.number);
  return {
    ...milestoneFields(repo, milestone),
    issues: (args: IssueArgs, _ctx: GraphqlContext, info: Info) =>
      connection(filterIssues(repo, inMilestone(), args), args, 'issues', info, (issue) =>
        issueView(state, repo, issue),
      ),
    progressPercentage: (() => {
      const all = inMilestone().filter((issue) => !issue.isPullRequest);
      return all.length === 0 ? 0 : (100 * all.filter((issue) => issue.state === 'closed').length) / all.length;
    })(),
  };
}

const MILESTONE_ORDER: Record<string, (m: FakeRepo['milestones'][number]) => string | number> = {
  DUE_DATE: (m) => m.dueOn ?? '9999',
  CREATED_AT: (m) => m.createdAt,
  UPDATED_AT: (m) => m.updatedAt,
  NUMBER: (m) => m.number,
};

/** Repository with the connections Backlog Hygiene reads. */
export function repositoryView(state: FakeState, repo: FakeRepo) {
  return {
    __typename: 'Repository',
    id: repo.nodeId,
    databaseId: repo.id,
    name: repo.name,
    nameWithOwner: `${repo.owner}/${repo.name}`,
    // Projects: one (owned by the organisation) when any issue was seeded with Projects fields, none otherwise.
    owner: {
      __typename: 'Organization',
      login: repo.owner,
      id: `O_fake_${repo.owner}`,
      projectsV2: () => ({ totalCount: repo.issues.some((issue) => issue.projectFields) ? 1 : 0, nodes: [] }),
    },
    projectsV2: () => ({ totalCount: 0, nodes: [] }),
    url: `https://github.com/${repo.owner}/${repo.name}`,
    isPrivate: repo.private,
    isArchived: false,
    hasIssuesEnabled: true,
    viewerPermission: 'WRITE',
    defaultBranchRef: { __typename: 'Ref', id: `REF_${repo.id}`, name: repo.defaultBranch, prefix: 'refs/heads/' },
    issues: (args: IssueArgs, _ctx: GraphqlContext, info: Info) =>
      connection(filterIssues(repo, repo.issues, args), args, 'issues', info, (issue) => issueView(state, repo, issue)),
    issue: ({ number }: { number: number }) => {
      const issue = repo.issues.find((candidate) => candidate.number === number && !candidate.isPullRequest);
      if (!issue) throw githubError('NOT_FOUND', `Could not resolve to an Issue with the number of ${number}.`);
      return issueView(state, repo, issue);
    },
    issueOrPullRequest: ({ number }: { number: number }) => {
      const issue = repo.issues.find((candidate) => candidate.number === number);
      if (!issue)
        throw githubError('NOT_FOUND', `Could not resolve to an issue or pull request with the number of ${number}.`);
      return issueView(state, repo, issue);
    },
    object: ({ expression }: { expression?: string }) => objectView(repo, expression ?? ''),
    milestones: (
      args: PageArgs & { states?: string[] | null; orderBy?: Order; query?: string | null },
      _ctx: GraphqlContext,
      info: Info,
    ) => {
      const key = MILESTONE_ORDER[args.orderBy?.field ?? 'NUMBER'] ?? MILESTONE_ORDER.NUMBER!;
      const direction = args.orderBy?.direction === 'DESC' ? -1 : 1;
      const list = repo.milestones
        .filter(
          (m) =>
            (!args.states || args.states.length === 0 || args.states.includes(m.state.toUpperCase())) &&
            (!args.query || m.title.toLowerCase().includes(args.query.toLowerCase())),
        )
        .sort((a, b) => (key(a) < key(b) ? -direction : key(a) > key(b) ? direction : a.number - b.number));
      return connection(list, args, 'milestones', info, (m) => milestoneView(state, repo, m));
    },
    milestone: ({ number }: { number: number }) => {
      const milestone = repo.milestones.find((candidate) => candidate.number === number);
      return milestone ? milestoneView(state, repo, milestone) : null;
    },
    labels: (args: PageArgs & { query?: string | null }, _ctx: GraphqlContext, info: Info) => {
      const query = args.query?.toLowerCase();
      const list = repo.labels.filter(
        (label) =>
          !query || label.name.toLowerCase().includes(query) || label.description.toLowerCase().includes(query),
      );
      return connection(list, args, 'labels', info, (label) => labelView(repo, label));
    },
    label: ({ name }: { name: string }) => {
      const label = repo.labels.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
      return label ? labelView(repo, label) : null;
    },
  };
}
