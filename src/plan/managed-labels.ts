import type { Config } from '#src/config/schema.ts';
import type { RepoLabel } from '#src/model/repo-label.ts';
import { RULE_IDS, type RuleId } from '#src/model/rule-id.ts';

/** Label names compare case-insensitively on GitHub, so every comparison in the plan goes through this key. */
export const labelKey = (name: string): string => name.trim().toLowerCase();

const toRepoLabel = ({ name, color, description }: RepoLabel): RepoLabel => ({ name, color, description });

/**
 * Every label this tool manages, in a stable order: `ready`, `needs-refinement`, the override label,
 * then one label per rule (in RULE_IDS order) when `labels.applyFindingLabels` is on. When finding
 * labels are off they are not managed at all: the tool neither creates nor removes them, because
 * names like "stale" or "blocked" are often used by people and other tools. Duplicate names
 * (case-insensitive) are listed once.
 */
export const managedLabels = (config: Config): RepoLabel[] => {
  const { ready, needsRefinement, override, findings, applyFindingLabels } = config.labels;
  const all = [ready, needsRefinement, override, ...(applyFindingLabels ? RULE_IDS.map((id) => findings[id]) : [])];
  const seen = new Set<string>();
  return all.filter((label) => !seen.has(labelKey(label.name)) && seen.add(labelKey(label.name))).map(toRepoLabel);
};

/** The finding label for a rule, or undefined when finding labels are off. */
export const findingLabel = (config: Config, rule: RuleId): string | undefined =>
  config.labels.applyFindingLabels ? config.labels.findings[rule].name : undefined;

/** Managed labels the repository does not have yet (names compared case-insensitively), in managedLabels order. */
export const missingLabels = (config: Config, existing: readonly RepoLabel[]): RepoLabel[] => {
  const have = new Set(existing.map((label) => labelKey(label.name)));
  return managedLabels(config).filter((label) => !have.has(labelKey(label.name)));
};
