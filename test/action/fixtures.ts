import { defaultConfig } from '#src/config/schema.ts';
import { managedLabels } from '#src/plan/managed-labels.ts';
import { seedRepo, type FakeSeed, type RepoSeed } from '#test/support/fake-github/index.ts';
import { PERSON_READY, READY, VAGUE } from '#test/support/scenario-issues.ts';

export { PERSON_READY, READY, VAGUE };

export const REPOSITORY = 'acme/webshop';

/** A fake GitHub seed with the three issues, acting as github-actions[bot] (the GITHUB_TOKEN identity). */
export const seedWith = (repo: Omit<RepoSeed, 'fullName'> = {}, options: { labels?: boolean } = {}): FakeSeed => ({
  actor: { login: 'github-actions[bot]', type: 'Bot' },
  repos: [
    seedRepo(REPOSITORY, {
      issues: [READY, VAGUE, PERSON_READY],
      // Managed labels already exist unless a test is about creating them.
      labels:
        options.labels === false
          ? ['ready']
          : managedLabels(defaultConfig()).map(({ name, color, description }) => ({ name, color, description })),
      ...repo,
    }),
  ],
});
