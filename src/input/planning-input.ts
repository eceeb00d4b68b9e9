import { z } from 'zod';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import type { IssueFieldValues, IssueRef } from '#src/model/planning-data.ts';

// GitHub's planning data in the CLI's input, in the spellings GitHub prints it: the REST issue object
// (`gh api repos/{owner}/{repo}/issues`: type, sub_issues_summary, issue_dependencies_summary,
// parent_issue_url, issue_field_values) or GraphQL (`gh api graphql`: issueType, subIssuesSummary,
// issueDependenciesSummary, parent, blockedBy), plus a plain `issueFields` object.

const count = z.number().int().nonnegative();
const named = z.object({ name: z.string() });
const repoRef = z.object({ nameWithOwner: z.string() }).nullable().optional();
const state = z
  .string()
  .transform((value) => value.toLowerCase())
  .pipe(z.enum(['open', 'closed']))
  .optional();

/** The optional planning fields of one input issue. */
export const planningInputSchema = z.object({
  type: named.nullable().optional(),
  issueType: z.union([z.string(), named]).nullable().optional(),
  sub_issues_summary: z.object({ total: count, completed: count, percent_completed: count }).optional(),
  subIssuesSummary: z.object({ total: count, completed: count, percentCompleted: count }).optional(),
  issue_dependencies_summary: z.object({ blocked_by: count, total_blocked_by: count }).optional(),
  issueDependenciesSummary: z.object({ blockedBy: count, totalBlockedBy: count }).optional(),
  parent_issue_url: z.string().nullable().optional(),
  parent: z.object({ number: z.number().int().positive(), repository: repoRef }).nullable().optional(),
  blockedBy: z
    .array(z.object({ number: z.number().int().positive(), state, title: z.string().optional(), repository: repoRef }))
    .optional(),
  issueFields: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  issue_field_values: z
    .array(
      z.object({
        issue_field_name: z.string().optional(),
        value: z.union([z.string(), z.number()]).nullable(),
        single_select_option: named.nullable().optional(),
      }),
    )
    .optional(),
});

type PlanningInput = z.output<typeof planningInputSchema>;

const repoOf = (url: string | undefined): string | undefined =>
  /(?:github\.com|\/repos)\/([\w.-]+\/[\w.-]+)\/issues\//i.exec(url ?? '')?.[1]?.toLowerCase();

const ref = (number: number, repo: string | undefined, own: string | undefined): IssueRef =>
  repo && repo.toLowerCase() !== own ? { number, repo } : { number };

const fieldValues = (input: PlanningInput): IssueFieldValues | undefined => {
  if (input.issueFields) return input.issueFields;
  if (!input.issue_field_values) return undefined;
  const values: Record<string, string | number> = {};
  for (const entry of input.issue_field_values) {
    const value = entry.single_select_option?.name ?? entry.value;
    if (entry.issue_field_name && value !== null && !(entry.issue_field_name in values))
      values[entry.issue_field_name] = value;
  }
  return values;
};

/** The BacklogItem planning fields of one input issue; what the input does not carry stays undefined. */
export const planningFromInput = (input: PlanningInput, url: string | undefined): Partial<BacklogItem> => {
  const own = repoOf(url);
  const typeName = typeof input.issueType === 'string' ? input.issueType : (input.issueType ?? input.type)?.name;
  const subs = input.subIssuesSummary ?? input.sub_issues_summary;
  const rest = input.issue_dependencies_summary;
  const deps =
    input.issueDependenciesSummary ?? (rest && { blockedBy: rest.blocked_by, totalBlockedBy: rest.total_blocked_by });
  const parentUrl = /\/repos\/([\w.-]+\/[\w.-]+)\/issues\/(\d+)$/.exec(input.parent_issue_url ?? '');
  const parent = input.parent
    ? ref(input.parent.number, input.parent.repository?.nameWithOwner, own)
    : parentUrl
      ? ref(Number(parentUrl[2]), parentUrl[1], own)
      : undefined;
  const blockers = input.blockedBy?.map((blocker) => ({
    ...ref(blocker.number, blocker.repository?.nameWithOwner, own),
    ...(blocker.state && { state: blocker.state }),
    ...(blocker.title && { title: blocker.title }),
  }));
  const fields = fieldValues(input);
  const open = deps?.blockedBy ?? blockers?.filter((blocker) => blocker.state !== 'closed').length;
  return {
    ...(typeName && { issueType: typeName }),
    ...(subs && {
      subIssues: {
        total: subs.total,
        completed: subs.completed,
        percentCompleted: 'percentCompleted' in subs ? subs.percentCompleted : subs.percent_completed,
      },
    }),
    ...(parent && { parent }),
    ...(open !== undefined && {
      nativeBlockers: {
        open,
        total: deps?.totalBlockedBy ?? blockers?.length ?? open,
        ...(blockers && { issues: blockers }),
      },
    }),
    ...(fields && { issueFields: fields }),
  };
};

/**
 * A REST issue object (`gh api repos/{owner}/{repo}/issues`) in the field names `gh issue list --json`
 * prints, so both are valid input; a `gh issue list` entry is returned as it is.
 */
export const fromRestIssue = (entry: unknown): unknown => {
  if (entry === null || typeof entry !== 'object' || !('created_at' in entry) || 'createdAt' in entry) return entry;
  const rest = entry as Record<string, unknown> & {
    milestone?: { due_on?: string | null } & Record<string, unknown>;
  };
  return {
    ...rest,
    createdAt: rest.created_at,
    updatedAt: rest.updated_at,
    closedAt: rest.closed_at,
    url: rest.html_url,
    author: rest.user,
    body: rest.body ?? '',
    ...(rest.milestone && { milestone: { ...rest.milestone, dueOn: rest.milestone.due_on ?? null } }),
  };
};
