import { readFile } from 'node:fs/promises';
import * as core from '@actions/core';
import { ConfigError } from '#src/config/config-error.ts';
import type { Gateway } from '#src/github/gateway.ts';
import { handleCommentCommand } from '#src/use-cases/handle-comment-command.ts';
import { loadRepoConfig } from '#src/use-cases/load-repo-config.ts';
import { reviewIssue, type ReviewIssueInput } from '#src/use-cases/review-issue.ts';
import type { RunResult } from '#src/use-cases/run-result.ts';
import { refreshHealthStep } from '#src/use-cases/health-step.ts';
import { sweepBacklog } from '#src/use-cases/sweep-backlog.ts';
import { createActionGateway } from './create-gateway.ts';
import { describeFailure } from './describe-failure.ts';
import { routeEvent, type Route } from './event-router.ts';
import { renderJobSummary } from './job-summary.ts';
import { toOutputs } from './outputs.ts';
import { InputError, readInputs, type ActionInputs } from './read-inputs.ts';
import { refreshAgendaStep, type AgendaOutcome } from './agenda-step.ts';

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

const logResult = (result: RunResult, inputs: ActionInputs): void => {
  if (result.ignored) core.info(`Nothing to do: ${result.ignored}.`);
  for (const line of result.dryRunLog) core.info(line);
  if (!inputs.dryRun)
    for (const plan of result.applied)
      core.info(
        `Updated #${plan.number}: +[${plan.addLabels.join(', ')}] -[${plan.removeLabels.join(', ')}]${plan.comment ? `, ${plan.comment.kind}d comment` : ''}`,
      );
  for (const { plan, error } of result.failed) core.warning(`#${plan.number}: ${error}`);
  if (result.deferred.length > 0) {
    const shown = result.deferred
      .slice(0, 20)
      .map((plan) => `#${plan.number}`)
      .join(', ');
    const more = result.deferred.length > 20 ? ` and ${result.deferred.length - 20} more` : '';
    core.warning(
      `Write budget (max-writes: ${inputs.maxWrites}) used up: ${result.deferred.length} issue(s) left for the next run (${shown}${more}).`,
    );
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

/**
 * The Action: reads inputs and the event, routes it to a use case, sets outputs and writes the job
 * summary. Never throws: every failure ends in `core.setFailed` with a message naming the fix.
 */
export const run = async (env: ActionEnv = process.env, deps: RunDependencies = {}): Promise<void> => {
  let configPath = '.github/backlog-hygiene.yml';
  try {
    const inputs = readInputs(inputFrom(env));
    configPath = inputs.configPath;
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const route = routeEvent(eventName, await readPayload(env));
    if (route.kind === 'unsupported') {
      core.notice(route.message);
      return setOutputs(undefined);
    }
    if (route.kind === 'skip') {
      core.info(`Nothing to do: ${route.reason}.`);
      return setOutputs(undefined);
    }
    const gateway = (deps.createGateway ?? createActionGateway)(inputs, env);
    const now = deps.now?.() ?? new Date();
    const { config, source } = await loadRepoConfig(gateway, inputs.configPath);
    if (source === 'defaults')
      core.info(`No ${inputs.configPath} in ${gateway.owner}/${gateway.repo}: using the defaults.`);
    const options = { gateway, config, now, dryRun: inputs.dryRun, maxWrites: inputs.maxWrites };
    let result: RunResult | undefined;
    let agenda: AgendaOutcome | undefined;
    if (route.kind === 'review') result = await reviewIssue({ ...options, event: route.event });
    if (route.kind === 'command') result = await runCommentCommand(route, options);
    if (route.kind === 'sweep') result = await sweepBacklog(options);
    if (result) logResult(result, inputs);
    if (route.kind === 'sweep' || route.kind === 'agenda') {
      const budgetLeft = inputs.maxWrites - (result?.changes ?? 0);
      agenda = await refreshAgendaStep({
        ...options,
        maxWrites: Math.max(0, budgetLeft),
        ...(result ? { items: result.items, verdicts: result.verdicts } : {}),
      });
      for (const line of agenda.log) core.info(line);
    }
    const health =
      route.kind === 'sweep' && result
        ? await refreshHealthStep({
            ...options,
            result,
            budgetLeft: inputs.maxWrites - result.changes - (agenda?.writes ?? 0),
            log: (line) => core.info(line),
          })
        : undefined;
    const requests = gateway.stats();
    core.info(`Requests to GitHub in this run: ${requests.reads} read(s), ${requests.writes} write(s).`);
    setOutputs(result, agenda, health?.writes ?? 0);
    const summary = renderJobSummary({
      mode: route.kind === 'review' || route.kind === 'command' ? 'event' : route.kind,
      result,
      config,
      now,
      repository: `${gateway.owner}/${gateway.repo}`,
      dryRun: inputs.dryRun,
      maxWrites: inputs.maxWrites,
      configSource: source,
      configPath: inputs.configPath,
      requests,
      ...(agenda
        ? {
            agendaLines: agenda.log.map((line) => `- ${line}`),
            agendaIssues: agenda.issues,
            agendaWrites: agenda.writes,
          }
        : {}),
      ...(env.GITHUB_SERVER_URL ? { serverUrl: env.GITHUB_SERVER_URL } : {}),
      ...(health?.issue ? { healthIssue: { ...health.issue, action: health.action } } : {}),
      ...(health ? { healthWrites: health.writes } : {}),
    });
    await core.summary.addRaw(summary).write();
    if (result && result.failed.length > 0)
      core.setFailed(
        `${result.failed.length} issue(s) could not be updated; see the warnings above. A re-run retries them.`,
      );
  } catch (error) {
    if (error instanceof ConfigError) {
      // The annotation on the file is the failure message; setFailed would repeat it without the file.
      core.error(error.message, {
        file: error.file === configPath ? configPath : error.file,
        title: 'Invalid Backlog Hygiene config',
      });
      process.exitCode = core.ExitCode.Failure;
      return;
    }
    core.setFailed(error instanceof InputError ? error.message : describeFailure(error));
  }
};

const setOutputs = (result: RunResult | undefined, agenda?: AgendaOutcome, healthWrites = 0): void => {
  for (const [name, value] of Object.entries(
    toOutputs(result, agenda?.issues ?? [], (agenda?.writes ?? 0) + healthWrites),
  ))
    core.setOutput(name, value);
};
