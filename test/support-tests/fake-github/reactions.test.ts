import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anIssueSeed, seedRepo, startFakeGitHub, type FakeGitHub } from '#test/support/fake-github/index.ts';

let fake: FakeGitHub;
beforeAll(async () => {
  fake = await startFakeGitHub({
    seed: {
      repos: [
        seedRepo('acme/shop', {
          issues: [
            anIssueSeed({
              reactions: [
                { by: 'lisa', at: '2026-11-12T08:00:00Z', content: 'heart' },
                { by: 'dependabot[bot]', at: '2026-11-15T08:00:00Z', content: 'rocket' },
                { by: 'maria', at: '2026-11-03T08:00:00Z' },
              ],
            }),
            anIssueSeed({ title: 'Show VAT per line on invoices', reactions: 3 }),
          ],
        }),
      ],
    },
  });
});
afterAll(() => fake?.close());

const graphql = async (reactionsArgs: string) => {
  const query = `query { repository(owner: "acme", name: "shop") { issues(first: 2) { nodes {
    reactions(${reactionsArgs}) { totalCount nodes { createdAt content user { login __typename } } }
  } } } }`;
  const response = await fetch(`${fake.url}/graphql`, {
    method: 'POST',
    headers: { authorization: 'bearer test' },
    body: JSON.stringify({ query }),
  });
  const { data, errors } = JSON.parse(await response.text());
  expect(errors).toBeUndefined();
  return data.repository.issues.nodes.map((issue: { reactions: unknown }) => issue.reactions);
};

describe('fake GitHub reactions', () => {
  it('gives the newest reactions oldest first with their emoji and User, and no User for a bot (as GitHub does)', async () => {
    const [first] = await graphql('last: 2, orderBy: { field: CREATED_AT, direction: ASC }');
    expect(first).toEqual({
      totalCount: 3,
      nodes: [
        { createdAt: '2026-11-12T08:00:00Z', content: 'HEART', user: { login: 'lisa', __typename: 'User' } },
        { createdAt: '2026-11-15T08:00:00Z', content: 'ROCKET', user: null },
      ],
    });
  });

  it('orders newest first on DESC and filters by emoji', async () => {
    const [desc] = await graphql('first: 1, orderBy: { field: CREATED_AT, direction: DESC }');
    expect(desc.nodes.map((node: { createdAt: string }) => node.createdAt)).toEqual(['2026-11-15T08:00:00Z']);
    const [thumbs] = await graphql('first: 10, content: THUMBS_UP');
    expect(thumbs).toEqual({
      totalCount: 1,
      nodes: [
        { createdAt: '2026-11-03T08:00:00Z', content: 'THUMBS_UP', user: { login: 'maria', __typename: 'User' } },
      ],
    });
  });

  it("turns a count seed into that many people's \"+1\" at the issue's creation, in REST's rollup too", async () => {
    const [, counted] = await graphql('first: 10');
    expect(counted.totalCount).toBe(3);
    expect(
      new Set(counted.nodes.map((node: { createdAt: string; content: string }) => `${node.createdAt} ${node.content}`)),
    ).toEqual(new Set(['2026-11-01T10:00:00Z THUMBS_UP']));
    const rest = (await (
      await fetch(`${fake.url}/repos/acme/shop/issues/2`, { headers: { authorization: 'bearer test' } })
    ).json()) as { reactions: unknown };
    expect(rest.reactions).toMatchObject({ total_count: 3, '+1': 3, heart: 0 });
  });

  it('asks for first or last like GitHub when nodes are selected', async () => {
    const query =
      'query { repository(owner: "acme", name: "shop") { issue(number: 1) { reactions { nodes { createdAt } } } } }';
    const response = await fetch(`${fake.url}/graphql`, {
      method: 'POST',
      headers: { authorization: 'bearer test' },
      body: JSON.stringify({ query }),
    });
    const { errors } = JSON.parse(await response.text());
    expect(errors?.[0]?.message).toContain(
      'You must provide a `first` or `last` value to properly paginate the `reactions` connection.',
    );
  });
});
