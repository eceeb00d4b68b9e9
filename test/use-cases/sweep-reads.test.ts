import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { configSchema } from '#src/config/schema.ts';
import { createOctokit } from '#src/github/create-octokit.ts';
import { createOctokitGateway } from '#src/github/octokit-gateway.ts';
import { commentMarker } from '#src/plan/comment-marker.ts';
import { sweepBacklog } from '#src/use-cases/sweep-backlog.ts';
import { anIssueSeed, seedRepo, startFakeGitHub, type FakeGitHub } from '#test/support/fake-github/index.ts';
import { findRepo } from '#test/support/fake-github/state.ts';

// The sweep's reads through the real gateway against the fake GitHub (which charges points by
// GitHub's published formula): the points budget, and the explanation comment of a busy issue.

const NOW = new Date('2026-11-21T09:00:00Z');
const config = configSchema.parse({ agenda: { enabled: false } });
const ours = `${commentMarker('00ff00ff00ff00ff', false)}\nOld explanation.`;
const chatter = Array.from({ length: 45 }, (_, i) => ({
  body: `Me too (${i})`,
  author: `person${i}`,
  createdAt: `2026-11-${String(10 + Math.floor(i / 10)).padStart(2, '0')}T0${i % 10}:00:00Z`,
}));

let fake: FakeGitHub;
beforeAll(async () => {
  fake = await startFakeGitHub({
    seed: {
      actor: { login: 'github-actions[bot]', type: 'Bot' },
      repos: [
        seedRepo('acme/webshop', {
          issues: [
            anIssueSeed({
              number: 1,
              title: 'fix bug',
              body: '',
              comments: [{ body: ours, author: 'github-actions[bot]', createdAt: '2026-11-02T00:00:00Z' }, ...chatter],
            }),
            anIssueSeed({
              number: 2,
              title: 'doesnt work',
              body: '',
              comments: [{ body: ours, author: 'mallory', createdAt: '2026-11-02T00:00:00Z' }],
            }),
            ...Array.from({ length: 198 }, (_, i) => anIssueSeed({ number: i + 3, title: `Issue ${i + 3}` })),
          ],
        }),
      ],
    },
  });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const gateway = () =>
  createOctokitGateway({
    octokit: createOctokit({ token: 't', baseUrl: fake.url, retry: false, throttle: false }),
    owner: 'acme',
    repo: 'webshop',
    selfLogins: ['github-actions[bot]'],
  });

const writes = () => fake.requests.filter((r) => r.kind === 'write');

describe('sweepBacklog reads', () => {
  it('stops reading before a page that would overspend max-points, judges what it read and says what is left', async () => {
    const gw = gateway();
    const result = await sweepBacklog({ gateway: gw, config, now: NOW, dryRun: true, maxWrites: 1000, maxPoints: 5 });
    // The audit-progress search costs 1; the first pages (smaller while they still ask for Projects fields and issue
    // field values, until the context and 49 issues without a value show there are none) and the busy issue's older
    // comments cost the rest, a point a page; a page that would overspend is not read.
    expect(result.read).toEqual({ total: 200, read: 139, stoppedByBudget: true });
    expect(result.items.map((item) => item.number)).toEqual(Array.from({ length: 139 }, (_, i) => i + 1));
    expect(result.points?.points).toBe(5);
  });

  it('reads everything within a budget that fits, at a point per page', async () => {
    const gw = gateway();
    const result = await sweepBacklog({ gateway: gw, config, now: NOW, dryRun: true, maxWrites: 1000, maxPoints: 500 });
    expect(result.read).toEqual({ total: 200, read: 200, stoppedByBudget: false });
    // The audit-progress search, pages of 18, 74, 74 and 34 issues, and one search through the busy issue's older comments.
    expect(result.points?.points).toBe(6);
  });

  it("updates our comment on a busy issue instead of adding a second one, and never edits a person's copy", async () => {
    const gw = gateway();
    const result = await sweepBacklog({ gateway: gw, config, now: NOW, dryRun: true, maxWrites: 1000 });
    const byNumber = new Map(result.items.map((item) => [item.number, item]));
    expect(byNumber.get(1)?.ownComment?.hash).toBe('00ff00ff00ff00ff');
    expect(byNumber.get(2)?.ownComment).toBeUndefined();
    const plans = new Map(result.plans.map((plan) => [plan.number, plan]));
    expect(plans.get(1)?.comment?.kind).toBe('update');
    expect(plans.get(2)?.comment?.kind).toBe('create');
    expect(writes()).toHaveLength(0); // a dry run
  });

  it('continues where the budget stopped it: the unvisited issues first, then back to the oldest; a finished audit says so once', async () => {
    const run = (maxPoints: number) =>
      sweepBacklog({ gateway: gateway(), config, now: NOW, dryRun: false, maxWrites: 1000, maxPoints });
    const first = await run(5);
    expect(first.read).toMatchObject({ read: 139, stoppedByBudget: true });
    const progress = findRepo(fake.state, 'acme', 'webshop')!.issues.find((issue) =>
      issue.body.startsWith('<!-- backlog-hygiene:audit-progress after='),
    );
    expect(progress).toMatchObject({ state: 'closed', labels: ['refinement-agenda'] });
    expect(progress?.body).toContain('last=139');

    const second = await run(5);
    expect(second.read).toMatchObject({ resumedAfter: 139, stoppedByBudget: true });
    const numbers = second.items.map((item) => item.number);
    // Every issue the first run did not reach, then the oldest ones again.
    expect(numbers).toEqual(expect.arrayContaining(Array.from({ length: 61 }, (_, i) => 140 + i)));
    expect(numbers).toContain(1);

    const third = await run(500);
    expect(third.read).toMatchObject({ read: 200, stoppedByBudget: false });
    expect(progress?.body).toMatch(/^<!-- backlog-hygiene:audit-progress -->/);
    const writes = fake.requests.filter((r) => r.kind === 'write').length;
    await run(500);
    expect(fake.requests.filter((r) => r.kind === 'write').length).toBe(writes);
  });

  it('keeps what it read when GitHub stops the read (a rate limit), and the next run starts after it', async () => {
    let pages = 0;
    fake.failNext({
      status: 403,
      primary: true,
      match: (r) => r.operationName === 'OpenIssues' && (pages += 1) === 3,
    });
    const first = await sweepBacklog({ gateway: gateway(), config, now: NOW, dryRun: false, maxWrites: 1000 });
    expect(first.read).toMatchObject({
      read: 65,
      stoppedByBudget: true,
      interrupted: expect.stringMatching(/rate limit/),
    });
    const second = await sweepBacklog({ gateway: gateway(), config, now: NOW, dryRun: false, maxWrites: 1000 });
    expect(second.read).toMatchObject({ resumedAfter: 65, read: 200, stoppedByBudget: false });
  });
});
