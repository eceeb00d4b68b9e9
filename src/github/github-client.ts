import { toGitHubError } from './describe-error.ts';
import type { GitHubLog } from './create-octokit.ts';

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
  /** A GraphQL mutation (1 write); errors are passed through raw so callers can attribute them per alias. */
  mutate<T>(document: string, variables: Record<string, unknown>, options?: { retry?: boolean }): Promise<T>;
  /** A REST call (GET counts as a read, anything else as a write). */
  rest<T>(route: string, parameters: Record<string, unknown>, what: string): Promise<T>;
  stats(): { reads: number; writes: number };
  /** Points spent and GitHub's last meter reading. */
  points(): { points: number; mutations: number; remaining?: number; resetAt?: string };
  readonly log: GitHubLog;
};

type RateLimit = { readonly cost?: number; readonly remaining?: number; readonly resetAt?: string };

const rateLimitOf = (data: unknown): RateLimit | undefined => {
  const value = (data as { rateLimit?: RateLimit | null } | null | undefined)?.rateLimit;
  return value && typeof value.cost === 'number' ? value : undefined;
};

/** Wraps a client with request accounting; retries inside Octokit are not counted again. */
export const countingClient = (client: GitHubClient, log: GitHubLog): CountingClient => {
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
  return {
    log,
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
    async mutate<T>(document: string, variables: Record<string, unknown>, options: { retry?: boolean } = {}) {
      writes += 1;
      // GitHub does not report a mutation's cost in its answer; a mutation costs at least a point.
      points += 1;
      mutations += 1;
      // A retried addComment after a 502 can post the comment twice; such batches are sent once.
      const request = options.retry === false ? { request: { retries: 0 } } : {};
      return client.graphql<T>(document, { ...variables, ...request });
    },
    async rest<T>(route: string, parameters: Record<string, unknown>, what: string) {
      const isRead = route.startsWith('GET ');
      if (isRead) reads += 1;
      else writes += 1;
      try {
        return (await client.request(route, parameters)).data as T;
      } catch (error) {
        throw toGitHubError(error, what, isRead ? 'read' : 'write');
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
