// GitHub's own planning data on an issue: sub-issues, dependencies and organisation issue fields.
// Every part is optional on BacklogItem: a source that cannot read it (an old GHES, `gh issue list`
// without `gh api`, a token without access) leaves it undefined, and the rules fall back to text.

/** Another issue, possibly in another repository of the owner. */
export type IssueRef = {
  readonly number: number;
  /** "owner/name"; undefined when the issue is in the item's own repository. */
  readonly repo?: string;
  readonly state?: 'open' | 'closed';
  readonly title?: string;
};

/** GitHub's `subIssuesSummary`: how far the item's sub-issues (in any repository) are done. */
export type SubIssues = {
  readonly total: number;
  readonly completed: number;
  /** 0–100, as GitHub computes it. */
  readonly percentCompleted: number;
};

/**
 * GitHub's native "blocked by" dependencies (`issueDependenciesSummary`, plus the blockers themselves
 * when they were read). `open` is GitHub's count of blockers still open, in any repository.
 */
export type NativeBlockers = {
  readonly open: number;
  /** Open and closed. */
  readonly total: number;
  /** The blockers, when the gateway read them (only for items with some); may be fewer than `total`. */
  readonly issues?: readonly IssueRef[];
};

/**
 * Organisation issue field values set on the item, keyed by the field's name ("Priority", "Effort",
 * "Target date"): numbers as numbers, single-select options by their name, dates as "YYYY-MM-DD", text as is.
 */
export type IssueFieldValues = Readonly<Record<string, string | number>>;

/** Estimates of an item's open sub-issues found in the same backlog, summed for a parent without its own. */
export type ChildEstimates = {
  /** Sum of the children's estimates in points (sizes converted, time estimates left out). */
  readonly points: number;
  /** Children whose estimate counted. */
  readonly counted: number;
  /** Open children seen in the backlog, estimated or not. */
  readonly seen: number;
};
