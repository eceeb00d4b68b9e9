import { describe, expect, it } from 'vitest';
import { canBeUs } from '#src/github/can-be-us.ts';

const SELF = ['backlog-hygiene[bot]'];

describe('canBeUs', () => {
  it.each([
    ['the app’s own bot (GraphQL drops "[bot]")', { login: 'backlog-hygiene', __typename: 'Bot' }, false, true],
    [
      'github-actions[bot], as the Action under GITHUB_TOKEN',
      { login: 'github-actions', __typename: 'Bot' },
      false,
      true,
    ],
    ['another app’s bot', { login: 'renovate', __typename: 'Bot' }, false, false],
    ['a person', { login: 'mallory', __typename: 'User' }, false, false],
    ['a person named like our bot', { login: 'backlog-hygiene', __typename: 'User' }, false, false],
    ['a deleted account', null, false, false],
    [
      'whoever the token is (viewerDidAuthor), e.g. a personal token',
      { login: 'dana', __typename: 'User' },
      true,
      true,
    ],
  ])('%s: %s', (_name, author, viewerDidAuthor, expected) => {
    expect(canBeUs(author, SELF, viewerDidAuthor)).toBe(expected);
  });
});
