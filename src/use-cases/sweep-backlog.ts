import type { Config } from '#src/config/schema.ts';
import type { Gateway, PageProgress } from '#src/github/gateway.ts';
import { referencedNumbers } from '#src/input/link-states.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import { isEmptyPlan } from '#src/plan/item-plan.ts';
import { planItem } from '#src/plan/plan-item.ts';
import { judgeItem } from '#src/rules/judge-item.ts';
import { applyPlans } from './apply-plans.ts';
import { labelsToCreate } from './labels-to-create.ts';
import { readNeeds } from './read-needs.ts';
import { resolveLinks } from './resolve-links.ts';
import { pointsSince, type RunResult } from './run-result.ts';

/** Everything the scheduled audit needs; the gateway and the clock are passed in. */
export type SweepBacklogInput = {
  readonly gateway: Gateway;
  readonly config: Config;
  readonly now: Date;
  readonly dryRun: boolean;
  /** Write budget for the run (labels created + item writes); the rest waits for the next run. */
  readonly maxWrites: number;
  /**
   * GraphQL points budget for reading: no page is requested that would take the run past it (judged by the
   * last page's cost). What was read is judged and applied; the rest is reported as unread. Undefined: no limit.
   */
  readonly maxPoints?: number;
};

/** How far the read got: every open issue, or the oldest `read` of `total` when the points budget ran out. */
export type ReadProgress = { readonly total: number; readonly read: number; readonly stoppedByBudget: boolean };

type Read = { readonly items: BacklogItem[]; readonly progress: ReadProgress };

/**
 * Reads the open backlog a page at a time, oldest first, asking only for what the config needs. With a
 * points budget, stops before a page that would overspend it (GitHub charges about the same for each
 * page, so the last page's cost predicts the next one's). Kept apart so a run-wide stop can wrap it.
 */
const readBacklog = async (input: SweepBacklogInput): Promise<Read> => {
  const { gateway, config, maxPoints } = input;
  const spent = () => gateway.points?.().points ?? 0;
  const start = spent();
  const items: BacklogItem[] = [];
  let progress: PageProgress = { total: 0, read: 0, hasNextPage: false };
  let before = start;
  let stoppedByBudget = false;
  for await (const page of gateway.listOpenItems({ needs: readNeeds(config), onPage: (p) => (progress = p) })) {
    items.push(...page);
    const now = spent();
    const pageCost = now - before;
    before = now;
    if (maxPoints !== undefined && progress.hasNextPage && now - start + pageCost > maxPoints) {
      stoppedByBudget = true;
      break;
    }
  }
  const read = stoppedByBudget ? progress.read : items.length;
  return { items, progress: { total: Math.max(progress.total, read), read, stoppedByBudget } };
};

/**
 * When the read stopped early, an item that mentions an issue newer than any read (issues are read
 * oldest first) cannot tell whether that one is open: it is left for the run that reads the rest,
 * rather than judged "not blocked" and relabelled.
 */
const judgeable = (items: readonly BacklogItem[], progress: ReadProgress): readonly BacklogItem[] => {
  if (!progress.stoppedByBudget) return items;
  const known = new Set(items.map((item) => item.number));
  const newest = Math.max(0, ...known);
  return items.filter((item) => !referencedNumbers(item.body).some((n) => n > newest && !known.has(n)));
};

/**
 * Audits the whole open backlog: reads it a page at a time (within the points budget), judges and
 * plans every item, creates missing managed labels once, and applies only the non-empty plans, oldest
 * issue first, within the write budget. An unchanged backlog costs zero writes.
 */
export const sweepBacklog = async (input: SweepBacklogInput): Promise<RunResult> => {
  const { gateway, config, now } = input;
  const start = gateway.stats();
  const startPoints = gateway.points?.();
  const { items: pages, progress } = await readBacklog(input);
  // After the first page on purpose: the gateway reads templates and labels with it and caches them.
  const context = await gateway.readRepoContext();
  const open = resolveLinks(pages.filter((item) => item.state === 'open').sort((a, b) => a.number - b.number));
  const items = judgeable(open, progress);
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
    read: progress,
    ...(startPoints && { points: pointsSince(gateway, startPoints) }),
    changes: outcome.changes,
    dryRunLog: outcome.dryRunLog,
  };
};
