import { stopForWrite, toGitHubError } from './describe-error.ts';
import type { GitHubLog } from './create-octokit.ts';
import { createRunBrake, type RunBrake } from './run-stop.ts';

/**
 * The two Octokit methods the gateway uses. Structural, so an Octokit from `octokit`, Probot's
 * `context.octokit` or @actions/github's `getOctokit()` all fit without version coupling.
 */
export type GitHubClient = {
  readonly graphql: <T>(query: string, parameters?: Record<string, unknown>) => Promise<T>;
  readonly request: (route: string, parameters?: Record<string, unknown>) => Promise<{ readonly data: unknown }>;
};

/** One GraphQL error as GitHub reports it. */
export type GraphqlError = {
  readonly type?: string;
  readonly message?: string;
  readonly path?: readonly (string | number)[];
};

/** The parts of @octokit/graphql's GraphqlResponseError we read: GitHub answers partial data next to errors. */
type PartialResponse = { readonly data?: unknown; readonly errors?: readonly GraphqlError[] };

/** The errors and partial data of a GraphQL response error, or undefined for transport errors (HTTP status, network). */
export const graphqlFailure = (error: unknown): { data: unknown; errors: readonly GraphqlError[] } | undefined => {
  const e = error as PartialResponse | null;
  return e && Array.isArray(e.errors) ? { data: e.data ?? undefined, errors: e.errors } : undefined;
};

/** Counts requests as reads or writes and turns failures into readable GitHubErrors. */
export type CountingClient = {
  /** A GraphQL query (1 read). `tolerate` lists errors whose partial data is good enough (e.g. NOT_FOUND). */
  read<T>(
    document: string,
    variables: Record<string, unknown>,
    what: string,
    tolerate?: (error: GraphqlError) => boolean,
  ): Promise<T>;
  /**
   * A GraphQL mutation (1 write); errors are passed through raw so callers can attribute them per
   * alias. Refused without sending once the run has stopped; a failure that must stop the run (see
   * `stopForWrite`) stops it before the error reaches the caller. `retry: false` sends it once.
   */
  mutate<T>(
    document: string,
    variables: Record<string, unknown>,
    options: { readonly what: string; readonly retry?: boolean },
  ): Promise<T>;
  /** A REST call (GET counts as a read, anything else as a write, refused and stopping like `mutate`). */
  rest<T>(route: string, parameters: Record<string, unknown>, what: string): Promise<T>;
  stats(): { reads: number; writes: number };
  /** Points spent and GitHub's last meter reading. */
  points(): { points: number; mutations: number; remaining?: number; resetAt?: string };
  readonly log: GitHubLog;
  /** The run's stop switch: every write of the run checks it first. */
  readonly brake: RunBrake;
};

type RateLimit = { readonly cost?: number; readonly remaining?: number; readonly resetAt?: string };

const rateLimitOf = (data: unknown): RateLimit | undefined => {
  const value = (data as { rateLimit?: RateLimit | null } | null | undefined)?.rateLimit;
  return value && typeof value.cost === 'number' ? value : undefined;
};

// REST writes sent with `request.retries: 0` (opening an issue, posting a comment) are not re-sent on a 5xx.
const sentOnce = (parameters: Record<string, unknown>): boolean =>
  (parameters.request as { retries?: number } | undefined)?.retries === 0;

/**
 * Wraps a client with request accounting and the run's brake; retries inside Octokit are not
 * counted again. Pass the run's brake to share one stop between several clients.
 */
export const countingClient = (
  client: GitHubClient,
  log: GitHubLog,
  brake: RunBrake = createRunBrake(),
): CountingClient => {
  let reads = 0;
  let writes = 0;
  let points = 0;
  let mutations = 0;
  let meter: RateLimit | undefined;
  // Every query asks for rateLimit (queries.ts); one that does not (a caller's own) is counted as 1, GitHub's minimum.
  const charge = (data: unknown) => {
    const limit = rateLimitOf(data);
    points += limit?.cost ?? 1;
    if (limit) meter = limit;
  };
  const stopOn = (error: unknown, what: string, resent: boolean): void => {
    const stop = stopForWrite(error, what, { resent });
    if (stop) brake.stop(stop);
  };
  return {
    log,
    brake,
    async read<T>(
      document: string,
      variables: Record<string, unknown>,
      what: string,
      tolerate?: (error: GraphqlError) => boolean,
    ) {
      reads += 1;
      try {
        const data = await client.graphql<T>(document, variables);
        charge(data);
        return data;
      } catch (error) {
        const failure = graphqlFailure(error);
        charge(failure?.data);
        // tolerate sees every error first, so callers learn what went wrong even when no data came back.
        if (failure && tolerate && failure.errors.map(tolerate).every(Boolean) && failure.data)
          return failure.data as T;
        throw toGitHubError(error, what, 'read');
      }
    },
    async mutate<T>(
      document: string,
      variables: Record<string, unknown>,
      options: { readonly what: string; readonly retry?: boolean },
    ) {
      brake.check(options.what);
      writes += 1;
      // GitHub does not report a mutation's cost in its answer; a mutation costs at least a point.
      points += 1;
      mutations += 1;
      // A retried addComment after a 502 can post the comment twice; such batches are sent once.
      const request = options.retry === false ? { request: { retries: 0 } } : {};
      try {
        return await client.graphql<T>(document, { ...variables, ...request });
      } catch (error) {
        stopOn(error, options.what, options.retry !== false);
        throw error;
      }
    },
    async rest<T>(route: string, parameters: Record<string, unknown>, what: string) {
      const isRead = route.startsWith('GET ');
      if (!isRead) brake.check(what);
      if (isRead) reads += 1;
      else writes += 1;
      try {
        return (await client.request(route, parameters)).data as T;
      } catch (error) {
        if (isRead) throw toGitHubError(error, what, 'read');
        const resent = !sentOnce(parameters);
        stopOn(error, what, resent);
        throw toGitHubError(error, what, 'write', { resent });
      }
    },
    stats: () => ({ reads, writes }),
    points: () => ({
      points,
      mutations,
      ...(meter?.remaining !== undefined && { remaining: meter.remaining }),
      ...(meter?.resetAt !== undefined && { resetAt: meter.resetAt }),
    }),
  };
};
