// Octokit errors carry a status and response headers; people need the problem and the fix.

type ErrorLike = {
  readonly status?: number;
  readonly message?: string;
  readonly response?: { readonly headers?: Record<string, string | number | undefined>; readonly data?: unknown };
  readonly errors?: readonly { readonly type?: string; readonly message?: string }[];
};

/** An error from GitHub, with a message that names what failed and what to do. `cause` is the Octokit error. */
export class GitHubError extends Error {
  override readonly name = 'GitHubError';
  readonly status: number | undefined;
  constructor(message: string, status: number | undefined, cause: unknown) {
    super(message, { cause });
    this.status = status;
  }
}

const header = (error: ErrorLike, name: string): string | undefined => {
  const value = error.response?.headers?.[name];
  return value === undefined ? undefined : String(value);
};

const resetTime = (error: ErrorLike): string => {
  const reset = Number(header(error, 'x-ratelimit-reset'));
  return Number.isFinite(reset) && reset > 0 ? ` It resets at ${new Date(reset * 1000).toISOString()}.` : '';
};

const isRateLimited = (error: ErrorLike): boolean =>
  header(error, 'x-ratelimit-remaining') === '0' ||
  (error.errors ?? []).some((e) => e.type === 'RATE_LIMITED') ||
  /rate limit/i.test(error.message ?? '');

/** GraphQL errors name the problem in `errors[].message`; REST errors in `message`. */
const githubSays = (error: ErrorLike): string => {
  const messages = (error.errors ?? []).map((e) => e.message).filter(Boolean);
  const text = messages.length > 0 ? messages.join('; ') : (error.message ?? String(error));
  return text.length > 300 ? `${text.slice(0, 297)}...` : text;
};

/**
 * A readable sentence for a failed GitHub request: `what` says what was attempted ("add labels to #42").
 * Covers bad credentials, missing permissions, rate limits (with the reset time), missing issues and 5xx.
 */
export const describeGitHubError = (error: unknown, what: string, access: 'read' | 'write' = 'write'): string => {
  const e = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as ErrorLike;
  const status = e.status;
  if (isRateLimited(e))
    return `Could not ${what}: the GitHub API rate limit is exhausted.${resetTime(e)} The rest is left for the next run.`;
  if (status === 401)
    return `Could not ${what}: GitHub rejected the credentials (401 Bad credentials). Check that the token is set, valid and not expired.`;
  if (
    status === 403 ||
    (e.errors ?? []).some((x) => x.type === 'FORBIDDEN') ||
    /resource not accessible/i.test(e.message ?? '')
  ) {
    return access === 'write'
      ? `Could not ${what}: the token lacks issues: write permission (GitHub said: ${githubSays(e)}). Add \`permissions: issues: write\` to the workflow, or grant the app "Issues: Read and write".`
      : `Could not ${what}: the token may not read it (GitHub said: ${githubSays(e)}). Grant \`issues: read\` and \`contents: read\` (workflow permissions or app permissions).`;
  }
  if (status === 404 || (e.errors ?? []).some((x) => x.type === 'NOT_FOUND')) {
    return `Could not ${what}: GitHub says it does not exist (404) — the issue or comment was deleted or transferred, or the token cannot see the repository. It is skipped.`;
  }
  if (status === 422) return `Could not ${what}: GitHub refused the change (422: ${githubSays(e)}).`;
  if (status !== undefined && status >= 500)
    return `Could not ${what}: GitHub returned ${status} even after retries; the rest is left for the next run.`;
  return `Could not ${what}: ${githubSays(e)}`;
};

/** Wraps any error from a GitHub call into a GitHubError with a readable message. */
export const toGitHubError = (error: unknown, what: string, access: 'read' | 'write' = 'write'): GitHubError =>
  error instanceof GitHubError
    ? error
    : new GitHubError(describeGitHubError(error, what, access), (error as ErrorLike | null)?.status, error);

/** True when the error says GitHub is struggling (5xx) or rate-limiting: stop writing for this run. */
export const isTransient = (error: unknown): boolean => {
  const e = (error ?? {}) as ErrorLike;
  return isRateLimited(e) || (e.status !== undefined && e.status >= 500);
};
