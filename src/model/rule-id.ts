/** Every rule the engine knows, in the order reports list them. Stable: used in JSON output, config and labels. */
export const RULE_IDS = [
  'acceptance-criteria',
  'estimate',
  'too-big',
  'vague',
  'stale',
  'blocked',
  'unprioritized',
] as const;

/** The stable id of one readiness rule. */
export type RuleId = (typeof RULE_IDS)[number];

/** Tells whether a string is one of the known rule ids. */
export const isRuleId = (value: string): value is RuleId => (RULE_IDS as readonly string[]).includes(value);
