import { schema as frozen } from '@octokit/graphql-schema';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { GitHubClient } from '#src/github/github-client.ts';
import { createOctokitGateway } from '#src/github/octokit-gateway.ts';
import { withoutPlanning } from '#src/github/planning-read.ts';
import * as queries from '#src/github/queries.ts';
import { aRawIssue } from './raw-issue.ts';

// A server whose schema predates issue types, sub-issues, dependencies and issue fields (an older
// GitHub Enterprise Server) rejects any document naming them: the gateway drops them and says so once.
// The frozen @octokit/graphql-schema (February 2025) stands in for such a server's schema.

const old = buildSchema(frozen.idl, { assumeValidSDL: true });

describe('documents without planning data', () => {
  it.each([
    ['OPEN_ISSUES_QUERY', queries.OPEN_ISSUES_QUERY],
    ['ISSUE_QUERY', queries.ISSUE_QUERY],
    ['MILESTONE_ISSUES_QUERY', queries.MILESTONE_ISSUES_QUERY],
  ])('%s validates against a schema without them once they are dropped', (_name, document) => {
    expect(validate(old, parse(document)).length).toBeGreaterThan(0);
    expect(validate(old, parse(withoutPlanning(document))).map((error) => error.message)).toEqual([]);
  });
});

describe('the gateway on such a server', () => {
  it('asks again without planning data, for the rest of the run, with one notice', async () => {
    const documents: string[] = [];
    const client: GitHubClient = {
      graphql: async <T>(query: string) => {
        documents.push(query);
        if (query.includes('PlanningFields'))
          throw Object.assign(new Error('Request failed due to following response errors'), {
            errors: [{ message: "Field 'issueType' doesn't exist on type 'Issue'" }],
          });
        return {
          repository: {
            id: 'R_1',
            labels: { pageInfo: { hasNextPage: false }, nodes: [] },
            templates: null,
            issue: aRawIssue(),
          },
        } as T;
      },
      request: async () => ({ data: {} }),
    };
    const notices: string[] = [];
    const log = { debug: () => {}, info: (line: string) => notices.push(line), warn: () => {}, error: () => {} };
    const gateway = createOctokitGateway({ octokit: client, owner: 'acme', repo: 'webshop', selfLogins: [], log });
    expect((await gateway.getItem(42))?.number).toBe(42);
    expect((await gateway.getItem(42))?.issueType).toBeUndefined();
    expect(documents.map((document) => document.includes('PlanningFields'))).toEqual([true, false, false]);
    expect(notices).toEqual([
      expect.stringContaining('does not have issue types, sub-issues, dependencies or issue fields'),
    ]);
  });
});
