import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createOctokit, graphqlUrl } from '#src/github/create-octokit.ts';
import { seedRepo, startFakeGitHub, type FakeGitHub } from '#test/support/fake-github/index.ts';

// Throttling is on here (it is what is tested) with retry-after scaled to milliseconds. Only REST
// GETs are used: the throttle plugin spaces GraphQL requests a second apart.

const lines: string[] = [];
const log = {
  debug: () => {},
  info: (l: string) => lines.push(l),
  warn: (l: string) => lines.push(l),
  error: () => {},
};

describe('graphqlUrl', () => {
  it.each([
    ['https://api.github.com', 'https://api.github.com/graphql'],
    ['https://ghe.example.com/api/v3', 'https://ghe.example.com/api/graphql'],
    ['https://ghe.example.com/api/v3/', 'https://ghe.example.com/api/graphql'],
    ['http://127.0.0.1:4010', 'http://127.0.0.1:4010/graphql'],
  ])('%s → %s', (base, expected) => {
    expect(graphqlUrl(base)).toBe(expected);
  });
});

describe('createOctokit against the fake GitHub', () => {
  let fake: FakeGitHub;
  beforeAll(async () => {
    fake = await startFakeGitHub({ seed: { repos: [seedRepo('acme/webshop')] } });
  });
  afterAll(() => fake.close());
  afterEach(() => {
    fake.reset();
    lines.length = 0;
  });
  const octokit = () => createOctokit({ token: 't', baseUrl: fake.url, retryAfterBaseMs: 1, log });
  const repoGets = () => fake.requests.filter((r) => r.path === '/repos/acme/webshop');

  it('waits and retries up to twice on a secondary rate limit', async () => {
    fake.failNext({ match: (r) => r.path === '/repos/acme/webshop', status: 403, retryAfter: 3, times: 2 });
    const { data } = await octokit().request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'webshop' });
    expect(data.full_name).toBe('acme/webshop');
    expect(repoGets()).toHaveLength(3);
    expect(lines.filter((l) => l.includes('secondary rate limit hit; waiting 3 s'))).toHaveLength(2);
  });

  it('gives up after the third secondary rate limit in a row', async () => {
    fake.failNext({ match: (r) => r.path === '/repos/acme/webshop', status: 429, retryAfter: 1, times: 3 });
    await expect(
      octokit().request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'webshop' }),
    ).rejects.toMatchObject({ status: 429 });
    expect(repoGets()).toHaveLength(3);
  });

  it('retries a 502 with the retry plugin', async () => {
    fake.failNext({ match: (r) => r.path === '/repos/acme/webshop', status: 502, times: 1 });
    const { data } = await octokit().request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'webshop' });
    expect(data.name).toBe('webshop');
    expect(repoGets()).toHaveLength(2);
  });
});

describe('createOctokit: primary rate limit', () => {
  afterEach(() => {
    nock.cleanAll();
    lines.length = 0;
  });
  const exhausted = (resetInSeconds: number) => ({
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + resetInSeconds),
  });
  const octokit = () => createOctokit({ token: 't', baseUrl: 'https://api.github.com', retryAfterBaseMs: 1, log });

  it('retries once when the reset is less than a minute away', async () => {
    const scope = nock('https://api.github.com')
      .get('/repos/acme/webshop')
      .reply(403, { message: 'API rate limit exceeded' }, exhausted(5))
      .get('/repos/acme/webshop')
      .reply(200, { name: 'webshop' });
    const { data } = await octokit().request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'webshop' });
    expect(data.name).toBe('webshop');
    expect(scope.isDone()).toBe(true);
  });

  it('stops when the reset is a minute or more away, saying so', async () => {
    nock('https://api.github.com')
      .get('/repos/acme/webshop')
      .reply(403, { message: 'API rate limit exceeded' }, exhausted(1800));
    await expect(
      octokit().request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'webshop' }),
    ).rejects.toMatchObject({ status: 403 });
    expect(lines).toEqual([
      expect.stringMatching(/rate limit exhausted for GET .*; it resets in \d+ s, so the run stops here/),
    ]);
  });
});
