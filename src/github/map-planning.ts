import type { BacklogItem } from '#src/model/backlog-item.ts';
import type { IssueFieldValues, IssueRef } from '#src/model/planning-data.ts';

type RawRepoRef = { readonly repository?: { readonly nameWithOwner: string } | null };

/** One issue field value as PlanningFields asks for it (number, option name, date or text). */
export type RawIssueFieldValue = {
  readonly __typename: string;
  readonly number?: number | null;
  readonly name?: string | null;
  readonly date?: string | null;
  readonly text?: string | null;
  readonly field?: { readonly name?: string } | null;
};

/** The PlanningFields part of an issue; every part may be missing (older servers, partial answers). */
export type RawPlanning = {
  readonly issueType?: { readonly name: string } | null;
  readonly parent?: ({ readonly number: number } & RawRepoRef) | null;
  readonly subIssuesSummary?: {
    readonly total: number;
    readonly completed: number;
    readonly percentCompleted: number;
  } | null;
  readonly issueDependenciesSummary?: { readonly blockedBy: number; readonly totalBlockedBy: number } | null;
  readonly issueFieldValues?: { readonly nodes?: readonly (RawIssueFieldValue | null)[] | null } | null;
};

/** "owner/name" of an issue URL, lower-cased. */
export const repoOfUrl = (url: string): string | undefined =>
  /github\.com\/([\w.-]{1,100}\/[\w.-]{1,100})\/issues\//i.exec(url)?.[1]?.toLowerCase() ??
  /\/([\w.-]{1,100}\/[\w.-]{1,100})\/issues\/\d+$/i.exec(url)?.[1]?.toLowerCase();

/** An issue reference; the repository is kept only when it differs from the item's own. */
export const issueRef = (
  raw: { readonly number: number; readonly state?: string | null; readonly title?: string | null } & RawRepoRef,
  ownRepo: string | undefined,
): IssueRef => {
  const repo = raw.repository?.nameWithOwner;
  return {
    number: raw.number,
    ...(repo && repo.toLowerCase() !== ownRepo && { repo }),
    ...(raw.state && { state: raw.state === 'CLOSED' ? 'closed' : 'open' }),
    ...(raw.title && { title: raw.title }),
  };
};

/** Issue field values by field name; the first value of a name wins. Undefined when they were not read. */
export const issueFieldValues = (raw: RawPlanning): IssueFieldValues | undefined => {
  if (!raw.issueFieldValues) return undefined;
  const values: Record<string, string | number> = {};
  for (const node of raw.issueFieldValues.nodes ?? []) {
    const name = node?.field?.name;
    const value = node ? (node.number ?? node.name ?? node.date ?? node.text) : undefined;
    if (name && value !== null && value !== undefined && !(name in values)) values[name] = value;
  }
  return values;
};

/**
 * The BacklogItem fields from GitHub's planning data: issue type, parent, sub-issue summary, the
 * count of open native blockers (the blockers themselves come later, see read-blockers.ts) and
 * issue field values. Parts GitHub did not send stay undefined, so the rules treat them as unknown.
 */
export const mapPlanning = (raw: RawPlanning, url: string): Partial<BacklogItem> => {
  const own = repoOfUrl(url);
  const fields = issueFieldValues(raw);
  const deps = raw.issueDependenciesSummary;
  return {
    ...(raw.issueType?.name && { issueType: raw.issueType.name }),
    ...(raw.parent && { parent: issueRef(raw.parent, own) }),
    ...(raw.subIssuesSummary && { subIssues: { ...raw.subIssuesSummary } }),
    ...(deps && { nativeBlockers: { open: deps.blockedBy, total: deps.totalBlockedBy } }),
    ...(fields && { issueFields: fields }),
  };
};
