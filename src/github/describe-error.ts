// Octokit errors carry a status and response headers; people need what happened and the fix.
import type { RunStop } from './run-stop.ts';

type ErrorLike = {
  readonly status?: number;
  readonly name?: string;
  readonly message?: string;
  readonly cause?: unknown;
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

/** What a failed request came to, as far as the answer (or its absence) tells. */
export type FailureKind =
  | { readonly kind: 'no-answer'; readonly timedOut: boolean; readonly detail: string }
  | { readonly kind: 'server-error'; readonly status: number }
  | { readonly kind: 'rate-limit'; readonly reset: string | undefined }
  | { readonly kind: 'secondary-rate-limit'; readonly retryAfter: number | undefined }
  | { readonly kind: 'bad-credentials' }
  | { readonly kind: 'permission' }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'refused' }
  | { readonly kind: 'other' };

const header = (error: ErrorLike, name: string): string | undefined => {
  const value = error.response?.headers?.[name];
  return value === undefined ? undefined : String(value);
};

const asErrorLike = (error: unknown): ErrorLike =>
  (typeof error === 'object' && error !== null ? error : { message: String(error) }) as ErrorLike;

const errorTypes = (error: ErrorLike): string[] => (error.errors ?? []).flatMap((e) => (e.type ? [e.type] : []));

const resetTime = (error: ErrorLike): string | undefined => {
  const reset = Number(header(error, 'x-ratelimit-reset'));
  return Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000).toISOString() : undefined;
};

/**
 * Sorts a failure by what happened. Octokit reports a request that got no answer (time limit,
 * dropped connection) as status 500 without a response; that is not a server error.
 */
export const classifyFailure = (error: unknown): FailureKind => {
  const e = asErrorLike(error);
  const status = e.status;
  const message = e.message ?? '';
  const cause = asErrorLike(e.cause);
  const timedOut = e.name === 'TimeoutError' || cause.name === 'TimeoutError' || /time(d)? ?out/i.test(message);
  if (timedOut || e.name === 'AbortError' || (status === 500 && e.response === undefined))
    return { kind: 'no-answer', timedOut, detail: message };
  const limited = status === 403 || status === 429;
  if (/secondary rate limit/i.test(message) || (limited && header(e, 'retry-after') !== undefined)) {
    const retryAfter = Number(header(e, 'retry-after'));
    return { kind: 'secondary-rate-limit', retryAfter: Number.isFinite(retryAfter) ? retryAfter : undefined };
  }
  if (
    header(e, 'x-ratelimit-remaining') === '0' ||
    errorTypes(e).includes('RATE_LIMITED') ||
    /rate limit/i.test(message)
  )
    return { kind: 'rate-limit', reset: resetTime(e) };
  if (status === 401) return { kind: 'bad-credentials' };
  if (status === 403 || errorTypes(e).includes('FORBIDDEN') || /resource not accessible/i.test(message))
    return { kind: 'permission' };
  if (status === 404 || errorTypes(e).includes('NOT_FOUND')) return { kind: 'not-found' };
  if (status === 422) return { kind: 'refused' };
  if (status !== undefined && status >= 500) return { kind: 'server-error', status };
  return { kind: 'other' };
};

/** GraphQL errors name the problem in `errors[].message`; REST errors in `message`. */
const githubSays = (error: ErrorLike): string => {
  const messages = [...new Set((error.errors ?? []).map((e) => e.message).filter(Boolean))];
  const text = messages.length > 0 ? messages.join('; ') : (error.message ?? String(error));
  return text.length > 300 ? `${text.slice(0, 297)}...` : text;
};

/** How the request was sent: reads and most writes are retried by the client; comment-posting writes are sent once. */
export type SendOptions = {
  readonly access?: 'read' | 'write';
  /** False for a request sent once (it posts a comment or opens an issue, so re-sending could duplicate it). */
  readonly resent?: boolean;
};

const retryNote = (options: SendOptions): string =>
  options.resent === false
    ? '; it was sent once and not re-sent, because it posts a comment or opens an issue that GitHub may have created'
    : ', also when retried';

/**
 * A readable sentence for a failed GitHub request: `what` says what was attempted ("add labels to #42").
 * It says what happened (no answer, a server error, which rate limit and when to try again, a missing
 * permission), and for a write whether the change may have been made all the same.
 */
export const describeGitHubError = (
  error: unknown,
  what: string,
  access: 'read' | 'write' = 'write',
  options: Omit<SendOptions, 'access'> = {},
): string => {
  const e = asErrorLike(error);
  const failure = classifyFailure(error);
  const write = access === 'write';
  const maybeWritten = write ? ' The change may have been made all the same.' : '';
  const nothingWritten = write ? ' Nothing was written by this request.' : '';
  switch (failure.kind) {
    case 'no-answer':
      return `Could not ${what}: GitHub did not answer (${failure.timedOut ? 'the request timed out' : `the connection failed: ${failure.detail}`})${retryNote(options)}.${maybeWritten}`;
    case 'server-error':
      return `Could not ${what}: GitHub answered ${failure.status} (a server error)${retryNote(options)}.${maybeWritten}`;
    case 'rate-limit':
      return `Could not ${what}: the GitHub API rate limit is used up${failure.reset ? `; it resets at ${failure.reset}` : ''}.${nothingWritten}`;
    case 'secondary-rate-limit':
      return `Could not ${what}: GitHub's secondary rate limit (too many requests in a short time) refused it${failure.retryAfter !== undefined ? `, asking to wait ${failure.retryAfter} s` : ''}, and waiting did not get it through.${nothingWritten}`;
    case 'bad-credentials':
      return `Could not ${what}: GitHub rejected the credentials (401 Bad credentials). Check that the token is set, valid and not expired.`;
    case 'permission':
      return write
        ? `Could not ${what}: the token lacks issues: write permission (GitHub said: ${githubSays(e)}). Add \`permissions: issues: write\` to the workflow, or grant the app "Issues: Read and write".`
        : `Could not ${what}: the token may not read it (GitHub said: ${githubSays(e)}). Grant \`issues: read\` and \`contents: read\` (workflow permissions or app permissions).`;
    case 'not-found':
      return `Could not ${what}: GitHub says it does not exist (404) — the issue or comment was deleted or transferred, or the token cannot see the repository. It is skipped.`;
    case 'refused':
      return `Could not ${what}: GitHub refused the change (422: ${githubSays(e)}).`;
    case 'other':
      return `Could not ${what}: ${githubSays(e)}`;
  }
};

const NEXT_RUN =
  'The run stopped writing here; the next run re-reads the issues and writes only what is still missing (the explanation comment is found by its hidden marker, so it is never posted twice).';

/**
 * The run-wide stop a failed write calls for, or undefined when only this item failed: GitHub not
 * answering or answering 5xx, either rate limit, and a missing permission stop the whole run's writing
 * (the next item would meet the same answer). The message says what happened and what the next run does.
 */
export const stopForWrite = (
  error: unknown,
  what: string,
  options: Omit<SendOptions, 'access'> = {},
): RunStop | undefined => {
  const failure = classifyFailure(error);
  const sentence = describeGitHubError(error, what, 'write', options);
  switch (failure.kind) {
    case 'no-answer':
    case 'server-error':
      return { kind: failure.kind, message: `${sentence} ${NEXT_RUN}` };
    case 'rate-limit':
      return {
        kind: 'rate-limit',
        message: `${sentence} The run stopped writing here; the next run after the reset carries on where this one stopped.`,
      };
    case 'secondary-rate-limit':
      return { kind: 'secondary-rate-limit', message: `${sentence} ${NEXT_RUN}` };
    case 'permission':
    case 'bad-credentials':
      return {
        kind: 'permission',
        message: `${sentence} Nothing was written: the run stopped at the first refusal instead of trying every issue.`,
      };
    default:
      return undefined;
  }
};

/** Wraps any error from a GitHub call into a GitHubError with a readable message. */
export const toGitHubError = (
  error: unknown,
  what: string,
  access: 'read' | 'write' = 'write',
  options: Omit<SendOptions, 'access'> = {},
): GitHubError =>
  error instanceof GitHubError
    ? error
    : new GitHubError(describeGitHubError(error, what, access, options), asErrorLike(error).status, error);

/** True when the error says GitHub is not answering, struggling (5xx) or rate-limiting: stop writing for this run. */
export const isTransient = (error: unknown): boolean =>
  ['no-answer', 'server-error', 'rate-limit', 'secondary-rate-limit'].includes(classifyFailure(error).kind);
