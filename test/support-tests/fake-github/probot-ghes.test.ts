import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Probot } from 'probot';
import { startFakeGitHub, type FakeGitHub } from '#test/support/fake-github/index.ts';
import { backlogSeed } from './fixture.ts';

// Probot pointed at the fake the way the app's end-to-end tests do it: GHES-style base URL
// (what GHE_HOST=127.0.0.1:PORT GHE_PROTOCOL=http produces), a throwaway private key.

let fake: FakeGitHub;
beforeAll(async () => {
  fake = await startFakeGitHub({ seed: backlogSeed });
});
afterAll(() => fake.close());

const privateKey = generateKeyPairSync('rsa', { modulusLength: 2048 })
  .privateKey.export({ type: 'pkcs1', format: 'pem' })
  .toString();

describe('Probot against the fake (GHES paths)', () => {
  it('authenticates as an installation and uses REST and GraphQL under /api/v3 and /api/graphql', async () => {
    const probot = new Probot({ appId: 1, privateKey, baseUrl: `${fake.url}/api/v3`, logLevel: 'fatal' });
    const octokit = await probot.auth(1);
    const { data: repos } = await octokit.request('GET /installation/repositories');
    expect(repos.repositories.map((repo) => repo.full_name)).toEqual(['acme/shop']);
    const issues = await octokit.paginate('GET /repos/{owner}/{repo}/issues', {
      owner: 'acme',
      repo: 'shop',
      state: 'all',
      per_page: 2,
    });
    expect(issues.map((issue) => issue.number)).toEqual([3, 2, 1]);
    const result = await octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
    expect(result.viewer.login).toBe('backlog-hygiene');
    expect(fake.requests.map((request) => `${request.method} ${request.template ?? request.path}`)).toEqual([
      'POST /app/installations/{installation_id}/access_tokens',
      'GET /installation/repositories',
      'GET /repos/{owner}/{repo}/issues',
      'GET /repos/{owner}/{repo}/issues',
      'POST /graphql',
    ]);
  });
});
