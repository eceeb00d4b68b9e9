import { RequestError } from 'octokit';
import { describe, expect, it } from 'vitest';
import {
  describeGitHubError,
  GitHubError,
  isTransient,
  stopForWrite,
  toGitHubError,
} from '#src/github/describe-error.ts';

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
    [
      httpError(502, 'Bad Gateway'),
      /GitHub answered 502 \(a server error\), also when retried\. The change may have been made all the same\./,
    ],
    [
      httpError(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1795000000' }),
      /the GitHub API rate limit is used up; it resets at 2026-11-18T11:06:40\.000Z\. Nothing was written by this request\./,
    ],
    [
      // GitHub sends the primary limit's headers with a secondary limit too; its reset is not when to try again.
      httpError(403, 'You have exceeded a secondary rate limit', {
        'retry-after': '60',
        'x-ratelimit-remaining': '4000',
        'x-ratelimit-reset': '1795000000',
      }),
      /^Could not add labels to #42: GitHub's secondary rate limit \(too many requests in a short time\) refused it, asking to wait 60 s, and waiting did not get it through\. Nothing was written by this request\.$/,
    ],
    [
      Object.assign(
        new RequestError('other side closed', 500, { request: { method: 'POST', url: 'x', headers: {} } }),
        {},
      ),
      /GitHub did not answer \(the connection failed: other side closed\), also when retried\. The change may have been made all the same\./,
    ],
    [httpError(422, 'Validation Failed'), /GitHub refused the change \(422: Validation Failed\)/],
    [new Error('fetch failed'), /add labels to #42: fetch failed/],
  ])('explains %# with the problem and the fix', (error, expected) => {
    expect(describeGitHubError(error, 'add labels to #42')).toMatch(expected);
  });

  it('says a request sent once was not re-sent, instead of "also when retried"', () => {
    expect(describeGitHubError(httpError(502, 'Bad Gateway'), 'update #2, #3', 'write', { resent: false })).toBe(
      'Could not update #2, #3: GitHub answered 502 (a server error); it was sent once and not re-sent, because it posts a comment or opens an issue that GitHub may have created. The change may have been made all the same.',
    );
  });

  it.each([
    [
      'a persistent 5xx',
      httpError(502, 'Bad Gateway'),
      'server-error',
      /re-reads the issues and writes only what is still missing/,
    ],
    [
      'no answer',
      new RequestError('socket hang up', 500, { request: { method: 'POST', url: 'x', headers: {} } }),
      'no-answer',
      /never posted twice/,
    ],
    [
      'a primary limit',
      httpError(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0' }),
      'rate-limit',
      /after the reset carries on/,
    ],
    [
      'a secondary limit',
      httpError(403, 'You have exceeded a secondary rate limit', { 'retry-after': '30' }),
      'secondary-rate-limit',
      /wait 30 s/,
    ],
    [
      'a 403 refusal',
      httpError(403, 'Resource not accessible by integration'),
      'permission',
      /`permissions: issues: write`.*stopped at the first refusal/,
    ],
    [
      'GraphQL FORBIDDEN',
      { errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }] },
      'permission',
      /issues: write/,
    ],
  ])('stops the run on %s, saying what the next run does', (_name, error, kind, message) => {
    const stop = stopForWrite(error, 'update #2');
    expect(stop?.kind).toBe(kind);
    expect(stop?.message).toMatch(message);
  });

  it.each([
    ['a 422', httpError(422, 'Validation Failed')],
    ['a missing comment', { errors: [{ type: 'NOT_FOUND', message: 'Could not resolve' }] }],
  ])('does not stop the run on %s (only that item failed)', (_name, error) => {
    expect(stopForWrite(error, 'update #2')).toBeUndefined();
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
