import * as core from '@actions/core';
import { createOctokit, graphqlUrl } from '#src/github/create-octokit.ts';
import type { Gateway } from '#src/github/gateway.ts';
import { createOctokitGateway } from '#src/github/octokit-gateway.ts';
import { infoWithNotices } from './gateway-notices.ts';
import type { ActionInputs } from './read-inputs.ts';

type Env = Readonly<Record<string, string | undefined>>;

const DEFAULT_TIMEOUT_MS = 30_000;

// Test-only knobs (undocumented for users): keep end-to-end tests of hangs and retries fast.
const positive = (value: string | undefined, fallback: number): number => {
  const number = Number(value);
  return value && Number.isFinite(number) && number > 0 ? number : fallback;
};

/** Global fetch with a per-request time limit, so a hung connection fails (and is retried) instead of stalling the job. */
const fetchWithTimeout =
  (timeoutMs: number): typeof fetch =>
  (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    return fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
  };

const splitRepository = (value: string | undefined): [string, string] => {
  const [owner, repo, extra] = (value ?? '').split('/');
  if (!owner || !repo || extra !== undefined)
    throw new Error(
      `GITHUB_REPOSITORY must be "owner/repo" (got ${JSON.stringify(value ?? '')}); it is set by the Actions runner.`,
    );
  return [owner, repo];
};

/** The Octokit-backed gateway for this run, on global fetch, GITHUB_API_URL and GITHUB_GRAPHQL_URL (GitHub Enterprise Server works). */
export const createActionGateway = (inputs: ActionInputs, env: Env): Gateway => {
  const [owner, repo] = splitRepository(env.GITHUB_REPOSITORY);
  const baseUrl = env.GITHUB_API_URL || 'https://api.github.com';
  if (env.GITHUB_GRAPHQL_URL && env.GITHUB_GRAPHQL_URL.replace(/\/+$/, '') !== graphqlUrl(baseUrl)) {
    core.warning(
      `GITHUB_GRAPHQL_URL (${env.GITHUB_GRAPHQL_URL}) is not where GITHUB_API_URL (${baseUrl}) puts GraphQL; using ${graphqlUrl(baseUrl)}.`,
    );
  }
  const log = { debug: core.debug, info: infoWithNotices, warn: core.warning, error: core.error };
  const octokit = createOctokit({
    token: inputs.token,
    baseUrl,
    fetch: fetchWithTimeout(positive(env.BACKLOG_HYGIENE_REQUEST_TIMEOUT_MS, DEFAULT_TIMEOUT_MS)),
    retryAfterBaseMs: positive(env.BACKLOG_HYGIENE_RETRY_BASE_MS, 1000),
    log,
  });
  // GITHUB_TOKEN writes as github-actions[bot]: its comments and label changes are this tool's, not people's.
  return createOctokitGateway({ octokit, owner, repo, selfLogins: ['github-actions[bot]'], log });
};
