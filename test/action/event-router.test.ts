import { describe, expect, it } from 'vitest';
import { routeEvent } from '#src/action/event-router.ts';

const person = { login: 'dana', type: 'User' };
const bot = { login: 'github-actions[bot]', type: 'Bot' };

describe('routeEvent', () => {
  // typed/untyped (the kind), field_added/field_removed (issue fields), closed (re-judges the issues it blocked).
  it.each([
    'opened',
    'edited',
    'reopened',
    'labeled',
    'unlabeled',
    'milestoned',
    'demilestoned',
    'typed',
    'untyped',
    'field_added',
    'field_removed',
    'closed',
  ])('reviews the issue on issues.%s', (action) => {
    const route = routeEvent('issues', { action, issue: { number: 12 }, sender: person, label: { name: 'bug' } });
    expect(route).toEqual({
      kind: 'review',
      event: { number: 12, action, isPullRequest: false, senderIsBot: false, label: 'bug' },
    });
  });

  it.each(['created', 'edited'])('reviews the issue when a person comments (issue_comment.%s)', (action) => {
    expect(routeEvent('issue_comment', { action, issue: { number: 4 }, sender: person })).toMatchObject({
      kind: 'review',
      event: { number: 4 },
    });
  });

  it('runs a command in a new comment as a command, with who gave it', () => {
    const comment = { body: 'Agreed in refinement.\n/ready', user: { login: 'maintainer-maria', type: 'User' } };
    expect(
      routeEvent('issue_comment', {
        action: 'created',
        issue: { number: 4 },
        comment,
        sender: { login: 'maintainer-maria', type: 'User' },
      }),
    ).toEqual({
      kind: 'command',
      event: { number: 4, action: 'created', isPullRequest: false, senderIsBot: false },
      given: { command: 'ready', login: 'maintainer-maria' },
    });
  });

  it.each([
    [
      'an edited comment (editing must not repeat the command)',
      { action: 'edited', issue: { number: 4 }, comment: { body: '/ready' }, sender: person },
    ],
    [
      'a command inside a code block',
      { action: 'created', issue: { number: 4 }, comment: { body: '```\n/ready\n```' }, sender: person },
    ],
  ])('reviews %s like any comment', (_name, payload) => {
    expect(routeEvent('issue_comment', payload).kind).toBe('review');
  });

  it.each([
    [
      'a comment on a pull request',
      'issue_comment',
      { action: 'created', issue: { number: 5, pull_request: { url: 'x' } }, sender: person },
      'pull request',
    ],
    ["a bot's comment", 'issue_comment', { action: 'created', issue: { number: 5 }, sender: bot }, 'a bot commented'],
    [
      "a bot's /ready",
      'issue_comment',
      { action: 'created', issue: { number: 5 }, comment: { body: '/ready' }, sender: bot },
      'a bot commented',
    ],
    [
      'a deleted comment',
      'issue_comment',
      { action: 'deleted', issue: { number: 5 }, sender: person },
      'issue_comment.deleted',
    ],
    ['an assignment', 'issues', { action: 'assigned', issue: { number: 5 }, sender: person }, 'issues.assigned'],
  ])('skips %s', (_name, eventName, payload, reason) => {
    const route = routeEvent(eventName, payload);
    expect(route.kind).toBe('skip');
    expect(route.kind === 'skip' && route.reason).toContain(reason);
  });

  it('marks bot label events so the use case can ignore its own writes', () => {
    const route = routeEvent('issues', {
      action: 'labeled',
      issue: { number: 9 },
      sender: bot,
      label: { name: 'needs-refinement' },
    });
    expect(route).toMatchObject({ kind: 'review', event: { senderIsBot: true, label: 'needs-refinement' } });
  });

  it.each([
    ['schedule', 'sweep'],
    ['workflow_dispatch', 'sweep'],
    ['milestone', 'agenda'],
  ])('runs the %s event as a %s', (eventName, kind) => {
    expect(routeEvent(eventName, {}).kind).toBe(kind);
  });

  it.each(['push', 'pull_request', 'release'])('tells the user it does nothing on %s', (eventName) => {
    expect(routeEvent(eventName, {})).toEqual({
      kind: 'unsupported',
      message: `Backlog Hygiene does nothing on ${eventName} events; trigger it on issues, issue_comment, schedule or workflow_dispatch.`,
    });
  });
});
