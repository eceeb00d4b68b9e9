import type { ConfigLocation } from '#src/config/load-config.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import type { IssueTemplate } from '#src/model/issue-template.ts';
import type { Milestone } from '#src/model/milestone.ts';
import type { ItemPlan } from '#src/plan/item-plan.ts';
import type { RepoLabel } from '#src/model/repo-label.ts';
import type { RunStop } from './run-stop.ts';

export type { RepoLabel, RunStop };

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

/**
 * GraphQL points spent (from GitHub's `rateLimit { cost }`, asked on every query; a mutation counts 1),
 * and GitHub's meter after the last query: points left this hour and when the hour resets.
 */
export type PointStats = {
  readonly points: number;
  /** Of `points`, those counted for mutations (GitHub does not say what a mutation cost; counted as 1 each). */
  readonly mutations?: number;
  readonly remaining?: number;
  readonly resetAt?: string;
};

/**
 * The optional parts of an issue a run needs. Each is a nested connection, and each costs about a
 * point per 100 issues read, so a sweep asks only for what its configuration uses.
 */
export type ReadNeeds = {
  /** Assignees (only `rules.stale.exemptAssigned` looks at them in a sweep). */
  readonly assignees: boolean;
  /** The newest reactions (only `rules.stale.countReactions` counts them). */
  readonly reactions: boolean;
  /** GitHub Projects field values (estimate or priority fields named in the config). */
  readonly projects: boolean;
};

/** What the gateway learned with a page: how many open issues there are, and where the next page starts. */
export type PageProgress = {
  readonly total: number;
  readonly read: number;
  readonly hasNextPage: boolean;
  /** Where the page after this one starts (pass it as `after` to continue from here in a later run). */
  readonly endCursor: string | null;
};

/** How to read the open backlog: what to ask for, and what to tell the caller. */
export type ListOptions = {
  /** Undefined: everything (assignees, reactions, Projects). */
  readonly needs?: ReadNeeds;
  /** Start after this page cursor (from an earlier run's `PageProgress.endCursor`) instead of at the oldest issue. */
  readonly after?: string;
  /** Called after each page, before it is yielded. */
  readonly onPage?: (progress: PageProgress) => void;
};

/** The outcome of applying plans: which items were fully applied and which were left for the next run. */
export type ApplyResult = {
  readonly applied: readonly ItemPlan[];
  /** Plans left whole for the next run: the write budget ran out, or the run stopped (see `Gateway.stopped`). */
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
  /**
   * Several issues in as few requests as possible, keyed by number (no entry for pull requests or
   * missing issues). Optional: `readItems` falls back to `getItem` one by one.
   */
  getItems?(numbers: readonly number[]): Promise<ReadonlyMap<number, BacklogItem>>;
  /**
   * Open issues of this repository that `number` blocks (GitHub's native "blocking" dependencies), to
   * re-judge them when it closes. One read; dependents in other repositories are left to their own runs.
   */
  listDependents(number: number): Promise<readonly number[]>;
  /** Open sub-issues of `number` in this repository, so an event on a parent sums their estimates as the audit does. One read. */
  listSubIssues(number: number): Promise<readonly BacklogItem[]>;
  /**
   * The same items, with the blockers of those GitHub says have open ones named (one read per 100
   * such items), so a reason can say which issue to finish. Optional: without it the counts decide.
   */
  nameBlockers?(items: readonly BacklogItem[]): Promise<readonly BacklogItem[]>;
  /**
   * All open issues (no pull requests), oldest first, a page at a time (pages sized for the fewest
   * GraphQL points). Stop iterating to stop reading: no further page is requested.
   */
  listOpenItems(options?: ListOptions): AsyncIterable<readonly BacklogItem[]>;
  /** Milestones in the given state. */
  listMilestones(state: 'open' | 'closed'): Promise<readonly Milestone[]>;
  /** Issues in a milestone (closed ones carry closedAt), for the capacity forecast. */
  listMilestoneItems(milestoneNumber: number, state: 'open' | 'closed' | 'all'): Promise<readonly BacklogItem[]>;
  /** Creates the given labels (they are known to be missing), all in one request. */
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
  /**
   * Why the run stopped writing (GitHub not answering, 5xx, a rate limit, a missing permission), or
   * undefined while it may write. Once stopped, every later write of the run is refused unsent, and
   * front ends skip later steps and report what was left for the next run.
   */
  stopped(): RunStop | undefined;
  /** GraphQL points spent so far (gateways that do not speak GraphQL leave it out). */
  points?(): PointStats;
};
