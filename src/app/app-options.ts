import type { Config } from '#src/config/schema.ts';
import type { RequestStats } from '#src/github/gateway.ts';
import { readDefaultConfig } from './app-config.ts';

/** What happened to one webhook delivery; for logs, tests and the bench. */
export type HandledEvent = {
  readonly delivery: string;
  /** "issues.opened", "milestone.closed", … */
  readonly event: string;
  readonly repository?: string;
  readonly number?: number;
  readonly outcome:
    'reviewed' | 'command' | 'agenda' | 'skipped' | 'duplicate' | 'no-config' | 'config-error' | 'logged';
  readonly detail: string;
  /** Requests made for this delivery (token requests excluded); for issues reviewed together, the whole batch's (see batchSize). */
  readonly stats: RequestStats;
  readonly changes: number;
  /** Milliseconds spent in the use case (config reading and routing excluded). */
  readonly handlerMs: number;
  /** Issues reviewed together with this one (queued events of one repository share their requests); 1 when alone. */
  readonly batchSize?: number;
};

/** How the app behaves; `appOptionsFromEnv` reads them for `npm start`. */
export type BacklogHygieneAppOptions = {
  /** Used for repositories without a config of their own or from the organisation; without it they are left alone. */
  readonly defaultConfig?: Config;
  /** The app's slug; read once from GET /app when absent. Its bot login is "<slug>[bot]". */
  readonly appSlug?: string;
  /** Changes allowed per delivery (default 100, as the Action's max-writes). */
  readonly maxWrites?: number;
  /** Log "DRY-RUN: would …" instead of writing. */
  readonly dryRun?: boolean;
  readonly now?: () => Date;
  /** Called once per delivery after it is handled. */
  readonly onHandled?: (event: HandledEvent) => void;
};

type Env = Readonly<Record<string, string | undefined>>;

const positiveInteger = (name: string, value: string | undefined): number | undefined => {
  if (value === undefined || value.trim() === '') return undefined;
  if (!/^\d{1,9}$/.test(value.trim()) || Number(value) < 1)
    throw new Error(`${name} must be a positive whole number such as 100 (got ${JSON.stringify(value)}).`);
  return Number(value);
};

/**
 * The app's options from the environment: BACKLOG_HYGIENE_DEFAULT_CONFIG (YAML text or a path),
 * APP_SLUG, BACKLOG_HYGIENE_MAX_WRITES and BACKLOG_HYGIENE_DRY_RUN ("true"). Throws a readable
 * error on a bad value, so the server refuses to start rather than misbehave.
 */
export const appOptionsFromEnv = async (env: Env): Promise<BacklogHygieneAppOptions> => {
  const defaultConfig = await readDefaultConfig(env.BACKLOG_HYGIENE_DEFAULT_CONFIG);
  const maxWrites = positiveInteger('BACKLOG_HYGIENE_MAX_WRITES', env.BACKLOG_HYGIENE_MAX_WRITES);
  return {
    ...(defaultConfig ? { defaultConfig } : {}),
    ...(env.APP_SLUG ? { appSlug: env.APP_SLUG } : {}),
    ...(maxWrites ? { maxWrites } : {}),
    dryRun: env.BACKLOG_HYGIENE_DRY_RUN === 'true',
  };
};
