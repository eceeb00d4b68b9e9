import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anIssueSeed, seedRepo, startFakeGitHub, type FakeGitHub } from '#test/support/fake-github/index.ts';

// The fake remembers the order of an issue list between pages; these pin that the order is still
// GitHub's (key, then number) and that direct edits to the state are noticed.
let fake: FakeGitHub;
const created = ['2026-03-05T10:00:00Z', '2026-01-20T10:00:00Z', '2026-02-11T10:00:00Z', '2026-01-20T10:00:00Z'];
beforeAll(async () => {
  fake = await startFakeGitHub({
    seed: {
      repos: [
        seedRepo('acme/shop', {
          issues: created.map((createdAt, index) => anIssueSeed({ title: `Issue ${index + 1}`, createdAt })),
        }),
      ],
    },
  });
});
afterAll(() => fake.close());

const numbers = async (direction: 'ASC' | 'DESC', first = 100): Promise<number[]> => {
  const response = await fetch(`${fake.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `{ repository(owner: "acme", name: "shop") { issues(first: ${first}, orderBy: { field: CREATED_AT, direction: ${direction} }) { nodes { number } } } }`,
    }),
  });
  const { data } = (await response.json()) as { data: { repository: { issues: { nodes: { number: number }[] } } } };
  return data.repository.issues.nodes.map((node) => node.number);
};

describe('issues orderBy CREATED_AT', () => {
  it.each([
    ['ASC', [2, 4, 3, 1]],
    ['DESC', [1, 3, 4, 2]],
  ] as const)('%s orders by creation, then number, on every request', async (direction, expected) => {
    expect(await numbers(direction)).toEqual(expected);
    expect(await numbers(direction)).toEqual(expected);
    expect(await numbers(direction, 2)).toEqual(expected.slice(0, 2));
  });

  it('notices a createdAt edited in the state and an issue added to it', async () => {
    expect(await numbers('ASC')).toEqual([2, 4, 3, 1]);
    const repo = fake.state.repos.get('acme/shop')!;
    repo.issues[0]!.createdAt = '2026-01-01T10:00:00Z';
    expect(await numbers('ASC')).toEqual([1, 2, 4, 3]);
    repo.issues.push({ ...repo.issues[1]!, id: 9001, nodeId: 'I_added', number: 5, createdAt: '2025-12-31T10:00:00Z' });
    expect(await numbers('ASC')).toEqual([5, 1, 2, 4, 3]);
    fake.reset();
  });
});
