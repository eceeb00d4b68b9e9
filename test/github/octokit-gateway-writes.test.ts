import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOctokit } from '#src/github/create-octokit.ts';
import { createOctokitGateway } from '#src/github/octokit-gateway.ts';
import { commentMarker } from '#src/plan/comment-marker.ts';
import type { ItemPlan } from '#src/plan/item-plan.ts';
import { anIssueSeed, findRepo, seedRepo, startFakeGitHub, type FakeGitHub } from '#test/support/fake-github/index.ts';

const OUR_COMMENT = `${commentMarker('0123456789abcdef', false)}\nThis issue needs acceptance criteria before it is ready.`;
const AGENDA_MARKER = '<!-- backlog-hygiene:agenda milestone=3 -->';

let fake: FakeGitHub;
const gateway = (options: { retry?: boolean } = {}) =>
  createOctokitGateway({
    octokit: createOctokit({
      token: 'test-token',
      baseUrl: fake.url,
      retry: options.retry ?? false,
      throttle: false,
      retryAfterBaseMs: 1,
    }),
    owner: 'acme',
    repo: 'webshop',
    selfLogins: ['backlog-hygiene[bot]'],
  });
const repo = () => findRepo(fake.state, 'acme', 'webshop')!;
const issue = (number: number) => repo().issues.find((i) => i.number === number)!;
const plan = (number: number, change: Partial<ItemPlan> = {}): ItemPlan => ({
  number,
  addLabels: [],
  removeLabels: [],
  ...change,
});
const mutations = () => fake.requests.filter((r) => r.surface === 'graphql' && r.kind === 'write');

beforeAll(async () => {
  fake = await startFakeGitHub({
    seed: {
      repos: [
        seedRepo('acme/webshop', {
          labels: ['bug', 'needs-refinement', 'ready', 'agenda'],
          issues: [
            anIssueSeed({
              number: 1,
              labels: ['bug', 'needs-refinement'],
              comments: [{ body: OUR_COMMENT, author: 'backlog-hygiene[bot]' }],
            }),
            ...Array.from({ length: 24 }, (_, i) => anIssueSeed({ number: i + 2, labels: ['bug'] })),
            anIssueSeed({
              number: 40,
              title: 'Refinement agenda: Sprint 42',
              labels: ['agenda'],
              body: `${AGENDA_MARKER}\n- [ ] #1`,
              createdAt: '2026-11-02T00:00:00Z',
              author: 'backlog-hygiene[bot]',
            }),
            anIssueSeed({
              number: 41,
              title: 'Refinement agenda (copy)',
              labels: ['agenda'],
              body: 'no marker here',
              createdAt: '2026-11-03T00:00:00Z',
            }),
            anIssueSeed({
              number: 42,
              title: 'Old agenda',
              labels: ['agenda'],
              state: 'closed',
              body: `${AGENDA_MARKER}\nold`,
              createdAt: '2026-10-01T00:00:00Z',
              // Written by the Action before the move to the app: still ours.
              author: 'github-actions[bot]',
            }),
            anIssueSeed({
              number: 43,
              title: 'Refinement agenda: Sprint 42',
              labels: ['agenda'],
              body: `${AGENDA_MARKER}\nA person's copy, with our label and marker.`,
              createdAt: '2026-11-04T00:00:00Z',
              author: 'mallory',
            }),
            anIssueSeed({
              number: 44,
              title: 'Refinement agenda: Sprint 42',
              labels: ['agenda'],
              body: `${AGENDA_MARKER}\nAnother bot's copy.`,
              createdAt: '2026-11-05T00:00:00Z',
              author: 'renovate[bot]',
            }),
          ],
        }),
      ],
    },
  });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

describe('OctokitGateway.applyPlans against the fake GitHub', () => {
  it('adds and removes only the planned labels and edits the own comment in place, in one request', async () => {
    const gw = gateway();
    const item = await gw.getItem(1);
    const result = await gw.applyPlans([
      plan(1, {
        addLabels: ['ready'],
        removeLabels: ['needs-refinement'],
        comment: {
          kind: 'update',
          commentId: item!.ownComment!.id,
          body: `${commentMarker('fedcba9876543210', true)}\nReady now.`,
        },
      }),
    ]);
    expect(result).toEqual({ applied: [expect.objectContaining({ number: 1 })], deferred: [], failed: [] });
    expect(issue(1).labels.sort()).toEqual(['bug', 'ready']);
    expect(issue(1).comments.map((c) => c.body)).toEqual([expect.stringContaining('Ready now.')]);
    expect(mutations()).toHaveLength(1);
    expect(fake.requests.some((r) => r.replacesLabels)).toBe(false);
    expect(gw.stats()).toEqual({ reads: 1, writes: 1 });
  });

  it('batches 20 items per request; ids of issues and labels it has not read cost one query each', async () => {
    const gw = gateway();
    const plans = Array.from({ length: 24 }, (_, i) =>
      plan(i + 2, { addLabels: ['needs-refinement'], comment: { kind: 'create', body: OUR_COMMENT } }),
    );
    const result = await gw.applyPlans(plans);
    expect(result.applied).toHaveLength(24);
    expect(result.failed).toEqual([]);
    expect(mutations()).toHaveLength(2);
    expect(issue(25).labels).toEqual(['bug', 'needs-refinement']);
    expect(issue(25).comments).toHaveLength(1);
    expect(gw.stats()).toEqual({ reads: 2, writes: 2 });
  });

  it('creates a missing label before adding it', async () => {
    const gw = gateway();
    await gw.applyPlans([plan(2, { addLabels: ['needs-estimate'] })]);
    expect(issue(2).labels).toEqual(['bug', 'needs-estimate']);
    expect(repo().labels.map((l) => l.name)).toContain('needs-estimate');
  });

  it('fails only the bad item when GitHub rejects part of a batch', async () => {
    const gw = gateway();
    const result = await gw.applyPlans([
      plan(2, { addLabels: ['ready'] }),
      plan(3, { comment: { kind: 'update', commentId: 'IC_kwDOdoesnotexist', body: OUR_COMMENT } }),
      plan(4, { removeLabels: ['bug'] }),
    ]);
    expect(result.applied.map((p) => p.number)).toEqual([2, 4]);
    expect(result.failed).toEqual([
      { plan: expect.objectContaining({ number: 3 }), error: expect.stringMatching(/^Could not update #3: /) },
    ]);
    expect(issue(2).labels).toContain('ready');
    expect(issue(4).labels).toEqual([]);
  });

  it('counts deleting a comment that is already gone as done', async () => {
    const result = await gateway().applyPlans([
      plan(2, { addLabels: ['ready'], comment: { kind: 'delete', commentId: 'IC_kwDOdoesnotexist' } }),
    ]);
    expect(result).toEqual({ applied: [expect.objectContaining({ number: 2 })], deferred: [], failed: [] });
  });

  it('reports a missing issue per item and applies the rest', async () => {
    const result = await gateway().applyPlans([plan(999, { addLabels: ['ready'] }), plan(2, { addLabels: ['ready'] })]);
    expect(result.applied.map((p) => p.number)).toEqual([2]);
    expect(result.failed).toEqual([
      {
        plan: expect.objectContaining({ number: 999 }),
        error: expect.stringContaining('#999: the issue does not exist (deleted or transferred)'),
      },
    ]);
  });

  it('stops writing after a 502 that outlasts the retries and leaves the rest for the next run', async () => {
    fake.failNext({ match: (r) => r.surface === 'graphql' && r.operationName === 'Batch', status: 502, times: 10 });
    const plans = Array.from({ length: 24 }, (_, i) => plan(i + 2, { addLabels: ['ready'] }));
    const gw = gateway({ retry: true });
    const result = await gw.applyPlans(plans);
    expect(result.applied).toEqual([]);
    expect(result.failed).toEqual([]);
    expect(result.deferred).toEqual(plans);
    expect(gw.stopped()).toEqual({
      kind: 'server-error',
      message: expect.stringMatching(
        /^Could not update #2, #3, .*#21: GitHub answered 502 \(a server error\), also when retried\. The change may have been made all the same\. The run stopped writing here; the next run re-reads/,
      ),
    });
    expect(issue(2).labels).toEqual(['bug']);
    // One batch (with its retries), not the second one, and nothing after the stop.
    expect(mutations()).toHaveLength(4);
    await expect(gw.applyPlans([plan(2, { addLabels: ['ready'] })])).resolves.toMatchObject({
      applied: [],
      deferred: [plan(2, { addLabels: ['ready'] })],
    });
    await expect(gw.addComment(2, 'hello')).rejects.toThrow(/^Did not comment on issue #2: the run stopped earlier/);
    expect(mutations()).toHaveLength(4);
    expect(fake.requests.filter((r) => r.kind === 'write')).toHaveLength(4);
  });

  it('retries a 502 on label changes and succeeds', async () => {
    fake.failNext({ match: (r) => r.operationName === 'Batch', status: 502, times: 1 });
    const gw = gateway({ retry: true });
    const result = await gw.applyPlans([plan(2, { addLabels: ['ready'] })]);
    expect(result.applied).toHaveLength(1);
    expect(issue(2).labels).toEqual(['bug', 'ready']);
    expect(gw.stats().writes).toBe(1);
  });

  it('does not retry a batch that creates comments, so a 502 cannot post a comment twice', async () => {
    fake.failNext({ match: (r) => r.operationName === 'Batch', status: 502, times: 1 });
    const gw = gateway({ retry: true });
    const result = await gw.applyPlans([plan(2, { comment: { kind: 'create', body: OUR_COMMENT } })]);
    expect(result.deferred).toHaveLength(1);
    expect(mutations()).toHaveLength(1);
    expect(gw.stopped()?.message).toMatch(
      /^Could not update #2: GitHub answered 502 \(a server error\); it was sent once and not re-sent, because it posts a comment/,
    );
  });
});

describe('OctokitGateway: owned issues and single writes', () => {
  it('finds its own issues by label, marker and a bot author that can be us, oldest first, open and closed', async () => {
    const owned = await gateway().findOwnedIssues('agenda', AGENDA_MARKER);
    expect(owned.map((o) => [o.number, o.state])).toEqual([
      [42, 'closed'],
      [40, 'open'],
    ]);
  });

  it('creates, updates and comments on an issue, counting each as a write', async () => {
    const gw = gateway();
    const created = await gw.createIssue({
      title: 'Refinement agenda: Sprint 43',
      body: `${AGENDA_MARKER}\nagenda`,
      labels: ['agenda'],
      assignees: [],
    });
    expect(created).toMatchObject({ title: 'Refinement agenda: Sprint 43', state: 'open' });
    await gw.updateIssue(created.number, { body: 'updated agenda', state: 'closed' });
    await gw.addComment(created.number, 'The milestone closed, so this agenda is closed too.');
    const stored = issue(created.number);
    expect(stored).toMatchObject({ body: 'updated agenda', state: 'closed', labels: ['agenda'] });
    expect(stored.comments.map((c) => c.body)).toEqual(['The milestone closed, so this agenda is closed too.']);
    expect(gw.stats()).toEqual({ reads: 0, writes: 3 });
  });

  it('creates labels in one request, and a label that already exists is fine', async () => {
    const gw = gateway();
    await gw.getItem(2);
    await gw.createLabels([
      { name: 'needs-estimate', color: '#fbca04', description: 'Add an estimate' },
      { name: 'ready', color: '0e8a16', description: '' },
      { name: 'needs-split', color: 'd93f0b', description: 'Split it' },
    ]);
    expect(fake.requests.filter((r) => r.kind === 'write').map((r) => r.operationName)).toEqual(['CreateLabels']);
    expect(repo().labels.find((l) => l.name === 'needs-split')).toMatchObject({ color: 'd93f0b' });
    expect(repo().labels.find((l) => l.name === 'needs-estimate')).toMatchObject({
      color: 'fbca04',
      description: 'Add an estimate',
    });
    await gw.applyPlans([plan(2, { addLabels: ['needs-estimate'] })]);
    expect(issue(2).labels).toEqual(['bug', 'needs-estimate']);
  });
});
