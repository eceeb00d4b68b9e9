/** What went wrong, in words a maintainer can act on, for `core.setFailed`. */
export const describeFailure = (error: unknown): string => {
  const err = error as {
    status?: number;
    message?: string;
    name?: string;
    response?: { headers?: Record<string, string | undefined> };
    errors?: { type?: string }[];
  };
  const status = typeof err?.status === 'number' ? err.status : undefined;
  const message = err?.message ?? String(error);
  const headers = err?.response?.headers ?? {};
  const graphqlType = err?.errors?.[0]?.type;
  // The gateway already turned GitHub's answer into a sentence with the fix.
  if (err?.name === 'GitHubError') return message;
  if (
    graphqlType === 'RATE_LIMITED' ||
    ((status === 403 || status === 429) && (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(message)))
  ) {
    const reset = headers['x-ratelimit-reset']
      ? ` (it resets at ${new Date(Number(headers['x-ratelimit-reset']) * 1000).toISOString()})`
      : '';
    return `GitHub's API rate limit stopped the run${reset}. Nothing was half-applied: items not reached are picked up on the next run. Lower max-writes or run the schedule less often. (${message})`;
  }
  if (status === 401)
    return `GitHub rejected the token (401 Unauthorized). Check the github-token input: the default \${{ github.token }} works. (${message})`;
  if (status === 403 || status === 404 || graphqlType === 'FORBIDDEN' || graphqlType === 'NOT_FOUND') {
    return `The token is not allowed to do this (${status ?? graphqlType}): give the workflow \`permissions: issues: write, contents: read\`, or pass a token that can write issues in this repository. (${message})`;
  }
  if (status !== undefined && status >= 500) {
    return `GitHub answered ${status} (a server error) even after retries. Nothing was half-applied; re-run the job, and the run picks up where it stopped. (${message})`;
  }
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError' || /timed? ?out|aborted/i.test(message)) {
    return `A request to GitHub timed out even after retries. Nothing was half-applied; re-run the job, and the run picks up where it stopped. (${message})`;
  }
  return `Backlog Hygiene failed: ${message}`;
};
