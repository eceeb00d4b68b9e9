import { actorNodeId } from '../state.ts';
import type {
  FakeActor,
  FakeComment,
  FakeIssue,
  FakeLabel,
  FakeMilestone,
  FakeReactionContent,
  FakeRepo,
  FakeState,
} from '../state.ts';
import { planningJson } from './planning-shape.ts';

// Response bodies in GitHub's REST shape (snake_case, urls, node ids). Only the fields clients
// commonly read are filled; the rest of GitHub's fields are left out rather than invented.

const HTML = 'https://github.com';

/** A user or bot as REST returns it. */
export function userJson(actor: FakeActor, apiBase: string) {
  const id = [...actor.login].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) % 100_000_000, 7);
  return {
    login: actor.login,
    id,
    node_id: actorNodeId(actor),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    url: `${apiBase}/users/${encodeURIComponent(actor.login)}`,
    html_url: `${HTML}/${actor.login}`,
    type: actor.type,
    site_admin: false,
  };
}

const person = (login: string): FakeActor => ({ login, type: login.endsWith('[bot]') ? 'Bot' : 'User' });

export function repoJson(repo: FakeRepo, apiBase: string) {
  const fullName = `${repo.owner}/${repo.name}`;
  return {
    id: repo.id,
    node_id: repo.nodeId,
    name: repo.name,
    full_name: fullName,
    private: repo.private,
    visibility: repo.private ? 'private' : 'public',
    owner: userJson({ login: repo.owner, type: 'User' }, apiBase),
    html_url: `${HTML}/${fullName}`,
    url: `${apiBase}/repos/${fullName}`,
    default_branch: repo.defaultBranch,
    has_issues: true,
    archived: false,
    disabled: false,
    open_issues_count: repo.issues.filter((issue) => issue.state === 'open').length,
  };
}

export function labelJson(repo: FakeRepo, label: FakeLabel, apiBase: string) {
  return {
    id: label.id,
    node_id: label.nodeId,
    url: `${apiBase}/repos/${repo.owner}/${repo.name}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    color: label.color,
    description: label.description || null,
    default: false,
  };
}

export function milestoneJson(repo: FakeRepo, milestone: FakeMilestone, apiBase: string) {
  const issues = repo.issues.filter((issue) => issue.milestone === milestone.number);
  return {
    id: milestone.id,
    node_id: milestone.nodeId,
    number: milestone.number,
    title: milestone.title,
    description: milestone.description || null,
    state: milestone.state,
    url: `${apiBase}/repos/${repo.owner}/${repo.name}/milestones/${milestone.number}`,
    html_url: `${HTML}/${repo.owner}/${repo.name}/milestone/${milestone.number}`,
    open_issues: issues.filter((issue) => issue.state === 'open').length,
    closed_issues: issues.filter((issue) => issue.state === 'closed').length,
    created_at: milestone.createdAt,
    updated_at: milestone.updatedAt,
    due_on: milestone.dueOn ?? null,
    closed_at: milestone.closedAt ?? null,
  };
}

const REACTION_CONTENTS: readonly FakeReactionContent[] = [
  '+1',
  '-1',
  'laugh',
  'confused',
  'heart',
  'hooray',
  'eyes',
  'rocket',
];

/** REST's reaction rollup: a total and a count per emoji. */
function reactionRollup(issue: FakeIssue, url: string) {
  const counts = Object.fromEntries(
    REACTION_CONTENTS.map((content) => [content, issue.reactions.filter((r) => r.content === content).length]),
  );
  return { url, total_count: issue.reactions.length, ...counts };
}

/** A REST issue object; with `state`, also its sub-issue and dependency summaries, parent URL and issue field values. */
export function issueJson(repo: FakeRepo, issue: FakeIssue, apiBase: string, state?: FakeState) {
  const base = `${apiBase}/repos/${repo.owner}/${repo.name}`;
  const html = `${HTML}/${repo.owner}/${repo.name}/${issue.isPullRequest ? 'pull' : 'issues'}/${issue.number}`;
  const milestone = repo.milestones.find((candidate) => candidate.number === issue.milestone);
  const labels = issue.labels
    .map((name) => repo.labels.find((label) => label.name === name))
    .filter((label) => label !== undefined);
  const assignees = issue.assignees.map((login) => userJson(person(login), apiBase));
  return {
    id: issue.id,
    node_id: issue.nodeId,
    url: `${base}/issues/${issue.number}`,
    repository_url: base,
    labels_url: `${base}/issues/${issue.number}/labels{/name}`,
    comments_url: `${base}/issues/${issue.number}/comments`,
    events_url: `${base}/issues/${issue.number}/events`,
    html_url: html,
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason ?? null,
    title: issue.title,
    body: issue.body === '' ? null : issue.body,
    user: userJson(issue.author, apiBase),
    labels: labels.map((label) => labelJson(repo, label, apiBase)),
    assignee: assignees[0] ?? null,
    assignees,
    milestone: milestone ? milestoneJson(repo, milestone, apiBase) : null,
    locked: false,
    active_lock_reason: null,
    comments: issue.comments.length,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt ?? null,
    author_association: issue.author.login === repo.owner ? 'OWNER' : 'NONE',
    type: issue.issueType ? { name: issue.issueType } : null,
    reactions: reactionRollup(issue, `${base}/issues/${issue.number}/reactions`),
    ...(state && planningJson(state, repo, issue, apiBase)),
    ...(issue.isPullRequest
      ? {
          pull_request: {
            url: `${base}/pulls/${issue.number}`,
            html_url: html,
            diff_url: `${html}.diff`,
            patch_url: `${html}.patch`,
            merged_at: null,
          },
        }
      : {}),
  };
}

export function commentJson(repo: FakeRepo, issue: FakeIssue, comment: FakeComment, apiBase: string) {
  const base = `${apiBase}/repos/${repo.owner}/${repo.name}`;
  return {
    id: comment.id,
    node_id: comment.nodeId,
    url: `${base}/issues/comments/${comment.id}`,
    html_url: `${HTML}/${repo.owner}/${repo.name}/issues/${issue.number}#issuecomment-${comment.id}`,
    issue_url: `${base}/issues/${issue.number}`,
    body: comment.body,
    user: userJson(comment.author, apiBase),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: comment.author.login === repo.owner ? 'OWNER' : 'NONE',
  };
}
