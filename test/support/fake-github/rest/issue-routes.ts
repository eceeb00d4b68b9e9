import { createIssue, updateIssue, type IssueChange } from '../writes.ts';
import type { FakeIssue } from '../state.ts';
import { paginate } from './paginate.ts';
import { issueJson } from './shapes.ts';
import { field, issueOf, repoOf, RestError, type RestContext, type RestHandler } from './rest-types.ts';

function matchesQuery(issue: FakeIssue, context: RestContext): boolean {
  const state = context.query.get('state') ?? 'open';
  if (state !== 'all' && issue.state !== state) return false;
  const labels = (context.query.get('labels') ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  // REST label filters are AND: every listed label must be present.
  if (!labels.every((name) => issue.labels.some((have) => have.toLowerCase() === name))) return false;
  const milestone = context.query.get('milestone');
  if (milestone === 'none' && issue.milestone !== undefined) return false;
  if (milestone === '*' && issue.milestone === undefined) return false;
  if (milestone && milestone !== 'none' && milestone !== '*' && issue.milestone !== Number(milestone)) return false;
  const assignee = context.query.get('assignee');
  if (assignee && assignee !== '*' && !issue.assignees.includes(assignee)) return false;
  const creator = context.query.get('creator');
  if (creator && issue.author.login !== creator) return false;
  const since = context.query.get('since');
  return !since || issue.updatedAt >= since;
}

const sortKey = (issue: FakeIssue, sort: string): string | number =>
  sort === 'updated' ? issue.updatedAt : sort === 'comments' ? issue.comments.length : issue.createdAt;

/** Orders by the sort key, ties by number, both in the requested direction (GitHub's default: newest first). */
const compareBy =
  (sort: string, direction: 1 | -1) =>
  (a: FakeIssue, b: FakeIssue): number => {
    const [left, right] = [sortKey(a, sort), sortKey(b, sort)];
    const byKey = left < right ? -1 : left > right ? 1 : a.number - b.number;
    return byKey * direction;
  };

const listIssues: RestHandler = (context) => {
  const repo = repoOf(context);
  const sort = context.query.get('sort') ?? 'created';
  const direction = context.query.get('direction') === 'asc' ? 1 : -1;
  const items = repo.issues
    .filter((issue) => matchesQuery(issue, context))
    .sort(compareBy(sort, direction))
    .map((issue) => issueJson(repo, issue, context.apiBase, context.state));
  return paginate(context, items);
};

const getIssue: RestHandler = (context) => {
  const repo = repoOf(context);
  return { status: 200, body: issueJson(repo, issueOf(context, repo), context.apiBase, context.state) };
};

/** GitHub answers 422 for a milestone number the repository does not have. */
function checkMilestone(repo: ReturnType<typeof repoOf>, milestone: number | null | undefined): void {
  if (
    milestone === null ||
    milestone === undefined ||
    repo.milestones.some((candidate) => candidate.number === milestone)
  )
    return;
  throw new RestError(422, 'Validation Failed', {
    errors: [{ value: milestone, resource: 'Issue', field: 'milestone', code: 'invalid' }],
  });
}

const postIssue: RestHandler = (context) => {
  const repo = repoOf(context);
  const body = context.body;
  checkMilestone(repo, field<number | null>(body, 'milestone'));
  const issue = createIssue(context.state, repo, {
    title: String(field(body, 'title')),
    body: field<string>(body, 'body') ?? '',
    labels: (field<(string | { name: string })[]>(body, 'labels') ?? []).map((label) =>
      typeof label === 'string' ? label : label.name,
    ),
    assignees: field<string[]>(body, 'assignees') ?? [],
    milestone: field<number>(body, 'milestone') ?? undefined,
  });
  return { status: 201, body: issueJson(repo, issue, context.apiBase, context.state) };
};

const patchIssue: RestHandler = (context) => {
  const repo = repoOf(context);
  const issue = issueOf(context, repo);
  const body = context.body;
  const state = field<string>(body, 'state');
  if (state !== undefined && state !== 'open' && state !== 'closed') throw new RestError(422, 'Validation Failed');
  checkMilestone(repo, field<number | null>(body, 'milestone'));
  const change: IssueChange = {
    title: field<string>(body, 'title') ?? undefined,
    // `body: null` clears the body on GitHub.
    body: field<string | null>(body, 'body') === null ? '' : field<string>(body, 'body'),
    state,
    stateReason: field<IssueChange['stateReason']>(body, 'state_reason') ?? undefined,
    labels: field<(string | { name: string })[]>(body, 'labels')?.map((label) =>
      typeof label === 'string' ? label : label.name,
    ),
    assignees: field<string[]>(body, 'assignees'),
    milestone: field<number | null>(body, 'milestone'),
  };
  updateIssue(context.state, repo, issue, change);
  return { status: 200, body: issueJson(repo, issue, context.apiBase, context.state) };
};

export const issueRoutes: Record<string, RestHandler> = {
  'GET /repos/{owner}/{repo}/issues': listIssues,
  'POST /repos/{owner}/{repo}/issues': postIssue,
  'GET /repos/{owner}/{repo}/issues/{issue_number}': getIssue,
  'PATCH /repos/{owner}/{repo}/issues/{issue_number}': patchIssue,
};
