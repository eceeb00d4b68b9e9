// What reading GitHub's planning data (issue types, parents, sub-issue and dependency summaries, issue
// field values, blockers) adds to the GraphQL cost of a 10,000-issue audit. The cost of each document
// is GitHub's published formula (test/support/fake-github/graphql-cost.ts); the request counts come
// from a real gateway run against the fake GitHub. Goals: the single objects add 0 points per page;
// issue field values add at most 1 point per page while a repository uses them, and 1 point in all
// when it does not; naming blockers costs one query per 100 blocked issues.
import { parse } from 'graphql';
import { createOctokit } from '#src/github/create-octokit.ts';
import { createOctokitGateway } from '#src/github/octokit-gateway.ts';
import { BLOCKERS_QUERY } from '#src/github/planning-fields.ts';
import { OPEN_ISSUES_QUERY } from '#src/github/queries.ts';
import { queryCost } from '#test/support/fake-github/graphql-cost.ts';
import { anIssueSeed, seedRepo, startFakeGitHub, type IssueSeed } from '#test/support/fake-github/index.ts';

const COUNT = 10_000;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

const costOf = (document: string, variables: Record<string, unknown>) => queryCost(parse(document), variables).cost;

// The same page without the planning fragment: what the page cost before this feature.
const withoutPlanning = OPEN_ISSUES_QUERY.replace('...PlanningFields', '').replace(
  /fragment PlanningFields[\s\S]*$/,
  '',
);

/** Every 20th issue is blocked by an open one, every 50th is an epic with 3 sub-issues, field values optional. */
const backlog = (fields: boolean): IssueSeed[] =>
  Array.from({ length: COUNT }, (_, i) => {
    const number = i + 1;
    return anIssueSeed({
      number,
      title: `Backlog item ${number}`,
      ...(number % 20 === 0 && { blockedBy: [number - 1] }),
      ...(number % 50 > 0 && number % 50 <= 3 && number > 50 && { parent: number - (number % 50) }),
      ...(fields && { issueFields: { Effort: 'Medium', Priority: 'P2' } }),
    });
  });

const measure = async (fields: boolean) => {
  const fake = await startFakeGitHub({ seed: { repos: [seedRepo('acme/webshop', { issues: backlog(fields) })] } });
  try {
    const gateway = createOctokitGateway({
      octokit: createOctokit({ token: 'ghs_bench', baseUrl: fake.url, throttle: false, retry: false }),
      owner: 'acme',
      repo: 'webshop',
      selfLogins: ['github-actions[bot]'],
    });
    // As the sweep reads: the pages, then the blockers of the whole read named at once.
    const read = [];
    for await (const page of gateway.listOpenItems()) read.push(...page);
    await gateway.nameBlockers?.(read);
    const items = read.length;
    const graphql = fake.requests.filter((r) => r.surface === 'graphql');
    const cost = graphql.reduce((sum, r) => sum + costOf(r.operation ?? '', r.variables ?? {}), 0);
    const pages = graphql.filter((r) => r.operationName === 'OpenIssues');
    const baseline = pages.reduce((sum, r) => sum + costOf(withoutPlanning, r.variables ?? {}), 0);
    const blockers = graphql.filter((r) => r.operationName === 'Blockers').length;
    const fieldPages = pages.filter((r) => r.variables?.withIssueFields !== false).length;
    return { items, cost, baseline, pages: pages.length, blockers, fieldPages };
  } finally {
    await fake.close();
  }
};

/** Prints the extra GraphQL points planning data costs, per page and for a whole 10,000-issue audit. */
export const run = async (): Promise<void> => {
  const page = { first: 100, withContext: false, withProjects: false, withAssignees: true, withReactions: true };
  const before = costOf(withoutPlanning, page);
  const free = costOf(OPEN_ISSUES_QUERY, { ...page, withIssueFields: false });
  const withFields = costOf(OPEN_ISSUES_QUERY, { ...page, withIssueFields: true });
  console.log(
    `one page of 100 issues: ${before} points without planning data, ${free} with type/parent/summaries (+${free - before}, goal +0: ${verdict(free === before)}), ${withFields} with issue field values too (+${withFields - before}, goal ≤ +1: ${verdict(withFields - before <= 1)})`,
  );
  console.log(
    `one Blockers query (up to 100 blocked issues, 10 blockers each): ${costOf(BLOCKERS_QUERY, { ids: [] })} point`,
  );
  for (const fields of [false, true]) {
    const run = await measure(fields);
    const extra = run.cost - run.baseline;
    const goal = Math.ceil(COUNT / 20 / 100) + (fields ? run.pages : 1);
    console.log(
      `audit of ${run.items} issues, ${fields ? 'every issue with field values' : 'no issue field values'}: ${run.cost} points in all, ${run.baseline} of them the pages without planning data; planning data +${extra} (${run.fieldPages} of ${run.pages} pages asked for field values, ${run.blockers} Blockers queries for ${COUNT / 20} blocked issues; goal ≤ +${goal}: ${verdict(extra <= goal)})`,
    );
  }
};
