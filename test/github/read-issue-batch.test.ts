import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOctokit } from '#src/github/create-octokit.ts';
import { createOctokitGateway } from '#src/github/octokit-gateway.ts';
import { ISSUES_PER_READ } from '#src/github/read-issue-batch.ts';
import { anIssueSeed, seedRepo, startFakeGitHub, type FakeGitHub } from '#test/support/fake-github/index.ts';

let fake: FakeGitHub;
const gateway = () =>
  createOctokitGateway({
    octokit: createOctokit({ token: 'test-token', baseUrl: fake.url, retry: false, throttle: false }),
    owner: 'acme',
    repo: 'webshop',
    selfLogins: ['backlog-hygiene[bot]'],
  });

beforeAll(async () => {
  fake = await startFakeGitHub({
    seed: {
      repos: [
        seedRepo('acme/webshop', {
          labels: ['bug'],
          issues: [
            ...Array.from({ length: 30 }, (_, i) => anIssueSeed({ number: i + 1, title: `Issue ${i + 1}` })),
            anIssueSeed({ number: 31, title: 'A pull request', isPullRequest: true }),
          ],
        }),
      ],
    },
  });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

describe('OctokitGateway.getItems', () => {
  it('reads many issues in one request per 25, with the repository context in the first', async () => {
    const gw = gateway();
    const numbers = Array.from({ length: 30 }, (_, i) => i + 1);
    const items = await gw.getItems!(numbers);
    expect([...items.keys()].sort((a, b) => a - b)).toEqual(numbers);
    expect(items.get(7)).toMatchObject({ number: 7, title: 'Issue 7', state: 'open' });
    expect(gw.stats()).toEqual({ reads: Math.ceil(30 / ISSUES_PER_READ), writes: 0 });
    // The context came along: asking for it costs nothing more.
    expect((await gw.readRepoContext()).labels.map((label) => label.name)).toContain('bug');
    expect(gw.stats().reads).toBe(2);
  });

  it('leaves out pull requests and issues that do not exist, and reads each number once', async () => {
    const gw = gateway();
    const items = await gw.getItems!([3, 31, 999, 3]);
    expect([...items.keys()]).toEqual([3]);
    expect(gw.stats().reads).toBe(1);
  });

  it('reads the same as one issue at a time', async () => {
    const one = await gateway().getItem(5);
    const many = await gateway().getItems!([5, 6]);
    expect(many.get(5)).toEqual(one);
  });
});
