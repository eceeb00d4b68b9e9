import { ConfigError } from './config-error.ts';
import { mergeConfig } from './merge-config.ts';
import { readConfigYaml, validateConfig } from './parse-config.ts';
import type { Config } from './schema.ts';

/** Where a config file lives: a repository and a path in it. */
export type ConfigLocation = { readonly owner: string; readonly repo: string; readonly path: string };

/** Reads a config file's text, or undefined when it does not exist. Supplied by the gateway (or the file system in the CLI). */
export type ReadConfigText = (location: ConfigLocation) => Promise<string | undefined>;

const MAX_DEPTH = 5;

/** Parses an `_extends` value: "repo", "owner/repo" or "owner/repo:path". */
export const parseExtends = (value: string, from: ConfigLocation): ConfigLocation => {
  const [repoPart = '', path = '.github/backlog-hygiene.yml'] = value.split(':', 2);
  const [first = '', second] = repoPart.split('/', 2);
  return second === undefined ? { owner: from.owner, repo: first, path } : { owner: first, repo: second, path };
};

const label = (at: ConfigLocation) => `${at.owner}/${at.repo}:${at.path}`;

/**
 * Loads the config at `location`, following `_extends` (org-wide defaults) up to five levels.
 * Returns undefined when the file does not exist, so callers can tell "no config" from "defaults".
 */
export const loadConfig = async (location: ConfigLocation, read: ReadConfigText): Promise<Config | undefined> => {
  const seen = new Set<string>();
  const layers: Record<string, unknown>[] = [];
  let at: ConfigLocation | undefined = location;
  while (at) {
    if (seen.has(label(at))) throw new ConfigError(location.path, [`_extends forms a loop through ${label(at)}`]);
    if (seen.size >= MAX_DEPTH)
      throw new ConfigError(location.path, [`_extends is nested more than ${MAX_DEPTH} levels deep`]);
    seen.add(label(at));
    const text = await read(at);
    if (text === undefined) {
      if (layers.length === 0) return undefined;
      throw new ConfigError(location.path, [`_extends points at ${label(at)}, which does not exist or cannot be read`]);
    }
    const raw = readConfigYaml(text, layers.length === 0 ? at.path : label(at));
    layers.unshift(raw);
    const parent: unknown = raw._extends;
    if (parent !== undefined && typeof parent !== 'string')
      throw new ConfigError(location.path, [
        `_extends must be a string like "owner/.github" (got ${JSON.stringify(parent)})`,
      ]);
    at = parent ? parseExtends(parent, at) : undefined;
  }
  const merged = layers.reduce((base, layer) => mergeConfig(base, layer), {});
  delete merged._extends;
  return validateConfig(merged, location.path);
};
