import {
  findLabel,
  nodeIdFor,
  takeId,
  type FakeComment,
  type FakeEventType,
  type FakeIssue,
  type FakeLabel,
  type FakeRepo,
  type FakeState,
} from './state.ts';

// State changes shared by the REST and GraphQL handlers, so both surfaces leave the same trail:
// every write is stamped by the clock, attributed to the actor and recorded on the timeline.

function record(
  state: FakeState,
  issue: FakeIssue,
  type: FakeEventType,
  at: string,
  extra: Partial<FakeIssue['events'][number]> = {},
): void {
  const id = takeId(state);
  const prefix = {
    labeled: 'LE',
    unlabeled: 'ULE',
    reopened: 'REE',
    closed: 'CE',
    renamed: 'RTE',
    commented: 'IC',
    milestoned: 'MIE',
  }[type];
  issue.events.push({ id, nodeId: nodeIdFor(prefix, id), type, actor: state.actor, createdAt: at, ...extra });
}

/** Creates a repository label. Throws when the name is taken (callers turn that into a 422). */
export function createLabel(
  state: FakeState,
  repo: FakeRepo,
  input: { name: string; color?: string; description?: string },
): FakeLabel {
  if (findLabel(repo, input.name)) throw new Error(`label "${input.name}" already exists`);
  const id = takeId(state);
  const label = {
    id,
    nodeId: nodeIdFor('LA', id),
    name: input.name,
    color: input.color ?? 'ededed',
    description: input.description ?? '',
  };
  repo.labels.push(label);
  return label;
}

/** Adds labels (never replaces); missing repository labels are created, as REST does. Returns the names actually added. */
export function addLabels(state: FakeState, repo: FakeRepo, issue: FakeIssue, names: readonly string[]): string[] {
  const added: string[] = [];
  const at = state.clock.tick();
  for (const name of names) {
    const label = findLabel(repo, name) ?? createLabel(state, repo, { name });
    if (issue.labels.some((have) => have.toLowerCase() === label.name.toLowerCase())) continue;
    issue.labels.push(label.name);
    added.push(label.name);
    record(state, issue, 'labeled', at, { label: label.name });
  }
  if (added.length > 0) issue.updatedAt = at;
  return added;
}

/** Removes one label; false when the issue does not carry it. */
export function removeLabel(state: FakeState, issue: FakeIssue, name: string): boolean {
  const index = issue.labels.findIndex((have) => have.toLowerCase() === name.toLowerCase());
  if (index < 0) return false;
  const at = state.clock.tick();
  const [removed] = issue.labels.splice(index, 1);
  record(state, issue, 'unlabeled', at, { label: removed });
  issue.updatedAt = at;
  return true;
}

/** Replaces the label set (REST PUT / PATCH labels): the call this project must never make. */
export function setLabels(state: FakeState, repo: FakeRepo, issue: FakeIssue, names: readonly string[]): void {
  const keep = new Set(names.map((name) => name.toLowerCase()));
  for (const name of [...issue.labels]) if (!keep.has(name.toLowerCase())) removeLabel(state, issue, name);
  addLabels(state, repo, issue, names);
}

/** Adds a comment by the actor, with its 'commented' timeline event. */
export function addComment(state: FakeState, issue: FakeIssue, body: string): FakeComment {
  const at = state.clock.tick();
  const id = takeId(state);
  const comment: FakeComment = {
    id,
    nodeId: nodeIdFor('IC', id),
    body,
    author: state.actor,
    createdAt: at,
    updatedAt: at,
  };
  issue.comments.push(comment);
  record(state, issue, 'commented', at, { commentId: id });
  issue.updatedAt = at;
  return comment;
}

/** Edits a comment's body in place. */
export function editComment(state: FakeState, issue: FakeIssue, comment: FakeComment, body: string): void {
  const at = state.clock.tick();
  comment.body = body;
  comment.updatedAt = at;
  comment.lastEditedAt = at;
  issue.updatedAt = at;
}

/** Deletes a comment and its timeline event. */
export function deleteComment(state: FakeState, issue: FakeIssue, comment: FakeComment): void {
  const at = state.clock.tick();
  issue.comments = issue.comments.filter((have) => have.id !== comment.id);
  issue.events = issue.events.filter((event) => event.commentId !== comment.id);
  issue.updatedAt = at;
}

export type IssueChange = {
  title?: string;
  body?: string;
  state?: 'open' | 'closed';
  stateReason?: 'completed' | 'not_planned' | 'reopened';
  /** Replaces the label set when given. */
  labels?: readonly string[];
  assignees?: readonly string[];
  milestone?: number | null;
};

/** Applies an issue edit with the timeline events GitHub would record. */
export function updateIssue(state: FakeState, repo: FakeRepo, issue: FakeIssue, change: IssueChange): void {
  const at = state.clock.tick();
  if (change.title !== undefined && change.title !== issue.title) {
    record(state, issue, 'renamed', at, { rename: { from: issue.title, to: change.title } });
    issue.title = change.title;
  }
  if (change.body !== undefined && change.body !== issue.body) {
    issue.body = change.body;
    issue.lastEditedAt = at;
    issue.editor = state.actor;
  }
  if (change.state === 'closed' && issue.state === 'open') {
    issue.state = 'closed';
    issue.stateReason = change.stateReason === 'not_planned' ? 'not_planned' : 'completed';
    issue.closedAt = at;
    record(state, issue, 'closed', at);
  } else if (change.state === 'open' && issue.state === 'closed') {
    issue.state = 'open';
    issue.stateReason = 'reopened';
    issue.closedAt = undefined;
    record(state, issue, 'reopened', at);
  }
  if (change.assignees) issue.assignees = [...change.assignees];
  if (change.milestone !== undefined) issue.milestone = change.milestone ?? undefined;
  issue.updatedAt = at;
  if (change.labels) setLabels(state, repo, issue, change.labels);
}

export type NewIssue = {
  title: string;
  body?: string;
  labels?: readonly string[];
  assignees?: readonly string[];
  milestone?: number;
};

/** Opens an issue authored by the actor; labels are attached like REST does (created when missing). */
export function createIssue(state: FakeState, repo: FakeRepo, input: NewIssue): FakeIssue {
  const at = state.clock.tick();
  const id = takeId(state);
  const number = Math.max(0, ...repo.issues.map((issue) => issue.number)) + 1;
  const issue: FakeIssue = {
    id,
    nodeId: nodeIdFor('I', id),
    number,
    title: input.title,
    body: input.body ?? '',
    state: 'open',
    labels: [],
    assignees: [...(input.assignees ?? [])],
    milestone: input.milestone,
    author: state.actor,
    createdAt: at,
    updatedAt: at,
    comments: [],
    events: [],
    isPullRequest: false,
    reactions: [],
  };
  repo.issues.push(issue);
  for (const name of input.labels ?? []) {
    const label = findLabel(repo, name) ?? createLabel(state, repo, { name });
    if (issue.labels.includes(label.name)) continue;
    issue.labels.push(label.name);
    record(state, issue, 'labeled', at, { label: label.name });
  }
  return issue;
}
