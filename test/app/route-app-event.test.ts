import { describe, expect, it } from 'vitest';
import { routeAppEvent } from '#src/app/route-app-event.ts';

const BOT = 'backlog-hygiene[bot]';
const repository = { name: 'webshop', owner: { login: 'acme' } };
const person = { login: 'dana', type: 'User' };
const issue = { number: 12 };

describe('routeAppEvent', () => {
  it.each([
    ['issues', { action: 'opened', issue, repository, sender: person }, 'review'],
    ['issues', { action: 'labeled', issue, repository, sender: person, label: { name: 'ready' } }, 'review'],
    [
      'issues',
      {
        action: 'labeled',
        issue,
        repository,
        sender: { login: 'renovate[bot]', type: 'Bot' },
        label: { name: 'ready' },
      },
      'review',
    ],
    // A closed issue re-judges the issues it blocked; typed/untyped change the kind.
    ['issues', { action: 'closed', issue, repository, sender: person }, 'review'],
    ['issues', { action: 'typed', issue, repository, sender: person }, 'review'],
    ['issues', { action: 'field_added', issue, repository, sender: person }, 'review'],
    ['issues', { action: 'deleted', issue, repository, sender: person }, 'skip'],
    ['issues', { action: 'opened', issue: { number: 3, pull_request: {} }, repository, sender: person }, 'skip'],
    [
      'issues',
      { action: 'labeled', issue, repository, sender: { login: BOT, type: 'Bot' }, label: { name: 'whatever' } },
      'skip',
    ],
    [
      'issue_comment',
      { action: 'created', issue, repository, sender: person, comment: { body: 'Added the steps.' } },
      'review',
    ],
    ['issue_comment', { action: 'created', issue, repository, sender: person, comment: { body: '/ready' } }, 'command'],
    ['issue_comment', { action: 'edited', issue, repository, sender: person, comment: { body: '/ready' } }, 'review'],
    ['issue_comment', { action: 'deleted', issue, repository, sender: person, comment: { body: 'x' } }, 'skip'],
    [
      'issue_comment',
      { action: 'created', issue, repository, sender: { login: BOT, type: 'Bot' }, comment: { body: 'x' } },
      'skip',
    ],
    [
      'issue_comment',
      {
        action: 'created',
        issue,
        repository,
        sender: person,
        comment: { body: '<!-- backlog-hygiene:comment hash=1 state=open -->' },
      },
      'skip',
    ],
    ['milestone', { action: 'closed', repository, sender: person }, 'agenda'],
    ['milestone', { action: 'opened', repository, sender: person }, 'agenda'],
    ['installation', { action: 'created', installation: { id: 1, account: { login: 'acme' } }, sender: person }, 'log'],
    [
      'installation_repositories',
      {
        action: 'added',
        installation: { id: 1, account: { login: 'acme' } },
        repositories_added: [{}, {}],
        sender: person,
      },
      'log',
    ],
    ['push', { repository }, 'skip'],
  ])('%s %o → %s', (name, payload, kind) => {
    expect(routeAppEvent(name, payload, BOT).kind).toBe(kind);
  });

  it('judges a transferred issue in the repository it moved to', () => {
    const route = routeAppEvent(
      'issues',
      {
        action: 'transferred',
        issue,
        repository,
        sender: person,
        changes: { new_issue: { number: 40 }, new_repository: { name: 'backlog', owner: { login: 'acme' } } },
      },
      BOT,
    );
    expect(route).toMatchObject({
      kind: 'review',
      target: { owner: 'acme', repo: 'backlog' },
      event: { number: 40, action: 'transferred' },
    });
  });

  it('passes who gave a command', () => {
    const route = routeAppEvent(
      'issue_comment',
      { action: 'created', issue, repository, sender: person, comment: { body: 'Agreed.\n/refine' } },
      BOT,
    );
    expect(route).toMatchObject({ kind: 'command', command: 'refine', login: 'dana', event: { number: 12 } });
  });

  it('says what an installation change means', () => {
    const route = routeAppEvent(
      'installation_repositories',
      { action: 'added', installation: { account: { login: 'acme' } }, repositories_added: [{}, {}] },
      BOT,
    );
    expect(route).toMatchObject({
      kind: 'log',
      message: expect.stringContaining('installation_repositories.added for acme (2 repositories added, 0 removed)'),
    });
  });

  const push = (ref: string, paths: string[], commits = 1) => ({
    ref,
    repository: { ...repository, default_branch: 'main' },
    commits: Array.from({ length: commits }, () => ({ added: [], modified: paths, removed: [] })),
  });
  it.each([
    ['changes the config on the default branch', push('refs/heads/main', ['.github/backlog-hygiene.yml']), 'forget'],
    ['changes an issue template', push('refs/heads/main', ['.github/ISSUE_TEMPLATE/bug.yml']), 'forget'],
    ['changes only code', push('refs/heads/main', ['src/app.ts']), 'skip'],
    ['changes the config on another branch', push('refs/heads/try', ['.github/backlog-hygiene.yml']), 'skip'],
    ['lists 20 commits (GitHub leaves the rest out)', push('refs/heads/main', ['src/app.ts'], 20), 'forget'],
  ])('a push that %s: %s', (_name, payload, kind) => {
    expect(routeAppEvent('push', payload, BOT).kind).toBe(kind);
  });
});
