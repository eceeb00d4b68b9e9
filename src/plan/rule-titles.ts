import type { RuleId } from '#src/model/rule-id.ts';

/** Short human names for each rule, for comments and reports (the id stays the stable key). */
export const RULE_TITLES: Readonly<Record<RuleId, string>> = {
  'acceptance-criteria': 'Acceptance criteria',
  estimate: 'Estimate',
  'too-big': 'Size',
  vague: 'Description',
  stale: 'Recent activity',
  blocked: 'Dependencies',
  unprioritized: 'Priority',
};
