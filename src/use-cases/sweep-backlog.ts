import type { Config } from '#src/config/schema.ts';
import type { Gateway } from '#src/github/gateway.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import { isEmptyPlan } from '#src/plan/item-plan.ts';
import { planItem } from '#src/plan/plan-item.ts';
import { attachChildEstimates } from '#src/rules/child-estimates.ts';
import { judgeItem } from '#src/rules/judge-item.ts';
import { applyPlans } from './apply-plans.ts';
import { labelsToCreate } from './labels-to-create.ts';
import { resolveLinks } from './resolve-links.ts';
import type { RunResult } from './run-result.ts';

/** Everything the scheduled audit needs; the gateway and the clock are passed in. */
export type SweepBacklogInput = {
  readonly gateway: Gateway;
  readonly config: Config;
  readonly now: Date;
  readonly dryRun: boolean;
  /** Write budget for the run (labels created + item writes); the rest waits for the next run. */
  readonly maxWrites: number;
};

/**
 * Audits the whole open backlog: reads it a page (100 issues) at a time, judges and plans every
 * item, creates missing managed labels once, and applies only the non-empty plans, oldest issue
 * first, within the write budget. An unchanged backlog costs zero writes.
 */
export const sweepBacklog = async (input: SweepBacklogInput): Promise<RunResult> => {
  const { gateway, config, now } = input;
  const start = gateway.stats();
  const pages: BacklogItem[] = [];
  for await (const page of gateway.listOpenItems()) pages.push(...page);
  // After the first page on purpose: the gateway reads templates and labels with it and caches them.
  const context = await gateway.readRepoContext();
  const items = attachChildEstimates(
    resolveLinks(pages.filter((item) => item.state === 'open').sort((a, b) => a.number - b.number)),
    config,
  );
  const verdicts = items.map((item) => judgeItem(item, { config, now, templates: context.templates }));
  const plans = items
    .map((item, index) => planItem(item, verdicts[index]!, config))
    .filter((plan) => !isEmptyPlan(plan));
  const outcome = await applyPlans({
    gateway,
    plans,
    labelsToCreate: labelsToCreate(config, plans, context.labels),
    dryRun: input.dryRun,
    maxWrites: input.maxWrites,
  });
  return {
    verdicts,
    items,
    plans,
    applied: outcome.applied,
    deferred: outcome.deferred,
    failed: outcome.failed,
    createdLabels: outcome.createdLabels,
    stats: { reads: gateway.stats().reads - start.reads, writes: gateway.stats().writes - start.writes },
    changes: outcome.changes,
    dryRunLog: outcome.dryRunLog,
  };
};
