import { afterEach, describe, expect, it } from 'vitest';
import { findRepo, type FakeIssue } from '#test/support/fake-github/index.ts';
import { appSeed, NOW, REPOSITORY, repoWrites, webshopRepo } from './app-fixtures.ts';
import { startApp, type AppHarness } from './app-harness.ts';
import { retarget, webhookExamples } from './webhook-examples.ts';

let app: AppHarness | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

// @octokit/webhooks-examples has no milestone.edited example: it is the real `created` payload with
// the action and the `changes` object GitHub sends for an edit.
const milestoneEvent = (action: string, milestone: Record<string, unknown>) => {
  const examples = webhookExamples(['milestone']);
  const example =
    examples.find((candidate) => candidate.action === action) ??
    examples.find((candidate) => candidate.action === 'created');
  if (!example) throw new Error('no milestone example in @octokit/webhooks-examples');
  const payload = retarget(example.payload, { fullName: REPOSITORY, number: 0 });
  const changes = action === 'edited' ? { changes: { due_on: { from: null } } } : {};
  return { ...payload, ...changes, action, milestone: { ...(payload.milestone as object), ...milestone } };
};

const repo = () => findRepo(app!.fake.state, 'acme', 'webshop')!;
const agendas = (): FakeIssue[] => repo().issues.filter((issue) => issue.body.includes('backlog-hygiene:agenda'));

describe('the refinement agenda through the app', () => {
  it('follows the milestone: created when it moves into the window, untouched on a redundant event, closed when it closes', async () => {
    // The milestone starts without a due date: no agenda.
    app = await startApp(appSeed([webshopRepo({ milestones: [{ number: 1, title: 'Sprint 42' }] })]), {
      now: () => NOW,
    });
    const first = await app.deliver(
      'milestone',
      milestoneEvent('created', { number: 1, title: 'Sprint 42', due_on: null, state: 'open' }),
    );
    expect(first.status).toBeLessThan(300);
    expect(agendas()).toHaveLength(0);

    // A due date three days away is set: the agenda appears, listing the milestone's vague issue.
    Object.assign(repo().milestones[0]!, { dueOn: '2026-11-24T00:00:00Z' });
    const edited = await app.deliver(
      'milestone',
      milestoneEvent('edited', { number: 1, title: 'Sprint 42', due_on: '2026-11-24T00:00:00Z', state: 'open' }),
    );
    expect(edited.status).toBeLessThan(300);
    expect(agendas()).toHaveLength(1);
    expect(agendas()[0]!.title).toBe('Refinement agenda: Sprint 42 (due 2026-11-24)');
    expect(agendas()[0]!.body).toMatch(/- \[ \] #2 /);

    // The same edit delivered again (a new delivery id): nothing changed, nothing written.
    const before = app.fake.requests.length;
    await app.deliver(
      'milestone',
      milestoneEvent('edited', { number: 1, title: 'Sprint 42', due_on: '2026-11-24T00:00:00Z', state: 'open' }),
    );
    expect(repoWrites(app.fake, before)).toEqual([]);

    // The milestone closes: the agenda gets a final note and closes; no second agenda appears.
    Object.assign(repo().milestones[0]!, { state: 'closed', closedAt: '2026-11-21T08:00:00Z' });
    const closed = await app.deliver(
      'milestone',
      milestoneEvent('closed', { number: 1, title: 'Sprint 42', due_on: '2026-11-24T00:00:00Z', state: 'closed' }),
    );
    expect(closed.status).toBeLessThan(300);
    expect(agendas()).toHaveLength(1);
    expect(agendas()[0]!.state).toBe('closed');
    expect(agendas()[0]!.comments.at(-1)?.body).toMatch(/Sprint 42/);
  });
});
