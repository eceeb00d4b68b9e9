// A named import of one field: the bundler inlines just the version, not the whole package.json.
import { version } from '../../package.json';

/** The CLI's version, from package.json, as `backlog-hygiene --version` prints it. */
export const CLI_VERSION: string = version;
