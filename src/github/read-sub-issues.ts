import type { BacklogItem } from '#src/model/backlog-item.ts';
import type { RawIssue } from './graphql-shapes.ts';
import { SUB_ISSUES_QUERY } from './queries.ts';
import { readWithProjects, toItems, type ReadState } from './read-issues.ts';

type Data = { repository: { issue: { subIssues: { nodes: (RawIssue | null)[] | null } } | null } | null };

/**
 * The open sub-issues of `number` in this repository (up to 50), as items: what the audit sums for a
 * parent without its own estimate. One read; those in other repositories are left out, as in the audit.
 */
export const readSubIssues = async (state: ReadState, number: number): Promise<BacklogItem[]> => {
  const data = await readWithProjects<Data>(
    state,
    SUB_ISSUES_QUERY,
    { owner: state.owner, name: state.name, number },
    `read the sub-issues of #${number} in ${state.owner}/${state.name}`,
    true,
  );
  const own = `github.com/${state.owner}/${state.name}/issues/`.toLowerCase();
  return (await toItems(state, data.repository?.issue?.subIssues.nodes ?? [])).filter(
    (item) => item.state === 'open' && item.url.toLowerCase().includes(own),
  );
};
