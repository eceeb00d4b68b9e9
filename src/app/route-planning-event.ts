import type { AppRoute, RepoRef } from './route-app-event.ts';

type IssueLike = { number?: number; repository_url?: string; pull_request?: unknown } | null | undefined;
type Payload = {
  action?: string;
  blocked_issue?: IssueLike;
  parent_issue?: IssueLike;
  repository?: { name?: string; owner?: { login?: string } | null };
  sender?: { login?: string; type?: string } | null;
};

const DEPENDENCY_ACTIONS = ['blocked_by_added', 'blocked_by_removed', 'blocking_added', 'blocking_removed'];
const SUB_ISSUE_ACTIONS = ['sub_issue_added', 'sub_issue_removed', 'parent_issue_added', 'parent_issue_removed'];

/** The issue's own repository (from its API URL: the other side of a link may live elsewhere), else the delivery's. */
const repoOf = (issue: IssueLike, payload: Payload): RepoRef | undefined => {
  const match = /\/repos\/([^/]+)\/([^/]+)$/.exec(issue?.repository_url ?? '');
  if (match?.[1] && match[2]) return { owner: match[1], repo: match[2] };
  const { repository } = payload;
  return repository?.name && repository.owner?.login
    ? { owner: repository.owner.login, repo: repository.name }
    : undefined;
};

/**
 * GitHub's planning webhooks: a dependency added or removed re-judges the blocked issue (blocked
 * may have changed); a sub-issue added or removed re-judges the parent (split or not, its
 * children's estimates). Both go through the same review as an issue event.
 */
export const routePlanningEvent = (eventName: 'issue_dependencies' | 'sub_issues', raw: unknown): AppRoute => {
  const payload = (raw ?? {}) as Payload;
  const action = payload.action ?? '';
  const dependencies = eventName === 'issue_dependencies';
  if (!(dependencies ? DEPENDENCY_ACTIONS : SUB_ISSUE_ACTIONS).includes(action))
    return { kind: 'skip', reason: `${eventName}.${action} does not change readiness` };
  const issue = dependencies ? payload.blocked_issue : payload.parent_issue;
  const target = repoOf(issue, payload);
  if (!target || typeof issue?.number !== 'number')
    return { kind: 'skip', reason: `the ${eventName}.${action} payload names no issue to judge` };
  const senderIsBot = payload.sender?.type === 'Bot' || (payload.sender?.login ?? '').toLowerCase().endsWith('[bot]');
  return {
    kind: 'review',
    target,
    event: { number: issue.number, action: `${eventName}.${action}`, isPullRequest: false, senderIsBot },
  };
};
