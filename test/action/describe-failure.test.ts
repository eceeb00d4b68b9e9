import { describe, expect, it } from 'vitest';
import { describeFailure } from '#src/action/describe-failure.ts';

const httpError = (status: number, message: string, headers: Record<string, string> = {}) =>
  Object.assign(new Error(message), { status, response: { headers } });

describe('describeFailure', () => {
  it.each([
    [
      'a primary rate limit',
      httpError(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1795000000' }),
      /rate limit is used up \(it resets at 2026-.*\), so the run stopped/,
    ],
    [
      'bad credentials',
      httpError(401, 'Bad credentials'),
      /rejected the token \(401 Unauthorized\)\. Check the github-token input/,
    ],
    [
      'a missing permission',
      httpError(403, 'Resource not accessible by integration'),
      /permissions: issues: write, contents: read/,
    ],
    ['a server error', httpError(502, 'Bad Gateway'), /GitHub answered 502 \(a server error\), also when retried/],
    [
      'a secondary rate limit, without the primary reset time',
      httpError(403, 'You have exceeded a secondary rate limit.', {
        'retry-after': '60',
        'x-ratelimit-reset': '1795000000',
      }),
      /^GitHub's secondary rate limit \(too many requests in a short time\) stopped the run; GitHub asked to wait 60 s\.(?!.*resets)/,
    ],
    [
      'a dropped connection, which Octokit reports as a 500 without an answer',
      Object.assign(new Error('other side closed'), { status: 500 }),
      /^GitHub did not answer \(the connection failed\)/,
    ],
    [
      'a timeout',
      Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' }),
      /^GitHub did not answer \(the request timed out\), also when retried/,
    ],
    ['anything else', new Error('socket hang up'), /^Backlog Hygiene failed: socket hang up$/],
  ])('explains %s with the fix', (_name, error, expected) => {
    expect(describeFailure(error)).toMatch(expected);
  });

  it("passes on the gateway's own readable message", () => {
    const error = Object.assign(new Error('Could not update #4: the token lacks issues: write permission.'), {
      name: 'GitHubError',
      status: 403,
    });
    expect(describeFailure(error)).toBe('Could not update #4: the token lacks issues: write permission.');
  });
});
