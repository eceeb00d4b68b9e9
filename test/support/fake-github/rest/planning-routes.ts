import { blockersOf, findIssue, subIssuesOf } from '../planning.ts';
import type { FakeIssue, FakeRepo } from '../state.ts';
import { paginate } from './paginate.ts';
import { issueOf, repoOf, RestError, type RestHandler } from './rest-types.ts';
import { issueJson } from './shapes.ts';

const listed =
  (
    pick: (
      context: Parameters<RestHandler>[0],
      repo: FakeRepo,
      issue: FakeIssue,
    ) => { repo: FakeRepo; issue: FakeIssue }[],
  ): RestHandler =>
  (context) => {
    const repo = repoOf(context);
    const issue = issueOf(context, repo);
    const items = pick(context, repo, issue).map((entry) =>
      issueJson(entry.repo, entry.issue, context.apiBase, context.state),
    );
    return paginate(context, items);
  };

/** REST routes for sub-issues, the parent and "blocked by" dependencies (reads only). */
export const planningRoutes: Record<string, RestHandler> = {
  'GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues': listed((context, repo, issue) =>
    subIssuesOf(context.state, repo, issue),
  ),
  'GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by': listed((context, _repo, issue) =>
    blockersOf(context.state, issue),
  ),
  'GET /repos/{owner}/{repo}/issues/{issue_number}/parent': (context) => {
    const repo = repoOf(context);
    const issue = issueOf(context, repo);
    const parent = issue.parent && findIssue(context.state, issue.parent);
    if (!parent) throw new RestError(404, 'Not Found');
    return { status: 200, body: issueJson(parent.repo, parent.issue, context.apiBase, context.state) };
  },
};
