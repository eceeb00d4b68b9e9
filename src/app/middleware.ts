import type { IncomingMessage, ServerResponse } from 'node:http';
import { createNodeMiddleware, createProbot, ProbotOctokit } from 'probot';
import { backlogHygieneApp } from './app.ts';
import { appOptionsFromEnv, type BacklogHygieneAppOptions } from './app-options.ts';

type Env = Readonly<Record<string, string | undefined>>;

/** Options for the middleware; everything is optional and read from the environment by default. */
export type BacklogHygieneMiddlewareOptions = {
  /** APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH, WEBHOOK_SECRET, GHE_HOST, GHE_PROTOCOL, LOG_LEVEL, BACKLOG_HYGIENE_*; default process.env. */
  readonly env?: Env;
  /** The app's options; read from `env` when absent. */
  readonly app?: BacklogHygieneAppOptions;
  /** Where webhooks are posted (default /api/github/webhooks). */
  readonly webhooksPath?: string;
  /** Turn off Octokit's retry and rate-limit throttling (tests against a local fake). */
  readonly octokit?: { readonly retry?: boolean; readonly throttle?: boolean };
};

/** A Node request handler: answers webhooks on its path, and calls `next` (or answers 404) for anything else. */
export type BacklogHygieneMiddleware = (
  request: IncomingMessage,
  response: ServerResponse,
  next?: () => void,
) => Promise<boolean>;

/**
 * The app as a Node HTTP middleware, for any Node server (node:http, Express, Fastify's
 * middie) or a serverless function. Verifies the webhook signature (WEBHOOK_SECRET), answers 4xx
 * to bad or unsigned deliveries, and answers after the event is handled.
 */
export const createBacklogHygieneMiddleware = async (
  options: BacklogHygieneMiddlewareOptions = {},
): Promise<BacklogHygieneMiddleware> => {
  const env = options.env ?? process.env;
  const appOptions = options.app ?? (await appOptionsFromEnv(env));
  const retry = options.octokit?.retry ?? true;
  const throttle = options.octokit?.throttle ?? true;
  // A function, not an object: Probot merges its own throttle options over object defaults.
  const Octokit =
    retry && throttle
      ? ProbotOctokit
      : ProbotOctokit.defaults((given: Record<string, unknown>) => ({
          ...given,
          retry: { ...(given.retry as object), enabled: retry },
          throttle: { ...(given.throttle as object), enabled: throttle },
        }));
  const probot = createProbot({ env: { ...env }, overrides: { Octokit } });
  const middleware = await createNodeMiddleware(backlogHygieneApp(appOptions), {
    probot,
    ...(options.webhooksPath ? { webhooksPath: options.webhooksPath } : {}),
  });
  const notFound = (response: ServerResponse) => () => {
    response
      .writeHead(404, { 'content-type': 'text/plain' })
      .end('Not found: Backlog Hygiene answers webhooks only.\n');
  };
  return async (request, response, next) => Boolean(await middleware(request, response, next ?? notFound(response)));
};
