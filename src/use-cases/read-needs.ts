import type { Config } from '#src/config/schema.ts';
import type { ReadNeeds } from '#src/github/gateway.ts';

/**
 * What a sweep must read of each issue besides labels and timeline, from the configuration: each
 * optional part is a nested connection that costs about a point per 100 issues, so a part no rule
 * looks at is not asked for. Projects fields are read only when a field name is configured (the
 * gateway further skips them when no Project can hold the repository's issues).
 */
export const readNeeds = (config: Config): ReadNeeds => {
  const { stale, estimate, unprioritized } = config.rules;
  return {
    // The agenda reads its own milestone's assignees (refresh-agenda.ts), so only the rule asks for them here.
    assignees: stale.enabled && stale.exemptAssigned,
    reactions: stale.enabled && stale.countReactions,
    projects: estimate.fields.length > 0 || unprioritized.fields.length > 0,
  };
};
