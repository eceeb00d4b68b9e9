import { afterEach, describe, expect, it } from 'vitest';
import { createOctokit } from '#src/github/create-octokit.ts';
import {
  findRepo,
  NOT_ACCESSIBLE_MESSAGE,
  PRIMARY_RATE_LIMIT_MESSAGE,
  SECONDARY_RATE_LIMIT_MESSAGE,
  startFakeGitHub,
  type FakeGitHub,
} from '#test/support/fake-github/index.ts';
import { backlogSeed } from './fixture.ts';

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const get = (path: string, init: RequestInit = {}) => fetch(`${fake!.url}${path}`, init);

describe('fake GitHub failure injection', () => {
  it.each([
    [502, 'Server Error'],
    [500, 'Server Error'],
    [403, SECONDARY_RATE_LIMIT_MESSAGE],
    [429, SECONDARY_RATE_LIMIT_MESSAGE],
  ] as const)('answers %i once, then normally', async (status, message) => {
    fake = await startFakeGitHub({ seed: backlogSeed });
    fake.failNext({ status, retryAfter: 7 });
    const failed = await get('/repos/acme/shop');
    expect(failed.status).toBe(status);
    expect(failed.headers.get('retry-after')).toBe('7');
    expect(((await failed.json()) as { message: string }).message).toBe(message);
    expect((await get('/repos/acme/shop')).status).toBe(200);
    expect(fake.requests.map((request) => request.injected)).toEqual([true, false]);
  });

  it('fails only matching requests, as many times as asked', async () => {
    fake = await startFakeGitHub({ seed: backlogSeed });
    fake.failNext({ status: 502, times: 2, match: (request) => request.kind === 'write' });
    expect((await get('/repos/acme/shop/issues/1')).status).toBe(200);
    const post = () =>
      get('/repos/acme/shop/issues/1/comments', { method: 'POST', body: JSON.stringify({ body: 'hi' }) });
    expect([(await post()).status, (await post()).status, (await post()).status]).toEqual([502, 502, 201]);
  });

  it('lets Octokit retry a secondary rate limit and succeed', async () => {
    fake = await startFakeGitHub({ seed: backlogSeed });
    fake.failNext({ status: 403, retryAfter: 1 });
    const octokit = createOctokit({ token: 'test', baseUrl: fake.url, retryAfterBaseMs: 1 });
    const { data } = await octokit.rest.issues.get({ owner: 'acme', repo: 'shop', issue_number: 1 });
    expect(data.title).toBe('Export the monthly invoice list as CSV');
    expect(fake.requests.map((request) => request.status)).toEqual([403, 200]);
  });

  it('marks a primary rate limit with remaining 0 and a reset time, without retry-after', async () => {
    fake = await startFakeGitHub({ seed: backlogSeed });
    fake.failNext({ status: 403, primary: true, retryAfter: 120 });
    const response = await get('/repos/acme/shop');
    expect(response.status).toBe(403);
    expect(response.headers.get('retry-after')).toBeNull();
    expect(response.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(response.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000 + 60);
    expect(((await response.json()) as { message: string }).message).toBe(PRIMARY_RATE_LIMIT_MESSAGE);
  });

  it('holds a hung request open until the client gives up, and still closes', async () => {
    fake = await startFakeGitHub({ seed: backlogSeed });
    fake.failNext({ status: 502, hang: true });
    await expect(get('/repos/acme/shop', { signal: AbortSignal.timeout(100) })).rejects.toThrow();
    expect(fake.requests[0]?.status).toBeUndefined();
  });

  it('drops the connection without an answer', async () => {
    fake = await startFakeGitHub({ seed: backlogSeed });
    fake.failNext({ status: 502, drop: true });
    await expect(get('/repos/acme/shop')).rejects.toThrow(/fetch failed/);
    expect(fake.requests[0]?.injected).toBe(true);
    expect(fake.requests[0]?.status).toBeUndefined();
  });

  it('carries a write out before failing it, so the client cannot know it happened', async () => {
    fake = await startFakeGitHub({ seed: backlogSeed });
    fake.failNext({ status: 502, afterWrite: true });
    const post = await get('/repos/acme/shop/issues/1/comments', {
      method: 'POST',
      body: JSON.stringify({ body: 'posted anyway' }),
    });
    expect(post.status).toBe(502);
    const issue = findRepo(fake.state, 'acme', 'shop')!.issues.find((candidate) => candidate.number === 1)!;
    expect(issue.comments.map((comment) => comment.body)).toContain('posted anyway');
  });

  it('answers a GraphQL mutation the token may not run with 200 and a FORBIDDEN error per field, and REST with 403', async () => {
    fake = await startFakeGitHub({ seed: backlogSeed });
    fake.failNext({ status: 403, forbidden: true, times: 2 });
    const graphql = await get('/graphql', {
      method: 'POST',
      body: JSON.stringify({
        query:
          'mutation M { a0: addComment(input: { subjectId: "x", body: "y" }) { clientMutationId } b1: deleteIssueComment(input: { id: "z" }) { clientMutationId } }',
      }),
    });
    expect(graphql.status).toBe(200);
    expect(await graphql.json()).toMatchObject({
      data: { a0: null, b1: null },
      errors: [
        { type: 'FORBIDDEN', path: ['a0'], message: NOT_ACCESSIBLE_MESSAGE },
        { type: 'FORBIDDEN', path: ['b1'], message: NOT_ACCESSIBLE_MESSAGE },
      ],
    });
    const rest = await get('/repos/acme/shop/issues', { method: 'POST', body: JSON.stringify({ title: 't' }) });
    expect(rest.status).toBe(403);
    expect(((await rest.json()) as { message: string }).message).toBe(NOT_ACCESSIBLE_MESSAGE);
  });

  it('requires authorization when asked', async () => {
    fake = await startFakeGitHub({ seed: backlogSeed, requireAuth: true });
    expect((await get('/repos/acme/shop')).status).toBe(401);
    expect((await get('/repos/acme/shop', { headers: { authorization: 'token x' } })).status).toBe(200);
  });
});
