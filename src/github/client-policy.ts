import type { GitHubLog } from './create-octokit.ts';

/** The options every Octokit client of ours shares, whoever it authenticates as. */
export type ClientPolicyOptions = {
  /** REST base URL: https://api.github.com (default), or https://ghe.example.com/api/v3 on GitHub Enterprise Server. */
  readonly baseUrl?: string;
  /** Retry 5xx responses (default true). Tests turn it off or shrink `retryAfterBaseMs`. */
  readonly retry?: boolean;
  /** Wait and retry on rate limits (default true). */
  readonly throttle?: boolean;
  /** Milliseconds per "second" of retry-after; 1000 in production, a few ms in tests. */
  readonly retryAfterBaseMs?: number;
  readonly log?: GitHubLog;
};

/** Waiting longer than this for a primary rate limit reset would stall a run; better to stop and report. */
const MAX_PRIMARY_WAIT_SECONDS = 60;
const MAX_SECONDARY_RETRIES = 2;

const silentLog: GitHubLog = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

type LimitOptions = { method: string; url: string };

/**
 * Base URL, logging, retry (5xx) and throttling (primary: retry once when the reset is under a
 * minute; secondary: wait and retry up to twice), as Octokit constructor options. The Action's token
 * client and the App's installation clients share it, so a rate limit is handled the same way in both.
 */
export const clientPolicy = (options: ClientPolicyOptions) => {
  const log = options.log ?? silentLog;
  const base = options.retryAfterBaseMs ?? 1000;
  return {
    baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
    log: { debug: log.debug, info: log.info, warn: log.warn, error: log.error },
    // 429 is the throttle's to handle (with its retry-after); the retry plugin would retry it again on top.
    retry: {
      enabled: options.retry ?? true,
      retryAfterBaseValue: base,
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
    },
    throttle: {
      enabled: options.throttle ?? true,
      retryAfterBaseValue: base,
      onRateLimit: (retryAfter: number, request: LimitOptions, _octokit: unknown, retryCount: number) => {
        // Logged as info: the run's one error (see run-stop.ts) says what happened and what the next run does.
        if (retryCount > 0 || retryAfter >= MAX_PRIMARY_WAIT_SECONDS) {
          log.info(
            `GitHub rate limit exhausted for ${request.method} ${request.url}; it resets in ${retryAfter} s, so the run stops here.`,
          );
          return false;
        }
        log.info(`GitHub rate limit exhausted; waiting ${retryAfter} s for the reset, then retrying once.`);
        return true;
      },
      onSecondaryRateLimit: (retryAfter: number, request: LimitOptions, _octokit: unknown, retryCount: number) => {
        if (retryCount >= MAX_SECONDARY_RETRIES) {
          log.info(
            `GitHub secondary rate limit hit again for ${request.method} ${request.url}; giving up after ${MAX_SECONDARY_RETRIES} retries.`,
          );
          return false;
        }
        // Re-sending is safe even for a request that posts a comment: GitHub refused it, so nothing was written.
        log.info(`GitHub secondary rate limit hit; waiting ${retryAfter} s before retrying.`);
        return true;
      },
    },
  };
};
