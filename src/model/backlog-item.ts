import type { ChildEstimates, IssueFieldValues, IssueRef, NativeBlockers, SubIssues } from './planning-data.ts';

/** Who caused a timeline event: this tool, another bot, or a person. Only people count as activity. */
export type Actor = 'self' | 'bot' | 'person';

/** A label added or removed on an item, as the timeline tells it. */
export type LabelEvent = {
  readonly label: string;
  readonly action: 'added' | 'removed';
  readonly by: Actor;
  /** ISO-8601 time of the event. */
  readonly at: string;
};

/** The milestone an item belongs to. */
export type ItemMilestone = {
  readonly number?: number;
  readonly title: string;
  /** ISO-8601 due date, when the milestone has one. */
  readonly dueOn?: string;
  readonly state?: 'open' | 'closed';
};

/** The explanation comment this tool left on an item earlier, found by its hidden marker. */
export type OwnComment = {
  /** The comment's id as the gateway knows it (GraphQL node id or REST id as a string). */
  readonly id: string;
  /** The hash recorded in the marker; equal hashes mean the rendered comment would not change. */
  readonly hash: string;
  /** True when the comment already says the item is ready. */
  readonly resolved: boolean;
};

/** Values from GitHub Projects (v2) fields, keyed by the field's name as shown in the project. */
export type ProjectFields = Readonly<Record<string, string | number>>;

/**
 * One backlog item (a GitHub issue, never a pull request) in the shape the pure core judges.
 * Front ends and the gateway map whatever they read (GraphQL, webhook payloads, `gh issue list`
 * JSON) into this shape; fields the source cannot supply stay undefined and rules treat them as unknown.
 */
export type BacklogItem = {
  readonly number: number;
  readonly title: string;
  readonly body: string;
  readonly url: string;
  readonly state: 'open' | 'closed';
  readonly labels: readonly string[];
  readonly milestone?: ItemMilestone;
  readonly assignees: readonly string[];
  /**
   * True when the source did not say who is assigned (a sweep reads assignees only when a rule needs
   * them): `assignees` is then empty for want of knowing, and whoever shows them reads them first.
   */
  readonly assigneesUnknown?: true;
  readonly author?: string;
  /** The issue type set in the repository's issue types (e.g. "Bug", "Feature"), if any. */
  readonly issueType?: string;
  /** ISO-8601 times. */
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly closedAt?: string;
  /**
   * Last activity by a person (comment, edit, reopen, label change), from the timeline. Bots,
   * this tool included, never move it. Undefined when unknown: staleness then falls back to
   * the creation time and the newest human comment known.
   */
  readonly lastHumanActivityAt?: string;
  /**
   * ISO-8601 time of the newest reaction by a person (not a bot, not this tool) on the issue body,
   * among the last few the gateway reads. Undefined when unknown (e.g. `gh issue list` gives only
   * counts) or when no person reacted. Counts as activity only with `rules.stale.countReactions`.
   */
  readonly lastHumanReactionAt?: string;
  readonly commentCount: number;
  /** Label changes from the timeline, oldest first; used so a person's label choice is never undone. */
  readonly labelEvents?: readonly LabelEvent[];
  /** Fields from GitHub Projects, when the token can read them. */
  readonly projectFields?: ProjectFields;
  /** The state of issues this one references (e.g. "blocked by #12"), when known. */
  readonly linkedStates?: Readonly<Record<number, 'open' | 'closed'>>;
  /** The parent issue when this item is a sub-issue (GitHub's `parent`). */
  readonly parent?: IssueRef;
  /** GitHub's sub-issue summary; undefined when unknown, `total: 0` when it has none. */
  readonly subIssues?: SubIssues;
  /** The sum of the estimates of its open sub-issues in the same backlog (filled in by `attachChildEstimates`). */
  readonly childEstimates?: ChildEstimates;
  /** GitHub's native "blocked by" dependencies; undefined when unknown (text references still count). */
  readonly nativeBlockers?: NativeBlockers;
  /** Organisation issue field values (Priority, Effort, Target date, …), when readable. */
  readonly issueFields?: IssueFieldValues;
  /** This tool's earlier explanation comment, if there is one. */
  readonly ownComment?: OwnComment;
  /**
   * People (logins, lower case) this tool already told that their `/ready` or `/refine` needs write
   * access, found by the hidden marker of its replies among the comments read. Undefined when there
   * is none (or the comments were not read).
   */
  readonly commandRepliesTo?: readonly string[];
};
