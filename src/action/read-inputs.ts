/** The Action's inputs, validated. */
export type ActionInputs = {
  readonly token: string;
  readonly configPath: string;
  readonly dryRun: boolean;
  readonly maxWrites: number;
  /** GraphQL points a sweep may spend reading (`max-points`); the rest of the backlog waits for the next run. */
  readonly maxPoints: number;
};

/** GITHUB_TOKEN gets 1,000 points an hour per repository: half for the audit, half left for the hour's issue events. */
export const DEFAULT_MAX_POINTS = 500;

/** Reads one input by its action.yml name; `core.getInput` in production, a map in tests. */
export type GetInput = (name: string) => string;

/** An input that cannot be used; the message names the input, the value and the fix. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

const parseDryRun = (raw: string): boolean => {
  const value = raw.trim().toLowerCase();
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw new InputError(
    `Invalid input dry-run: expected "true" or "false" (got ${JSON.stringify(raw)}). Set \`dry-run: true\` to log what would change without writing.`,
  );
};

const parseWhole = (name: string, raw: string, fallback: number): number => {
  const value = raw.trim();
  if (value === '') return fallback;
  // Digits only: "1e3", "10.5" and "-1" are all mistakes worth reporting rather than rounding.
  if (!/^\d{1,9}$/.test(value) || Number(value) < 1) {
    throw new InputError(
      `Invalid input ${name}: expected a positive whole number such as ${fallback} (got ${JSON.stringify(raw)}).`,
    );
  }
  return Number(value);
};

/** Reads and validates every input; throws InputError naming the first bad one. */
export const readInputs = (getInput: GetInput): ActionInputs => {
  const token = getInput('github-token').trim();
  if (token === '') {
    throw new InputError(
      'Missing input github-token: pass `github-token: ${{ github.token }}` (the default) or a token with issues: write.',
    );
  }
  return {
    token,
    configPath: getInput('config-path').trim() || '.github/backlog-hygiene.yml',
    dryRun: parseDryRun(getInput('dry-run')),
    maxWrites: parseWhole('max-writes', getInput('max-writes'), 100),
    maxPoints: parseWhole('max-points', getInput('max-points'), DEFAULT_MAX_POINTS),
  };
};
