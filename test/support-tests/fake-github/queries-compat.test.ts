import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchMutation } from '#src/github/mutations.ts';
import * as queries from '#src/github/queries.ts';
import { startFakeGitHub, type FakeGitHub } from '#test/support/fake-github/index.ts';
import { backlogSeed } from './fixture.ts';

// The gateway's real documents, run against the fake: they must validate against GitHub's schema
// and return data the fake models (not nulls from unmodelled fields).

let fake: FakeGitHub;
beforeAll(async () => {
  fake = await startFakeGitHub({ seed: backlogSeed });
});
afterAll(() => fake.close());

const needs = { withProjects: true, withAssignees: true, withReactions: true };

const run = async (query: string, variables: Record<string, unknown>) => {
  const response = await fetch(`${fake.url}/graphql`, { method: 'POST', body: JSON.stringify({ query, variables }) });
  return JSON.parse(await response.text());
};

const repo = { owner: 'acme', name: 'shop' };

describe('src/github/queries.ts against the fake', () => {
  it.each([
    ['OPEN_ISSUES_QUERY', queries.OPEN_ISSUES_QUERY, { ...repo, first: 100, withContext: true, ...needs }],
    ['ISSUE_QUERY', queries.ISSUE_QUERY, { ...repo, number: 2, withContext: false, ...needs }],
    ['REPO_CONTEXT_QUERY', queries.REPO_CONTEXT_QUERY, repo],
    ['LABELS_QUERY', queries.LABELS_QUERY, repo],
    ['FILE_QUERY', queries.FILE_QUERY, { ...repo, expression: 'HEAD:.github/backlog-hygiene.yml' }],
    ['MILESTONES_QUERY', queries.MILESTONES_QUERY, { ...repo, states: ['OPEN', 'CLOSED'] }],
    [
      'MILESTONE_ISSUES_QUERY',
      queries.MILESTONE_ISSUES_QUERY,
      { ...repo, number: 1, states: ['OPEN'], withProjects: true },
    ],
    ['LABELED_ISSUES_QUERY', queries.LABELED_ISSUES_QUERY, { ...repo, label: 'bug' }],
    ['issueIdsQuery', queries.issueIdsQuery([1, 2]), repo],
  ])('%s runs without errors', async (_name, query, variables) => {
    const result = await run(query, variables);
    expect(result.errors).toBeUndefined();
    expect(result.data.repository).not.toBeNull();
  });

  it('reads the open backlog with context, timeline and project fields', async () => {
    const { data } = await run(queries.OPEN_ISSUES_QUERY, { ...repo, first: 100, withContext: true, ...needs });
    const { issues, labels, templates } = data.repository;
    expect(issues.nodes.map((issue: { number: number }) => issue.number)).toEqual([1, 2]);
    expect(labels.nodes.map((label: { name: string }) => label.name)).toEqual(['bug', 'needs-refinement']);
    expect(templates.entries[0].object.text).toContain('Steps to reproduce');
    expect(issues.nodes[1].projectItems.nodes[0].fieldValues.nodes[0]).toEqual({
      __typename: 'ProjectV2ItemFieldNumberValue',
      number: 5,
      field: { name: 'Estimate' },
    });
  });

  it('applies a batch of aliased mutations', async () => {
    const { data } = await run(queries.issueIdsQuery([1]), repo);
    const { data: context } = await run(queries.LABELS_QUERY, repo);
    const label = context.repository.labels.nodes.find((node: { name: string }) => node.name === 'needs-refinement');
    const request = batchMutation([
      { kind: 'addLabels', alias: 'a0', labelableId: data.repository.i0.id, labelIds: [label.id] },
      { kind: 'addComment', alias: 'a1', subjectId: data.repository.i0.id, body: 'Needs an estimate' },
    ]);
    const result = await run(request.query, request.variables);
    expect(result.errors).toBeUndefined();
    const issue = fake.state.repos.get('acme/shop')!.issues[0]!;
    expect(issue.labels).toContain('needs-refinement');
    expect(issue.comments.at(-1)?.body).toBe('Needs an estimate');
  });
});
