import { isEmptyPlan, planWrites, type ItemPlan } from '#src/plan/item-plan.ts';
import type { ApplyResult, Gateway, OwnedIssue } from './gateway.ts';

export type LimitWritesOptions = {
  /** Changes allowed this run (label adds, label removes, comment changes, issues, labels created). Infinity: no limit. */
  readonly maxWrites: number;
  /** Write nothing; log each would-be write as "DRY-RUN: would …" instead. */
  readonly dryRun?: boolean;
  readonly log?: (line: string) => void;
};

/** The "DRY-RUN: would …" lines for one item plan. */
export const describePlanWrites = (plan: ItemPlan): string[] => [
  ...plan.addLabels.map((label) => `DRY-RUN: would add label "${label}" to #${plan.number}`),
  ...plan.removeLabels.map((label) => `DRY-RUN: would remove label "${label}" from #${plan.number}`),
  ...(plan.comment ? [`DRY-RUN: would ${plan.comment.kind} comment on #${plan.number}`] : []),
];

/**
 * Wraps a gateway with a write budget and an optional dry run. The budget counts changes (what
 * `planWrites` counts), not HTTP requests, so it means the same however writes are batched.
 * Plans are taken in order while they fit; an item's plan is applied whole or deferred whole, and
 * once one is deferred all later ones are too, so the next run resumes where this one stopped.
 * In a dry run the plans that fit are reported as `applied` (meaning "would be applied"), and
 * `createIssue` returns a placeholder with number 0. Reads pass straight through.
 * The second argument may also be just the budget (a number).
 */
export const limitWrites = (gateway: Gateway, options: LimitWritesOptions | number): Gateway => {
  const { maxWrites, dryRun = false, log = () => {} } = typeof options === 'number' ? { maxWrites: options } : options;
  let spent = 0;
  let stopped = false;
  const fits = (cost: number) => spent + cost <= maxWrites;
  const refuse = (what: string): never => {
    throw new Error(
      `Write budget of ${maxWrites} used up: did not ${what}. Raise max-writes or let the next run continue.`,
    );
  };
  /** Reserves budget for a single write; throws a readable error when the budget is gone. */
  const take = (cost: number, what: string, dryLine: string): boolean => {
    if (!fits(cost)) refuse(what);
    spent += cost;
    if (dryRun) log(dryLine);
    return !dryRun;
  };

  // Delegated one by one, not spread: a class-based gateway keeps its methods on the prototype.
  return {
    owner: gateway.owner,
    repo: gateway.repo,
    readFile: (location) => gateway.readFile(location),
    readRepoContext: () => gateway.readRepoContext(),
    getItem: (number) => gateway.getItem(number),
    listOpenItems: (options) => gateway.listOpenItems(options),
    listDependents: (number) => gateway.listDependents(number),
    listSubIssues: (number) => gateway.listSubIssues(number),
    ...(gateway.nameBlockers && { nameBlockers: gateway.nameBlockers.bind(gateway) }),
    listMilestones: (state) => gateway.listMilestones(state),
    listMilestoneItems: (number, state) => gateway.listMilestoneItems(number, state),
    findOwnedIssues: (label, marker) => gateway.findOwnedIssues(label, marker),
    canWrite: (login) => gateway.canWrite(login),
    async applyPlans(plans: readonly ItemPlan[]): Promise<ApplyResult> {
      // Empty plans cost nothing and need no request: they count as applied here, in order.
      const empty = plans.filter(isEmptyPlan);
      const chosen: ItemPlan[] = [];
      const deferred: ItemPlan[] = [];
      for (const plan of plans.filter((p) => !isEmptyPlan(p))) {
        const cost = planWrites(plan);
        if (!stopped && fits(cost)) {
          spent += cost;
          chosen.push(plan);
        } else {
          stopped = true;
          deferred.push(plan);
        }
      }
      if (dryRun) {
        chosen.flatMap(describePlanWrites).forEach((line) => log(line));
        deferred.forEach((plan) =>
          log(`DRY-RUN: would defer #${plan.number} to the next run (write budget of ${maxWrites} used up)`),
        );
        return { applied: [...empty, ...chosen], deferred, failed: [] };
      }
      const result = chosen.length > 0 ? await gateway.applyPlans(chosen) : { applied: [], deferred: [], failed: [] };
      return { ...result, applied: [...empty, ...result.applied], deferred: [...result.deferred, ...deferred] };
    },
    async createLabels(labels) {
      if (labels.length === 0) return;
      const lines = labels.map(
        (label) => `DRY-RUN: would create label "${label.name}" (#${label.color.replace(/^#/, '')})`,
      );
      if (!fits(labels.length)) refuse(`create labels ${labels.map((label) => `"${label.name}"`).join(', ')}`);
      spent += labels.length;
      if (dryRun) lines.forEach((line) => log(line));
      else await gateway.createLabels(labels);
    },
    async createIssue(input): Promise<OwnedIssue> {
      if (take(1, `create issue "${input.title}"`, `DRY-RUN: would create issue "${input.title}"`))
        return gateway.createIssue(input);
      return {
        number: 0,
        title: input.title,
        body: input.body,
        state: 'open',
        createdAt: new Date(0).toISOString(),
        url: '',
      };
    },
    async updateIssue(number, change) {
      const parts = Object.keys(change).join(', ');
      if (take(1, `update issue #${number}`, `DRY-RUN: would update ${parts} of #${number}`))
        await gateway.updateIssue(number, change);
    },
    async pinIssue(number) {
      if (take(1, `pin issue #${number}`, `DRY-RUN: would pin #${number}`)) await gateway.pinIssue(number);
    },
    async addComment(number, body) {
      if (take(1, `comment on #${number}`, `DRY-RUN: would create comment on #${number}`))
        await gateway.addComment(number, body);
    },
    stats: () => gateway.stats(),
    stopped: () => gateway.stopped(),
    ...(gateway.points && { points: gateway.points.bind(gateway) }),
  };
};
