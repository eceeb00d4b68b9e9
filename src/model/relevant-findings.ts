import type { Finding } from './check.ts';
import type { RuleId } from './rule-id.ts';
import type { Verdict } from './verdict.ts';

/**
 * Findings that ask people for a decision rather than more detail — keep, re-scope or close a stale
 * item; decide how urgent it is — so they are raised on every item, whatever its kind requires.
 */
export const DECISION_RULES: readonly RuleId[] = ['stale', 'unprioritized'];

/**
 * The failed checks an item's labels, comment and agenda line speak of: those its own definition of
 * ready requires (a ready bug is not told it "needs an estimate" when bugs need none), plus the
 * decision findings. Reports and the CLI's JSON still list every check.
 */
export const relevantFindings = (verdict: Verdict): Finding[] => {
  const found: Finding[] = [];
  for (const check of verdict.checks) {
    if (check.ok) continue;
    if (DECISION_RULES.includes(check.rule) || verdict.blocking.some((finding) => finding.rule === check.rule))
      found.push(check as Finding);
  }
  return found;
};
