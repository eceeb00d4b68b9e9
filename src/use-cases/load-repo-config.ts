import { loadConfig } from '#src/config/load-config.ts';
import { defaultConfig, type Config } from '#src/config/schema.ts';
import type { Gateway } from '#src/github/gateway.ts';

/** The config a run uses, and whether it came from the file or the defaults. */
export type RepoConfig = { readonly config: Config; readonly source: 'file' | 'defaults' };

/**
 * Reads and validates the repository's config (following `_extends`). A repository without the
 * file gets the defaults: installing the workflow is the opt-in. Throws ConfigError on a bad file.
 */
export const loadRepoConfig = async (gateway: Gateway, path: string): Promise<RepoConfig> => {
  const config = await loadConfig({ owner: gateway.owner, repo: gateway.repo, path }, (location) =>
    gateway.readFile(location),
  );
  return config ? { config, source: 'file' } : { config: defaultConfig(), source: 'defaults' };
};
