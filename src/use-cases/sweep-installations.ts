import { loadConfig } from '#src/config/load-config.ts';
import type { Config } from '#src/config/schema.ts';
import type { Gateway, RequestStats } from '#src/github/gateway.ts';
import { limitWrites } from '#src/github/limit-writes.ts';
import type { OrgHealthRow } from '#src/health/render-org-health.ts';
import { refreshHealthStep } from './health-step.ts';
import { refreshOrgHealth } from './refresh-org-health.ts';
import { refreshAgendas } from './refresh-agenda.ts';
import { sweepBacklog } from './sweep-backlog.ts';

/** Where the config lives in a repository, and in the organisation's `.github` repository. */
export const CONFIG_PATH = '.github/backlog-hygiene.yml';

/** A repository's config and where it came from; undefined from findRepoConfig means "leave it alone". */
export type FoundConfig = { readonly config: Config; readonly source: 'repository' | 'organization' | 'default' };

/**
 * A repository's config for the app: its own `.github/backlog-hygiene.yml`, else the organisation's
 * `.github` repository's file (both follow `_extends`), else the default config, else undefined —
 * so installing the app never starts a bulk action on a repository that did not ask for one.
 * Throws ConfigError on a bad file.
 */
export const findRepoConfig = async (
  gateway: Gateway,
  defaultConfig: Config | undefined,
): Promise<FoundConfig | undefined> => {
  const read = (location: Parameters<Gateway['readFile']>[0]) => gateway.readFile(location);
  const own = await loadConfig({ owner: gateway.owner, repo: gateway.repo, path: CONFIG_PATH }, read);
  if (own) return { config: own, source: 'repository' };
  if (gateway.repo !== '.github') {
    const org = await loadConfig({ owner: gateway.owner, repo: '.github', path: CONFIG_PATH }, read);
    if (org) return { config: org, source: 'organization' };
  }
  return defaultConfig ? { config: defaultConfig, source: 'default' } : undefined;
};

/** What happened in one repository. */
export type RepoOutcome = {
  readonly repository: string;
  readonly installationId: number;
  readonly status: 'ok' | 'failed' | 'skipped';
  /** Why it failed or was skipped, readable. */
  readonly reason?: string;
  /** Changes made (or, in a dry run, that would be): sweep plus agendas. */
  readonly changes: number;
  readonly deferred: number;
  readonly stats: RequestStats;
  /** GraphQL points spent on this repository, when the gateway counts them. */
  readonly points?: number;
  /** Open issues the audit did not reach (points budget or a rate limit); the next run starts with them. */
  readonly unread?: number;
  /** The repository's Health figures, for the organisation roll-up. */
  readonly health?: OrgHealthRow;
};

/** Totals for one installation. */
export type InstallationOutcome = {
  readonly id: number;
  readonly account: string;
  readonly repositories: number;
  readonly ok: number;
  readonly failed: number;
  readonly skipped: number;
  /** HTTP requests made for this installation (listing, tokens and retries included when the client counts them). */
  readonly requests: number;
  /** Set when the installation's repositories could not even be listed. */
  readonly error?: string;
};

export type SweepInstallationsResult = {
  readonly repositories: readonly RepoOutcome[];
  readonly installations: readonly InstallationOutcome[];
};

/** One installation as the sweep needs it. */
export type SweepInstallation = {
  readonly id: number;
  readonly account: string;
  listRepositories(): Promise<readonly { owner: string; repo: string }[]>;
  gateway(owner: string, repo: string): Gateway;
  /** Requests made through this installation so far; gateway stats are summed when absent. */
  requests?(): number;
};

export type SweepInstallationsInput = {
  listInstallations(): Promise<readonly { id: number; account: string }[]>;
  openInstallation(id: number, account: string): Promise<SweepInstallation>;
  readonly defaultConfig?: Config;
  readonly now: Date;
  readonly dryRun: boolean;
  /** Write budget per repository (sweep first, agendas from what is left). */
  readonly maxWrites: number;
  /** GraphQL points budget per repository's audit (unlimited when absent). */
  readonly maxPoints?: number;
  /** Repositories swept at the same time (at least 1). */
  readonly concurrency: number;
  /** A random pause of up to this many milliseconds before each repository, to spread the load. */
  readonly jitterMs: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
  readonly log?: (line: string) => void;
};

type Target = { installation: SweepInstallation; owner: string; repo: string };

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Sweeps one repository: config, audit, agendas. Never throws: a failure is the outcome. */
const sweepRepo = async (target: Target, input: SweepInstallationsInput): Promise<RepoOutcome> => {
  const repository = `${target.owner}/${target.repo}`;
  const log = input.log ?? (() => {});
  let gateway: Gateway | undefined;
  const base = { repository, installationId: target.installation.id };
  const stats = () => gateway?.stats() ?? { reads: 0, writes: 0 };
  try {
    gateway = target.installation.gateway(target.owner, target.repo);
    const found = await findRepoConfig(gateway, input.defaultConfig);
    if (!found) return { ...base, status: 'skipped', reason: 'no config', changes: 0, deferred: 0, stats: stats() };
    const common = { gateway, config: found.config, now: input.now, dryRun: input.dryRun };
    const result = await sweepBacklog({
      ...common,
      maxWrites: input.maxWrites,
      ...(input.maxPoints !== undefined && { maxPoints: input.maxPoints }),
    });
    result.dryRunLog.forEach((line) => log(`${repository}: ${line}`));
    const left = Math.max(0, input.maxWrites - result.changes);
    let agendaChanges = 0;
    const stopped = (): RepoOutcome | undefined => {
      const stop = gateway?.stopped();
      if (!stop) return undefined;
      const changes = result.changes + agendaChanges;
      return {
        ...base,
        status: 'failed',
        reason: stop.message,
        changes,
        deferred: result.deferred.length,
        stats: stats(),
      };
    };
    // A run that stopped writing (no answer, 5xx, a rate limit, a missing permission) leaves the agendas to the next run.
    const early = stopped();
    if (early) return early;
    try {
      const agendas = await refreshAgendas({
        ...common,
        gateway: input.dryRun ? gateway : limitWrites(gateway, left),
        items: result.items,
        verdicts: result.verdicts,
        log: (line) => log(`${repository}: ${line}`),
      });
      agendaChanges = input.dryRun ? agendas.stats.writes : agendas.created + agendas.updated + agendas.closed;
    } catch (error) {
      // A budget that runs out on the agendas is finished by the next run, not a failure.
      if (!message(error).startsWith('Write budget') && !gateway.stopped()) throw error;
      log(`${repository}: ${message(error)}`);
    }
    const late = stopped();
    if (late) return late;
    const health = await refreshHealthStep({
      ...common,
      result,
      budgetLeft: left - agendaChanges,
      log: (line) => log(`${repository}: ${line}`),
    });
    const outcome = {
      ...base,
      ...(health.snapshot
        ? { health: { repository, snapshot: health.snapshot, ...(health.issue ? { url: health.issue.url } : {}) } }
        : {}),
      changes: result.changes + agendaChanges + health.writes,
      deferred: result.deferred.length,
      stats: stats(),
      ...(gateway.points && { points: gateway.points().points }),
      ...(result.read?.stoppedByBudget && { unread: result.read.total - result.read.read }),
    };
    if (result.failed.length > 0)
      return {
        ...outcome,
        status: 'failed',
        reason: result.failed.map(({ plan, error }) => `#${plan.number}: ${error}`).join('; '),
      };
    return { ...outcome, status: 'ok' };
  } catch (error) {
    return { ...base, status: 'failed', reason: message(error), changes: 0, deferred: 0, stats: stats() };
  }
};

/**
 * The organisation roll-up, after every repository of an installation was swept: only when the
 * installation covers the account's `.github` repository and that repository has a config (or a
 * default config was given) with the Health issue on. A failure is logged; the sweep's outcome stands.
 */
const rollUp = async (
  installation: SweepInstallation,
  account: string,
  targets: readonly Target[],
  outcomes: readonly RepoOutcome[],
  input: SweepInstallationsInput,
): Promise<void> => {
  const log = input.log ?? (() => {});
  const covers = targets.some((t) => t.installation === installation && t.owner === account && t.repo === '.github');
  const rows = outcomes.filter((o) => o.installationId === installation.id && o.health).map((o) => o.health!);
  if (!covers || rows.length === 0) return;
  try {
    const gateway = installation.gateway(account, '.github');
    const found = await findRepoConfig(gateway, input.defaultConfig);
    if (!found) return;
    const limited = input.dryRun ? gateway : limitWrites(gateway, input.maxWrites);
    const result = await refreshOrgHealth({ gateway: limited, config: found.config, rows, dryRun: input.dryRun, log });
    if (result.action === 'created' || result.action === 'updated')
      log(`${account}/.github: organisation Backlog Health issue ${result.action}.`);
  } catch (error) {
    log(`${account}/.github: could not update the organisation Backlog Health issue: ${message(error)}`);
  }
};

/**
 * The app's scheduled audit over every installation: lists installations and their repositories,
 * then sweeps the backlog and refreshes the agendas of each repository that has a config (or all,
 * with a default config), `concurrency` at a time with a random pause before each. A failure in one
 * repository is recorded and the others go on. Returns per-repository and per-installation outcomes.
 */
export const sweepInstallations = async (input: SweepInstallationsInput): Promise<SweepInstallationsResult> => {
  const sleep = input.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = input.random ?? Math.random;
  const targets: Target[] = [];
  const installations: { installation?: SweepInstallation; id: number; account: string; error?: string }[] = [];
  for (const { id, account } of await input.listInstallations()) {
    try {
      const installation = await input.openInstallation(id, account);
      const repos = await installation.listRepositories();
      installations.push({ installation, id, account });
      targets.push(...repos.map(({ owner, repo }) => ({ installation, owner, repo })));
    } catch (error) {
      installations.push({
        id,
        account,
        error: `could not list the repositories of installation ${id} (${account}): ${message(error)}`,
      });
    }
  }
  const outcomes: RepoOutcome[] = new Array(targets.length);
  let next = 0;
  const worker = async () => {
    while (next < targets.length) {
      const index = next++;
      if (input.jitterMs > 0) await sleep(Math.floor(random() * input.jitterMs));
      outcomes[index] = await sweepRepo(targets[index]!, input);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(input.concurrency, targets.length)) }, worker));
  for (const { installation, account } of installations)
    if (installation) await rollUp(installation, account, targets, outcomes, input);
  return {
    repositories: outcomes,
    installations: installations.map(({ installation, id, account, error }) => {
      const mine = outcomes.filter((outcome) => outcome.installationId === id);
      const summed = mine.reduce((sum, outcome) => sum + outcome.stats.reads + outcome.stats.writes, 0);
      return {
        id,
        account,
        repositories: mine.length,
        ok: mine.filter((outcome) => outcome.status === 'ok').length,
        failed: mine.filter((outcome) => outcome.status === 'failed').length,
        skipped: mine.filter((outcome) => outcome.status === 'skipped').length,
        requests: installation?.requests?.() ?? summed,
        ...(error ? { error } : {}),
      };
    }),
  };
};
