import type { Config } from '#src/config/schema.ts';
import type { Gateway, RequestStats } from '#src/github/gateway.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import { planWrites, type ItemPlan } from '#src/plan/item-plan.ts';
import { planItem } from '#src/plan/plan-item.ts';
import { judgeItem } from '#src/rules/judge-item.ts';
import { applyPlans } from './apply-plans.ts';
import { labelsToCreate } from './labels-to-create.ts';
import { ignoreReason, type IssueEvent } from './review-issue.ts';
import { ignoredRun, singleItemRun, type RunResult } from './run-result.ts';
import { withSubIssueEstimates } from './with-sub-issues.ts';

/**
 * A closed issue's own event becomes events for the open issues it blocked (GitHub's native
 * dependencies): they may be ready now, and the closed issue needs no label any more. The closed
 * issue itself gets a result saying what its closing led to.
 */
const withDependents = async (
  gateway: Gateway,
  events: readonly IssueEvent[],
  results: Map<number, RunResult>,
): Promise<IssueEvent[]> => {
  const expanded: IssueEvent[] = [];
  for (const event of events) {
    if (event.action !== 'closed' || event.isPullRequest) {
      expanded.push(event);
      continue;
    }
    const dependents = await gateway.listDependents(event.number);
    const said =
      dependents.length === 0
        ? `#${event.number} closed and blocked no open issue here`
        : `#${event.number} closed: re-judging the issues it blocked (#${dependents.join(', #')})`;
    results.set(event.number, ignoredRun(said, { reads: 1, writes: 0 }));
    for (const number of dependents)
      expanded.push({ number, action: 'blocker-closed', isPullRequest: false, senderIsBot: false });
  }
  return expanded;
};

/** Everything a review of several issues needs: the events about them (several about one issue are reviewed once). */
export type ReviewIssuesInput = {
  readonly gateway: Gateway;
  readonly config: Config;
  readonly now: Date;
  readonly events: readonly IssueEvent[];
  readonly dryRun: boolean;
  /** Write budget per issue, as for a single review. */
  readonly maxWrites: number;
};

/** What reviewing several issues together came to: one result per issue number, and the requests all of them shared. */
export type ReviewIssuesResult = { readonly results: ReadonlyMap<number, RunResult>; readonly stats: RequestStats };

/** Several issues in one read where the gateway can; one by one otherwise. */
export const readItems = async (
  gateway: Gateway,
  numbers: readonly number[],
): Promise<ReadonlyMap<number, BacklogItem>> => {
  if (gateway.getItems) return gateway.getItems(numbers);
  const found = new Map<number, BacklogItem>();
  for (const number of numbers) {
    const item = await gateway.getItem(number);
    if (item) found.set(number, item);
  }
  return found;
};

/**
 * Reviews the current state of several issues of one repository together, as `reviewIssue` does
 * for one: a burst of events costs one read per 25 issues and one batched write per 20 changed
 * issues instead of a read and a write each. Each issue is judged and planned on its own, and its
 * plan is applied whole or not at all; missing managed labels are created once for all.
 */
export const reviewIssues = async (input: ReviewIssuesInput): Promise<ReviewIssuesResult> => {
  const { gateway, config } = input;
  const start = gateway.stats();
  const stats = () => ({ reads: gateway.stats().reads - start.reads, writes: gateway.stats().writes - start.writes });
  const results = new Map<number, RunResult>();
  const wanted: number[] = [];
  const byNumber = new Map<number, IssueEvent[]>();
  for (const event of await withDependents(gateway, input.events, results))
    byNumber.set(event.number, [...(byNumber.get(event.number) ?? []), event]);
  for (const [number, events] of byNumber) {
    // Coalesced events: the issue is reviewed when any of them asks for it.
    const reasons = events.map((event) => ignoreReason(event, config));
    const ignored = reasons.every((reason) => reason !== undefined) ? reasons[0] : undefined;
    if (ignored) results.set(number, ignoredRun(ignored, { reads: 0, writes: 0 }));
    else wanted.push(number);
  }
  if (wanted.length === 0) return { results, stats: stats() };
  const items = await readItems(gateway, wanted);
  const context = await gateway.readRepoContext();
  const open = wanted.flatMap((number) => {
    const item = items.get(number);
    if (!item) {
      results.set(number, ignoredRun(`#${number} is a pull request or does not exist`, stats()));
      return [];
    }
    if (item.state !== 'open') {
      results.set(number, ignoredRun(`#${number} is closed`, stats()));
      return [];
    }
    return [item];
  });
  const judged = [];
  for (const read of open) {
    const item = await withSubIssueEstimates(gateway, config, read);
    const verdict = judgeItem(item, { config, now: input.now, templates: context.templates });
    judged.push({ item, verdict, plan: planItem(item, verdict, config) });
  }
  const plans = judged.map(({ plan }) => plan);
  const outcome = await applyPlans({
    gateway,
    plans,
    labelsToCreate: labelsToCreate(config, plans, context.labels),
    dryRun: input.dryRun,
    maxWrites: input.maxWrites * Math.max(1, judged.length),
  });
  const total = stats();
  // The labels created serve every issue; they are counted once, on the first issue that adds one.
  let labelsCounted = false;
  for (const { item, verdict, plan } of judged) {
    const isMine = (other: ItemPlan) => other.number === item.number;
    const applied = outcome.applied.filter(isMine);
    const createdLabels =
      !labelsCounted && plan.addLabels.length > 0 && outcome.createdLabels.length > 0 ? outcome.createdLabels : [];
    if (createdLabels.length > 0) labelsCounted = true;
    const mention = new RegExp(`#${item.number}(?!\\d)`);
    const own = {
      applied,
      deferred: outcome.deferred.filter(isMine),
      failed: outcome.failed.filter((failure) => isMine(failure.plan)),
      createdLabels,
      changes: createdLabels.length + applied.reduce((sum, done) => sum + planWrites(done), 0),
      dryRunLog: outcome.dryRunLog.filter(
        (line) => mention.test(line) || (createdLabels.length > 0 && line.includes('would create label')),
      ),
    };
    results.set(item.number, singleItemRun(item, verdict, plan, own, total));
  }
  return { results, stats: total };
};
