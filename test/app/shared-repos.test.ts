import { describe, expect, it } from 'vitest';
import { sharedRepos, touchesConfig } from '#src/app/shared-repos.ts';
import type { GitHubClient } from '#src/github/github-client.ts';

const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/** A client that answers every config read with the given text and counts the reads. */
const configClient = (text: () => string | null) => {
  const calls = { count: 0 };
  const client: GitHubClient = {
    graphql: async <T>() => {
      calls.count += 1;
      return { repository: { object: text() === null ? null : { text: text() } } } as T;
    },
    request: async () => ({ data: {} }),
  };
  return { client, calls };
};

describe('sharedRepos', () => {
  it('reads a config once per time-to-live and again after a push that touches it', async () => {
    let now = 0;
    let text = 'agenda:\n  leadDays: 7\n';
    const { client, calls } = configClient(() => text);
    const repos = sharedRepos({ clock: () => now, configTtlMs: 60_000 });
    const repo = () => repos.get(1, 'acme', 'shop', 'bh[bot]', client, quiet);
    await Promise.all([repo().config(), repo().config(), repo().config()]);
    expect(calls.count).toBe(1);
    now = 59_000;
    await repo().config();
    expect(calls.count).toBe(1);
    now = 61_000;
    await repo().config();
    expect(calls.count).toBe(2);
    text = 'agenda:\n  leadDays: 3\n';
    repos.forget('acme', 'shop');
    expect((await repo().config())?.config.agenda.leadDays).toBe(3);
  });

  it.each([
    ['the repository', 'shop', 'shop', true],
    ["the owner's .github repository", '.github', 'shop', true],
    ['another repository', 'other', 'shop', false],
  ])('forgets the config after a push to %s: %s', async (_name, pushed, repoName, forgotten) => {
    const { client, calls } = configClient(() => 'agenda:\n  leadDays: 7\n');
    const repos = sharedRepos({ clock: () => 0 });
    await repos.get(1, 'acme', repoName, 'bh[bot]', client, quiet).config();
    repos.forget('ACME', pushed);
    await repos.get(1, 'acme', repoName, 'bh[bot]', client, quiet).config();
    expect(calls.count).toBe(forgotten ? 2 : 1);
  });

  it.each([
    [['.github/backlog-hygiene.yml'], true],
    [['.github/ISSUE_TEMPLATE/bug.yml'], true],
    [['src/index.ts', 'README.md'], false],
  ])('a push changing %j touches the config: %s', (paths, expected) => {
    expect(touchesConfig(paths)).toBe(expected);
  });
});
