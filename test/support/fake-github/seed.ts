import { createFakeClock, type FakeClock } from './clock.ts';
import {
  nodeIdFor,
  takeId,
  type FakeActor,
  type FakeEventType,
  type FakeInstallation,
  type FakeIssue,
  type FakePermission,
  type FakeProjectValue,
  type FakeRepo,
  type FakeState,
} from './state.ts';

/** An author given as a login (a person; "x[bot]" is a bot) or in full. */
export type ActorSeed = string | FakeActor;

export type CommentSeed = { body: string; author?: ActorSeed; createdAt?: string; updatedAt?: string };
export type EventSeed = { type: FakeEventType; actor?: ActorSeed; label?: string; createdAt: string; rename?: { from: string; to: string } };

export type IssueSeed = {
  number?: number;
  title: string;
  body?: string;
  state?: 'open' | 'closed';
  stateReason?: 'completed' | 'not_planned' | 'reopened';
  labels?: string[];
  assignees?: string[];
  milestone?: number;
  author?: ActorSeed;
  createdAt?: string;
  updatedAt?: string;
  closedAt?: string;
  comments?: CommentSeed[];
  events?: EventSeed[];
  isPullRequest?: boolean;
  issueType?: string;
  projectFields?: Record<string, FakeProjectValue>;
  reactions?: number;
};

export type LabelSeed = string | { name: string; color?: string; description?: string };
export type MilestoneSeed = { number?: number; title: string; state?: 'open' | 'closed'; dueOn?: string; closedAt?: string; description?: string };

export type RepoSeed = {
  /** "owner/name". */
  fullName: string;
  defaultBranch?: string;
  private?: boolean;
  issues?: IssueSeed[];
  labels?: LabelSeed[];
  milestones?: MilestoneSeed[];
  files?: Record<string, string>;
  collaborators?: Record<string, FakePermission>;
};

export type FakeSeed = {
  repos?: RepoSeed[];
  /** Probot installations; by default one installation (id 1) per owner holding its repositories. */
  installations?: FakeInstallation[];
  actor?: FakeActor;
  /** Start of the fake clock (default 2026-11-21T09:00:00Z). */
  now?: string;
};

/** Builds a repository seed: `seedRepo('acme/shop', { issues: [anIssueSeed()] })`. */
export function seedRepo(fullName: string, rest: Omit<RepoSeed, 'fullName'> = {}): RepoSeed {
  return { fullName, ...rest };
}

/** An issue seed that is ready by default (clear title, context, acceptance criteria, estimate); override what a test is about. */
export function anIssueSeed(overrides: Partial<IssueSeed> = {}): IssueSeed {
  return {
    title: 'Export the monthly invoice list as CSV',
    body: [
      '## Context',
      'Finance reconciles invoices in a spreadsheet every month and retypes them by hand today.',
      '',
      '## Acceptance criteria',
      '- [ ] The invoices page has an "Export CSV" button',
      '- [ ] The file has one row per invoice with number, date, customer and total',
      '',
      'Estimate: 3',
    ].join('\n'),
    author: 'octocat',
    createdAt: '2026-11-01T10:00:00Z',
    ...overrides,
  };
}

const toActor = (seed: ActorSeed | undefined, fallback: FakeActor): FakeActor =>
  seed === undefined ? fallback : typeof seed === 'string' ? { login: seed, type: seed.endsWith('[bot]') ? 'Bot' : 'User' } : seed;

function buildIssue(state: FakeState, repo: FakeRepo, seed: IssueSeed, number: number): FakeIssue {
  const id = takeId(state);
  const createdAt = seed.createdAt ?? state.clock.now();
  const author = toActor(seed.author, { login: 'octocat', type: 'User' });
  const comments = (seed.comments ?? []).map((comment) => {
    const commentId = takeId(state);
    const at = comment.createdAt ?? createdAt;
    return { id: commentId, nodeId: nodeIdFor('IC', commentId), body: comment.body, author: toActor(comment.author, author), createdAt: at, updatedAt: comment.updatedAt ?? at };
  });
  const events = (seed.events ?? []).map((event) => {
    const eventId = takeId(state);
    return { id: eventId, nodeId: nodeIdFor('E', eventId), type: event.type, actor: toActor(event.actor, author), createdAt: event.createdAt, label: event.label, rename: event.rename };
  });
  for (const comment of comments) {
    const eventId = takeId(state);
    events.push({ id: eventId, nodeId: nodeIdFor('E', eventId), type: 'commented', actor: comment.author, createdAt: comment.createdAt, label: undefined, rename: undefined, commentId: comment.id } as never);
  }
  events.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const name of seed.labels ?? []) ensureLabel(state, repo, name);
  const latest = [createdAt, ...comments.map((c) => c.updatedAt), ...events.map((e) => e.createdAt)].sort().at(-1) ?? createdAt;
  const isPullRequest = seed.isPullRequest ?? false;
  return {
    id,
    nodeId: nodeIdFor(isPullRequest ? 'PR' : 'I', id),
    number,
    title: seed.title,
    body: seed.body ?? '',
    state: seed.state ?? 'open',
    stateReason: seed.stateReason ?? (seed.state === 'closed' ? 'completed' : undefined),
    labels: [...(seed.labels ?? [])],
    assignees: [...(seed.assignees ?? [])],
    milestone: seed.milestone,
    author,
    createdAt,
    updatedAt: seed.updatedAt ?? latest,
    closedAt: seed.closedAt ?? (seed.state === 'closed' ? latest : undefined),
    comments,
    events,
    isPullRequest,
    issueType: seed.issueType,
    projectFields: seed.projectFields,
    reactions: seed.reactions ?? 0,
  };
}

function ensureLabel(state: FakeState, repo: FakeRepo, seed: LabelSeed): void {
  const label = typeof seed === 'string' ? { name: seed } : seed;
  if (repo.labels.some((have) => have.name.toLowerCase() === label.name.toLowerCase())) return;
  const id = takeId(state);
  repo.labels.push({ id, nodeId: nodeIdFor('LA', id), name: label.name, color: label.color ?? 'ededed', description: label.description ?? '' });
}

function buildRepo(state: FakeState, seed: RepoSeed): FakeRepo {
  const [owner, name] = seed.fullName.split('/');
  if (!owner || !name) throw new Error(`seedRepo: fullName must be "owner/name" (got "${seed.fullName}")`);
  const id = takeId(state);
  const repo: FakeRepo = {
    id, nodeId: nodeIdFor('R', id), owner, name, defaultBranch: seed.defaultBranch ?? 'main', private: seed.private ?? false,
    issues: [], labels: [], milestones: [], files: { ...(seed.files ?? {}) }, collaborators: { ...(seed.collaborators ?? {}) },
  };
  for (const label of seed.labels ?? []) ensureLabel(state, repo, label);
  (seed.milestones ?? []).forEach((milestone, index) => {
    const milestoneId = takeId(state);
    const created = state.clock.now();
    repo.milestones.push({
      id: milestoneId, nodeId: nodeIdFor('MI', milestoneId), number: milestone.number ?? index + 1, title: milestone.title,
      description: milestone.description ?? '', state: milestone.state ?? 'open', dueOn: milestone.dueOn, closedAt: milestone.closedAt,
      createdAt: created, updatedAt: created,
    });
  });
  let next = 0;
  for (const issue of seed.issues ?? []) {
    next = issue.number ?? next + 1;
    repo.issues.push(buildIssue(state, repo, issue, next));
  }
  return repo;
}

/** Builds fresh state from a seed; ids depend only on the seed, so two runs give equal state. */
export function createState(seed: FakeSeed = {}, clock: FakeClock = createFakeClock(seed.now)): FakeState {
  const state: FakeState = {
    repos: new Map(),
    installations: [],
    actor: seed.actor ?? { login: 'backlog-hygiene[bot]', type: 'Bot' },
    clock,
    nextId: 1000,
  };
  for (const repoSeed of seed.repos ?? []) state.repos.set(repoSeed.fullName, buildRepo(state, repoSeed));
  state.installations = seed.installations ?? defaultInstallations(state);
  return state;
}

function defaultInstallations(state: FakeState): FakeInstallation[] {
  const owners = [...new Set([...state.repos.values()].map((repo) => repo.owner))];
  return owners.map((owner, index) => ({
    id: index + 1,
    account: owner,
    repos: [...state.repos.values()].filter((repo) => repo.owner === owner).map((repo) => `${repo.owner}/${repo.name}`),
  }));
}
