import type { Config } from '#src/config/schema.ts';
import type { Gateway } from '#src/github/gateway.ts';
import { limitWrites } from '#src/github/limit-writes.ts';
import { refreshHealth, type RefreshHealthResult } from './refresh-health.ts';
import type { RunResult } from './run-result.ts';

/** Options for the Health step after a sweep; the same for the Action and the app. */
export type HealthStepInput = {
  readonly gateway: Gateway;
  readonly config: Config;
  readonly now: Date;
  readonly dryRun: boolean;
  /** The sweep's outcome: its items and verdicts, and its failures and deferrals as problems. */
  readonly result: RunResult;
  /** What is left of the run's write budget. */
  readonly budgetLeft: number;
  readonly log: (line: string) => void;
};

/** The problems of a sweep, in words for the Health issue's "Problems" section. */
export const sweepProblems = (result: RunResult): string[] => [
  ...(result.deferred.length > 0
    ? [
        `Write budget used up: ${result.deferred.length} issue(s) wait for the next run (raise max-writes to finish sooner).`,
      ]
    : []),
  ...result.failed.slice(0, 10).map(({ plan, error }) => `#${plan.number} could not be updated: ${error}`),
];

/** Issues the sweep labelled ready (or would have, in a dry run). */
const labelledReady = (result: RunResult, config: Config): number[] => {
  const ready = config.labels.ready.name.toLowerCase();
  return result.applied
    .filter((plan) => plan.addLabels.some((label) => label.toLowerCase() === ready))
    .map((plan) => plan.number);
};

/**
 * Refreshes the Backlog Health issue after a sweep, within what is left of the write budget. A
 * budget that runs out here is logged, not failed: tomorrow's run writes the day's row.
 */
export const refreshHealthStep = async (input: HealthStepInput): Promise<RefreshHealthResult> => {
  try {
    const result = await refreshHealth({
      gateway: input.dryRun ? input.gateway : limitWrites(input.gateway, Math.max(0, input.budgetLeft)),
      config: input.config,
      now: input.now,
      items: input.result.items,
      verdicts: input.result.verdicts,
      readyNow: labelledReady(input.result, input.config),
      dryRun: input.dryRun,
      problems: sweepProblems(input.result),
      log: input.log,
    });
    if (result.issue && result.action !== 'unchanged')
      input.log(`Backlog Health issue #${result.issue.number} ${result.action}.`);
    return result;
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('Write budget')) {
      input.log(error.message);
      return { action: 'unchanged', writes: 0 };
    }
    throw error;
  }
};
