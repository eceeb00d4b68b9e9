import type { RuleId } from './rule-id.ts';

/**
 * What one rule concluded about one item. `ok: false` means the rule found a problem
 * (for `vague`: the item is vague); `reason` is one sentence a person can act on —
 * on failure it says what to add, on success what satisfied the rule.
 */
export type Check = {
  readonly rule: RuleId;
  readonly ok: boolean;
  readonly reason: string;
};

/** A failed check: a finding that the item needs work. */
export type Finding = Check & { readonly ok: false };

/** Builds a passing check. */
export const pass = (rule: RuleId, reason: string): Check => ({ rule, ok: true, reason });

/** Builds a failing check (a finding). */
export const fail = (rule: RuleId, reason: string): Finding => ({ rule, ok: false, reason });
