import type { BacklogItem } from '#src/model/backlog-item.ts';
import { relevantFindings } from '#src/model/relevant-findings.ts';
import type { Verdict } from '#src/model/verdict.ts';
import type { CommentChange, ItemPlan } from '#src/plan/item-plan.ts';
import { byCommentOrder } from '#src/plan/render-comment.ts';
import { RULE_TITLES } from '#src/plan/rule-titles.ts';
import { inlineMarkdown } from '#src/plan/safe-markdown.ts';

const TITLE_LIMIT = 70;

/**
 * "[Title](url)", the title made safe and short. Job summaries do not turn "#12" into a link, and a
 * title says more than a number; titles are quoted as text, so a link in a title never goes live.
 */
export const titleLink = (item: BacklogItem): string =>
  `[${inlineMarkdown(item.title, TITLE_LIMIT)}](${item.url}) #${item.number}`;

/** What happened to an item's plan in this run. */
export type PlanOutcome = 'applied' | 'deferred' | 'failed';

const commentWords: Readonly<Record<CommentChange['kind'], string>> = {
  create: 'comment added',
  update: 'comment updated',
  delete: 'comment deleted',
};

/** "+`needs-estimate` −`ready`, comment added" — the plan in a table cell; "—" for none. */
export const describePlan = (plan: ItemPlan | undefined, outcome: PlanOutcome | undefined, dryRun: boolean): string => {
  if (!plan) return '—';
  const names = (list: readonly string[]) => list.map((name) => `\`${inlineMarkdown(name)}\``).join(', ');
  const all = [
    plan.addLabels.length > 0 ? `added ${names(plan.addLabels)}` : '',
    plan.removeLabels.length > 0 ? `removed ${names(plan.removeLabels)}` : '',
    plan.comment ? commentWords[plan.comment.kind] : '',
  ]
    .filter((part) => part !== '')
    .join('; ');
  if (outcome === 'deferred') return `next run: ${all}`;
  if (outcome === 'failed') return `failed: ${all}`;
  return dryRun ? `would: ${all}` : all;
};

/** The verdict in words, as a table cell. */
export const verdictCell = (verdict: Verdict): string =>
  verdict.skipped
    ? 'skipped'
    : verdict.pinned
      ? 'ready (set by a person)'
      : verdict.ready
        ? 'ready'
        : '**needs refinement**';

/** What is missing (blocking findings) and, in parentheses, what is worth a look; lower case rule titles. */
export const missingCell = (verdict: Verdict): string => {
  if (verdict.skipped) return '';
  const blocking = verdict.pinned
    ? []
    : [...verdict.blocking].sort(byCommentOrder).map((finding) => RULE_TITLES[finding.rule].toLowerCase());
  const others = relevantFindings(verdict)
    .sort(byCommentOrder)
    .filter((finding) => !blocking.includes(RULE_TITLES[finding.rule].toLowerCase()))
    .map((finding) => RULE_TITLES[finding.rule].toLowerCase());
  return [blocking.join(', '), others.length > 0 ? `(${others.join(', ')})` : ''].filter((p) => p !== '').join(' ');
};

/** One row per item: linked title, verdict, what is missing, what changed. */
export type IssueRow = { readonly item: BacklogItem; readonly verdict: Verdict; readonly changed: string };

/** A Markdown table of rows; collapsed under a summary line when longer than `openUpTo` rows. */
export const issueTable = (summary: string, rows: readonly IssueRow[], openUpTo: number, max: number): string[] => {
  if (rows.length === 0) return [];
  const shown = rows.slice(0, max);
  const table = [
    '| Issue | Verdict | Missing (worth a look) | Changed |',
    '|---|---|---|---|',
    ...shown.map(
      (row) =>
        `| ${titleLink(row.item)} | ${verdictCell(row.verdict)} | ${missingCell(row.verdict)} | ${row.changed} |`,
    ),
    ...(rows.length > shown.length ? [`| … and ${rows.length - shown.length} more | | | |`] : []),
  ];
  return rows.length <= openUpTo
    ? [`**${summary}**`, '', ...table, '']
    : [`<details><summary><b>${summary}</b></summary>`, '', ...table, '', '</details>', ''];
};
