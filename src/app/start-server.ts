import type { Server as HttpServer } from 'node:http';
import { createProbot, run, Server, type Probot } from 'probot';
import { backlogHygieneApp, createBacklogHygieneApp } from './app.ts';
import { appOptionsFromEnv } from './app-options.ts';
import {
  DEFAULT_WEBHOOK_PATH,
  octokitClass,
  withLogDefault,
  type BacklogHygieneMiddlewareOptions,
} from './middleware.ts';
import type { ShutdownReport } from './repo-lanes.ts';
import { guardWebhooks } from './webhook-guard.ts';

type Env = Readonly<Record<string, string | undefined>>;

/** How long a stopping server keeps working on queued events before it hands them back. */
export const DEFAULT_GRACE_MS = 20_000;

/** A running `npm start`: Probot's server, in setup mode (no credentials yet) or serving the app. */
export type StartedServer = {
  readonly mode: 'setup' | 'app';
  /** http://host:port */
  readonly url: string;
  /** Stops accepting requests and events; in app mode finishes or hands back queued work within about 2 × `graceMs`. */
  close(graceMs?: number): Promise<ShutdownReport>;
};

/** How long answers to handed-back deliveries get to leave before the remaining connections are dropped. */
const FLUSH_MS = 200;

const hasCredentials = (env: Env): boolean =>
  Boolean(env.APP_ID?.trim()) && Boolean(env.PRIVATE_KEY?.trim() || env.PRIVATE_KEY_PATH?.trim());

const closeHttp = (http: HttpServer) =>
  new Promise<void>((resolve) => {
    http.close(() => resolve());
    http.closeIdleConnections();
  });

/**
 * Probot's own server (ping, static files, the webhook proxy of WEBHOOK_PROXY_URL) around a
 * Probot whose webhook middleware is guarded (see webhook-guard.ts). The server only ever asks
 * the Probot it is given for its middleware, so a Proxy that swaps that one method is enough.
 */
const serveApp = async (
  env: Record<string, string | undefined>,
  octokit: BacklogHygieneMiddlewareOptions['octokit'],
) => {
  const probot = createProbot({ env, overrides: { Octokit: octokitClass(octokit) } });
  await probot.ready();
  const webhookPath = env.WEBHOOK_PATH || DEFAULT_WEBHOOK_PATH;
  const app = createBacklogHygieneApp(await appOptionsFromEnv(env));
  const guarded = new Proxy(probot, {
    get(target, key) {
      if (key === 'getNodeMiddleware')
        return async (options?: Parameters<Probot['getNodeMiddleware']>[0]) =>
          guardWebhooks(await target.getNodeMiddleware(options), {
            secret: env.WEBHOOK_SECRET || 'development',
            path: webhookPath,
            warn: (message) => target.log.warn(message),
          });
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  const server = new Server({
    // Called with `new`; returning an object from a constructor makes that object the instance.
    Probot: function ServedProbot() {
      return guarded;
    } as unknown as typeof Probot,
    log: probot.log,
    port: Number(env.PORT) || 3000,
    host: env.HOST || 'localhost',
    webhookPath,
    ...(env.WEBHOOK_PROXY_URL ? { webhookProxy: env.WEBHOOK_PROXY_URL } : {}),
  });
  await server.load(app.app);
  const http = await server.start();
  return { server, http, app, log: probot.log };
};

/**
 * `npm start`. Without APP_ID and a private key, Probot's setup page registers the app from
 * app.yml (GitHub's manifest flow) and writes the credentials to .env. With them, the app serves
 * webhooks at WEBHOOK_PATH (default /api/github/webhooks) on HOST:PORT (default localhost:3000),
 * forwarding from WEBHOOK_PROXY_URL (a smee.io channel) when set. LOG_LEVEL defaults to warn.
 */
export const startAppServer = async (
  givenEnv: Env,
  options: { readonly octokit?: BacklogHygieneMiddlewareOptions['octokit'] } = {},
): Promise<StartedServer> => {
  const env = withLogDefault(givenEnv);
  if (!hasCredentials(env)) {
    // No proxy in setup mode: no webhook can be handled before registration. The setup page still
    // reads WEBHOOK_PROXY_URL from process.env and registers it as the webhook URL.
    const server = await run(backlogHygieneApp(), { env: { ...env, WEBHOOK_PROXY_URL: undefined } });
    const url = `http://${server.host}:${server.port}`;
    console.warn(`Backlog Hygiene is not registered yet: open ${url} to register it from app.yml, then restart.`);
    return {
      mode: 'setup',
      url,
      close: async () => {
        await server.stop();
        return { handedBack: [], finished: true };
      },
    };
  }
  const { http, app, log } = await serveApp(env, options.octokit);
  const address = http.address();
  const url = typeof address === 'object' && address ? `http://${env.HOST || 'localhost'}:${address.port}` : '';
  return {
    mode: 'app',
    url,
    async close(graceMs = DEFAULT_GRACE_MS) {
      const closed = closeHttp(http);
      const report = await app.shutdown(graceMs);
      // Handed-back deliveries are answered with an error (so GitHub lets you redeliver them): let those answers out.
      await new Promise((resolve) => setTimeout(resolve, FLUSH_MS));
      http.closeAllConnections();
      await closed;
      if (report.handedBack.length > 0 || !report.finished)
        log.warn(
          `stopped with ${report.handedBack.length} queued event(s) handed back${report.finished ? '' : ' and work still running'}${report.handedBack.length > 0 ? ` (${report.handedBack.slice(0, 20).join(', ')}${report.handedBack.length > 20 ? ', …' : ''})` : ''}: redeliver them from the app's Advanced settings, or let the nightly sweep catch up`,
        );
      else log.info('stopped; every accepted event was handled');
      return report;
    },
  };
};
