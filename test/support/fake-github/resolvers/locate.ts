import type { FakeComment, FakeIssue, FakeLabel, FakeMilestone, FakeRepo, FakeState } from '../state.ts';
import { loginOfActorNodeId } from '../state.ts';
import { nodeNotFound } from './context.ts';

// Mutations need the state objects behind node ids (not views); unknown ids fail like GitHub.

export function locateRepo(state: FakeState, id: string): FakeRepo {
  for (const repo of state.repos.values()) if (repo.nodeId === id) return repo;
  throw nodeNotFound(id);
}

export function locateIssue(state: FakeState, id: string): { repo: FakeRepo; issue: FakeIssue } {
  for (const repo of state.repos.values()) {
    const issue = repo.issues.find((candidate) => candidate.nodeId === id);
    if (issue) return { repo, issue };
  }
  throw nodeNotFound(id);
}

export function locateComment(state: FakeState, id: string): { repo: FakeRepo; issue: FakeIssue; comment: FakeComment } {
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
