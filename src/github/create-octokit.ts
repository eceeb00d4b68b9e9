import { Octokit } from 'octokit';
import { clientPolicy, type ClientPolicyOptions } from './client-policy.ts';

/** Where log lines go; `console` fits, and so does the Actions core logger. */
export type GitHubLog = {
  readonly debug: (message: string) => void;
  readonly info: (message: string) => void;
  readonly warn: (message: string) => void;
  readonly error: (message: string) => void;
};

/** How to authenticate: a token (PAT, GITHUB_TOKEN, installation token) or an Octokit auth strategy (GitHub App). */
export type OctokitAuth = { readonly token: string } | { readonly authStrategy: unknown; readonly auth: unknown };

export type CreateOctokitOptions = OctokitAuth &
  ClientPolicyOptions & {
    /** Replaces global fetch (tests, proxies). */
    readonly fetch?: typeof fetch;
  };

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
  const auth =
    'token' in options ? { auth: options.token } : { authStrategy: options.authStrategy, auth: options.auth };
  return new Octokit({
    ...(auth as Record<string, unknown>),
    ...clientPolicy(options),
    request: options.fetch ? { fetch: options.fetch } : {},
  });
};
