import { Command, CommanderError, Option } from 'commander';
import { readDefaultConfig } from '#src/app/app-config.ts';
import { createAppClient, type AppClient, type AppClientOptions } from '#src/github/create-app-client.ts';
import { createOctokitGateway } from '#src/github/octokit-gateway.ts';
import { sweepInstallations, type SweepInstallationsResult } from '#src/use-cases/sweep-installations.ts';
import type { CommandEnv } from './program.ts';
import { readAppCredentials } from './sweep-credentials.ts';
import { renderSweepReport } from './sweep-report.ts';
import { UsageError } from './usage-error.ts';

/** Options of `backlog-hygiene sweep`, as commander hands them over. */
export type SweepOptions = {
  readonly app?: boolean;
  readonly concurrency: string;
  readonly jitterMs: string;
  readonly maxWrites: string;
  readonly maxPoints?: string;
  readonly dryRun?: boolean;
  readonly defaultConfig?: string;
};

/** Seams for tests: the environment and the app client (a fake GitHub in tests). */
export type SweepDependencies = {
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly createAppClient?: (options: AppClientOptions) => AppClient;
};

const whole = (name: string, value: string, min: number): number => {
  if (!/^\d{1,9}$/.test(value.trim()) || Number(value) < min)
    throw new UsageError(`${name} must be a whole number of at least ${min} (got ${JSON.stringify(value)})`);
  return Number(value);
};

/**
 * Sweeps every repository of every installation of the GitHub App, prints the summary and returns
 * the outcome. Repositories that failed are in the result; nothing here throws for them.
 */
export const runSweep = async (
  options: SweepOptions,
  env: CommandEnv,
  deps: SweepDependencies = {},
): Promise<SweepInstallationsResult> => {
  if (!options.app)
    throw new UsageError(
      'sweep needs --app: it sweeps every repository the GitHub App is installed on (use the Action for one repository, or `audit` offline)',
    );
  const concurrency = whole('--concurrency', options.concurrency, 1);
  const jitterMs = whole('--jitter-ms', options.jitterMs, 0);
  const maxWrites = whole('--max-writes', options.maxWrites, 1);
  const maxPoints = whole('--max-points', options.maxPoints ?? '1000', 1);
  const processEnv = deps.env ?? process.env;
  const credentials = await readAppCredentials(processEnv);
  const defaultConfig = await readDefaultConfig(options.defaultConfig ?? processEnv.BACKLOG_HYGIENE_DEFAULT_CONFIG);
  const client = (deps.createAppClient ?? createAppClient)({
    ...credentials,
    ...(processEnv.BACKLOG_HYGIENE_RETRY_BASE_MS
      ? { retryAfterBaseMs: Number(processEnv.BACKLOG_HYGIENE_RETRY_BASE_MS) }
      : {}),
  });
  const botLogin = await client.botLogin();
  const log = (line: string) => env.io.stderr.write(`${line}\n`);
  const result = await sweepInstallations({
    listInstallations: () => client.listInstallations(),
    async openInstallation(id, account) {
      const installation = await client.installation(id, account);
      return {
        id,
        account,
        listRepositories: () => installation.listRepositories(),
        gateway: (owner, repo) =>
          createOctokitGateway({ octokit: installation.octokit, owner, repo, selfLogins: [botLogin] }),
        requests: () => installation.requests(),
      };
    },
    ...(defaultConfig ? { defaultConfig } : {}),
    now: env.clock(),
    dryRun: options.dryRun ?? false,
    maxWrites,
    maxPoints,
    concurrency,
    jitterMs,
    log,
  });
  env.io.stdout.write(renderSweepReport(result, options.dryRun ?? false));
  return result;
};

/** True when any repository or installation failed. */
export const sweepFailed = (result: SweepInstallationsResult): boolean =>
  result.repositories.some((outcome) => outcome.status === 'failed') ||
  result.installations.some((installation) => installation.error !== undefined);

/** `backlog-hygiene sweep --app`: the nightly audit and agendas for every repository the app is installed on. */
export const sweepCommand = (env: CommandEnv, deps: SweepDependencies = {}): Command =>
  new Command('sweep')
    .description(
      'Audit every repository the GitHub App is installed on (those with a config, or all with a default config) and refresh their refinement agendas. Needs APP_ID and PRIVATE_KEY (or PRIVATE_KEY_PATH); GITHUB_API_URL or GHE_HOST for GitHub Enterprise Server.',
    )
    .option('--app', 'authenticate as the GitHub App and sweep all its installations')
    .option('--concurrency <n>', 'repositories swept at the same time', '2')
    .option('--jitter-ms <ms>', 'random pause of up to this long before each repository, to spread the load', '500')
    .option(
      '--max-writes <n>',
      'write budget per repository (labels, comments, agenda changes); the rest waits for the next run',
      '100',
    )
    .option(
      '--max-points <n>',
      "GraphQL points each repository's audit may read with (an installation gets 5,000+ an hour); the rest waits for the next run",
      '1000',
    )
    .option('--dry-run', 'write nothing; print "DRY-RUN: would …" for each change')
    .addOption(
      new Option(
        '--default-config <yaml-or-path>',
        'config for repositories without one (default: BACKLOG_HYGIENE_DEFAULT_CONFIG; without it they are skipped)',
      ),
    )
    .action(async (options: SweepOptions) => {
      const result = await runSweep(options, env, deps);
      // The summary already names every failure; the error only sets the exit code.
      if (sweepFailed(result)) throw new CommanderError(1, 'backlog-hygiene.sweepFailed', 'some repositories failed');
    });
