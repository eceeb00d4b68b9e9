import type { ApplyResult, Gateway, PointStats, RequestStats } from '#src/github/gateway.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import type { Verdict } from '#src/model/verdict.ts';
import type { ItemPlan } from '#src/plan/item-plan.ts';
import type { ApplyOutcome } from './apply-plans.ts';

/** What one run of a use case decided and did; front ends turn it into outputs, logs and a summary. */
export type RunResult = {
  /** Verdicts on every item judged (skipped items included, with `skipped: true`). */
  readonly verdicts: readonly Verdict[];
  readonly items: readonly BacklogItem[];
  /** Non-empty plans only: items that needed at least one write. */
  readonly plans: readonly ItemPlan[];
  /** Plans fully applied (in a dry run: the plans that would have been applied). */
  readonly applied: ApplyResult['applied'];
  /** Plans left whole for the next run because the write budget ran out. */
  readonly deferred: ApplyResult['deferred'];
  readonly failed: ApplyResult['failed'];
  /** Managed labels created in the repository (or that would be, in a dry run). */
  readonly createdLabels: readonly string[];
  /** HTTP requests made (a dry run makes no write requests). Writes are batched, so they are fewer than changes. */
  readonly stats: RequestStats;
  /** Changes made — labels added, labels removed, comments changed, labels created — or in a dry run the changes that would be. What max-writes limits. */
  readonly changes: number;
  /** "DRY-RUN: would …" lines; empty when not a dry run. */
  readonly dryRunLog: readonly string[];
  /** Set when the run decided to do nothing at all, with the reason (e.g. "#12 is a pull request"). */
  readonly ignored?: string;
  /** A sweep's read: how many open issues were read of how many, and whether the points budget stopped it. */
  readonly read?: {
    readonly total: number;
    readonly read: number;
    readonly stoppedByBudget: boolean;
    readonly interrupted?: string;
  };
  /** GraphQL points the run spent, when the gateway counts them, with GitHub's meter after its last query. */
  readonly points?: PointStats;
};

/** Points spent since `start` (a `gateway.points()` reading taken earlier), with GitHub's last meter reading. */
export const pointsSince = (gateway: Gateway, start: PointStats | undefined): PointStats | undefined => {
  const now = gateway.points?.();
  return (
    now && {
      ...now,
      points: now.points - (start?.points ?? 0),
      ...(now.mutations !== undefined && { mutations: now.mutations - (start?.mutations ?? 0) }),
    }
  );
};

/** A run that did nothing, for events the tool ignores. */
export const ignoredRun = (reason: string, stats: RequestStats): RunResult => ({
  verdicts: [],
  items: [],
  plans: [],
  applied: [],
  deferred: [],
  failed: [],
  createdLabels: [],
  stats,
  changes: 0,
  dryRunLog: [],
  ignored: reason,
});

/** The result of judging and applying one item (an event or a comment command); the plan is listed only when it had writes. */
export const singleItemRun = (
  item: BacklogItem,
  verdict: Verdict,
  plan: ItemPlan,
  outcome: ApplyOutcome,
  stats: RequestStats,
): RunResult => ({
  verdicts: [verdict],
  items: [item],
  plans: outcome.applied.length + outcome.deferred.length + outcome.failed.length > 0 ? [plan] : [],
  applied: outcome.applied,
  deferred: outcome.deferred,
  failed: outcome.failed,
  createdLabels: outcome.createdLabels,
  stats,
  changes: outcome.changes,
  dryRunLog: outcome.dryRunLog,
});
