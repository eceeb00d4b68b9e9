import type { ApplyResult, Gateway } from '#src/github/gateway.ts';
import { limitWrites } from '#src/github/limit-writes.ts';
import type { RepoLabel } from '#src/model/repo-label.ts';
import { isEmptyPlan, planWrites, type ItemPlan } from '#src/plan/item-plan.ts';

/** What applying (or pretending to apply) a run's plans came to. */
export type ApplyOutcome = ApplyResult & {
  readonly createdLabels: readonly string[];
  /** Writes made, or in a dry run the writes that would have been made. */
  readonly writes: number;
  readonly dryRunLog: readonly string[];
};

/** Options for one apply step. */
export type ApplyOptions = {
  readonly gateway: Gateway;
  readonly plans: readonly ItemPlan[];
  /** Managed labels the plans add that the repository does not have yet; created once, first. */
  readonly labelsToCreate: readonly RepoLabel[];
  readonly dryRun: boolean;
  /** Write budget for the run; plans that do not fit are deferred whole. */
  readonly maxWrites: number;
};

/**
 * Applies only the diff: creates missing labels once, then the item plans through a write budget.
 * In a dry run nothing is written; the same budget is simulated and every write is logged as
 * "DRY-RUN: would …" so the log and the summary show exactly what a real run would do.
 */
export const applyPlans = async (options: ApplyOptions): Promise<ApplyOutcome> => {
  const plans = options.plans.filter((plan) => !isEmptyPlan(plan));
  if (options.dryRun) return simulate(plans, options);
  if (plans.length === 0) return { applied: [], deferred: [], failed: [], createdLabels: [], writes: 0, dryRunLog: [] };
  const limited = limitWrites(options.gateway, options.maxWrites);
  const before = limited.stats().writes;
  const labels = options.labelsToCreate.slice(0, Math.max(0, options.maxWrites));
  if (labels.length > 0) await limited.createLabels(labels);
  const result = await limited.applyPlans(plans);
  return { ...result, createdLabels: labels.map((label) => label.name), writes: limited.stats().writes - before, dryRunLog: [] };
};

const simulate = (plans: readonly ItemPlan[], options: ApplyOptions): ApplyOutcome => {
  const log = options.labelsToCreate.map((label) => `DRY-RUN: would create label "${label.name}" (#${label.color})`);
  let remaining = options.maxWrites - options.labelsToCreate.length;
  const applied: ItemPlan[] = [];
  const deferred: ItemPlan[] = [];
  for (const plan of plans) {
    const cost = planWrites(plan);
    // Same rule as the real budget: an item is written whole or not at all.
    if (cost > remaining || deferred.length > 0) {
      deferred.push(plan);
      log.push(`DRY-RUN: would defer #${plan.number} to the next run (write budget of ${options.maxWrites} used up)`);
      continue;
    }
    remaining -= cost;
    applied.push(plan);
    log.push(...describePlan(plan));
  }
  return {
    applied,
    deferred,
    failed: [],
    createdLabels: options.labelsToCreate.map((label) => label.name),
    writes: options.maxWrites - remaining,
    dryRunLog: log,
  };
};

/** One "DRY-RUN: would …" line per change in a plan. */
export const describePlan = (plan: ItemPlan): string[] => [
  ...plan.addLabels.map((label) => `DRY-RUN: would add label "${label}" to #${plan.number}`),
  ...plan.removeLabels.map((label) => `DRY-RUN: would remove label "${label}" from #${plan.number}`),
  ...(plan.comment ? [`DRY-RUN: would ${plan.comment.kind} the explanation comment on #${plan.number}`] : []),
];
