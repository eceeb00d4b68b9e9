import { App, Octokit } from 'octokit';
import type { GitHubLog } from './create-octokit.ts';
import type { GitHubClient } from './github-client.ts';

/** How to reach GitHub as a GitHub App. */
export type AppClientOptions = {
  readonly appId: string | number;
  /** The app's private key (PEM). */
  readonly privateKey: string;
  /** REST base URL: https://api.github.com (default) or https://ghe.example.com/api/v3. */
  readonly baseUrl?: string;
  /** Retry 5xx responses (default true). */
  readonly retry?: boolean;
  /** Wait and retry on rate limits (default true). */
  readonly throttle?: boolean;
  /** Milliseconds per "second" of retry-after; tests shrink it. */
  readonly retryAfterBaseMs?: number;
  readonly log?: GitHubLog;
};

/** One installation as the app sees it, with a client authenticated as that installation. */
export type InstallationClient = {
  readonly id: number;
  readonly account: string;
  /** Fits createOctokitGateway. */
  readonly octokit: GitHubClient;
  /** The repositories the installation may access, as owner/name. */
  listRepositories(): Promise<{ owner: string; repo: string }[]>;
  /** HTTP requests this installation's client has made so far (token requests and retries included). */
  requests(): number;
};

/** The app: its own bot login, its installations, and a client per installation. */
export type AppClient = {
  /** "<slug>[bot]", from GET /app. */
  botLogin(): Promise<string>;
  listInstallations(): Promise<{ id: number; account: string }[]>;
  installation(id: number, account: string): Promise<InstallationClient>;
};

const MAX_PRIMARY_WAIT_SECONDS = 60;
const quiet: GitHubLog = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
type Limit = { method: string; url: string };

/**
 * A GitHub App client for the multi-repository sweep (octokit's App with JWT and installation
 * tokens). Retries 5xx and waits on rate limits as createOctokit does; counts requests per installation.
 */
export const createAppClient = (options: AppClientOptions): AppClient => {
  const log = options.log ?? quiet;
  const base = options.retryAfterBaseMs ?? 1000;
  const AppOctokit = Octokit.defaults({
    baseUrl: (options.baseUrl ?? 'https://api.github.com').replace(/\/+$/, ''),
    log: { debug: log.debug, info: log.info, warn: log.warn, error: log.error },
    retry: { enabled: options.retry ?? true, retryAfterBaseValue: base },
    throttle: {
      enabled: options.throttle ?? true,
      retryAfterBaseValue: base,
      onRateLimit: (retryAfter: number, request: Limit, _octokit: unknown, retryCount: number) => {
        if (retryCount > 0 || retryAfter >= MAX_PRIMARY_WAIT_SECONDS) {
          log.warn(`GitHub rate limit exhausted for ${request.method} ${request.url}; it resets in ${retryAfter} s, so this repository stops here.`);
          return false;
        }
        return true;
      },
      onSecondaryRateLimit: (_retryAfter: number, _request: Limit, _octokit: unknown, retryCount: number) => retryCount < 2,
    },
  });
  const app = new App({ appId: options.appId, privateKey: options.privateKey, Octokit: AppOctokit });
  return {
    async botLogin() {
      const { data } = await app.octokit.request('GET /app');
      if (!data?.slug) throw new Error('GET /app returned no slug: check APP_ID and PRIVATE_KEY belong to the same GitHub App.');
      return `${data.slug}[bot]`;
    },
    async listInstallations() {
      const installations = await app.octokit.paginate('GET /app/installations', { per_page: 100 });
      // An enterprise installation's account has a slug instead of a login.
      const nameOf = (account: unknown): string | undefined => (account as { login?: string; slug?: string } | null)?.login ?? (account as { slug?: string } | null)?.slug;
      return installations.map((one) => ({ id: one.id, account: nameOf(one.account) ?? String(one.id) }));
    },
    async installation(id, account) {
      const octokit = await app.getInstallationOctokit(id);
      let requests = 0;
      octokit.hook.before('request', () => {
        requests += 1;
      });
      return {
        id,
        account,
        octokit: octokit as unknown as GitHubClient,
        async listRepositories() {
          const repos = await octokit.paginate('GET /installation/repositories', { per_page: 100 });
          return repos.map((repo) => ({ owner: repo.owner.login, repo: repo.name }));
        },
        requests: () => requests,
      };
    },
  };
};
