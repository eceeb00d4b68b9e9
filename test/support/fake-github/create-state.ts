import { createFakeClock, type FakeClock } from './clock.ts';
import type { ActorSeed, FakeSeed, IssueSeed, LabelSeed, ReactionSeed, RepoSeed } from './seed.ts';
import {
  nodeIdFor,
  takeId,
  type FakeActor,
  type FakeEvent,
  type FakeInstallation,
  type FakeIssue,
  type FakeReaction,
  type FakeRepo,
  type FakeState,
} from './state.ts';
import { planningFromSeed } from './planning.ts';

// Seeds become state here. Seeded comments also get their 'commented' timeline events, and
// updatedAt defaults to the latest seeded activity, as GitHub would report it.

const toActor = (seed: ActorSeed | undefined, fallback: FakeActor): FakeActor =>
  seed === undefined
    ? fallback
    : typeof seed === 'string'
      ? { login: seed, type: seed.endsWith('[bot]') ? 'Bot' : 'User' }
      : seed;

function buildReactions(state: FakeState, seed: IssueSeed['reactions'], createdAt: string): FakeReaction[] {
  const seeds: ReactionSeed[] =
    typeof seed === 'number'
      ? Array.from({ length: seed }, (_, i) => ({ by: `fan-${i + 1}`, at: createdAt }))
      : (seed ?? []);
  return seeds
    .map((reaction) => {
      const id = takeId(state);
      return {
        id,
        nodeId: nodeIdFor('REA', id),
        by: toActor(reaction.by, { login: 'octocat', type: 'User' }),
        createdAt: reaction.at,
        content: reaction.content ?? '+1',
      };
    })
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

function buildIssue(state: FakeState, repo: FakeRepo, seed: IssueSeed, number: number): FakeIssue {
  const id = takeId(state);
  const createdAt = seed.createdAt ?? state.clock.now();
  const author = toActor(seed.author, { login: 'octocat', type: 'User' });
  const comments = (seed.comments ?? []).map((comment) => {
    const commentId = takeId(state);
    const at = comment.createdAt ?? createdAt;
    return {
      id: commentId,
      nodeId: nodeIdFor('IC', commentId),
      body: comment.body,
      author: toActor(comment.author, author),
      createdAt: at,
      updatedAt: comment.updatedAt ?? at,
    };
  });
  const events: FakeEvent[] = (seed.events ?? []).map((event) => {
    const eventId = takeId(state);
    return {
      id: eventId,
      nodeId: nodeIdFor('E', eventId),
      type: event.type,
      actor: toActor(event.actor, author),
      createdAt: event.createdAt,
      label: event.label,
      rename: event.rename,
    };
  });
  for (const comment of comments) {
    const eventId = takeId(state);
    events.push({
      id: eventId,
      nodeId: nodeIdFor('E', eventId),
      type: 'commented',
      actor: comment.author,
      createdAt: comment.createdAt,
      commentId: comment.id,
    });
  }
  events.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const name of seed.labels ?? []) ensureLabel(state, repo, name);
  const latest =
    [createdAt, ...comments.map((c) => c.updatedAt), ...events.map((e) => e.createdAt)].sort().at(-1) ?? createdAt;
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
    ...planningFromSeed(repo, seed),
    reactions: buildReactions(state, seed.reactions, createdAt),
  };
}

function ensureLabel(state: FakeState, repo: FakeRepo, seed: LabelSeed): void {
  const label = typeof seed === 'string' ? { name: seed } : seed;
  if (repo.labels.some((have) => have.name.toLowerCase() === label.name.toLowerCase())) return;
  const id = takeId(state);
  repo.labels.push({
    id,
    nodeId: nodeIdFor('LA', id),
    name: label.name,
    color: label.color ?? 'ededed',
    description: label.description ?? '',
  });
}

function buildRepo(state: FakeState, seed: RepoSeed): FakeRepo {
  const [owner, name] = seed.fullName.split('/');
  if (!owner || !name) throw new Error(`seedRepo: fullName must be "owner/name" (got "${seed.fullName}")`);
  const id = takeId(state);
  const repo: FakeRepo = {
    id,
    nodeId: nodeIdFor('R', id),
    owner,
    name,
    defaultBranch: seed.defaultBranch ?? 'main',
    private: seed.private ?? false,
    issues: [],
    labels: [],
    milestones: [],
    files: { ...(seed.files ?? {}) },
    collaborators: { ...(seed.collaborators ?? {}) },
  };
  for (const label of seed.labels ?? []) ensureLabel(state, repo, label);
  (seed.milestones ?? []).forEach((milestone, index) => {
    const milestoneId = takeId(state);
    const created = state.clock.now();
    repo.milestones.push({
      id: milestoneId,
      nodeId: nodeIdFor('MI', milestoneId),
      number: milestone.number ?? index + 1,
      title: milestone.title,
      description: milestone.description ?? '',
      state: milestone.state ?? 'open',
      dueOn: milestone.dueOn,
      closedAt: milestone.closedAt,
      createdAt: created,
      updatedAt: created,
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
