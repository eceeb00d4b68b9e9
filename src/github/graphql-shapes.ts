import type { RawPlanning } from './map-planning.ts';

// The shapes of what queries.ts asks for, as GitHub returns them. Everything GitHub may null
// (deleted users, hidden fields, missing permissions) is typed nullable so the mapping handles it.

export type RawActor = { readonly login: string; readonly __typename: string } | null;

type Connection<T> = { readonly nodes?: readonly (T | null)[] | null; readonly totalCount?: number } | null;

export type RawComment = {
  readonly id: string;
  readonly databaseId?: number | null;
  readonly body: string;
  readonly createdAt: string;
  readonly lastEditedAt?: string | null;
  readonly author: RawActor;
  /** True when the token's own account wrote it (the Action's github-actions[bot], the app's bot, a PAT's user). */
  readonly viewerDidAuthor?: boolean | null;
};

export type RawTimelineItem =
  | {
      readonly __typename: 'LabeledEvent' | 'UnlabeledEvent';
      readonly createdAt: string;
      readonly actor: RawActor;
      readonly label: { readonly name: string } | null;
    }
  | { readonly __typename: 'ReopenedEvent' | 'RenamedTitleEvent'; readonly createdAt: string; readonly actor: RawActor }
  | ({ readonly __typename: 'IssueComment' } & RawComment);

/** A reaction on the issue body; `user` is null when a bot (or anything but a User) reacted. */
export type RawReaction = { readonly createdAt: string; readonly user: RawActor };

export type RawFieldValue = {
  readonly __typename: string;
  readonly number?: number | null;
  readonly name?: string | null;
  readonly text?: string | null;
  readonly field?: { readonly name?: string } | null;
};

export type RawIssue = RawPlanning & {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly body: string;
  readonly url: string;
  readonly state: 'OPEN' | 'CLOSED';
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly closedAt?: string | null;
  readonly lastEditedAt?: string | null;
  readonly editor?: RawActor;
  readonly author: RawActor;
  readonly labels: Connection<{ readonly id: string; readonly name: string }>;
  readonly milestone: {
    readonly number: number;
    readonly title: string;
    readonly dueOn: string | null;
    readonly state: 'OPEN' | 'CLOSED';
  } | null;
  /** Absent when not asked for (`$withAssignees`). */
  readonly assignees?: Connection<{ readonly login: string }>;
  /** Only the count is read; the comments themselves come as `IssueComment` timeline items. */
  readonly comments: { readonly totalCount: number; readonly nodes?: readonly (RawComment | null)[] | null };
  readonly timelineItems?: Connection<RawTimelineItem>;
  readonly reactions?: Connection<RawReaction>;
  readonly projectItems?: Connection<{ readonly fieldValues: Connection<RawFieldValue> }>;
};

export type RawLabel = {
  readonly id: string;
  readonly name: string;
  readonly color: string;
  readonly description: string | null;
};

export type RawTemplates = {
  readonly entries?: readonly { readonly name: string; readonly object: { readonly text?: string | null } | null }[];
} | null;

export type PageInfo = { readonly hasNextPage: boolean; readonly endCursor: string | null };

export type RawContext = {
  readonly id?: string;
  readonly labels?: {
    readonly pageInfo: { readonly hasNextPage: boolean };
    readonly nodes: readonly (RawLabel | null)[] | null;
  };
  readonly templates?: RawTemplates;
  /** Projects linked to the repository, and owned by its owner (null when the token may not see them). */
  readonly projectsV2?: { readonly totalCount: number } | null;
  readonly owner?: { readonly projectsV2?: { readonly totalCount: number } | null } | null;
};

/** Drops the nulls GitHub puts in connections for nodes the token may not see. */
export const nodesOf = <T>(connection: Connection<T> | undefined): T[] =>
  (connection?.nodes ?? []).filter((node): node is T => node !== null && node !== undefined);
