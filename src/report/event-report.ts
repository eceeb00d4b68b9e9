import type { RunResult } from '#src/use-cases/run-result.ts';
import { describePlan, missingCell, titleLink, verdictCell } from './issue-table.ts';

/** What the report on one issue event needs. */
export type EventReportInput = { readonly result: RunResult; readonly dryRun: boolean };

/**
 * The job summary of a run for one issue event: the issue (linked), its verdict, what is missing
 * and what changed. Not the whole-backlog template: "0% of 1 judged issue is ready" says nothing.
 */
export const renderEventReport = ({ result, dryRun }: EventReportInput): string => {
  const item = result.items[0];
  const verdict = result.verdicts[0];
  if (!item || !verdict) return '## Backlog Hygiene\n\nNo issue was judged.\n';
  const plan = result.applied[0] ?? result.deferred[0] ?? result.failed[0]?.plan;
  const outcome = result.applied[0]
    ? 'applied'
    : result.deferred[0]
      ? 'deferred'
      : result.failed[0]
        ? 'failed'
        : undefined;
  const missing = missingCell(verdict);
  return [
    `## Backlog Hygiene: ${titleLink(item)}`,
    '',
    `**Verdict:** ${verdictCell(verdict)}${missing === '' ? '' : ` — missing: ${missing}`}.`,
    '',
    `**Changed:** ${plan ? describePlan(plan, outcome, dryRun) : 'nothing (labels and comment were already right)'}.`,
    '',
  ].join('\n');
};
