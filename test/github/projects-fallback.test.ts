import { describe, expect, it } from 'vitest';
import type { GitHubClient } from '#src/github/github-client.ts';
import { createOctokitGateway } from '#src/github/octokit-gateway.ts';
import { aRawIssue } from './raw-issue.ts';

// GitHub answers a token without Projects access either with partial data (projectItems null plus
// an error) or with errors only. Both must end in items without Project fields and one notice.

const DENIED = {
  type: 'FORBIDDEN',
  message: 'Resource not accessible by integration',
  path: ['repository', 'issues', 'nodes', 0, 'projectItems'],
};

const responseError = (data: unknown, errors: object[]) =>
  Object.assign(new Error('Request failed due to following response errors'), { data, errors });

const page = (withProjects: boolean) => ({
  repository: {
    id: 'R_1',
    labels: {
      pageInfo: { hasNextPage: false },
      nodes: [{ id: 'LA_1', name: 'bug', color: 'd73a4a', description: '' }],
    },
    templates: null,
    issues: {
      pageInfo: { hasNextPage: false, endCursor: null },
      nodes: [aRawIssue({ projectItems: withProjects ? { nodes: [] } : null })],
    },
  },
});

/** A client that answers OpenIssues by the script and records the withProjects flag of each call. */
const scripted = (answer: (withProjects: boolean, call: number) => unknown) => {
  const calls: boolean[] = [];
  const client: GitHubClient = {
    graphql: async <T>(_query: string, parameters?: Record<string, unknown>) => {
      const withProjects = parameters?.withProjects === true;
      calls.push(withProjects);
      const result = answer(withProjects, calls.length);
      if (result instanceof Error) throw result;
      return result as T;
    },
    request: async () => ({ data: {} }),
  };
  return { client, calls };
};

const run = async (client: GitHubClient) => {
  const notices: string[] = [];
  const log = { debug: () => {}, info: (line: string) => notices.push(line), warn: () => {}, error: () => {} };
  const gateway = createOctokitGateway({ octokit: client, owner: 'acme', repo: 'webshop', selfLogins: [], log });
  const items = [];
  for await (const items_ of gateway.listOpenItems()) items.push(...items_);
  await gateway.getItem(42).catch(() => undefined);
  return { items, notices, stats: gateway.stats() };
};

describe('Projects permission fallback', () => {
  it('uses the partial answer and stops asking for Projects for the rest of the run', async () => {
    const { client, calls } = scripted((withProjects) =>
      withProjects ? responseError({ repository: page(false).repository }, [DENIED]) : { repository: { issue: null } },
    );
    const { items, notices } = await run(client);
    expect(items.map((item) => item.number)).toEqual([42]);
    expect(items[0]?.projectFields).toBeUndefined();
    expect(calls).toEqual([true, false]);
    expect(notices).toEqual([expect.stringContaining('cannot read GitHub Projects')]);
  });

  it('asks again without Projects when GitHub sent no data at all', async () => {
    const { client, calls } = scripted((withProjects, call) =>
      withProjects
        ? responseError(null, [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }])
        : call === 2
          ? page(false)
          : { repository: { issue: null } },
    );
    const { items, notices, stats } = await run(client);
    expect(items).toHaveLength(1);
    expect(calls).toEqual([true, false, false]);
    expect(notices).toHaveLength(1);
    expect(stats.reads).toBe(3);
  });

  it('does not hide other errors behind the fallback', async () => {
    const { client } = scripted(() =>
      responseError(null, [
        { type: 'NOT_FOUND', message: "Could not resolve to a Repository with the name 'acme/webshop'." },
      ]),
    );
    const gateway = createOctokitGateway({ octokit: client, owner: 'acme', repo: 'webshop', selfLogins: [] });
    const iterate = async () => {
      for await (const _ of gateway.listOpenItems()) void _;
    };
    await expect(iterate()).rejects.toThrow(
      /Could not list the open issues of acme\/webshop: GitHub says it does not exist \(404\)/,
    );
  });
});
