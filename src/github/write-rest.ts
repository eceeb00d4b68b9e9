import { toGitHubError } from './describe-error.ts';
import type { OwnedIssue } from './gateway.ts';
import type { ReadState } from './read-issues.ts';

// Single writes that are simplest over REST (no node ids needed). Creating an issue or a
// comment is sent once, never retried: a retried 502 can leave a duplicate behind.
const once = { request: { retries: 0 } };

type RestIssue = {
  number: number;
  node_id: string;
  title: string;
  body: string | null;
  state: string;
  created_at: string;
  html_url: string;
};
/** Opens an issue (an agenda) and returns it as an owned issue. */
export const createIssue = async (
  state: ReadState,
  input: { title: string; body: string; labels: readonly string[]; assignees: readonly string[]; milestone?: number },
): Promise<OwnedIssue> => {
  const issue = await state.client.rest<RestIssue>(
    'POST /repos/{owner}/{repo}/issues',
    {
      owner: state.owner,
      repo: state.name,
      title: input.title,
      body: input.body,
      labels: [...input.labels],
      assignees: [...input.assignees],
      ...(input.milestone === undefined ? {} : { milestone: input.milestone }),
      ...once,
    },
    `create issue "${input.title}" in ${state.owner}/${state.name}`,
  );
  state.cache.issueIds.set(issue.number, issue.node_id);
  return {
    number: issue.number,
    title: issue.title,
    body: issue.body ?? '',
    state: issue.state === 'closed' ? 'closed' : 'open',
    createdAt: issue.created_at,
    url: issue.html_url,
  };
};

/** Changes an issue's title, body or state; fields left out stay as they are. */
export const updateIssue = async (
  state: ReadState,
  number: number,
  change: { title?: string; body?: string; state?: 'open' | 'closed' },
): Promise<void> => {
  await state.client.rest(
    'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
    { owner: state.owner, repo: state.name, issue_number: number, ...change },
    `update issue #${number}`,
  );
};

/** Pins an issue created in this run (its node id is cached from the creation); GitHub allows three per repository. */
export const pinIssue = async (state: ReadState, number: number): Promise<void> => {
  const id = state.cache.issueIds.get(number);
  if (id === undefined)
    throw new Error(`Cannot pin #${number}: its id is unknown (only issues created in this run are pinned)`);
  try {
    await state.client.mutate(
      'mutation Pin($id: ID!) { pinIssue(input: { issueId: $id }) { issue { number } } }',
      { id },
      { what: `pin issue #${number}` },
    );
  } catch (error) {
    throw toGitHubError(error, `pin issue #${number}`, 'write');
  }
};

/** Adds a comment to an issue. */
export const addComment = async (state: ReadState, number: number, body: string): Promise<void> => {
  await state.client.rest(
    'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    { owner: state.owner, repo: state.name, issue_number: number, body, ...once },
    `comment on issue #${number}`,
  );
};
