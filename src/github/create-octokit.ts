import { Octokit } from 'octokit';

/** Where log lines go; `console` fits, and so does the Actions core logger. */
export type GitHubLog = {
  readonly debug: (message: string) => void;
  readonly info: (message: string) => void;
  readonly warn: (message: string) => void;
  readonly error: (message: string) => void;
};

/** How to authenticate: a token (PAT, GITHUB_TOKEN, installation token) or an Octokit auth strategy (GitHub App). */
export type OctokitAuth =
  | { readonly token: string }
  | { readonly authStrategy: unknown; readonly auth: unknown };

export type CreateOctokitOptions = OctokitAuth & {
  /** REST base URL: https://api.github.com, or https://ghe.example.com/api/v3 on GitHub Enterprise Server. */
  readonly baseUrl?: string;
  /** Retry 5xx responses (default true). Tests turn it off or shrink `retryAfterBaseMs`. */
  readonly retry?: boolean;
  /** Wait and retry on rate limits (default true). */
  readonly throttle?: boolean;
  /** Milliseconds per "second" of retry-after; 1000 in production, a few ms in tests. */
  readonly retryAfterBaseMs?: number;
  readonly log?: GitHubLog;
  /** Replaces global fetch (tests, proxies). */
  readonly fetch?: typeof fetch;
};

/** Waiting longer than this for a primary rate limit reset would stall a run; better to stop and report. */
const MAX_PRIMARY_WAIT_SECONDS = 60;
const MAX_SECONDARY_RETRIES = 2;

const silentLog: GitHubLog = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

type LimitOptions = { method: string; url: string };

/**
 * The GraphQL endpoint for a REST base URL: api.github.com → api.github.com/graphql, GHES
 * `/api/v3` → `/api/graphql` (the same rule @octokit/graphql applies).
 */
export const graphqlUrl = (baseUrl: string): string => {
  const trimmed = baseUrl.replace(/\/+$/, '');
  return trimmed.endsWith('/api/v3') ? `${trimmed.slice(0, -'/v3'.length)}/graphql` : `${trimmed}/graphql`;
};

/**
 * Builds the Octokit client every GitHub request goes through, with retry (5xx) and throttling
 * (primary: retry once when the reset is under a minute; secondary: wait and retry up to twice).
 */
export const createOctokit = (options: CreateOctokitOptions): Octokit => {
  const log = options.log ?? silentLog;
  const base = options.retryAfterBaseMs ?? 1000;
  const auth = 'token' in options ? { auth: options.token } : { authStrategy: options.authStrategy, auth: options.auth };
  return new Octokit({
    ...(auth as Record<string, unknown>),
    baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
    log: { debug: log.debug, info: log.info, warn: log.warn, error: log.error },
    request: options.fetch ? { fetch: options.fetch } : {},
    // 429 is the throttle's to handle (with its retry-after); the retry plugin would retry it again on top.
    retry: { enabled: options.retry ?? true, retryAfterBaseValue: base, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    throttle: {
      enabled: options.throttle ?? true,
      retryAfterBaseValue: base,
      onRateLimit: (retryAfter: number, request: LimitOptions, _octokit: unknown, retryCount: number) => {
        if (retryCount > 0 || retryAfter >= MAX_PRIMARY_WAIT_SECONDS) {
          log.warn(`GitHub rate limit exhausted for ${request.method} ${request.url}; it resets in ${retryAfter} s, so the run stops here.`);
          return false;
        }
        log.info(`GitHub rate limit exhausted; waiting ${retryAfter} s for the reset, then retrying once.`);
        return true;
      },
      onSecondaryRateLimit: (retryAfter: number, request: LimitOptions, _octokit: unknown, retryCount: number) => {
        if (retryCount >= MAX_SECONDARY_RETRIES) {
          log.warn(`GitHub secondary rate limit hit again for ${request.method} ${request.url}; giving up after ${MAX_SECONDARY_RETRIES} retries.`);
          return false;
        }
        log.info(`GitHub secondary rate limit hit; waiting ${retryAfter} s before retrying.`);
        return true;
      },
    },
  });
};
