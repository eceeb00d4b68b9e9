import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '#src/config/schema.ts';
import { createOctokit } from '#src/github/create-octokit.ts';
import { createOctokitGateway } from '#src/github/octokit-gateway.ts';
import { readCommentMarker } from '#src/plan/comment-marker.ts';
import { sweepBacklog } from '#src/use-cases/sweep-backlog.ts';
import { seedRepo, startFakeGitHub, type FakeGitHub } from '#test/support/fake-github/index.ts';
import { findRepo, nodeIdFor, takeId, type FakeIssue, type FakeState } from '#test/support/fake-github/state.ts';
import { addComment, addLabels, removeLabel, updateIssue } from '#test/support/fake-github/writes.ts';
import { generateBacklog } from '../../bench/generate-backlog.ts';

// An audit the points budget splits over two nights, with people at work in between, ends where one
// full audit on the second night ends: the same labels and the same explanation comments on every
// issue. Two fakes start from the same generated backlog; only the first audits on the first night.

const COUNT = 300;
const NIGHT_1 = new Date('2026-11-21T09:00:00Z');
// The same day count for everything created at 09:00 (the generator's times), so comments that
// quote "N days" match whichever night wrote them.
const NIGHT_2 = new Date('2026-11-22T05:00:00Z');
const config = configSchema.parse({ rules: { stale: { countReactions: true } } });

const seed = () => ({
  actor: { login: 'github-actions[bot]', type: 'Bot' as const },
  now: NIGHT_1.toISOString(),
  repos: [
    seedRepo('acme/webshop', {
      issues: generateBacklog(COUNT).map((item) => ({
        number: item.number,
        title: item.title,
        body: item.body,
        labels: [...item.labels],
        createdAt: item.createdAt,
        author: item.author ?? 'octocat',
      })),
    }),
  ],
});

let split: FakeGitHub;
let whole: FakeGitHub;
beforeAll(async () => {
  [split, whole] = await Promise.all([startFakeGitHub({ seed: seed() }), startFakeGitHub({ seed: seed() })]);
});
afterAll(() => Promise.all([split.close(), whole.close()]));

const sweep = (fake: FakeGitHub, now: Date, maxPoints: number) =>
  sweepBacklog({
    gateway: createOctokitGateway({
      octokit: createOctokit({ token: 't', baseUrl: fake.url, retry: false, throttle: false }),
      owner: 'acme',
      repo: 'webshop',
      selfLogins: ['github-actions[bot]'],
    }),
    config,
    now,
    dryRun: false,
    maxWrites: 100_000,
    maxPoints,
  });

/** Runs `change` as the person `login`, the way the fake records a person's write. */
const asPerson = (state: FakeState, login: string, change: () => void) => {
  const bot = state.actor;
  state.actor = { login, type: 'User' };
  try {
    change();
  } finally {
    state.actor = bot;
  }
};

/** What people do between the nights; the same on both fakes. */
const peopleWork = (fake: FakeGitHub) => {
  const { state } = fake;
  state.clock.set('2026-11-21T15:00:00Z');
  const repo = findRepo(state, 'acme', 'webshop')!;
  const issue = (n: number) => repo.issues.find((candidate) => candidate.number === n)!;
  const blocked = repo.issues.find((i) => /Blocked by #(\d+)/.test(i.body))!;
  const blocker = Number(/Blocked by #(\d+)/.exec(blocked.body)![1]);
  asPerson(state, 'mara', () => {
    updateIssue(state, repo, issue(5), { body: `${issue(5).body}\n\n## Acceptance criteria\n\n- [ ] It works` });
    addComment(state, issue(7), 'Still happening on 2.4.');
    addLabels(state, repo, issue(9), ['ready']);
    removeLabel(state, issue(12), issue(12).labels[0] ?? 'none');
    updateIssue(state, repo, issue(blocker), { state: 'closed' });
    updateIssue(state, repo, issue(250), { title: 'Fix bug' });
  });
  const reacted: FakeIssue = issue(260);
  const id = takeId(state);
  reacted.reactions.push({
    id,
    nodeId: nodeIdFor('REA', id),
    by: { login: 'jonas', type: 'User' },
    createdAt: '2026-11-21T15:30:00Z',
    content: '+1',
  });
};

const ours = (issue: FakeIssue) =>
  issue.comments.filter((c) => c.author.login === 'github-actions[bot]' && readCommentMarker(c.body));

/**
 * Every open issue's labels and what this tool's comment asks for, by number. A comment rewritten as
 * resolved (the issue became ready after the first night asked for more) says what no comment says.
 */
const outcome = (fake: FakeGitHub) =>
  findRepo(fake.state, 'acme', 'webshop')!
    .issues.filter((issue) => issue.state === 'open')
    .map((issue) => ({
      number: issue.number,
      labels: [...issue.labels].sort(),
      asks: ours(issue)
        .filter((c) => !readCommentMarker(c.body)?.resolved)
        .map((c) => c.body),
    }));

describe('an audit split by the points budget', () => {
  it('ends with the same labels and comments as one full audit, people working in between', async () => {
    const first = await sweep(split, NIGHT_1, 3);
    expect(first.read).toMatchObject({ stoppedByBudget: true });
    expect(first.read!.read).toBeLessThan(COUNT);
    peopleWork(split);
    peopleWork(whole);
    for (const fake of [split, whole]) fake.state.clock.set(NIGHT_2.toISOString());
    const resumed = await sweep(split, NIGHT_2, 10_000);
    expect(resumed.read).toMatchObject({ resumedAfter: expect.any(Number), stoppedByBudget: false });
    const full = await sweep(whole, NIGHT_2, 10_000);
    expect(full.read).toMatchObject({ stoppedByBudget: false });
    expect(resumed.items.length).toBe(full.items.length);
    expect(outcome(split)).toEqual(outcome(whole));
    // One comment at most per issue, and the first night's comments that no longer ask for anything say so.
    for (const issue of findRepo(split.state, 'acme', 'webshop')!.issues)
      expect(ours(issue).length).toBeLessThanOrEqual(1);
    // A person's choice stands.
    const nine = outcome(split).find((issue) => issue.number === 9)!;
    expect(nine.labels).toContain('ready');
  });
});
