import { classifyFailure } from '#src/github/describe-error.ts';

const NEXT_RUN = 'Nothing was half-applied: re-run the job, or let the next run pick up where this one stopped.';

/**
 * What went wrong, in words a maintainer can act on, for `core.setFailed`: errors the gateway already
 * described pass through; raw ones are sorted the same way the gateway sorts them (no answer, 5xx,
 * which rate limit, credentials, permission).
 */
export const describeFailure = (error: unknown): string => {
  const err = error as { message?: string; name?: string; status?: number } | null;
  const message = err?.message ?? String(error);
  // The gateway already turned GitHub's answer into a sentence with the fix.
  if (err?.name === 'GitHubError' || err?.name === 'RunStoppedError') return message;
  const failure = classifyFailure(error);
  switch (failure.kind) {
    case 'rate-limit':
      return `GitHub's API rate limit is used up${failure.reset ? ` (it resets at ${failure.reset})` : ''}, so the run stopped. ${NEXT_RUN} Lower max-writes or run the schedule less often. (${message})`;
    case 'secondary-rate-limit':
      return `GitHub's secondary rate limit (too many requests in a short time) stopped the run${failure.retryAfter !== undefined ? `; GitHub asked to wait ${failure.retryAfter} s` : ''}. ${NEXT_RUN} (${message})`;
    case 'bad-credentials':
      return `GitHub rejected the token (401 Unauthorized). Check the github-token input: the default \${{ github.token }} works. (${message})`;
    case 'permission':
    case 'not-found':
      return `The token is not allowed to do this (${err?.status ?? failure.kind}): give the workflow \`permissions: issues: write, contents: read\`, or pass a token that can write issues in this repository. (${message})`;
    case 'server-error':
      return `GitHub answered ${failure.status} (a server error), also when retried. ${NEXT_RUN} (${message})`;
    case 'no-answer':
      return `GitHub did not answer (${failure.timedOut ? 'the request timed out' : 'the connection failed'}), also when retried. ${NEXT_RUN} (${message})`;
    default:
      return `Backlog Hygiene failed: ${message}`;
  }
};
