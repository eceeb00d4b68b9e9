import { defaultConfig } from '#src/config/schema.ts';
import { managedLabels } from '#src/plan/managed-labels.ts';
import { anIssueSeed, seedRepo, type FakeSeed, type IssueSeed, type RepoSeed } from '#test/support/fake-github/index.ts';

export const REPOSITORY = 'acme/webshop';

/** A well-written, estimated issue: ready. */
export const READY: IssueSeed = anIssueSeed({ number: 1 });
/** A one-line bug report with a title that says nothing: not ready. */
export const VAGUE: IssueSeed = { number: 2, title: 'Fix bug', body: 'It is broken, please fix.', author: 'dana', createdAt: '2026-11-18T10:00:00Z' };
/** Not ready by the rules, but a person put "ready" on it by hand. */
export const PERSON_READY: IssueSeed = {
  number: 3,
  title: 'Checkout is slow',
  body: 'Checkout takes long.',
  author: 'erin',
  labels: ['ready'],
  createdAt: '2026-11-10T10:00:00Z',
  events: [{ type: 'labeled', label: 'ready', actor: 'maintainer-maria', createdAt: '2026-11-12T10:00:00Z' }],
};

/** A fake GitHub seed with the three issues, acting as github-actions[bot] (the GITHUB_TOKEN identity). */
export const seedWith = (repo: Omit<RepoSeed, 'fullName'> = {}, options: { labels?: boolean } = {}): FakeSeed => ({
  actor: { login: 'github-actions[bot]', type: 'Bot' },
  repos: [
    seedRepo(REPOSITORY, {
      issues: [READY, VAGUE, PERSON_READY],
      // Managed labels already exist unless a test is about creating them.
      labels: options.labels === false ? ['ready'] : managedLabels(defaultConfig()).map(({ name, color, description }) => ({ name, color, description })),
      ...repo,
    }),
  ],
});
