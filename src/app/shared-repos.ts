import { ConfigError } from '#src/config/config-error.ts';
import type { Config } from '#src/config/schema.ts';
import type { GitHubLog } from '#src/github/create-octokit.ts';
import type { Gateway } from '#src/github/gateway.ts';
import type { GitHubClient } from '#src/github/github-client.ts';
import { createOctokitGateway } from '#src/github/octokit-gateway.ts';
import { CONFIG_PATH, findRepoConfig, type FoundConfig } from '#src/use-cases/sweep-installations.ts';
import { shareLabelCreation } from './share-label-creation.ts';

/** How long a config read is trusted: a push that touches it forgets it sooner. */
export const CONFIG_TTL_MS = 60_000;
/** How long the labels, templates and ids a repository's gateway learned are trusted. */
export const GATEWAY_TTL_MS = 5 * 60_000;

const PRUNE_EVERY = 500;

/** One repository as every event about it shares it within the process. */
export type SharedRepo = {
  /** The repository's gateway; label creation is shared. Its requests go through the latest event's client. */
  readonly gateway: Gateway;
  /** The config (own, organisation's or default; undefined: leave the repository alone), read at most once per TTL. Throws ConfigError for a bad file. */
  config(): Promise<FoundConfig | undefined>;
  /** Forget what was learned (labels, ids, context), e.g. after a failed write. */
  reset(): void;
};

type Entry = {
  client: GitHubClient;
  log: GitHubLog;
  gateway?: { value: Gateway; until: number };
  config?: { value: Promise<FoundConfig | undefined>; until: number };
};

export type SharedReposOptions = {
  readonly defaultConfig?: Config;
  /** Milliseconds; the clock is injected for tests. */
  readonly clock?: () => number;
  readonly configTtlMs?: number;
  readonly gatewayTtlMs?: number;
};

/**
 * The per-repository state that events share within the process: the config, the repository's
 * labels and templates (in the gateway's cache) and label creation. Before, every event re-read
 * the config and decided which labels to create from its own stale read of the labels.
 */
export const sharedRepos = (options: SharedReposOptions = {}) => {
  const clock = options.clock ?? Date.now;
  const configTtl = options.configTtlMs ?? CONFIG_TTL_MS;
  const gatewayTtl = options.gatewayTtlMs ?? GATEWAY_TTL_MS;
  const entries = new Map<string, Entry>();
  let calls = 0;
  // Repositories not heard from for a while are dropped with what they learned, so the map stays small.
  const prune = () => {
    const now = clock();
    for (const [key, entry] of entries)
      if ((entry.gateway?.until ?? 0) <= now && (entry.config?.until ?? 0) <= now) entries.delete(key);
  };

  const open = (key: string, owner: string, repo: string, botLogin: string, entry: Entry): SharedRepo => {
    // The gateway outlives one event; its requests go through the newest event's client and log.
    const client: GitHubClient = {
      graphql: (query, parameters) => entry.client.graphql(query, parameters),
      request: (route, parameters) => entry.client.request(route, parameters),
    };
    const log: GitHubLog = {
      debug: (message) => entry.log.debug(message),
      info: (message) => entry.log.info(message),
      warn: (message) => entry.log.warn(message),
      error: (message) => entry.log.error(message),
    };
    const gateway = (): Gateway => {
      const now = clock();
      if (!entry.gateway || entry.gateway.until <= now) {
        const fresh = createOctokitGateway({ octokit: client, owner, repo, selfLogins: [botLogin], log });
        entry.gateway = { value: shareLabelCreation(fresh), until: now + gatewayTtl };
      }
      return entry.gateway.value;
    };
    return {
      get gateway() {
        return gateway();
      },
      config() {
        const now = clock();
        if (!entry.config || entry.config.until <= now) {
          const value = findRepoConfig(gateway(), options.defaultConfig);
          const cached = { value, until: now + configTtl };
          entry.config = cached;
          // A failed read (not a bad file, which is cached like a good one) is tried again next time.
          value.catch((error: unknown) => {
            if (!(error instanceof ConfigError) && entry.config === cached) entry.config = undefined;
          });
        }
        return entry.config.value;
      },
      reset() {
        entry.gateway = undefined;
        entries.set(key, entry);
      },
    };
  };

  return {
    /** The shared state of one repository of one installation, using this event's client and log from now on. */
    get(installation: number, owner: string, repo: string, botLogin: string, client: GitHubClient, log: GitHubLog) {
      const key = `${installation}:${owner}/${repo}`.toLowerCase();
      if ((calls += 1) % PRUNE_EVERY === 0) prune();
      const entry = entries.get(key) ?? { client, log };
      entry.client = client;
      entry.log = log;
      entries.set(key, entry);
      return open(key, owner, repo, botLogin, entry);
    },
    /**
     * Forgets configs (and what the gateways learned) after a push that may have changed them: the
     * repository's own, or every repository of the owner when the push was to the owner's `.github` repository.
     */
    forget(owner: string, repo: string): void {
      for (const [key, entry] of entries) {
        const [, name = ''] = key.split(':');
        const [entryOwner] = name.split('/');
        if (entryOwner !== owner.toLowerCase()) continue;
        if (repo.toLowerCase() === '.github' || name === `${owner}/${repo}`.toLowerCase()) {
          entry.config = undefined;
          entry.gateway = undefined;
        }
      }
    },
    /** Drops everything: for tests, and when many repositories come and go. */
    clear: () => entries.clear(),
  };
};

/** Paths whose change can change a repository's config or templates. */
export const touchesConfig = (paths: readonly string[]): boolean =>
  paths.some((path) => path === CONFIG_PATH || path.startsWith('.github/ISSUE_TEMPLATE/'));
