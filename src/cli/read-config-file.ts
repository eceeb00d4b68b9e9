import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { parseConfig } from '#src/config/parse-config.ts';
import { defaultConfig, type Config } from '#src/config/schema.ts';
import { describeFileError } from './read-input-text.ts';
import { UsageError } from './usage-error.ts';

/** Where the Action and the App read a repository's config; the CLI looks there too when --config is not given. */
export const DEFAULT_CONFIG_PATH = '.github/backlog-hygiene.yml';

/** True when `path` names the default config file of the repository at `cwd` (however it is spelled). */
const isDefaultPath = (path: string, cwd: string): boolean =>
  relative(resolve(cwd), resolve(cwd, path)).split(sep).join('/') === DEFAULT_CONFIG_PATH;

/**
 * The config for an offline run, from `path` (default: .github/backlog-hygiene.yml). The default
 * file is optional, as it is for the Action: when it is missing the built-in defaults apply. Any
 * other path was named on purpose, so a missing file there is an error rather than a silent
 * fallback. `_extends` needs GitHub, so the CLI reports it instead of silently ignoring it.
 */
export const readConfigFile = async (path: string | undefined, cwd: string): Promise<Config> => {
  const file = path ?? DEFAULT_CONFIG_PATH;
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT' && isDefaultPath(file, cwd)) return defaultConfig();
    throw describeFileError(`--config ${file}`, error);
  }
  const config = parseConfig(text, file);
  if (config._extends !== undefined) {
    throw new UsageError(
      `--config ${file} has _extends: "${config._extends}", which the offline audit cannot follow — copy the inherited options into the file or remove _extends`,
    );
  }
  return config;
};
