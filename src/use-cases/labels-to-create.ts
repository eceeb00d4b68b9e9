import type { Config } from '#src/config/schema.ts';
import type { RepoLabel } from '#src/model/repo-label.ts';
import { managedLabels } from '#src/plan/managed-labels.ts';
import type { ItemPlan } from '#src/plan/item-plan.ts';

/**
 * The managed labels some plan adds that the repository lacks. Only these are created, so a
 * repository only ever gets the labels it actually uses, and an unchanged backlog creates none.
 */
export const labelsToCreate = (
  config: Config,
  plans: readonly ItemPlan[],
  existing: readonly RepoLabel[],
): RepoLabel[] => {
  const added = new Set(plans.flatMap((plan) => plan.addLabels.map((name) => name.toLowerCase())));
  if (added.size === 0) return [];
  // GitHub label names are case-insensitive.
  const have = new Set(existing.map((label) => label.name.toLowerCase()));
  return managedLabels(config).filter(
    (label) => added.has(label.name.toLowerCase()) && !have.has(label.name.toLowerCase()),
  );
};
