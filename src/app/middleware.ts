import type { IncomingMessage, ServerResponse } from 'node:http';
import { createNodeMiddleware, createProbot, ProbotOctokit, type Probot } from 'probot';
import { createBacklogHygieneApp, type BacklogHygieneApp } from './app.ts';
import { appOptionsFromEnv, type BacklogHygieneAppOptions } from './app-options.ts';
import { guardWebhooks } from './webhook-guard.ts';

type Env = Readonly<Record<string, string | undefined>>;

/** Probot's default webhook path (and GitHub's examples'). */
export const DEFAULT_WEBHOOK_PATH = '/api/github/webhooks';

/** What the README promises for LOG_LEVEL when it is not set. */
export const DEFAULT_LOG_LEVEL = 'warn';

/** Options for the middleware; everything is optional and read from the environment by default. */
export type BacklogHygieneMiddlewareOptions = {
  /** APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH, WEBHOOK_SECRET, GHE_HOST, GHE_PROTOCOL, LOG_LEVEL, BACKLOG_HYGIENE_*; default process.env. */
  readonly env?: Env;
  /** The app's options; read from `env` when absent. */
  readonly app?: BacklogHygieneAppOptions;
  /** Where webhooks are posted (default WEBHOOK_PATH, else /api/github/webhooks). */
  readonly webhooksPath?: string;
  /** Turn off Octokit's retry and rate-limit throttling (tests against a local fake). */
  readonly octokit?: { readonly retry?: boolean; readonly throttle?: boolean };
  /** A pino-compatible logger instead of Probot's own (which logs at LOG_LEVEL, default warn). */
  readonly log?: Probot['log'];
};

/** A Node request handler: answers webhooks on its path, and calls `next` (or answers 404) for anything else. */
export type BacklogHygieneMiddleware = ((
  request: IncomingMessage,
  response: ServerResponse,
  next?: () => void,
) => Promise<boolean>) &
  Pick<BacklogHygieneApp, 'pending' | 'shutdown'>;

/** The Octokit class: Probot's, with retry and throttling turned off on request. */
export const octokitClass = (options: BacklogHygieneMiddlewareOptions['octokit'] = {}) => {
  const retry = options.retry ?? true;
  const throttle = options.throttle ?? true;
  // A function, not an object: Probot merges its own throttle options over object defaults.
  return retry && throttle
    ? ProbotOctokit
    : ProbotOctokit.defaults((given: Record<string, unknown>) => ({
        ...given,
        retry: { ...(given.retry as object), enabled: retry },
        throttle: { ...(given.throttle as object), enabled: throttle },
      }));
};

/** The environment with LOG_LEVEL defaulting to warn, as the README says. */
export const withLogDefault = (env: Env): Record<string, string | undefined> => ({
  ...env,
  LOG_LEVEL: env.LOG_LEVEL?.trim() ? env.LOG_LEVEL : DEFAULT_LOG_LEVEL,
});

/**
 * The app as a Node HTTP middleware, for any Node server (node:http, Express, Fastify's
 * middie) or a serverless function. Refuses oversized, unsigned and malformed deliveries before
 * Probot reads them (see webhook-guard.ts), verifies the signature (WEBHOOK_SECRET), and answers
 * after the event is handled (or with 202 after 9 seconds, while the work goes on). `shutdown`
 * stops it cleanly.
 */
export const createBacklogHygieneMiddleware = async (
  options: BacklogHygieneMiddlewareOptions = {},
): Promise<BacklogHygieneMiddleware> => {
  const env = withLogDefault(options.env ?? process.env);
  const appOptions = options.app ?? (await appOptionsFromEnv(env));
  const probot = createProbot({
    env,
    overrides: { Octokit: octokitClass(options.octokit), ...(options.log ? { log: options.log } : {}) },
  });
  const app = createBacklogHygieneApp(appOptions);
  const webhooksPath = options.webhooksPath ?? (env.WEBHOOK_PATH || DEFAULT_WEBHOOK_PATH);
  const middleware = await createNodeMiddleware(app.app, { probot, webhooksPath });
  const guarded = guardWebhooks(middleware, {
    secret: env.WEBHOOK_SECRET || 'development',
    path: webhooksPath,
    warn: (message) => probot.log.warn(message),
  });
  const notFound = (response: ServerResponse) => () => {
    response
      .writeHead(404, { 'content-type': 'text/plain' })
      .end('Not found: Backlog Hygiene answers webhooks only.\n');
  };
  const handler = async (request: IncomingMessage, response: ServerResponse, next?: () => void) =>
    Boolean(await guarded(request, response, next ?? notFound(response)));
  return Object.assign(handler, { pending: app.pending, shutdown: app.shutdown });
};
