import { describe, expect, it } from 'vitest';
import { describeFailure } from '#src/action/describe-failure.ts';

const httpError = (status: number, message: string, headers: Record<string, string> = {}) =>
  Object.assign(new Error(message), { status, response: { headers } });

describe('describeFailure', () => {
  it.each([
    [
      'a primary rate limit',
      httpError(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1795000000' }),
      /rate limit stopped the run \(it resets at 2026-/,
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
    ['a server error', httpError(502, 'Bad Gateway'), /GitHub answered 502 \(a server error\) even after retries/],
    [
      'a timeout',
      Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' }),
      /timed out even after retries/,
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
