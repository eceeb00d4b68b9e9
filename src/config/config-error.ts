/** A config file that cannot be used. The message lists every problem, each with its path, the value found and what is allowed. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(
    /** The file the problems are in, as the user knows it. */
    readonly file: string,
    /** One line per problem, e.g. `rules.stale.days must be a positive number (got "sixty")`. */
    readonly problems: readonly string[],
  ) {
    super(
      // A problem may carry an excerpt on further lines; in a list they are indented under their bullet.
      `Invalid config in ${file}:${problems.length === 1 ? ' ' + problems[0] : problems.map((p) => `\n  - ${p.replaceAll('\n', '\n    ')}`).join('')}`,
    );
  }
}
