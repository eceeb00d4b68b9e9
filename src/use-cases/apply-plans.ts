import type { ApplyResult, Gateway } from '#src/github/gateway.ts';
import { limitWrites } from '#src/github/limit-writes.ts';
import type { RepoLabel } from '#src/model/repo-label.ts';
import { isEmptyPlan, planWrites, type ItemPlan } from '#src/plan/item-plan.ts';

/** What applying (or pretending to apply) a run's plans came to. */
export type ApplyOutcome = ApplyResult & {
  readonly createdLabels: readonly string[];
  /** Changes made (label adds, label removes, comment changes, labels created), or in a dry run the changes that would be. */
  readonly changes: number;
  readonly dryRunLog: readonly string[];
};

/** Options for one apply step. */
export type ApplyOptions = {
  readonly gateway: Gateway;
  readonly plans: readonly ItemPlan[];
  /** Managed labels the plans add that the repository does not have yet; created once, first. */
  readonly labelsToCreate: readonly RepoLabel[];
  readonly dryRun: boolean;
  /** Write budget for the run, in changes; plans that do not fit are deferred whole. */
  readonly maxWrites: number;
};

/**
 * Applies only the diff through the write budget: creates missing labels once (when they fit),
 * then the item plans, each whole or not at all. In a dry run nothing is written: the same budget
 * decides, and every change is logged as "DRY-RUN: would …" so the log shows what a real run does.
 * When the run stops (GitHub not answering, a rate limit, a missing permission: `gateway.stopped()`),
 * what was not applied comes back as `deferred`, whole, for the next run.
 */
export const applyPlans = async (options: ApplyOptions): Promise<ApplyOutcome> => {
  const plans = options.plans.filter((plan) => !isEmptyPlan(plan));
  if (plans.length === 0)
    return { applied: [], deferred: [], failed: [], createdLabels: [], changes: 0, dryRunLog: [] };
  const dryRunLog: string[] = [];
  const limited = limitWrites(options.gateway, {
    maxWrites: options.maxWrites,
    dryRun: options.dryRun,
    log: (line) => dryRunLog.push(line),
  });
  // Labels first: adding a label that does not exist would make GitHub create it grey and undescribed.
  const labels = options.labelsToCreate.length <= options.maxWrites ? options.labelsToCreate : [];
  if (labels.length > 0) {
    try {
      await limited.createLabels(labels);
    } catch (error) {
      // The run stopped on the label request: every plan waits whole for the next run, which creates the labels.
      if (!options.gateway.stopped()) throw error;
      return { applied: [], deferred: plans, failed: [], createdLabels: [], changes: 0, dryRunLog };
    }
  }
  const result = await limited.applyPlans(plans);
  const changes = labels.length + result.applied.reduce((sum, plan) => sum + planWrites(plan), 0);
  return { ...result, createdLabels: labels.map((label) => label.name), changes, dryRunLog };
};
