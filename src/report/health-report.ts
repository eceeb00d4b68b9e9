import type { BacklogItem } from '#src/model/backlog-item.ts';
import { RULE_IDS } from '#src/model/rule-id.ts';
import type { Verdict } from '#src/model/verdict.ts';
import type { ItemPlan } from '#src/plan/item-plan.ts';
import { RULE_TITLES } from '#src/plan/rule-titles.ts';
import { inlineMarkdown } from '#src/plan/safe-markdown.ts';
import { capList, oldestLines, staleLines, writeLines } from './health-lists.ts';
import { summarize, type AuditSummary } from './summarize.ts';

/** What the health report shows; every section beyond the counts appears only when its data is given. */
export type HealthReportInput = {
  /** "Now" for ages; passed in so the report is deterministic. */
  readonly now: Date;
  /** Heading text (default "Backlog health"); e.g. with the repository name. */
  readonly title?: string;
  /** The judged items, for the oldest and most stale lists. */
  readonly items?: readonly BacklogItem[];
  readonly verdicts?: readonly Verdict[];
  /** Counts, when already computed; otherwise summarised from `verdicts`. */
  readonly summary?: AuditSummary;
  /** Finding labels by rule id, for the findings table (e.g. from config.labels.findings). */
  readonly findingLabels?: Readonly<Record<string, string>>;
  /** Writes made, or (dry run) that would be made. */
  readonly plans?: readonly ItemPlan[];
  readonly dryRun?: boolean;
  /** Plans left for the next run because the write budget ran out or the run stopped. */
  readonly deferred?: readonly ItemPlan[];
  /** Why they were left (default "write budget"), e.g. "the run stopped: see above". */
  readonly deferredBecause?: string;
  readonly failures?: readonly { readonly plan: { readonly number: number }; readonly error: string }[];
  readonly requests?: { readonly reads: number; readonly writes: number };
};

const TOP = 5;
const MAX_WRITES = 100;
const MAX_FAILURES = 30;

const countsTable = (summary: AuditSummary): string[] => [
  '| Verdict | Issues |',
  '|---|---:|',
  `| Ready | ${summary.ready} |`,
  `| Needs refinement | ${summary.needsRefinement} |`,
  `| Skipped | ${summary.skipped} |`,
  `| **Total** | **${summary.total}** |`,
];

const findingsTable = (summary: AuditSummary, labels: Readonly<Record<string, string>> | undefined): string[] => [
  labels ? '| Finding | Label | Issues |' : '| Finding | Issues |',
  labels ? '|---|---|---:|' : '|---|---:|',
  ...RULE_IDS.map((rule) => {
    const label = labels?.[rule];
    const labelCell = labels ? ` ${label ? `\`${inlineMarkdown(label)}\`` : ''} |` : '';
    return `| ${RULE_TITLES[rule]} (\`${rule}\`) |${labelCell} ${summary.byRule[rule]} |`;
  }),
];

/** Items that are open and judged: skipped items are not part of the backlog's health. */
const judgedOpenItems = (items: readonly BacklogItem[], verdicts: readonly Verdict[]): BacklogItem[] => {
  const skipped = new Set(verdicts.filter((verdict) => verdict.skipped).map((verdict) => verdict.number));
  return items.filter((item) => item.state === 'open' && !skipped.has(item.number));
};

/**
 * Markdown for a job summary or a backlog report: counts per verdict and per finding, the share
 * ready, the oldest and most stale open items (top 5, with links), and, when given, the writes made
 * or planned, deferrals, failures and request counts. Lists are capped so the text stays small.
 */
export const renderHealthReport = (input: HealthReportInput): string => {
  const verdicts = input.verdicts ?? [];
  const summary = input.summary ?? summarize(verdicts);
  const judged = summary.ready + summary.needsRefinement;
  const out = [`## ${inlineMarkdown(input.title ?? 'Backlog health', 200)}`, ''];
  out.push(
    `**${summary.percentReady}%** of ${judged} judged ${judged === 1 ? 'issue is' : 'issues are'} ready for work.`,
    '',
  );
  out.push(...countsTable(summary), '', '### Findings', '', ...findingsTable(summary, input.findingLabels), '');
  const open = judgedOpenItems(input.items ?? [], verdicts);
  if (open.length > 0) {
    out.push('### Oldest open issues', '', ...oldestLines(open, input.now, TOP), '');
    out.push('### Longest without human activity', '', ...staleLines(open, input.now, TOP), '');
  }
  if (input.plans) {
    const lines = writeLines(input.plans);
    out.push(input.dryRun ? '### Changes a real run would make (dry run)' : '### Changes made', '');
    // With issues left for the next run, "no changes needed" would be untrue.
    const none = input.deferred && input.deferred.length > 0 ? 'No changes made.' : 'No changes needed.';
    out.push(...(lines.length > 0 ? capList(lines, MAX_WRITES) : [none]), '');
  }
  if (input.deferred && input.deferred.length > 0) {
    out.push(
      `${input.deferred.length} ${input.deferred.length === 1 ? 'issue was' : 'issues were'} deferred to the next run (${input.deferredBecause ?? 'write budget'}).`,
      '',
    );
  }
  if (input.failures && input.failures.length > 0) {
    const lines = input.failures.map(({ plan, error }) => `- #${plan.number}: ${inlineMarkdown(error, 300)}`);
    out.push('### Failures', '', ...capList(lines, MAX_FAILURES), '');
  }
  if (input.requests) out.push(`Requests: ${input.requests.reads} reads, ${input.requests.writes} writes.`, '');
  return out.join('\n');
};
