import { ConfigError } from '#src/config/config-error.ts';
import type { GitHubLog } from '#src/github/create-octokit.ts';
import type { GitHubClient } from '#src/github/github-client.ts';
import { limitWrites } from '#src/github/limit-writes.ts';
import { createOctokitGateway } from '#src/github/octokit-gateway.ts';
import { handleCommentCommand } from '#src/use-cases/handle-comment-command.ts';
import { refreshAgendas } from '#src/use-cases/refresh-agenda.ts';
import { reviewEvent } from '#src/use-cases/review-event.ts';
import type { RunResult } from '#src/use-cases/run-result.ts';
import { findRepoConfig, type FoundConfig } from '#src/use-cases/sweep-installations.ts';
import type { BacklogHygieneAppOptions, HandledEvent } from './app-options.ts';
import type { AppRoute } from './route-app-event.ts';

/** What a handler needs from Probot's context: the installation's client (the permission check goes through the gateway). */
export type EventClient = GitHubClient;

type WorkRoute = Extract<AppRoute, { kind: 'review' | 'command' | 'agenda' }>;
type Outcome = Omit<HandledEvent, 'delivery' | 'event'>;

const DEFAULT_MAX_WRITES = 100;

const describeRun = (result: RunResult): string => {
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
  return `${state}; ${result.changes} change(s)${result.deferred.length > 0 ? ', deferred by the write budget' : ''}${failed}`;
};

/**
 * Does the work of one routed delivery in one repository: finds the config (none → leave the
 * repository alone; invalid → log the readable message, write nothing), then reviews the issue,
 * runs the comment command, or refreshes the agendas.
 */
export const handleWork = async (
  route: WorkRoute,
  octokit: EventClient,
  botLogin: string,
  options: BacklogHygieneAppOptions,
  log: GitHubLog,
): Promise<Outcome> => {
  const { owner, repo } = route.target;
  const repository = `${owner}/${repo}`;
  const number = route.kind === 'agenda' ? undefined : route.event.number;
  const where = number === undefined ? repository : `${repository}#${number}`;
  const base = { repository, ...(number === undefined ? {} : { number }) };
  const gateway = createOctokitGateway({ octokit, owner, repo, selfLogins: [botLogin], log });
  let found: FoundConfig | undefined;
  try {
    found = await findRepoConfig(gateway, options.defaultConfig);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    log.error(`${where}: ${error.message}`);
    return {
      ...base,
      outcome: 'config-error',
      detail: error.message,
      stats: gateway.stats(),
      changes: 0,
      handlerMs: 0,
    };
  }
  if (!found) {
    log.info(
      `${where}: no config; skipping (add .github/backlog-hygiene.yml, or start the app with BACKLOG_HYGIENE_DEFAULT_CONFIG)`,
    );
    return {
      ...base,
      outcome: 'no-config',
      detail: 'no config; skipping',
      stats: gateway.stats(),
      changes: 0,
      handlerMs: 0,
    };
  }
  const common = {
    gateway,
    config: found.config,
    now: options.now?.() ?? new Date(),
    dryRun: options.dryRun ?? false,
    maxWrites: options.maxWrites ?? DEFAULT_MAX_WRITES,
  };
  const started = performance.now();
  let outcome: Omit<Outcome, 'handlerMs' | 'repository' | 'number'>;
  if (route.kind === 'agenda') {
    const limited = common.dryRun ? gateway : limitWrites(gateway, common.maxWrites);
    const result = await refreshAgendas({ ...common, gateway: limited, log: (line) => log.info(`${where}: ${line}`) });
    const changes = result.created + result.updated + result.closed;
    outcome = {
      outcome: 'agenda',
      detail: `agendas: ${result.created} created, ${result.updated} updated, ${result.closed} closed, ${result.unchanged} unchanged`,
      stats: gateway.stats(),
      changes,
    };
  } else if (route.kind === 'command') {
    const { allowed, result } = await handleCommentCommand({
      ...common,
      event: route.event,
      given: { command: route.command, login: route.login },
      log: (line) => log.info(line),
    });
    const said = `/${route.command} by @${route.login}`;
    outcome = allowed
      ? {
          outcome: 'command',
          detail: `${said}: ${describeRun(result)}`,
          stats: gateway.stats(),
          changes: result.changes,
        }
      : // Without write access the comment is still activity on the issue: it was judged as any comment, after one polite reply.
        {
          outcome: 'reviewed',
          detail: `${said} refused (no write access); ${describeRun(result)}`,
          stats: gateway.stats(),
          changes: result.changes,
        };
  } else {
    const result = await reviewEvent({ ...common, event: route.event });
    outcome = { outcome: 'reviewed', detail: describeRun(result), stats: gateway.stats(), changes: result.changes };
  }
  const handlerMs = performance.now() - started;
  log.info(`${where}: ${outcome.detail} (${outcome.stats.reads} read(s), ${outcome.stats.writes} write(s))`);
  return { ...base, ...outcome, handlerMs };
};
