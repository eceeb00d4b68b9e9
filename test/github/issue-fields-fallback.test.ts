import { describe, expect, it } from 'vitest';
import type { GitHubClient } from '#src/github/github-client.ts';
import { createOctokitGateway } from '#src/github/octokit-gateway.ts';
import { aRawIssue } from './raw-issue.ts';

// Issue field values cost one point per page: they are read while the backlog uses them, dropped
// after a full page without any, and dropped with one notice when GitHub refuses them.

const DENIED = {
  type: 'FORBIDDEN',
  message: 'Resource not accessible by integration',
  path: ['repository', 'issues', 'nodes', 0, 'issueFieldValues'],
};

const fieldValues = { nodes: [{ __typename: 'IssueFieldSingleSelectValue', name: 'High', field: { name: 'Effort' } }] };

const page = (numbers: number[], withValues: boolean, more: boolean) => ({
  repository: {
    id: 'R_1',
    labels: { pageInfo: { hasNextPage: false }, nodes: [] },
    templates: null,
    issues: {
      pageInfo: { hasNextPage: more, endCursor: more ? 'next' : null },
      nodes: numbers.map((number) =>
        aRawIssue({ number, id: `I_${number}`, issueFieldValues: withValues ? fieldValues : { nodes: [] } }),
      ),
    },
  },
});

const run = async (answer: (call: number, withIssueFields: boolean) => unknown) => {
  const flags: boolean[] = [];
  const client: GitHubClient = {
    graphql: async <T>(_query: string, parameters?: Record<string, unknown>) => {
      flags.push(parameters?.withIssueFields === true);
      const result = answer(flags.length, parameters?.withIssueFields === true);
      if (result instanceof Error) throw result;
      return result as T;
    },
    request: async () => ({ data: {} }),
  };
  const notices: string[] = [];
  const log = { debug: () => {}, info: (line: string) => notices.push(line), warn: () => {}, error: () => {} };
  const gateway = createOctokitGateway({ octokit: client, owner: 'acme', repo: 'webshop', selfLogins: [], log });
  const items = [];
  for await (const list of gateway.listOpenItems()) items.push(...list);
  return { items, notices, flags };
};

const hundred = (from: number) => Array.from({ length: 100 }, (_, i) => from + i);

describe('issue field values in the bulk read', () => {
  it.each([
    ['a full page without values stops asking', false, [true, false]],
    ['a backlog that uses them keeps asking', true, [true, true]],
  ])('%s', async (_name, used, expected) => {
    const { items, flags, notices } = await run((call) =>
      call === 1 ? page(hundred(1), used, true) : page([101], used, false),
    );
    expect(items).toHaveLength(101);
    expect(flags).toEqual(expected);
    expect(notices).toEqual([]);
    if (used) expect(items[100]?.issueFields).toEqual({ Effort: 'High' });
  });

  it('refused values: the partial answer is used, one notice names the permission, no more asking', async () => {
    const refused = Object.assign(new Error('Request failed due to following response errors'), {
      data: { repository: { ...page([1], false, true).repository } },
      errors: [DENIED],
    });
    const { items, flags, notices } = await run((call) => (call === 1 ? refused : page([2], false, false)));
    expect(items.map((item) => item.number)).toEqual([1, 2]);
    expect(flags).toEqual([true, false]);
    expect(notices).toEqual([expect.stringMatching(/^Notice: issue field values .* are not readable here/)]);
  });
});
