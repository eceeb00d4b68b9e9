import type { BacklogItem } from '#src/model/backlog-item.ts';
import { relevantFindings } from '#src/model/relevant-findings.ts';
import { RULE_IDS, type RuleId } from '#src/model/rule-id.ts';
import type { Verdict } from '#src/model/verdict.ts';
import type { ItemPlan } from '#src/plan/item-plan.ts';
import { RULE_TITLES } from '#src/plan/rule-titles.ts';
import { inlineMarkdown } from '#src/plan/safe-markdown.ts';
import { capList, quietestLines } from './health-lists.ts';
import { describePlan, issueTable, type IssueRow, type PlanOutcome } from './issue-table.ts';
import { summarize, type AuditSummary } from './summarize.ts';

/** What the health report shows; every section beyond the headline appears only when its data is given. */
export type HealthReportInput = {
  /** "Now" for ages; passed in so the report is deterministic. */
  readonly now: Date;
  /** Heading text (default "Backlog health"); e.g. with the repository name. */
  readonly title?: string;
  /** The judged items, for the issue tables and the quietest list. */
  readonly items?: readonly BacklogItem[];
  readonly verdicts?: readonly Verdict[];
  /** Counts, when already computed; otherwise summarised from `verdicts`. */
  readonly summary?: AuditSummary;
  /** Finding labels by rule id, for the findings table (e.g. from config.labels.findings). */
  readonly findingLabels?: Readonly<Record<string, string>>;
  /** Plans applied, or (dry run) that would be. */
  readonly plans?: readonly ItemPlan[];
  readonly dryRun?: boolean;
  /** Plans left for the next run because the write budget ran out or the run stopped. */
  readonly deferred?: readonly ItemPlan[];
  /** Why they were left (default "write budget"), e.g. "the run stopped: see above". */
  readonly deferredBecause?: string;
  readonly failures?: readonly { readonly plan: ItemPlan | { readonly number: number }; readonly error: string }[];
};

const TOP = 5;
const OPEN_ROWS = 10;
const MAX_ROWS = 300;
const MAX_FAILURES = 30;

/**
 * Per rule: how many issues carry its label (the finding matters for that issue's kind, or asks
 * for a decision) and how many fail the check only in passing (not required for their kind, no label).
 */
const findingCounts = (verdicts: readonly Verdict[]): Record<RuleId, { labelled: number; other: number }> => {
  const counts = Object.fromEntries(RULE_IDS.map((rule) => [rule, { labelled: 0, other: 0 }])) as Record<
    RuleId,
    { labelled: number; other: number }
  >;
  for (const verdict of verdicts) {
    if (verdict.skipped) continue;
    const relevant = new Set(relevantFindings(verdict).map((finding) => finding.rule));
    for (const check of verdict.checks)
      if (!check.ok) counts[check.rule][relevant.has(check.rule) ? 'labelled' : 'other'] += 1;
  }
  return counts;
};

const findingsTable = (
  verdicts: readonly Verdict[],
  labels: Readonly<Record<string, string>> | undefined,
): string[] => {
  const counts = findingCounts(verdicts);
  const rows = RULE_IDS.filter((rule) => counts[rule].labelled + counts[rule].other > 0);
  if (rows.length === 0) return ['No findings: every judged issue passes every check.', ''];
  const withLabels = labels !== undefined && Object.keys(labels).length > 0;
  return [
    withLabels
      ? '| Finding | Label | Issues | Not required for their kind |'
      : '| Finding | Issues | Not required for their kind |',
    withLabels ? '|---|---|---:|---:|' : '|---|---:|---:|',
    ...rows.map((rule) => {
      const label = labels?.[rule];
      const labelCell = withLabels ? ` ${label ? `\`${inlineMarkdown(label)}\`` : ''} |` : '';
      return `| ${RULE_TITLES[rule]} |${labelCell} ${counts[rule].labelled} | ${counts[rule].other} |`;
    }),
    '',
    `"Issues" ${withLabels ? 'carry the label: ' : 'are '}the finding counts for their kind of issue (or asks for a decision). The last column failed the check too, but their kind does not require it (a bug needs no estimate), so they get no label.`,
    '',
  ];
};

const outcomes = (input: HealthReportInput): Map<number, { plan: ItemPlan; outcome: PlanOutcome }> => {
  const byNumber = new Map<number, { plan: ItemPlan; outcome: PlanOutcome }>();
  for (const plan of input.plans ?? []) byNumber.set(plan.number, { plan, outcome: 'applied' });
  for (const plan of input.deferred ?? []) byNumber.set(plan.number, { plan, outcome: 'deferred' });
  for (const { plan } of input.failures ?? [])
    if ('addLabels' in plan) byNumber.set(plan.number, { plan, outcome: 'failed' });
  return byNumber;
};

const issueTables = (input: HealthReportInput, verdicts: readonly Verdict[]): string[] => {
  const verdictOf = new Map(verdicts.map((verdict) => [verdict.number, verdict]));
  const changes = outcomes(input);
  const rows = (test: (verdict: Verdict, changed: boolean) => boolean): IssueRow[] =>
    (input.items ?? []).flatMap((item) => {
      const verdict = verdictOf.get(item.number);
      const change = changes.get(item.number);
      if (!verdict || !test(verdict, change !== undefined)) return [];
      return [{ item, verdict, changed: describePlan(change?.plan, change?.outcome, input.dryRun === true) }];
    });
  const refine = rows((verdict) => !verdict.skipped && !verdict.ready);
  const changedReady = rows((verdict, changed) => (verdict.skipped || verdict.ready) && changed);
  return [
    ...issueTable(`Needs refinement (${refine.length})`, refine, OPEN_ROWS, MAX_ROWS),
    ...issueTable(
      `Ready or skipped, and changed in this run (${changedReady.length})`,
      changedReady,
      OPEN_ROWS,
      MAX_ROWS,
    ),
  ];
};

/**
 * Markdown for a job summary or a backlog report: the share ready, one table per issue that needs
 * refinement (linked title, verdict, what is missing, what changed) and one for ready issues that
 * changed, both collapsed when long; findings per rule (labelled, and found but not required), the
 * five issues longest without human activity, deferrals and failures. Lists are capped so the text
 * stays small.
 */
export const renderHealthReport = (input: HealthReportInput): string => {
  const verdicts = input.verdicts ?? [];
  const summary = input.summary ?? summarize(verdicts);
  const judged = summary.ready + summary.needsRefinement;
  const out = [`## ${inlineMarkdown(input.title ?? 'Backlog health', 200)}`, ''];
  const skipped = summary.skipped > 0 ? `; ${summary.skipped} skipped (skip labels)` : '';
  out.push(
    `**${summary.ready} of ${judged}** judged ${judged === 1 ? 'issue is' : 'issues are'} ready for work (${summary.percentReady}%); ${summary.needsRefinement} ${summary.needsRefinement === 1 ? 'needs' : 'need'} refinement${skipped}.`,
    '',
  );
  if (input.items) out.push(...issueTables(input, verdicts));
  out.push('### Findings', '', ...findingsTable(verdicts, input.findingLabels));
  const skippedNumbers = new Set(verdicts.filter((v) => v.skipped).map((v) => v.number));
  const open = (input.items ?? []).filter((item) => item.state === 'open' && !skippedNumbers.has(item.number));
  if (open.length > 0) out.push('### Longest without human activity', '', ...quietestLines(open, input.now, TOP), '');
  if (input.plans && input.plans.length === 0 && (input.deferred ?? []).length === 0)
    out.push(input.dryRun ? 'A real run would change nothing.' : 'No changes needed.', '');
  if (input.deferred && input.deferred.length > 0) {
    out.push(
      `${input.deferred.length} ${input.deferred.length === 1 ? 'issue waits' : 'issues wait'} for the next run (${input.deferredBecause ?? 'write budget'}); the table says "next run" for them.`,
      '',
    );
  }
  if (input.failures && input.failures.length > 0) {
    const lines = input.failures.map(({ plan, error }) => `- #${plan.number}: ${inlineMarkdown(error, 300)}`);
    out.push('### Failures', '', ...capList(lines, MAX_FAILURES), '');
  }
  return out.join('\n');
};
