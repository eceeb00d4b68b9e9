import { RequestError } from 'octokit';
import { describe, expect, it } from 'vitest';
import { describeGitHubError, GitHubError, isTransient, toGitHubError } from '#src/github/describe-error.ts';

const httpError = (status: number, message: string, headers: Record<string, string> = {}) =>
  new RequestError(message, status, {
    request: { method: 'POST', url: 'https://api.github.com/graphql', headers: { authorization: 'token secret' } },
    response: { status, url: 'https://api.github.com/graphql', headers, data: { message } },
  });

describe('describeGitHubError', () => {
  it.each([
    [
      httpError(401, 'Bad credentials'),
      /add labels to #42: GitHub rejected the credentials \(401 Bad credentials\)\. Check that the token is set/,
    ],
    [
      httpError(403, 'Resource not accessible by integration'),
      /the token lacks issues: write permission .*Add `permissions: issues: write` to the workflow/,
    ],
    [
      { errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }] },
      /lacks issues: write permission/,
    ],
    [httpError(404, 'Not Found'), /does not exist \(404\) — the issue or comment was deleted or transferred/],
    [
      { errors: [{ type: 'NOT_FOUND', message: "Could not resolve to a node with the global id of 'IC_x'" }] },
      /does not exist \(404\)/,
    ],
    [httpError(502, 'Bad Gateway'), /GitHub returned 502 even after retries; the rest is left for the next run/],
    [
      httpError(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1795000000' }),
      /rate limit is exhausted\. It resets at 2026-11-18T11:06:40\.000Z/,
    ],
    [httpError(403, 'You have exceeded a secondary rate limit'), /rate limit is exhausted/],
    [httpError(422, 'Validation Failed'), /GitHub refused the change \(422: Validation Failed\)/],
    [new Error('fetch failed'), /add labels to #42: fetch failed/],
  ])('explains %# with the problem and the fix', (error, expected) => {
    expect(describeGitHubError(error, 'add labels to #42')).toMatch(expected);
  });

  it('gives read failures a read permission hint', () => {
    expect(
      describeGitHubError(
        httpError(403, 'Resource not accessible by integration'),
        'list the open issues of acme/webshop',
        'read',
      ),
    ).toMatch(
      /Could not list the open issues of acme\/webshop: the token may not read it .*Grant `issues: read` and `contents: read`/,
    );
  });

  it('never leaks the token, and keeps the original error as the cause', () => {
    const original = httpError(401, 'Bad credentials');
    const wrapped = toGitHubError(original, 'read issue #7', 'read');
    expect(wrapped).toBeInstanceOf(GitHubError);
    expect(wrapped.status).toBe(401);
    expect(wrapped.cause).toBe(original);
    expect(wrapped.message).not.toContain('secret');
    expect(toGitHubError(wrapped, 'something else')).toBe(wrapped);
  });

  it.each([
    [httpError(503, 'Service Unavailable'), true],
    [httpError(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0' }), true],
    [httpError(403, 'Resource not accessible by integration'), false],
    [httpError(404, 'Not Found'), false],
  ])('isTransient case %# is %s', (error, expected) => {
    expect(isTransient(error)).toBe(expected);
  });
});
