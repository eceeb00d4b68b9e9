import { createHmac, generateKeyPairSync, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BacklogHygieneAppOptions, HandledEvent } from '#src/app/app-options.ts';
import { createBacklogHygieneMiddleware, type BacklogHygieneMiddlewareOptions } from '#src/app/middleware.ts';
import { startFakeGitHub, type FakeGitHub, type FakeSeed } from '#test/support/fake-github/index.ts';

export const WEBHOOK_SECRET = 'test-webhook-secret';
export const WEBHOOK_PATH = '/api/github/webhooks';

// One RSA key for the whole test file: generating one takes a noticeable fraction of a second.
let privateKey: string | undefined;
const testKey = (): string =>
  (privateKey ??= generateKeyPairSync('rsa', { modulusLength: 2048 })
    .privateKey.export({ type: 'pkcs1', format: 'pem' })
    .toString());

/** The app as GitHub sees it: a webhook URL in front of the real middleware, talking to a fake GitHub. */
export type AppHarness = {
  readonly fake: FakeGitHub;
  readonly url: string;
  /** Every delivery the app finished handling, in order. */
  readonly handled: HandledEvent[];
  /** Posts a webhook signed like GitHub does (or as `signature` says), returning the status and body. */
  deliver(
    name: string,
    payload: unknown,
    options?: DeliverOptions,
  ): Promise<{ status: number; body: string; delivery: string }>;
  close(): Promise<void>;
};

export type DeliverOptions = {
  readonly delivery?: string;
  /** 'valid' (default), 'wrong' (signed with another secret) or 'missing'. */
  readonly signature?: 'valid' | 'wrong' | 'missing';
};

/** The `x-hub-signature-256` header GitHub sends: HMAC-SHA256 of the raw body with the webhook secret. */
export const sign = (body: string, secret = WEBHOOK_SECRET): string =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

/** The environment the app runs with against the fake: GHES-style host over plain HTTP. */
export const appEnv = (fake: FakeGitHub): Record<string, string> => ({
  APP_ID: '1',
  PRIVATE_KEY: testKey(),
  WEBHOOK_SECRET,
  GHE_HOST: new URL(fake.url).host,
  GHE_PROTOCOL: 'http',
  LOG_LEVEL: 'fatal',
  NODE_ENV: 'test',
});

/** How the harness's Octokit behaves; tests keep retry and throttling off, the burst bench turns them on as in production. */
export type HarnessOctokit = { readonly retry?: boolean; readonly throttle?: boolean };

/** Starts a fake GitHub from `seed` and the app's middleware in a node:http server on a free port. */
export const startApp = async (
  seed: FakeSeed,
  options: BacklogHygieneAppOptions = {},
  fake?: FakeGitHub,
  octokit: HarnessOctokit = { retry: false, throttle: false },
  /** A pino-shaped logger to see what the app logs (see capturingLogger); default: Probot's, at LOG_LEVEL=fatal. */
  log?: unknown,
): Promise<AppHarness> => {
  const github = fake ?? (await startFakeGitHub({ seed }));
  const handled: HandledEvent[] = [];
  const middleware = await createBacklogHygieneMiddleware({
    env: appEnv(github),
    app: { ...options, onHandled: (event) => (handled.push(event), options.onHandled?.(event)) },
    octokit,
    ...(log ? { log: log as BacklogHygieneMiddlewareOptions['log'] } : {}),
  });
  const server: Server = createServer((request, response) => void middleware(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${WEBHOOK_PATH}`;
  return {
    fake: github,
    url,
    handled,
    async deliver(name, payload, deliverOptions = {}) {
      const body = JSON.stringify(payload);
      const delivery = deliverOptions.delivery ?? randomUUID();
      const signature = deliverOptions.signature ?? 'valid';
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        'x-github-event': name,
        'x-github-delivery': delivery,
      };
      if (signature !== 'missing')
        headers['x-hub-signature-256'] = sign(body, signature === 'valid' ? WEBHOOK_SECRET : 'not-the-secret');
      const response = await fetch(url, { method: 'POST', headers, body });
      return { status: response.status, body: await response.text(), delivery };
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (!fake) await github.close();
    },
  };
};
