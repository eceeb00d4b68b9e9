import type { Config } from '#src/config/schema.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import type { Verdict } from '#src/model/verdict.ts';
import type { ItemPlan } from './item-plan.ts';
import { planComment } from './plan-comment.ts';
import { planLabels } from './plan-labels.ts';

/**
 * The writes one item needs to match its verdict: the managed-label diff and the change to the
 * explanation comment. Pure and deterministic; an item already in the desired state gets an empty plan.
 */
export const planItem = (item: BacklogItem, verdict: Verdict, config: Config): ItemPlan => {
  const labels = planLabels(item, verdict, config);
  const comment = planComment(item, verdict, config);
  return {
    number: item.number,
    addLabels: labels.add,
    removeLabels: labels.remove,
    ...(comment ? { comment } : {}),
  };
};
