import { describe, expect, it } from 'vitest';
import { createState } from '#test/support/fake-github/index.ts';
import { addComment, addLabels, updateIssue } from '#test/support/fake-github/writes.ts';
import { backlogSeed } from './fixture.ts';

const withoutClock = (state: ReturnType<typeof createState>) => ({ ...state, clock: undefined });

describe('fake GitHub state', () => {
  it('builds the same ids from the same seed', () => {
    expect(withoutClock(createState(backlogSeed))).toEqual(withoutClock(createState(backlogSeed)));
  });

  it('gives seeded comments their timeline events and takes updatedAt from the latest activity', () => {
    const issue = createState(backlogSeed).repos.get('acme/shop')!.issues[0]!;
    expect(issue.events.map((event) => event.type)).toEqual(['commented']);
    expect(issue.updatedAt).toBe('2026-11-02T08:00:00Z');
  });

  it('stamps writes one second apart, attributed to the actor', () => {
    const state = createState(backlogSeed);
    const repo = state.repos.get('acme/shop')!;
    const issue = repo.issues[1]!;
    addLabels(state, repo, issue, ['needs-refinement', 'bug']);
    addComment(state, issue, 'Please add acceptance criteria.');
    updateIssue(state, repo, issue, { title: 'Checkout fails with an expired card', state: 'closed' });
    expect(issue.events.slice(1).map((event) => [event.type, event.createdAt, event.actor.login])).toEqual([
      ['labeled', '2026-11-21T09:00:01Z', 'backlog-hygiene[bot]'],
      ['commented', '2026-11-21T09:00:02Z', 'backlog-hygiene[bot]'],
      ['renamed', '2026-11-21T09:00:03Z', 'backlog-hygiene[bot]'],
      ['closed', '2026-11-21T09:00:03Z', 'backlog-hygiene[bot]'],
    ]);
    expect(issue).toMatchObject({
      state: 'closed',
      stateReason: 'completed',
      closedAt: '2026-11-21T09:00:03Z',
      updatedAt: '2026-11-21T09:00:03Z',
    });
  });
});
