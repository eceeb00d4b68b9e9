import { readFile } from 'node:fs/promises';
import { ConfigError } from '#src/config/config-error.ts';
import { loadConfig } from '#src/config/load-config.ts';
import { parseConfig } from '#src/config/parse-config.ts';
import type { Config } from '#src/config/schema.ts';
import type { Gateway } from '#src/github/gateway.ts';

/** Where the config lives in a repository, and in the organisation's `.github` repository. */
export const CONFIG_PATH = '.github/backlog-hygiene.yml';
/** The environment variable holding the default config (YAML text or a file path). */
export const DEFAULT_CONFIG_ENV = 'BACKLOG_HYGIENE_DEFAULT_CONFIG';

/** The config for one repository and where it came from; `none` means leave the repository alone. */
export type AppConfig =
  | { readonly kind: 'config'; readonly config: Config; readonly source: 'repository' | 'organization' | 'default' }
  | { readonly kind: 'none' };

/**
 * Finds a repository's config: its own `.github/backlog-hygiene.yml`, else the organisation's
 * `.github` repository's file (both follow `_extends`), else the app's default config, else none:
 * installing the app never starts a bulk action on a repository that did not ask for one.
 * Throws ConfigError (a readable message naming the file) on a bad file.
 */
export const loadAppConfig = async (gateway: Gateway, defaultConfig: Config | undefined): Promise<AppConfig> => {
  const read = (location: Parameters<Gateway['readFile']>[0]) => gateway.readFile(location);
  const own = await loadConfig({ owner: gateway.owner, repo: gateway.repo, path: CONFIG_PATH }, read);
  if (own) return { kind: 'config', config: own, source: 'repository' };
  if (gateway.repo !== '.github') {
    const org = await loadConfig({ owner: gateway.owner, repo: '.github', path: CONFIG_PATH }, read);
    if (org) return { kind: 'config', config: org, source: 'organization' };
  }
  return defaultConfig ? { kind: 'config', config: defaultConfig, source: 'default' } : { kind: 'none' };
};

/**
 * Reads the default config from BACKLOG_HYGIENE_DEFAULT_CONFIG: YAML text (anything with a line
 * break, ": " or a leading "{") or a path to a YAML file. Undefined when unset. `_extends` is refused: a
 * default has no repository to resolve it against.
 */
export const readDefaultConfig = async (value: string | undefined): Promise<Config | undefined> => {
  const text = value?.trim();
  if (!text) return undefined;
  const isYaml = text.includes('\n') || text.includes(': ') || text.startsWith('{');
  let yaml = text;
  if (!isYaml) {
    try {
      yaml = await readFile(text, 'utf8');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
      throw new ConfigError(DEFAULT_CONFIG_ENV, [`${JSON.stringify(text)} is neither YAML nor a readable file (${reason}); set it to YAML text or the path of a backlog-hygiene.yml`]);
    }
  }
  const file = isYaml ? DEFAULT_CONFIG_ENV : `${DEFAULT_CONFIG_ENV} (${text})`;
  const config = parseConfig(yaml, file);
  if (config._extends !== undefined) throw new ConfigError(file, [`_extends ("${config._extends}") cannot be followed from a default config; copy the inherited options into it`]);
  return config;
};
