import { ConfigError } from '#src/config/config-error.ts';
import type { GitHubLog } from '#src/github/create-octokit.ts';
import type { GitHubClient } from '#src/github/github-client.ts';
import type { RunStop } from '#src/github/run-stop.ts';
import { limitWrites } from '#src/github/limit-writes.ts';
import { handleCommentCommand } from '#src/use-cases/handle-comment-command.ts';
import { refreshAgendas } from '#src/use-cases/refresh-agenda.ts';
import type { IssueEvent } from '#src/use-cases/review-issue.ts';
import { reviewIssues } from '#src/use-cases/review-issues.ts';
import type { RunResult } from '#src/use-cases/run-result.ts';
import type { FoundConfig } from '#src/use-cases/sweep-installations.ts';
import type { BacklogHygieneAppOptions, HandledEvent } from './app-options.ts';
import type { AppRoute } from './route-app-event.ts';
import type { SharedRepo } from './shared-repos.ts';

/** What a handler needs from Probot's context: the installation's client (the permission check goes through the gateway). */
export type EventClient = GitHubClient;

/** What happened to one delivery, before its id and event name are added. */
export type Outcome = Omit<HandledEvent, 'delivery' | 'event'>;

type TaskRoute = Extract<AppRoute, { kind: 'command' | 'agenda' }>;
type Base = { readonly repository: string; readonly number?: number };

const DEFAULT_MAX_WRITES = 100;

const describeRun = (result: RunResult, stop: RunStop | undefined): string => {
  if (result.ignored) return `nothing to do: ${result.ignored}`;
  const verdict = result.verdicts[0];
  const state = verdict
    ? verdict.skipped
      ? 'skipped'
      : verdict.ready
        ? 'ready'
        : `needs refinement (${verdict.blocking.map((check) => check.rule).join(', ')})`
    : 'judged';
  const failed = result.failed.map(({ error }) => `; ${error}`).join('');
  const deferred =
    result.deferred.length === 0
      ? ''
      : stop
        ? `, left for the next run: ${stop.message}`
        : ', deferred by the write budget';
  return `${state}; ${result.changes} change(s)${deferred}${failed}`;
};

/** The config, or the outcome that ends the delivery: none (leave the repository alone) or a bad file (log it, write nothing). */
const configOrOutcome = async (
  repo: SharedRepo,
  base: Base,
  where: string,
  log: GitHubLog,
): Promise<FoundConfig | Outcome> => {
  const before = repo.gateway.stats();
  const stats = () => ({
    reads: repo.gateway.stats().reads - before.reads,
    writes: repo.gateway.stats().writes - before.writes,
  });
  try {
    const found = await repo.config();
    if (found) return found;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    log.error(`${where}: ${error.message}`);
    return { ...base, outcome: 'config-error', detail: error.message, stats: stats(), changes: 0, handlerMs: 0 };
  }
  log.info(
    `${where}: no config; skipping (add .github/backlog-hygiene.yml, or start the app with BACKLOG_HYGIENE_DEFAULT_CONFIG)`,
  );
  return { ...base, outcome: 'no-config', detail: 'no config; skipping', stats: stats(), changes: 0, handlerMs: 0 };
};

const isOutcome = (value: FoundConfig | Outcome): value is Outcome => 'outcome' in value;

const settings = (options: BacklogHygieneAppOptions) => ({
  now: options.now?.() ?? new Date(),
  dryRun: options.dryRun ?? false,
  maxWrites: options.maxWrites ?? DEFAULT_MAX_WRITES,
});

/**
 * Reviews the current state of the queued issues of one repository together (one config read per
 * TTL, one issue read and one batched write per batch of up to 20 issues). Every delivery about
 * an issue gets that issue's outcome, with the requests the whole batch made.
 */
export const reviewBatch = async (
  repo: SharedRepo,
  repository: string,
  batch: ReadonlyMap<number, readonly IssueEvent[]>,
  options: BacklogHygieneAppOptions,
  log: GitHubLog,
): Promise<ReadonlyMap<number, Outcome>> => {
  const numbers = [...batch.keys()];
  const where = numbers.length === 1 ? `${repository}#${numbers[0]}` : `${repository} (#${numbers.join(', #')})`;
  const before = repo.gateway.stats();
  const found = await configOrOutcome(repo, { repository }, where, log);
  if (isOutcome(found)) return new Map(numbers.map((number) => [number, { ...found, number }]));
  const started = performance.now();
  const { results } = await reviewIssues({
    gateway: repo.gateway,
    config: found.config,
    events: [...batch.values()].flat(),
    ...settings(options),
  });
  const handlerMs = performance.now() - started;
  const total = {
    reads: repo.gateway.stats().reads - before.reads,
    writes: repo.gateway.stats().writes - before.writes,
  };
  const stop = repo.gateway.stopped();
  // A stopped or failed run forgets the shared gateway, so the next delivery starts with a fresh brake and fresh reads.
  if (stop || [...results.values()].some((result) => result.failed.length > 0)) repo.reset();
  const shared = numbers.length > 1 ? ` (with ${numbers.length - 1} other issue(s))` : '';
  log.info(`${where}: reviewed ${results.size} issue(s) in ${total.reads} read(s) and ${total.writes} write(s)`);
  return new Map(
    numbers.map((number) => {
      const result = results.get(number);
      const detail = result ? describeRun(result, stop) : 'not reviewed';
      for (const line of result?.dryRunLog ?? []) log.info(`${repository}: ${line}`);
      log.info(`${repository}#${number}: ${detail}`);
      return [
        number,
        {
          repository,
          number,
          outcome: 'reviewed',
          detail: `${detail}${shared}`,
          stats: total,
          changes: result?.changes ?? 0,
          handlerMs,
          batchSize: numbers.length,
        },
      ];
    }),
  );
};

/** Runs a comment command or refreshes the agendas in one repository, with its shared config and gateway. */
export const handleTask = async (
  route: TaskRoute,
  repo: SharedRepo,
  options: BacklogHygieneAppOptions,
  log: GitHubLog,
): Promise<Outcome> => {
  const { owner, repo: name } = route.target;
  const repository = `${owner}/${name}`;
  const number = route.kind === 'agenda' ? undefined : route.event.number;
  const where = number === undefined ? repository : `${repository}#${number}`;
  const base = { repository, ...(number === undefined ? {} : { number }) };
  const found = await configOrOutcome(repo, base, where, log);
  if (isOutcome(found)) return found;
  const gateway = repo.gateway;
  const before = gateway.stats();
  const stats = () => ({
    reads: gateway.stats().reads - before.reads,
    writes: gateway.stats().writes - before.writes,
  });
  const common = { gateway, config: found.config, ...settings(options) };
  const started = performance.now();
  let outcome: Omit<Outcome, 'handlerMs' | 'repository' | 'number'>;
  if (route.kind === 'agenda') {
    const limited = common.dryRun ? gateway : limitWrites(gateway, common.maxWrites);
    const result = await refreshAgendas({ ...common, gateway: limited, log: (line) => log.info(`${where}: ${line}`) });
    outcome = {
      outcome: 'agenda',
      detail: `agendas: ${result.created} created, ${result.updated} updated, ${result.closed} closed, ${result.unchanged} unchanged`,
      stats: stats(),
      changes: result.created + result.updated + result.closed,
    };
  } else {
    const { allowed, result } = await handleCommentCommand({
      ...common,
      event: route.event,
      given: { command: route.command, login: route.login },
      log: (line) => log.info(line),
    });
    const said = `/${route.command} by @${route.login}`;
    const stop = repo.gateway.stopped();
    if (stop || result.failed.length > 0) repo.reset();
    outcome = allowed
      ? { outcome: 'command', detail: `${said}: ${describeRun(result, stop)}`, stats: stats(), changes: result.changes }
      : // Without write access the comment is still activity on the issue: it was judged as any comment.
        {
          outcome: 'reviewed',
          detail: `${said} refused (no write access); ${describeRun(result, stop)}`,
          stats: stats(),
          changes: result.changes,
        };
  }
  const handlerMs = performance.now() - started;
  log.info(`${where}: ${outcome.detail} (${outcome.stats.reads} read(s), ${outcome.stats.writes} write(s))`);
  return { ...base, ...outcome, handlerMs };
};
