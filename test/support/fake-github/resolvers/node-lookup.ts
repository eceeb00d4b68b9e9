import { loginOfActorNodeId, type FakeState } from '../state.ts';
import { commentView, issueView } from './issue-view.ts';
import { milestoneView, repositoryView } from './repository-view.ts';
import { actorView, labelView } from './simple-views.ts';

/** Finds whatever a global node id names; undefined when nothing does. */
export function findNode(state: FakeState, id: string): unknown {
  const login = loginOfActorNodeId(id);
  if (login) return actorView({ login, type: id.startsWith('BOT_') ? 'Bot' : 'User' });
  for (const repo of state.repos.values()) {
    if (repo.nodeId === id) return repositoryView(state, repo);
    const label = repo.labels.find((candidate) => candidate.nodeId === id);
    if (label) return labelView(repo, label);
    const milestone = repo.milestones.find((candidate) => candidate.nodeId === id);
    if (milestone) return milestoneView(state, repo, milestone);
    for (const issue of repo.issues) {
      if (issue.nodeId === id) return issueView(state, repo, issue);
      const comment = issue.comments.find((candidate) => candidate.nodeId === id);
      if (comment) return commentView(state, repo, issue, comment);
    }
  }
  return undefined;
}
