import type { FakeClock } from './clock.ts';

/** Someone who authored or caused something. REST logins of bots end in "[bot]". */
export type FakeActor = { readonly login: string; readonly type: 'User' | 'Bot' };

export type FakeLabel = { id: number; nodeId: string; name: string; color: string; description: string };

export type FakeComment = {
  id: number;
  nodeId: string;
  body: string;
  author: FakeActor;
  createdAt: string;
  updatedAt: string;
  lastEditedAt?: string;
};

export type FakeEventType = 'labeled' | 'unlabeled' | 'reopened' | 'closed' | 'renamed' | 'commented' | 'milestoned';

export type FakeEvent = {
  id: number;
  nodeId: string;
  type: FakeEventType;
  actor: FakeActor;
  createdAt: string;
  label?: string;
  /** For 'renamed'. */
  rename?: { from: string; to: string };
  /** For 'commented': the comment's id. */
  commentId?: number;
};

/** REST's names for reaction emoji; GraphQL spells them as ReactionContent (THUMBS_UP …). */
export type FakeReactionContent = '+1' | '-1' | 'laugh' | 'confused' | 'heart' | 'hooray' | 'rocket' | 'eyes';

export type FakeReaction = {
  id: number;
  nodeId: string;
  by: FakeActor;
  createdAt: string;
  content: FakeReactionContent;
};

/** A project (v2) field value: numbers become number fields, strings single-select values, `{ text }` text fields. */
export type FakeProjectValue = number | string | { text: string };

/** Another issue by repository ("owner/name") and number. */
export type FakeIssueKey = { repo: string; number: number };

/** An issue field value: numbers are number fields, strings single-select options, `{ date }` dates, `{ text }` text. */
export type FakeIssueFieldValue = number | string | { date: string } | { text: string };

export type FakeIssue = {
  id: number;
  nodeId: string;
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  stateReason?: 'completed' | 'not_planned' | 'reopened';
  labels: string[];
  assignees: string[];
  milestone?: number;
  author: FakeActor;
  createdAt: string;
  updatedAt: string;
  closedAt?: string;
  lastEditedAt?: string;
  /** Who last edited the body. */
  editor?: FakeActor;
  comments: FakeComment[];
  events: FakeEvent[];
  isPullRequest: boolean;
  issueType?: string;
  projectFields?: Record<string, FakeProjectValue>;
  /** The parent issue ("sub-issue of"), possibly in another repository (planning.ts). */
  parent?: FakeIssueKey;
  /** Issues blocking this one ("blocked by"), in any repository; their state decides the open count. */
  blockedBy?: FakeIssueKey[];
  /** Organisation issue field values by field name (planning.ts). */
  issueFields?: Record<string, FakeIssueFieldValue>;
  /** Reactions on the issue body, oldest first. */
  reactions: FakeReaction[];
  /** Pinned to the top of the repository's issue list (GitHub allows three). */
  pinned?: boolean;
};

export type FakeMilestone = {
  id: number;
  nodeId: string;
  number: number;
  title: string;
  description: string;
  state: 'open' | 'closed';
  dueOn?: string;
  closedAt?: string;
  createdAt: string;
  updatedAt: string;
};

export type FakePermission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export type FakeRepo = {
  id: number;
  nodeId: string;
  owner: string;
  name: string;
  defaultBranch: string;
  private: boolean;
  issues: FakeIssue[];
  labels: FakeLabel[];
  milestones: FakeMilestone[];
  /** Files on the default branch, path → text. */
  files: Record<string, string>;
  /** Collaborator permissions; anyone else reads a public repository. */
  collaborators: Record<string, FakePermission>;
};

export type FakeInstallation = { id: number; account: string; repos: string[] };

/** Everything the fake knows; tests read and even edit it directly. */
export type FakeState = {
  repos: Map<string, FakeRepo>;
  installations: FakeInstallation[];
  /** Whom writes are attributed to (the token's identity). */
  actor: FakeActor;
  clock: FakeClock;
  /** Next database id; every created object takes one so ids are deterministic. */
  nextId: number;
};

/** Takes the next deterministic database id. */
export function takeId(state: FakeState): number {
  state.nextId += 1;
  return state.nextId;
}

/** A GitHub-looking, deterministic global node id. */
export function nodeIdFor(prefix: string, id: number): string {
  return `${prefix}_kwDOfake${id.toString(36).padStart(6, '0')}`;
}

/** Finds a repository by "owner/name" (case-insensitive, as GitHub matches). */
export function findRepo(state: FakeState, owner: string, name: string): FakeRepo | undefined {
  const wanted = `${owner}/${name}`.toLowerCase();
  for (const [key, repo] of state.repos) if (key.toLowerCase() === wanted) return repo;
  return undefined;
}

/** Finds a label by name, case-insensitively, as GitHub does. */
export function findLabel(repo: FakeRepo, name: string): FakeLabel | undefined {
  const wanted = name.toLowerCase();
  return repo.labels.find((label) => label.name.toLowerCase() === wanted);
}

/** A user's or bot's node id; it encodes the login so mutations can map assignee ids back. */
export function actorNodeId(actor: FakeActor): string {
  return `${actor.type === 'Bot' ? 'BOT' : 'U'}_kgDO${Buffer.from(actor.login).toString('base64url')}`;
}

/** The login inside an actor node id, or undefined when the id is not one. */
export function loginOfActorNodeId(id: string): string | undefined {
  const match = /^(?:U|BOT)_kgDO([A-Za-z0-9_-]{1,200})$/.exec(id);
  return match?.[1] ? Buffer.from(match[1], 'base64url').toString() : undefined;
}
