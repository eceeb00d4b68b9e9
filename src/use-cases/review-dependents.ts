import { reviewIssue, type ReviewIssueInput } from './review-issue.ts';
import { ignoredRun, type RunResult } from './run-result.ts';

/** What re-judging an issue's dependents needs: the review input without an event, and the issue that closed. */
export type ReviewDependentsInput = Omit<ReviewIssueInput, 'event'> & { readonly number: number };

const merge = (runs: readonly RunResult[], stats: RunResult['stats']): RunResult => ({
  verdicts: runs.flatMap((run) => run.verdicts),
  items: runs.flatMap((run) => run.items),
  plans: runs.flatMap((run) => run.plans),
  applied: runs.flatMap((run) => run.applied),
  deferred: runs.flatMap((run) => run.deferred),
  failed: runs.flatMap((run) => run.failed),
  createdLabels: runs.flatMap((run) => run.createdLabels),
  stats,
  changes: runs.reduce((sum, run) => sum + run.changes, 0),
  dryRunLog: runs.flatMap((run) => run.dryRunLog),
});

/**
 * When an issue closes, the open issues it blocked (GitHub's native dependencies, this repository)
 * may be ready now: each is judged again, one after the other, sharing the write budget. One read
 * when it blocked nothing. GitHub sends Actions no dependency events, so `issues: closed` is the cue.
 */
export const reviewDependents = async (input: ReviewDependentsInput): Promise<RunResult> => {
  const { gateway } = input;
  const start = gateway.stats();
  const stats = () => ({ reads: gateway.stats().reads - start.reads, writes: gateway.stats().writes - start.writes });
  const dependents = await gateway.listDependents(input.number);
  if (dependents.length === 0) return ignoredRun(`#${input.number} closed and blocked no open issue here`, stats());
  const runs: RunResult[] = [];
  let budget = input.maxWrites;
  for (const number of dependents) {
    const event = { number, action: 'blocker-closed', isPullRequest: false, senderIsBot: false };
    const run = await reviewIssue({ ...input, maxWrites: budget, event });
    budget = Math.max(0, budget - run.changes);
    runs.push(run);
  }
  return merge(runs, stats());
};
