import { RULE_IDS, type RuleId } from '#src/model/rule-id.ts';
import type { Verdict } from '#src/model/verdict.ts';

/** The three verdicts an item can get, as named in JSON output and labels. */
export type VerdictName = 'ready' | 'needs-refinement' | 'skipped';

/** Names the verdict: skipped wins over everything, then ready (pinned items are ready). */
export const verdictName = (verdict: Verdict): VerdictName =>
  verdict.skipped ? 'skipped' : verdict.ready ? 'ready' : 'needs-refinement';

/** Counts over one audit. */
export type AuditSummary = {
  readonly total: number;
  readonly ready: number;
  readonly needsRefinement: number;
  readonly skipped: number;
  /** Failed checks per rule among judged (not skipped) items, gating or not; every rule id is present. */
  readonly byRule: Record<RuleId, number>;
  /** Share of judged (not skipped) items that are ready, 0–100 with one decimal; 0 when nothing was judged. */
  readonly percentReady: number;
};

/** An all-zero count per rule id, in RULE_IDS order. */
export const zeroByRule = (): Record<RuleId, number> =>
  Object.fromEntries(RULE_IDS.map((rule) => [rule, 0])) as Record<RuleId, number>;

/** Summarises verdicts: how many are ready, need refinement or were skipped, and how often each rule failed. */
export const summarize = (verdicts: readonly Verdict[]): AuditSummary => {
  const counts: Record<VerdictName, number> = { ready: 0, 'needs-refinement': 0, skipped: 0 };
  const byRule = zeroByRule();
  for (const verdict of verdicts) {
    counts[verdictName(verdict)] += 1;
    if (verdict.skipped) continue;
    for (const check of verdict.checks) if (!check.ok) byRule[check.rule] += 1;
  }
  const judged = counts.ready + counts['needs-refinement'];
  return {
    total: verdicts.length,
    ready: counts.ready,
    needsRefinement: counts['needs-refinement'],
    skipped: counts.skipped,
    byRule,
    percentReady: judged === 0 ? 0 : Math.round((counts.ready / judged) * 1000) / 10,
  };
};
