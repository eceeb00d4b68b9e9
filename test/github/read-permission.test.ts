import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOctokit } from '#src/github/create-octokit.ts';
import type { GitHubClient } from '#src/github/github-client.ts';
import { createOctokitGateway } from '#src/github/octokit-gateway.ts';
import { seedRepo, startFakeGitHub, type FakeGitHub } from '#test/support/fake-github/index.ts';

let fake: FakeGitHub;
beforeAll(async () => {
  fake = await startFakeGitHub({
    seed: {
      repos: [
        seedRepo('acme/webshop', {
          collaborators: {
            'admin-ada': 'admin',
            'maintainer-maria': 'maintain',
            'writer-will': 'write',
            'triager-tom': 'triage',
            'reader-rita': 'read',
          },
        }),
      ],
    },
  });
});
afterAll(() => fake.close());

const gatewayOn = (octokit: GitHubClient) =>
  createOctokitGateway({ octokit, owner: 'acme', repo: 'webshop', selfLogins: ['github-actions[bot]'] });
const httpError = (status: number) =>
  Object.assign(new Error(status === 404 ? 'Not Found' : 'Server Error'), { status });
/** A client whose every REST call fails with the given status, for answers the fake never gives. */
const failing = (status: number): GitHubClient => ({
  graphql: async () => {
    throw httpError(status);
  },
  request: async () => {
    throw httpError(status);
  },
});

describe('OctokitGateway.canWrite', () => {
  it.each([
    ['admin-ada', true],
    ['maintainer-maria', true],
    ['writer-will', true],
    ['triager-tom', false],
    ['reader-rita', false],
    ['someone-outside', false],
  ])('answers %s → %s with one REST read', async (login, expected) => {
    const gateway = gatewayOn(createOctokit({ token: 'test-token', baseUrl: fake.url, retry: false, throttle: false }));
    fake.reset();
    expect(await gateway.canWrite(login)).toBe(expected);
    expect(gateway.stats()).toEqual({ reads: 1, writes: 0 });
    expect(fake.requests.map((request) => request.path)).toEqual([
      `/repos/acme/webshop/collaborators/${login}/permission`,
    ]);
  });

  it('says no for someone GitHub does not know as a collaborator (404)', async () => {
    expect(await gatewayOn(failing(404)).canWrite('ghost')).toBe(false);
  });

  it('passes other failures on with a readable message', async () => {
    await expect(gatewayOn(failing(500)).canWrite('maintainer-maria')).rejects.toThrow(
      /read @maintainer-maria's permission on acme\/webshop/,
    );
  });
});
