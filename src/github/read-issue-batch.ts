import type { BacklogItem } from '#src/model/backlog-item.ts';
import type { RawContext, RawIssue } from './graphql-shapes.ts';
import { CONTEXT_FIELDS, ISSUE_FIELDS, NEEDS_VARIABLES, RATE_LIMIT } from './queries.ts';
import { ALL_NEEDS, needVariables, readWithProjects, rememberContext, toItems, type ReadState } from './read-issues.ts';

/**
 * Issues per request: each brings its last comments, timeline and reactions (a few hundred nodes),
 * far below GitHub's node limit, and one slow request stays short.
 */
export const ISSUES_PER_READ = 25;

/**
 * Several issues by number in one request, each with the same fields as a single-issue read. The
 * numbers are variables ($n0, $n1, …), so the document depends only on how many there are and
 * servers can cache it.
 */
export const issueBatchQuery = (count: number): string =>
  `query IssueBatch($owner: String!, $name: String!, $withContext: Boolean!, ${NEEDS_VARIABLES}, ${Array.from(
    { length: count },
    (_, i) => `$n${i}: Int!`,
  ).join(', ')}) {
  ${RATE_LIMIT}
  repository(owner: $owner, name: $name) {
    ${CONTEXT_FIELDS}
    ${Array.from({ length: count }, (_, i) => `i${i}: issue(number: $n${i}) { ...IssueFields }`).join('\n    ')}
  }
}
${ISSUE_FIELDS}`;

/**
 * Reads many issues with as few requests as possible (ISSUES_PER_READ a request; the repository
 * context rides along with the first when not known yet). The map has no entry for pull requests
 * and missing issues. Used when a burst of events about different issues of one repository is
 * reviewed together.
 */
export const readIssueBatch = async (
  state: ReadState,
  numbers: readonly number[],
): Promise<ReadonlyMap<number, BacklogItem>> => {
  const found = new Map<number, BacklogItem>();
  const unique = [...new Set(numbers)];
  for (let start = 0; start < unique.length; start += ISSUES_PER_READ) {
    const chunk = unique.slice(start, start + ISSUES_PER_READ);
    type Data = { repository: (RawContext & Record<string, RawIssue | null>) | null };
    const withContext = !state.context;
    const data = await readWithProjects<Data>(
      state,
      issueBatchQuery(chunk.length),
      {
        owner: state.owner,
        name: state.name,
        withContext,
        ...needVariables(state, ALL_NEEDS),
        ...Object.fromEntries(chunk.map((n, i) => [`n${i}`, n])),
      },
      `read issues #${chunk.join(', #')} of ${state.owner}/${state.name}`,
      true,
    );
    if (withContext) await rememberContext(state, data.repository);
    const issues = chunk.map((_, i) => data.repository?.[`i${i}`] ?? null);
    for (const item of await toItems(state, issues)) found.set(item.number, item);
  }
  return found;
};
