import { readFile } from 'node:fs/promises';
import { ConfigError } from '#src/config/config-error.ts';
import { parseConfig } from '#src/config/parse-config.ts';
import type { Config } from '#src/config/schema.ts';

/** The environment variable holding the default config (YAML text or a file path). */
export const DEFAULT_CONFIG_ENV = 'BACKLOG_HYGIENE_DEFAULT_CONFIG';

// The lookup (repository, organisation .github, default) is shared with the multi-repository sweep.
export { CONFIG_PATH, findRepoConfig } from '#src/use-cases/sweep-installations.ts';

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
      throw new ConfigError(DEFAULT_CONFIG_ENV, [
        `${JSON.stringify(text)} is neither YAML nor a readable file (${reason}); set it to YAML text or the path of a backlog-hygiene.yml`,
      ]);
    }
  }
  const file = isYaml ? DEFAULT_CONFIG_ENV : `${DEFAULT_CONFIG_ENV} (${text})`;
  const config = parseConfig(yaml, file);
  if (config._extends !== undefined)
    throw new ConfigError(file, [
      `_extends ("${config._extends}") cannot be followed from a default config; copy the inherited options into it`,
    ]);
  return config;
};
