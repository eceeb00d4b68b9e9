import type { Config } from '#src/config/schema.ts';
import type { Gateway } from '#src/github/gateway.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import { managedLabels } from '#src/plan/managed-labels.ts';
import { planItem } from '#src/plan/plan-item.ts';
import { judgeItem } from '#src/rules/judge-item.ts';
import { applyPlans } from './apply-plans.ts';
import { labelsToCreate } from './labels-to-create.ts';
import { withSubIssueEstimates } from './with-sub-issues.ts';
import { ignoredRun, singleItemRun, type RunResult } from './run-result.ts';

/** The parts of an issue or comment event that decide whether to look at the issue at all. */
export type IssueEvent = {
  readonly number: number;
  /** The webhook action: opened, edited, reopened, labeled, created, … */
  readonly action: string;
  readonly isPullRequest: boolean;
  /** The sender is a bot (a GitHub App, github-actions[bot], …). */
  readonly senderIsBot: boolean;
  /** The label added or removed, for labeled/unlabeled events. */
  readonly label?: string;
};

/** Everything review-issue needs; the gateway and the clock are passed in. */
export type ReviewIssueInput = {
  readonly gateway: Gateway;
  readonly config: Config;
  readonly now: Date;
  readonly event: IssueEvent;
  readonly dryRun: boolean;
  readonly maxWrites: number;
  /** The issue, when the caller has just read it for this event: saves reading it again. */
  readonly item?: BacklogItem;
};

/** Why an event is ignored before anything is read, or undefined to go on. */
export const ignoreReason = (event: IssueEvent, config: Config): string | undefined => {
  if (event.isPullRequest) return `#${event.number} is a pull request; Backlog Hygiene only judges issues`;
  const labelEvent = event.action === 'labeled' || event.action === 'unlabeled';
  if (event.senderIsBot && labelEvent && event.label !== undefined) {
    const managed = new Set(managedLabels(config).map((label) => label.name.toLowerCase()));
    // Our own label writes come back as events; reacting to them would loop.
    if (managed.has(event.label.toLowerCase()))
      return `a bot ${event.action} the managed label "${event.label}" on #${event.number}`;
  }
  return undefined;
};

/**
 * Judges one issue after an event and writes only what changed: reads the issue (timeline,
 * comments, own comment, and on first use the repository's templates and labels, all in one
 * request), judges, plans, creates a managed label only when the plan adds a missing one, applies.
 */
export const reviewIssue = async (input: ReviewIssueInput): Promise<RunResult> => {
  const { gateway, config, event } = input;
  const start = gateway.stats();
  const stats = () => ({ reads: gateway.stats().reads - start.reads, writes: gateway.stats().writes - start.writes });
  const reason = ignoreReason(event, config);
  if (reason) return ignoredRun(reason, stats());
  const read = input.item ?? (await gateway.getItem(event.number));
  if (!read) return ignoredRun(`#${event.number} is a pull request or does not exist`, stats());
  if (read.state !== 'open') return ignoredRun(`#${event.number} is closed`, stats());
  const item = await withSubIssueEstimates(gateway, config, read);
  // Asked after getItem on purpose: the gateway reads the context in the same request and caches it.
  const context = await gateway.readRepoContext();
  const verdict = judgeItem(item, { config, now: input.now, templates: context.templates });
  const plan = planItem(item, verdict, config);
  const outcome = await applyPlans({
    gateway,
    plans: [plan],
    labelsToCreate: labelsToCreate(config, [plan], context.labels),
    dryRun: input.dryRun,
    maxWrites: input.maxWrites,
  });
  return singleItemRun(item, verdict, plan, outcome, stats());
};
