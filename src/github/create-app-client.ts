import { App, Octokit } from 'octokit';
import { clientPolicy, type ClientPolicyOptions } from './client-policy.ts';
import type { GitHubClient } from './github-client.ts';

/** How to reach GitHub as a GitHub App. */
export type AppClientOptions = ClientPolicyOptions & {
  readonly appId: string | number;
  /** The app's private key (PEM). */
  readonly privateKey: string;
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

/**
 * A GitHub App client for the multi-repository sweep (octokit's App with JWT and installation
 * tokens). Retries 5xx and waits on rate limits with the same policy as createOctokit (clientPolicy); counts requests per installation.
 */
export const createAppClient = (options: AppClientOptions): AppClient => {
  const AppOctokit = Octokit.defaults(clientPolicy(options));
  const app = new App({ appId: options.appId, privateKey: options.privateKey, Octokit: AppOctokit });
  return {
    async botLogin() {
      const { data } = await app.octokit.request('GET /app');
      if (!data?.slug)
        throw new Error('GET /app returned no slug: check APP_ID and PRIVATE_KEY belong to the same GitHub App.');
      return `${data.slug}[bot]`;
    },
    async listInstallations() {
      const installations = await app.octokit.paginate('GET /app/installations', { per_page: 100 });
      // An enterprise installation's account has a slug instead of a login.
      const nameOf = (account: unknown): string | undefined =>
        (account as { login?: string; slug?: string } | null)?.login ?? (account as { slug?: string } | null)?.slug;
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
