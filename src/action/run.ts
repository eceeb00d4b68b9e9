import { readFile } from 'node:fs/promises';
import * as core from '@actions/core';
import { ConfigError } from '#src/config/config-error.ts';
import type { Config } from '#src/config/schema.ts';
import type { Gateway } from '#src/github/gateway.ts';
import { handleCommentCommand } from '#src/use-cases/handle-comment-command.ts';
import { loadRepoConfig } from '#src/use-cases/load-repo-config.ts';
import { reviewEvent } from '#src/use-cases/review-event.ts';
import type { ReviewIssueInput } from '#src/use-cases/review-issue.ts';
import type { RunResult } from '#src/use-cases/run-result.ts';
import { refreshHealthStep } from '#src/use-cases/health-step.ts';
import type { RefreshHealthResult } from '#src/use-cases/refresh-health.ts';
import { sweepBacklog } from '#src/use-cases/sweep-backlog.ts';
import { budgetStopLine, pointsLine } from '#src/report/points-line.ts';
import { createActionGateway } from './create-gateway.ts';
import { describeFailure } from './describe-failure.ts';
import { routeEvent, type Route } from './event-router.ts';
import { renderFailureSummary, renderJobSummary, type SummaryInput } from './job-summary.ts';
import { toOutputs } from './outputs.ts';
import { InputError, readInputs, type ActionInputs } from './read-inputs.ts';
import { refreshAgendaStep, type AgendaOutcome } from './agenda-step.ts';
import { noticeSummary, resetNotices } from './gateway-notices.ts';

/** The process environment the Action reads; `process.env` on a runner, a plain object in tests. */
export type ActionEnv = Readonly<Record<string, string | undefined>>;

/** Seams for tests: a gateway instead of GitHub, a fixed clock. */
export type RunDependencies = {
  readonly createGateway?: (inputs: ActionInputs, env: ActionEnv) => Gateway;
  readonly now?: () => Date;
};

// Mirrors core.getInput's naming (spaces → "_", upper case; hyphens are kept) so run(env) works in-process.
const inputFrom = (env: ActionEnv) => (name: string) =>
  env === process.env ? core.getInput(name) : (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();

const readPayload = async (env: ActionEnv): Promise<unknown> => {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return {};
  return JSON.parse(await readFile(path, 'utf8')) as unknown;
};

const numbersOf = (plans: readonly { readonly number: number }[]): string => {
  const shown = plans
    .slice(0, 20)
    .map((plan) => `#${plan.number}`)
    .join(', ');
  return `${shown}${plans.length > 20 ? ` and ${plans.length - 20} more` : ''}`;
};

const logResult = (result: RunResult, inputs: ActionInputs, stopped: boolean): void => {
  if (result.ignored) core.info(`Nothing to do: ${result.ignored}.`);
  for (const line of result.dryRunLog) core.info(line);
  if (!inputs.dryRun)
    for (const plan of result.applied)
      core.info(
        `Updated #${plan.number}: +[${plan.addLabels.join(', ')}] -[${plan.removeLabels.join(', ')}]${plan.comment ? `, ${plan.comment.kind}d comment` : ''}`,
      );
  for (const { plan, error } of result.failed) core.warning(`#${plan.number}: ${error}`);
  const budgetStop = budgetStopLine(result.read, inputs.maxPoints);
  if (budgetStop) core.warning(budgetStop);
  if (result.deferred.length > 0) {
    const left = `${result.deferred.length} issue(s) left for the next run (${numbersOf(result.deferred)})`;
    // A stop is reported once, as the step's error; this line only says what it left.
    if (stopped) core.info(`The run stopped writing: ${left}.`);
    else core.warning(`Write budget (max-writes: ${inputs.maxWrites}) used up: ${left}.`);
  }
  core.info(`${inputs.dryRun ? 'Would make' : 'Made'} ${result.changes} change(s) to issues and labels.`);
};

/** `/ready` or `/refine`: the app's use case, so both front ends give the same writes; says who asked and what came of it. */
const runCommentCommand = async (
  route: Extract<Route, { kind: 'command' }>,
  options: Omit<ReviewIssueInput, 'event'>,
): Promise<RunResult> => {
  const { command, login } = route.given;
  const { allowed, result } = await handleCommentCommand({
    ...options,
    event: route.event,
    given: route.given,
    log: (line) => core.info(line),
  });
  if (allowed) core.info(`/${command} by @${login} on #${route.event.number}: accepted (write access).`);
  else
    core.info(
      `/${command} by @${login} refused: no write access to ${options.gateway.owner}/${options.gateway.repo}; replied once and judged the comment as activity.`,
    );
  return result;
};

/** What a run got to before it ended, however it ended: the summary and outputs are written from it. */
type Progress = {
  configPath: string;
  inputs?: ActionInputs;
  gateway?: Gateway;
  mode?: SummaryInput['mode'];
  config?: Config;
  source?: 'file' | 'defaults';
  now: Date;
  result?: RunResult;
  agenda?: AgendaOutcome;
  health?: RefreshHealthResult;
  serverUrl?: string;
};

const execute = async (env: ActionEnv, deps: RunDependencies, progress: Progress): Promise<void> => {
  const inputs = readInputs(inputFrom(env));
  progress.inputs = inputs;
  progress.configPath = inputs.configPath;
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const route = routeEvent(eventName, await readPayload(env));
  if (route.kind === 'unsupported') return core.notice(route.message);
  if (route.kind === 'skip') return core.info(`Nothing to do: ${route.reason}.`);
  progress.mode = route.kind === 'review' || route.kind === 'command' ? 'event' : route.kind;
  const gateway = (deps.createGateway ?? createActionGateway)(inputs, env);
  progress.gateway = gateway;
  const { config, source } = await loadRepoConfig(gateway, inputs.configPath);
  progress.config = config;
  progress.source = source;
  if (source === 'defaults')
    core.info(`No ${inputs.configPath} in ${gateway.owner}/${gateway.repo}: using the defaults.`);
  const options = { gateway, config, now: progress.now, dryRun: inputs.dryRun, maxWrites: inputs.maxWrites };
  if (route.kind === 'review') progress.result = await reviewEvent({ ...options, event: route.event });
  if (route.kind === 'command') progress.result = await runCommentCommand(route, options);
  if (route.kind === 'sweep') progress.result = await sweepBacklog({ ...options, maxPoints: inputs.maxPoints });
  const result = progress.result;
  if (result) logResult(result, inputs, gateway.stopped() !== undefined);
  if (route.kind === 'sweep' || route.kind === 'agenda') {
    const budgetLeft = inputs.maxWrites - (result?.changes ?? 0);
    // The step itself refuses to start once the run has stopped (see refreshAgendaStep).
    progress.agenda = await refreshAgendaStep({
      ...options,
      maxWrites: Math.max(0, budgetLeft),
      ...(result ? { items: result.items, verdicts: result.verdicts } : {}),
    });
    for (const line of progress.agenda.log) core.info(line);
  }
  // Like the agenda, the Health issue is not touched once the run has stopped writing.
  if (route.kind === 'sweep' && result && !gateway.stopped())
    progress.health = await refreshHealthStep({
      ...options,
      result,
      budgetLeft: inputs.maxWrites - result.changes - (progress.agenda?.writes ?? 0),
      log: (line) => core.info(line),
    });
};

/** The job summary and outputs, written however the run ended; then the step's one failure, if any. */
const finish = async (
  progress: Progress,
  failure: { readonly message: string; readonly annotated: boolean } | undefined,
): Promise<void> => {
  const { gateway, inputs, config, result, agenda, health } = progress;
  const requests = gateway?.stats();
  const points = gateway?.points?.();
  if (requests)
    core.info(
      `Requests to GitHub in this run: ${requests.reads} read(s), ${requests.writes} write(s)${points ? `; ${pointsLine(points)}` : ''}.`,
    );
  setOutputs(result, agenda, health?.writes ?? 0);
  const stop = gateway?.stopped();
  const summary =
    gateway && inputs && config && progress.mode && progress.source && requests && (result || !failure)
      ? renderJobSummary({
          mode: progress.mode,
          result,
          config,
          now: progress.now,
          repository: `${gateway.owner}/${gateway.repo}`,
          dryRun: inputs.dryRun,
          maxWrites: inputs.maxWrites,
          configSource: progress.source,
          configPath: inputs.configPath,
          requests,
          ...(points ? { points } : {}),
          maxPoints: inputs.maxPoints,
          ...(agenda
            ? {
                agendaLines: agenda.log.map((line) => `- ${line}`),
                agendaIssues: agenda.issues,
                agendaWrites: agenda.writes,
              }
            : {}),
          ...(progress.serverUrl ? { serverUrl: progress.serverUrl } : {}),
          ...(health?.issue ? { healthIssue: { ...health.issue, action: health.action } } : {}),
          ...(health ? { healthWrites: health.writes } : {}),
          ...(stop ? { stop: stop.message } : {}),
          ...(failure ? { failure: failure.message } : {}),
        })
      : failure
        ? renderFailureSummary({
            repository: gateway ? `${gateway.owner}/${gateway.repo}` : undefined,
            message: failure.message,
            requests,
          })
        : undefined;
  // A summary that cannot be written (no GITHUB_STEP_SUMMARY) must not hide the run's own outcome.
  if (summary !== undefined)
    await core.summary
      .addRaw(summary + noticeSummary())
      .write()
      .catch((error: unknown) => core.warning(`Could not write the job summary: ${String(error)}`));
  if (failure) return failure.annotated ? undefined : core.setFailed(failure.message);
  if (stop) return core.setFailed(stop.message);
  if (result && result.failed.length > 0)
    core.setFailed(
      `${result.failed.length} issue(s) could not be updated; see the warnings above. A re-run retries them.`,
    );
};

/**
 * The Action: reads inputs and the event, routes it to a use case, sets outputs and writes the job
 * summary on every exit path. Never throws: a failure, or a stop (GitHub not answering, a rate
 * limit, a missing permission), ends in one `core.setFailed` saying what happened and the fix.
 */
export const run = async (env: ActionEnv = process.env, deps: RunDependencies = {}): Promise<void> => {
  const progress: Progress = {
    configPath: '.github/backlog-hygiene.yml',
    now: deps.now?.() ?? clockFrom(env),
    ...(env.GITHUB_SERVER_URL ? { serverUrl: env.GITHUB_SERVER_URL } : {}),
  };
  resetNotices();
  try {
    await execute(env, deps, progress);
  } catch (error) {
    if (error instanceof ConfigError) {
      // The annotation on the file is the failure message; setFailed would repeat it without the file.
      core.error(error.message, {
        file: error.file === progress.configPath ? progress.configPath : error.file,
        title: 'Invalid Backlog Hygiene config',
      });
      process.exitCode = core.ExitCode.Failure;
      return finish(progress, { message: error.message, annotated: true });
    }
    // After a stop, what follows is its consequence: the stop is what to report.
    const stop = progress.gateway?.stopped();
    const message = stop?.message ?? (error instanceof InputError ? error.message : describeFailure(error));
    return finish(progress, { message, annotated: false });
  }
  return finish(progress, undefined);
};

// Test-only (undocumented for users): the bundle's "now", so tests can audit the same backlog on later days.
const clockFrom = (env: ActionEnv): Date => {
  const fixed = env.BACKLOG_HYGIENE_NOW ? new Date(env.BACKLOG_HYGIENE_NOW) : undefined;
  return fixed && !Number.isNaN(fixed.getTime()) ? fixed : new Date();
};

const setOutputs = (result: RunResult | undefined, agenda?: AgendaOutcome, healthWrites = 0): void => {
  for (const [name, value] of Object.entries(
    toOutputs(result, agenda?.issues ?? [], (agenda?.writes ?? 0) + healthWrites),
  ))
    core.setOutput(name, value);
};
