import type { Verdict } from '#src/model/verdict.ts';
import { relevantFindings } from '#src/model/relevant-findings.ts';

/** The label on an item that made it skipped: the first of its labels that is a skip label (case does not matter). */
export const skipLabelOf = (labels: readonly string[], skipLabels: readonly string[]): string | undefined => {
  const wanted = new Set(skipLabels.map((name) => name.toLowerCase()));
  return labels.find((label) => wanted.has(label.toLowerCase()));
};

/**
 * The findings column's entries: what keeps an item from being ready, with decisions and a pinned
 * item's findings in parentheses; for a skipped item, the label that skipped it.
 */
export const findingsList = (verdict: Verdict, skipLabel: string | undefined): string[] => {
  if (verdict.skipped) return [skipLabel === undefined ? 'skip label' : `skip label "${skipLabel}"`];
  const blocking = new Set(verdict.blocking.map((finding) => finding.rule));
  // Only what this kind's definition of ready requires, plus the decision rules: a bug is not
  // listed as missing an estimate when bugs need none.
  const findings = relevantFindings(verdict).map((finding) =>
    blocking.has(finding.rule) && !verdict.pinned ? finding.rule : `(${finding.rule})`,
  );
  return verdict.pinned ? ['pinned', ...findings] : findings;
};

/**
 * Why the verdict is what it is, one sentence per line: which definition of ready applied, who
 * pinned it, which label skipped it, and each finding's reason as the rule wrote it. A plainly
 * ready item with nothing found gets no lines.
 */
export const explainVerdict = (verdict: Verdict, skipLabel: string | undefined): string[] => {
  if (verdict.skipped) {
    return [
      `not judged: it has the skip label "${skipLabel ?? '?'}" (readiness.skipLabels); it is never labelled or commented on`,
    ];
  }
  const lines = relevantFindings(verdict).map((finding) => `${finding.rule}: ${finding.reason}`);
  if (verdict.pinned)
    lines.unshift('pinned as ready by a person (override label, /ready, or the ready label added by hand)');
  // The kind only matters when there is something to explain: it says why other checks are not listed.
  if (lines.length > 0 && verdict.kind !== 'default')
    lines.unshift(`definition of ready: ${verdict.kind} (readiness.kinds)`);
  return lines;
};
