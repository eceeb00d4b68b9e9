import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOctokit } from '#src/github/create-octokit.ts';
import { createOctokitGateway } from '#src/github/octokit-gateway.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import { anIssueSeed, seedRepo, startFakeGitHub, type FakeGitHub } from '#test/support/fake-github/index.ts';

// The gateway reads GitHub's planning data: issue types, parents and sub-issue summaries, native
// blockers (named only for issues that have open ones) and issue field values.

let fake: FakeGitHub;
const logged: string[] = [];
const gateway = () =>
  createOctokitGateway({
    octokit: createOctokit({ token: 'test-token', baseUrl: fake.url, retry: false, throttle: false }),
    owner: 'acme',
    repo: 'webshop',
    selfLogins: ['backlog-hygiene[bot]'],
    log: { debug: () => {}, info: (m) => logged.push(m), warn: (m) => logged.push(m), error: (m) => logged.push(m) },
  });

beforeAll(async () => {
  fake = await startFakeGitHub({
    seed: {
      repos: [
        seedRepo('acme/webshop', {
          issues: [
            anIssueSeed({ number: 1, title: 'Safari checkout crash', issueType: 'Bug' }),
            anIssueSeed({ number: 2, title: 'New checkout', issueType: 'Epic', body: 'Epic', labels: ['points: 21'] }),
            anIssueSeed({ number: 3, title: 'Checkout: address step', parent: 2 }),
            anIssueSeed({ number: 4, title: 'Checkout: payment step', parent: 2, state: 'closed' }),
            anIssueSeed({ number: 5, title: 'Ship to Norway', blockedBy: ['acme/api#7', 6] }),
            anIssueSeed({ number: 6, title: 'Done already', state: 'closed' }),
            anIssueSeed({
              number: 8,
              title: 'Gift cards',
              issueFields: { Effort: 'High', Priority: 'P1', 'Target date': { date: '2026-12-20' } },
            }),
          ],
        }),
        seedRepo('acme/api', {
          issues: [
            anIssueSeed({ number: 7, title: 'Shipping rates API' }),
            anIssueSeed({ number: 9, title: 'Checkout: API', parent: 'acme/webshop#2' }),
          ],
        }),
      ],
    },
  });
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.reset();
  logged.length = 0;
});

// As the sweep reads: the pages, then the blockers of the whole read named at once (`nameBlockers`).
const byNumber = async (): Promise<Map<number, BacklogItem>> => {
  const gw = gateway();
  const read: BacklogItem[] = [];
  for await (const page of gw.listOpenItems()) read.push(...page);
  const named = gw.nameBlockers ? await gw.nameBlockers(read) : read;
  return new Map(named.map((item) => [item.number, item]));
};

describe('planning data in the bulk read', () => {
  it('maps types, parents, sub-issue summaries, blockers and issue fields', async () => {
    const items = await byNumber();
    expect(items.get(1)?.issueType).toBe('Bug');
    expect(items.get(2)?.subIssues).toEqual({ total: 3, completed: 1, percentCompleted: 33 });
    expect(items.get(3)?.parent).toEqual({ number: 2 });
    expect(items.get(5)?.nativeBlockers).toEqual({
      open: 1,
      total: 2,
      issues: [
        { number: 7, repo: 'acme/api', state: 'open', title: 'Shipping rates API' },
        { number: 6, state: 'closed', title: 'Done already' },
      ],
    });
    expect(items.get(1)?.nativeBlockers).toEqual({ open: 0, total: 0 });
    expect(items.get(8)?.issueFields).toEqual({ Effort: 'High', Priority: 'P1', 'Target date': '2026-12-20' });
  });

  it('names blockers in one extra query, only because an issue has open ones', async () => {
    await byNumber();
    const reads = fake.requests.filter((r) => r.surface === 'graphql').map((r) => r.operationName ?? '');
    expect(reads.filter((name) => name === 'Blockers')).toHaveLength(1);
    fake.state.repos.get('acme/api')!.issues[0]!.state = 'closed';
    fake.requests.length = 0;
    const items = await byNumber();
    expect(items.get(5)?.nativeBlockers).toEqual({ open: 0, total: 2 });
    expect(fake.requests.some((r) => r.operationName === 'Blockers')).toBe(false);
  });
});

describe('planning data in the single-issue read', () => {
  it.each([
    [1, { issueType: 'Bug' }],
    [9, undefined],
    [3, { parent: { number: 2 } }],
    [5, { nativeBlockers: expect.objectContaining({ open: 1, issues: expect.any(Array) }) }],
    [8, { issueFields: expect.objectContaining({ Effort: 'High' }) }],
  ])('#%i', async (number, expected) => {
    const item = await gateway().getItem(number);
    if (expected) expect(item).toMatchObject(expected);
    else expect(item).toBeUndefined(); // #9 lives in acme/api
  });
});

describe('sub-issues of a parent, for an event on it', () => {
  it('reads the open ones in this repository, in one request', async () => {
    const from = fake.requests.length;
    const children = await gateway().listSubIssues(2);
    expect(children.map((item) => [item.number, item.parent])).toEqual([[3, { number: 2 }]]);
    expect(fake.requests.length - from).toBe(1);
  });
});

describe('REST issue objects carry the same planning data', () => {
  it('as GitHub documents it', async () => {
    const response = await fetch(`${fake.url}/repos/acme/webshop/issues/2`);
    const issue = await response.json();
    expect(issue).toMatchObject({
      type: { name: 'Epic' },
      sub_issues_summary: { total: 3, completed: 1, percent_completed: 33 },
      issue_dependencies_summary: { blocked_by: 0, total_blocked_by: 0 },
      parent_issue_url: null,
    });
    const blocked = (await (await fetch(`${fake.url}/repos/acme/webshop/issues/5/dependencies/blocked_by`)).json()) as {
      number: number;
    }[];
    expect(blocked.map((i) => i.number)).toEqual([7, 6]);
    const subs = (await (await fetch(`${fake.url}/repos/acme/webshop/issues/2/sub_issues`)).json()) as {
      number: number;
    }[];
    expect(subs.map((i) => i.number)).toEqual([3, 4, 9]);
  });
});
