import type { Config } from '#src/config/schema.ts';
import type { Gateway, PageProgress } from '#src/github/gateway.ts';
import { referencedNumbers } from '#src/input/link-states.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import { isEmptyPlan } from '#src/plan/item-plan.ts';
import { planItem } from '#src/plan/plan-item.ts';
import { attachChildEstimates } from '#src/rules/child-estimates.ts';
import { judgeItem } from '#src/rules/judge-item.ts';
import { applyPlans } from './apply-plans.ts';
import { labelsToCreate } from './labels-to-create.ts';
import { findProgress, saveProgress, type ResumePoint } from './audit-progress.ts';
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
   * GraphQL points budget for reading (the progress search included): no page is requested that would take the run past it (judged by the
   * last page's cost). What was read is judged and applied; the rest is reported as unread. Undefined: no limit.
   */
  readonly maxPoints?: number;
};

/**
 * How far the read got: every open issue, or `read` of `total` when the points budget ran out;
 * `resumedAfter`: the issue after which this read started, when it continued where the last one stopped.
 */
export type ReadProgress = {
  readonly total: number;
  readonly read: number;
  /** The read stopped before the end: the points budget ran out, or GitHub failed (`interrupted`). */
  readonly stoppedByBudget: boolean;
  /** Why GitHub stopped the read (a rate limit, a 5xx that persisted), when it did. */
  readonly interrupted?: string;
  readonly resumedAfter?: number;
};

type Read = { readonly items: BacklogItem[]; readonly progress: ReadProgress; readonly resume?: ResumePoint };

/**
 * Reads the open backlog a page at a time, oldest first, asking only for what the config needs. With a
 * points budget, stops before a page that would overspend it (GitHub charges about the same for each
 * page, so the last page's cost predicts the next one's) and returns where to resume. A read that
 * resumes starts after the last run's stop, reads to the newest issue, then comes back to the oldest
 * until it meets what it already read: the oldest unvisited issues always come first, and nobody waits
 * forever. A rate limit or persisting failure after the first page ends the read the same way. Kept
 * apart so a run-wide stop can wrap it.
 */
const readBacklog = async (input: SweepBacklogInput, from: ResumePoint | undefined, start: number): Promise<Read> => {
  const { gateway, config, maxPoints } = input;
  const spent = () => gateway.points?.().points ?? 0;
  const byNumber = new Map<number, BacklogItem>();
  let progress: PageProgress = { total: 0, read: 0, hasNextPage: false, endCursor: null };
  let before = spent();
  let resume: ResumePoint | undefined;
  let interrupted: string | undefined;
  const pass = async (after: string | undefined, wrapping: boolean): Promise<'done' | 'stopped'> => {
    const options = { needs: readNeeds(config), onPage: (p: PageProgress) => (progress = p) };
    try {
      for await (const page of gateway.listOpenItems(after ? { ...options, after } : options)) {
        const fresh = page.filter((item) => !byNumber.has(item.number));
        for (const item of fresh) byNumber.set(item.number, item);
        // Coming back round to issues this run already read: everyone has been visited.
        if (wrapping && fresh.length < page.length) return 'done';
        const last = page.at(-1)?.number;
        // After the newest page there is nothing to resume: the next run starts over from the oldest issue.
        resume =
          progress.endCursor && last !== undefined && progress.hasNextPage
            ? { after: progress.endCursor, last }
            : undefined;
        const now = spent();
        const pageCost = now - before;
        before = now;
        const more = progress.hasNextPage || (!wrapping && from !== undefined);
        if (maxPoints !== undefined && more && now - start + pageCost > maxPoints) return 'stopped';
      }
    } catch (error) {
      // Nothing read yet: fail as any read does. Otherwise (a rate limit, a 5xx that persists) keep what
      // was read, like a spent budget: it is judged and applied, and the next run continues after it.
      if (byNumber.size === 0) throw error;
      interrupted = error instanceof Error ? error.message : String(error);
      return 'stopped';
    }
    resume = undefined;
    return 'done';
  };
  let outcome: 'done' | 'stopped';
  try {
    outcome = await pass(from?.after, false);
  } catch (error) {
    // A cursor GitHub no longer accepts: read from the oldest issue, as without a resume point.
    if (from === undefined || byNumber.size > 0) throw error;
    from = undefined;
    outcome = await pass(undefined, false);
  }
  if (outcome === 'done' && from !== undefined) outcome = await pass(undefined, true);
  const items = [...byNumber.values()];
  const stoppedByBudget = outcome === 'stopped';
  return {
    items,
    progress: {
      total: Math.max(progress.total, items.length),
      read: items.length,
      stoppedByBudget,
      ...(interrupted && { interrupted }),
      ...(from && { resumedAfter: from.last }),
    },
    ...(stoppedByBudget && resume && { resume }),
  };
};

/**
 * When the read stopped early, an item that mentions an issue this run did not read cannot tell
 * whether that one is open: it is left for the run that reads the rest, rather than judged "not
 * blocked" and relabelled.
 */
const judgeable = (items: readonly BacklogItem[], progress: ReadProgress): readonly BacklogItem[] => {
  if (!progress.stoppedByBudget) return items;
  const known = new Set(items.map((item) => item.number));
  return items.filter((item) => referencedNumbers(item.body).every((n) => n === item.number || known.has(n)));
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
  const found = await findProgress(gateway, config);
  const { items: pages, progress, resume } = await readBacklog(input, found.resume, startPoints?.points ?? 0);
  // After the first page on purpose: the gateway reads templates and labels with it and caches them.
  const context = await gateway.readRepoContext();
  const read = pages.filter((item) => item.state === 'open').sort((a, b) => a.number - b.number);
  // Named after the whole read, so the blockers of up to 100 issues cost one point, however they fall on pages.
  const open = resolveLinks(gateway.nameBlockers ? await gateway.nameBlockers(read) : read);
  const items = attachChildEstimates(judgeable(open, progress), config);
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
  const saved = await saveProgress(gateway, config, found, resume, input.dryRun);
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
    dryRunLog: saved && input.dryRun ? [...outcome.dryRunLog, saved] : outcome.dryRunLog,
  };
};
