import type { FakeComment, FakeIssue, FakeLabel, FakeMilestone, FakeRepo, FakeState } from '../state.ts';
import { loginOfActorNodeId } from '../state.ts';
import { nodeNotFound } from './context.ts';

// Mutations need the state objects behind node ids (not views); unknown ids fail like GitHub.

export function locateRepo(state: FakeState, id: string): FakeRepo {
  for (const repo of state.repos.values()) if (repo.nodeId === id) return repo;
  throw nodeNotFound(id);
}

type IssueAt = { repo: FakeRepo; issue: FakeIssue; index: number };
const issueIndexes = new WeakMap<FakeState, Map<string, IssueAt>>();

// An audit's write batches name ~16,000 issues by node id; scanning 10,000 issues for each made
// the fake's mutations slow. The index is checked on every hit (tests edit state directly), and
// rebuilt from the state when a hit is stale or an id is missing.
function indexIssues(state: FakeState): Map<string, IssueAt> {
  const index = new Map<string, IssueAt>();
  for (const repo of state.repos.values()) {
    repo.issues.forEach((issue, at) => {
      // The first holder of an id wins, as the linear search it replaces did.
      if (!index.has(issue.nodeId)) index.set(issue.nodeId, { repo, issue, index: at });
    });
  }
  issueIndexes.set(state, index);
  return index;
}

const stillThere = (state: FakeState, id: string, hit: IssueAt | undefined): hit is IssueAt =>
  hit !== undefined &&
  hit.repo.issues[hit.index] === hit.issue &&
  hit.issue.nodeId === id &&
  state.repos.get(`${hit.repo.owner}/${hit.repo.name}`) === hit.repo;

export function locateIssue(state: FakeState, id: string): { repo: FakeRepo; issue: FakeIssue } {
  const hit = issueIndexes.get(state)?.get(id);
  if (stillThere(state, id, hit)) return hit;
  const rebuilt = indexIssues(state).get(id);
  if (rebuilt) return rebuilt;
  throw nodeNotFound(id);
}

export function locateComment(
  state: FakeState,
  id: string,
): { repo: FakeRepo; issue: FakeIssue; comment: FakeComment } {
  for (const repo of state.repos.values()) {
    for (const issue of repo.issues) {
      const comment = issue.comments.find((candidate) => candidate.nodeId === id);
      if (comment) return { repo, issue, comment };
    }
  }
  throw nodeNotFound(id);
}

/** Labels must belong to the issue's repository, as on GitHub. */
export function locateLabels(repo: FakeRepo, ids: readonly string[]): FakeLabel[] {
  return ids.map((id) => {
    const label = repo.labels.find((candidate) => candidate.nodeId === id);
    if (!label) throw nodeNotFound(id);
    return label;
  });
}

export function locateMilestone(repo: FakeRepo, id: string): FakeMilestone {
  const milestone = repo.milestones.find((candidate) => candidate.nodeId === id);
  if (!milestone) throw nodeNotFound(id);
  return milestone;
}

export function loginsOf(ids: readonly string[]): string[] {
  return ids.map((id) => {
    const login = loginOfActorNodeId(id);
    if (!login) throw nodeNotFound(id);
    return login;
  });
}
