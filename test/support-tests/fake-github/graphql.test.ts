import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '#test/support/fake-github/index.ts';
import { backlogSeed } from './fixture.ts';

let fake: FakeGitHub;
const graphql = async (query: string, variables?: Record<string, unknown>, path = '/graphql') => {
  const response = await fetch(`${fake.url}${path}`, {
    method: 'POST',
    headers: { authorization: 'bearer test', 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  // Untyped on purpose: each test reads the shape its own query asked for.
  const { data, errors } = JSON.parse(await response.text());
  return { status: response.status, data, errors };
};

beforeEach(async () => {
  fake ??= await startFakeGitHub({ seed: backlogSeed });
  fake.reset();
});
afterAll(() => fake?.close());

const ISSUES = `query Issues($owner: String!, $name: String!, $after: String) {
  rateLimit { cost remaining }
  repository(owner: $owner, name: $name) {
    id nameWithOwner
    issues(first: 1, after: $after, states: [OPEN], orderBy: { field: CREATED_AT, direction: ASC }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id number title state
        author { __typename login }
        labels(first: 20) { nodes { name } }
        milestone { number title dueOn }
        comments(last: 5) { totalCount nodes { databaseId body author { login } } }
        timelineItems(first: 50, itemTypes: [LABELED_EVENT, ISSUE_COMMENT]) {
          nodes { __typename ... on LabeledEvent { createdAt actor { login } label { name } } ... on IssueComment { createdAt } }
        }
        projectItems(first: 5) { nodes { fieldValues(first: 20) { nodes {
          __typename
          ... on ProjectV2ItemFieldNumberValue { number field { ... on ProjectV2Field { name } } }
          ... on ProjectV2ItemFieldSingleSelectValue { name field { ... on ProjectV2SingleSelectField { name } } }
          ... on ProjectV2ItemFieldTextValue { text field { ... on ProjectV2Field { name } } }
        } } } }
      }
    }
  }
}`;

describe('fake GitHub GraphQL', () => {
  it('pages issues (no pull requests) with their labels, comments, timeline and project fields', async () => {
    const first = await graphql(ISSUES, { owner: 'acme', name: 'shop' });
    expect(first.errors).toBeUndefined();
    const issues = first.data.repository.issues;
    expect(issues.totalCount).toBe(2);
    expect(issues.nodes[0]).toMatchObject({
      number: 1,
      state: 'OPEN',
      milestone: { number: 1, title: 'v1.4' },
      comments: { totalCount: 1 },
    });
    expect(issues.nodes[0].timelineItems.nodes).toEqual([
      { __typename: 'IssueComment', createdAt: '2026-11-02T08:00:00Z' },
    ]);
    const second = await graphql(ISSUES, { owner: 'acme', name: 'shop', after: issues.pageInfo.endCursor });
    const item = second.data.repository.issues;
    expect(item.pageInfo.hasNextPage).toBe(false);
    expect(item.nodes[0].timelineItems.nodes[0]).toMatchObject({
      __typename: 'LabeledEvent',
      actor: { login: 'maria' },
      label: { name: 'bug' },
    });
    expect(item.nodes[0].projectItems.nodes[0].fieldValues.nodes).toEqual([
      { __typename: 'ProjectV2ItemFieldNumberValue', number: 5, field: { name: 'Estimate' } },
      { __typename: 'ProjectV2ItemFieldSingleSelectValue', name: 'P1', field: { name: 'Priority' } },
      { __typename: 'ProjectV2ItemFieldTextValue', text: 'from triage', field: { name: 'Notes' } },
    ]);
    expect(fake.requests.map((request) => request.kind)).toEqual(['read', 'read']);
  });

  it('reads files through object(expression)', async () => {
    const { data } = await graphql(`
      {
        repository(owner: "acme", name: "shop") {
          config: object(expression: "HEAD:.github/backlog-hygiene.yml") {
            ... on Blob {
              text
              byteSize
            }
          }
          templates: object(expression: "main:.github/ISSUE_TEMPLATE") {
            ... on Tree {
              entries {
                name
                type
                object {
                  ... on Blob {
                    text
                  }
                }
              }
            }
          }
          missing: object(expression: "HEAD:nope.yml") {
            __typename
          }
        }
      }
    `);
    expect(data.repository.config.text).toContain('days: 60');
    expect(data.repository.templates.entries[0]).toMatchObject({ name: 'bug.md', type: 'blob' });
    expect(data.repository.missing).toBeNull();
  });

  it.each([
    [
      'an unknown field',
      '{ repository(owner: "acme", name: "shop") { issuez(first: 1) { totalCount } } }',
      "Field 'issuez' doesn't exist on type 'Repository'",
    ],
    [
      'a missing required argument',
      '{ repository(owner: "acme") { id } }',
      'argument "name" of type "String!" is required',
    ],
    ['a syntax error', '{ repository(owner: "acme", name: "shop") { id }', 'Syntax Error'],
  ])('rejects %s with HTTP 200 and GitHub-style errors', async (_name, query, message) => {
    const result = await graphql(query);
    expect(result.status).toBe(200);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0].message).toContain(message);
    expect(result.errors?.[0].locations?.length).toBeGreaterThan(0);
  });

  it.each([
    ['no first or last', 'issues { nodes { id } }', 'You must provide a `first` or `last` value'],
    ['more than 100', 'issues(first: 101) { nodes { id } }', 'exceeds the `first` limit of 100 records'],
  ])('enforces pagination limits: %s', async (_name, selection, message) => {
    const { errors } = await graphql(`{ repository(owner: "acme", name: "shop") { ${selection} } }`);
    expect(errors?.[0].message).toContain(message);
  });

  it('rejects documents asking for more than 500,000 nodes, like GitHub', async () => {
    const { data, errors } = await graphql(`
      {
        repository(owner: "acme", name: "shop") {
          issues(first: 100) {
            nodes {
              comments(first: 100) {
                nodes {
                  reactions(first: 100) {
                    nodes {
                      id
                    }
                  }
                }
              }
            }
          }
        }
      }
    `);
    expect(data).toBeUndefined();
    expect(errors?.[0].message).toBe(
      'By the time this query traverses to the reactions connection, it is requesting up to 1,010,100 possible nodes which exceeds the maximum limit of 500,000.',
    );
  });

  it("reports cost and node count by GitHub's rule in rateLimit", async () => {
    const { data } = await graphql(`
      {
        rateLimit {
          cost
          nodeCount
        }
        repository(owner: "acme", name: "shop") {
          issues(first: 100) {
            nodes {
              labels(first: 10) {
                nodes {
                  name
                }
              }
            }
          }
        }
      }
    `);
    expect(data.rateLimit).toEqual({ cost: 1, nodeCount: 1100 });
  });

  it('executes every aliased mutation in one document', async () => {
    const { data } = await graphql(`
      {
        repository(owner: "acme", name: "shop") {
          issue(number: 1) {
            id
          }
          label(name: "needs-refinement") {
            id
          }
        }
      }
    `);
    const issueId = data.repository.issue.id;
    const labelId = data.repository.label.id;
    const result = await graphql(
      `
        mutation Apply($issue: ID!, $label: ID!) {
          a: addLabelsToLabelable(input: { labelableId: $issue, labelIds: [$label] }) {
            clientMutationId
          }
          b: addComment(input: { subjectId: $issue, body: "<!-- backlog-hygiene -->" }) {
            commentEdge {
              node {
                id
                databaseId
                author {
                  __typename
                  login
                }
              }
            }
          }
        }
      `,
      { issue: issueId, label: labelId },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.b.commentEdge.node.author).toEqual({ __typename: 'Bot', login: 'backlog-hygiene' });
    const issue = fake.state.repos.get('acme/shop')!.issues[0]!;
    expect(issue.labels).toEqual(['needs-refinement']);
    expect(issue.comments.at(-1)?.author.login).toBe('backlog-hygiene[bot]');
    expect(fake.requests.at(-1)).toMatchObject({ kind: 'write', operationName: 'Apply' });
  });

  it('answers unknown node ids with NOT_FOUND', async () => {
    const { errors } = await graphql('mutation { closeIssue(input: { issueId: "I_nope" }) { issue { id } } }');
    expect(errors?.[0]).toMatchObject({
      type: 'NOT_FOUND',
      message: "Could not resolve to a node with the global id of 'I_nope'",
    });
  });

  it('serves the GHES /api/graphql path', async () => {
    const { data } = await graphql('{ viewer { login } }', undefined, '/api/graphql');
    expect(data.viewer.login).toBe('backlog-hygiene');
  });
});
