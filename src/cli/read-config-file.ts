import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseConfig } from '#src/config/parse-config.ts';
import { defaultConfig, type Config } from '#src/config/schema.ts';
import { describeFileError } from './read-input-text.ts';
import { UsageError } from './usage-error.ts';

/**
 * The config for an offline run: the file given with --config (which must exist), or the defaults
 * when none is given. `_extends` needs GitHub, so the CLI reports it instead of silently ignoring it.
 */
export const readConfigFile = async (path: string | undefined, cwd: string): Promise<Config> => {
  if (path === undefined) return defaultConfig();
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch (error) {
    throw describeFileError(`--config ${path}`, error);
  }
  const config = parseConfig(text, path);
  if (config._extends !== undefined) {
    throw new UsageError(
      `--config ${path} has _extends: "${config._extends}", which the offline audit cannot follow — copy the inherited options into the file or remove _extends`,
    );
  }
  return config;
};
