import type { ConfigLocation } from '#src/config/load-config.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import type { IssueTemplate } from '#src/model/issue-template.ts';
import type { Milestone } from '#src/model/milestone.ts';
import type { ItemPlan } from '#src/plan/item-plan.ts';
import type { RepoLabel } from '#src/model/repo-label.ts';

export type { RepoLabel };

/** An issue this tool owns (an agenda), found by its hidden marker and label. */
export type OwnedIssue = {
  readonly number: number;
  readonly title: string;
  readonly body: string;
  readonly state: 'open' | 'closed';
  readonly createdAt: string;
  readonly url: string;
};

/** What one run cost: requests made, by kind. */
export type RequestStats = { readonly reads: number; readonly writes: number };

/** The outcome of applying plans: which items were fully applied and which were left for the next run. */
export type ApplyResult = {
  readonly applied: readonly ItemPlan[];
  /** Plans not applied because the write budget ran out; never half-applied. */
  readonly deferred: readonly ItemPlan[];
  /** Plans that failed, with a readable reason each; other plans are unaffected. */
  readonly failed: readonly { readonly plan: ItemPlan; readonly error: string }[];
};

/** What the backlog snapshot read carries besides the items: read in the same requests where possible. */
export type RepoContext = {
  readonly templates: readonly IssueTemplate[];
  readonly labels: readonly RepoLabel[];
};

/**
 * The port to GitHub for one repository. The use cases receive it as an argument; the Octokit
 * implementation lives in octokit-gateway.ts and tests use an in-memory fake. Implementations
 * count their requests, and writes go through `applyPlans` / the owned-issue methods only.
 */
export type Gateway = {
  readonly owner: string;
  readonly repo: string;
  /** Reads a file from the default branch of a repository (this one by default); undefined when missing. */
  readFile(location: ConfigLocation): Promise<string | undefined>;
  /** The repository's issue templates and labels. */
  readRepoContext(): Promise<RepoContext>;
  /** One issue with its timeline-derived fields (last human activity, label events, own comment); undefined for pull requests or missing issues. */
  getItem(number: number): Promise<BacklogItem | undefined>;
  /** All open issues (no pull requests), a page at a time (GraphQL pages of 100). */
  listOpenItems(): AsyncIterable<readonly BacklogItem[]>;
  /** Milestones in the given state. */
  listMilestones(state: 'open' | 'closed'): Promise<readonly Milestone[]>;
  /** Issues in a milestone (closed ones carry closedAt), for the capacity forecast. */
  listMilestoneItems(milestoneNumber: number, state: 'open' | 'closed' | 'all'): Promise<readonly BacklogItem[]>;
  /** Creates the given labels (they are known to be missing). */
  createLabels(labels: readonly RepoLabel[]): Promise<void>;
  /** Applies item plans (label adds/removes, comment changes), batching where it can. Never replaces a whole label set. */
  applyPlans(plans: readonly ItemPlan[]): Promise<ApplyResult>;
  /** Open and closed issues carrying `label` whose body contains `marker`, oldest first. */
  findOwnedIssues(label: string, marker: string): Promise<readonly OwnedIssue[]>;
  createIssue(input: {
    title: string;
    body: string;
    labels: readonly string[];
    assignees: readonly string[];
    /** The milestone number to attach the issue to (an agenda to its milestone), if any. */
    milestone?: number;
  }): Promise<OwnedIssue>;
  /** Pins an issue this run created to the top of the issue list (GraphQL pinIssue). */
  pinIssue(number: number): Promise<void>;
  updateIssue(number: number, change: { title?: string; body?: string; state?: 'open' | 'closed' }): Promise<void>;
  addComment(number: number, body: string): Promise<void>;
  /** True when `login` has write access (admin, maintain or write) to this repository; false for anyone else. One read. */
  canWrite(login: string): Promise<boolean>;
  stats(): RequestStats;
};
