import type { IssueEvent } from '#src/use-cases/review-issue.ts';
import { commandInComment, type CommentCommand } from '#src/use-cases/parse-command.ts';
import { touchesConfig } from './shared-repos.ts';
import { routePlanningEvent } from './route-planning-event.ts';

/** A repository by owner and name. */
export type RepoRef = { readonly owner: string; readonly repo: string };

/** What the app does for one webhook delivery. */
export type AppRoute =
  | { readonly kind: 'review'; readonly target: RepoRef; readonly event: IssueEvent }
  | {
      readonly kind: 'command';
      readonly target: RepoRef;
      readonly event: IssueEvent;
      readonly command: CommentCommand;
      readonly login: string;
    }
  | { readonly kind: 'agenda'; readonly target: RepoRef; readonly action: string }
  | { readonly kind: 'forget'; readonly target: RepoRef; readonly reason: string }
  | { readonly kind: 'log'; readonly message: string }
  | { readonly kind: 'skip'; readonly reason: string };

/** The issue actions that can change readiness (the Action's list plus `transferred`). */
export const ISSUE_ACTIONS = [
  'opened',
  'edited',
  'reopened',
  'labeled',
  'unlabeled',
  'milestoned',
  'demilestoned',
  'transferred',
  // The issue type picks the definition of ready, issue fields hold estimates and priorities;
  // a closed issue's dependents are re-judged.
  'typed',
  'untyped',
  'field_added',
  'field_removed',
  'closed',
] as const;
export const COMMENT_ACTIONS = ['created', 'edited'] as const;
/** Milestone changes that can create, change or close a refinement agenda (`opened` is a reopened milestone). */
export const MILESTONE_ACTIONS = ['created', 'edited', 'closed', 'deleted', 'opened'] as const;

/** Starts this tool's hidden markers: its explanation comment, agendas and command replies. */
export const HIDDEN_MARKER = '<!-- backlog-hygiene:';

type Account = { login?: string; type?: string } | null | undefined;
type Payload = {
  action?: string;
  issue?: { number?: number; pull_request?: unknown };
  comment?: { body?: string | null };
  repository?: { name?: string; owner?: Account; default_branch?: string };
  sender?: Account;
  label?: { name?: string };
  changes?: { new_issue?: { number?: number }; new_repository?: { name?: string; owner?: Account } };
  installation?: { id?: number; account?: Account };
  repositories_added?: unknown[];
  repositories_removed?: unknown[];
  ref?: string;
  commits?: { added?: string[]; modified?: string[]; removed?: string[] }[];
};

const isBotAccount = (account: Account): boolean =>
  account?.type === 'Bot' || (account?.login ?? '').toLowerCase().endsWith('[bot]');
const has = (list: readonly string[], value: string): boolean => list.includes(value);

const repoOf = (repository: Payload['repository']): RepoRef | undefined =>
  repository?.name && repository.owner?.login ? { owner: repository.owner.login, repo: repository.name } : undefined;

const issueEvent = (payload: Payload, number: number, action: string): IssueEvent => ({
  number,
  action,
  isPullRequest: Boolean(payload.issue?.pull_request),
  senderIsBot: isBotAccount(payload.sender),
  ...(payload.label?.name ? { label: payload.label.name } : {}),
});

const routeIssues = (payload: Payload, action: string, botLogin: string): AppRoute => {
  if (!has(ISSUE_ACTIONS, action)) return { kind: 'skip', reason: `issues.${action} does not change readiness` };
  if (payload.issue?.pull_request)
    return {
      kind: 'skip',
      reason: `#${payload.issue.number ?? '?'} is a pull request; Backlog Hygiene only judges issues`,
    };
  // Our own label writes come back as events: skip them before any request, whatever the config names the labels.
  const labelEvent = action === 'labeled' || action === 'unlabeled';
  if (labelEvent && payload.sender?.login?.toLowerCase() === botLogin.toLowerCase())
    return { kind: 'skip', reason: `our own ${action} event` };
  // A transferred issue now lives elsewhere: judge it where it went.
  const target = action === 'transferred' ? repoOf(payload.changes?.new_repository) : repoOf(payload.repository);
  const number = action === 'transferred' ? payload.changes?.new_issue?.number : payload.issue?.number;
  if (!target || typeof number !== 'number')
    return { kind: 'skip', reason: `the issues.${action} payload names no repository or issue` };
  return { kind: 'review', target, event: issueEvent(payload, number, action) };
};

const routeComment = (payload: Payload, action: string): AppRoute => {
  const number = payload.issue?.number;
  const target = repoOf(payload.repository);
  if (!has(COMMENT_ACTIONS, action))
    return { kind: 'skip', reason: `issue_comment.${action} does not change readiness` };
  if (!target || typeof number !== 'number')
    return { kind: 'skip', reason: 'the issue_comment payload names no repository or issue' };
  if (payload.issue?.pull_request)
    return { kind: 'skip', reason: `#${number} is a pull request; Backlog Hygiene only judges issues` };
  // Bots' comments (ours included) are not activity, and reacting to them could loop.
  if (isBotAccount(payload.sender)) return { kind: 'skip', reason: `a bot commented on #${number}` };
  const body = payload.comment?.body ?? '';
  if (body.includes(HIDDEN_MARKER))
    return { kind: 'skip', reason: `the comment on #${number} carries Backlog Hygiene's hidden marker` };
  const event = issueEvent(payload, number, action);
  const given = commandInComment(action, body, payload.sender?.login);
  if (given) return { kind: 'command', target, event, ...given };
  return { kind: 'review', target, event };
};

/** GitHub lists at most 20 commits in a push payload; a longer push may touch anything. */
const LISTED_COMMITS = 20;

const routePush = (payload: Payload): AppRoute => {
  const target = repoOf(payload.repository);
  const branch = payload.repository?.default_branch;
  if (!target || !branch || payload.ref !== `refs/heads/${branch}`)
    return { kind: 'skip', reason: 'a push to another branch than the default one' };
  const commits = payload.commits ?? [];
  const paths = commits.flatMap((commit) => [
    ...(commit.added ?? []),
    ...(commit.modified ?? []),
    ...(commit.removed ?? []),
  ]);
  if (commits.length < LISTED_COMMITS && !touchesConfig(paths))
    return { kind: 'skip', reason: 'the push changes neither the config nor the issue templates' };
  return { kind: 'forget', target, reason: `a push to ${target.owner}/${target.repo} may change the config` };
};

/**
 * Decides what to do with one webhook before any request is made. `botLogin` is the app's own
 * login ("slug[bot]"), so its own label events are dropped at once.
 */
export const routeAppEvent = (eventName: string, raw: unknown, botLogin: string): AppRoute => {
  const payload = (raw ?? {}) as Payload;
  const action = payload.action ?? '';
  if (eventName === 'issues') return routeIssues(payload, action, botLogin);
  if (eventName === 'issue_comment') return routeComment(payload, action);
  if (eventName === 'push') return routePush(payload);
  if (eventName === 'issue_dependencies' || eventName === 'sub_issues') return routePlanningEvent(eventName, raw);
  if (eventName === 'milestone') {
    const target = repoOf(payload.repository);
    if (!has(MILESTONE_ACTIONS, action) || !target)
      return { kind: 'skip', reason: `milestone.${action} does not change an agenda` };
    return { kind: 'agenda', target, action };
  }
  if (eventName === 'installation' || eventName === 'installation_repositories') {
    const account = payload.installation?.account?.login ?? '?';
    const added = payload.repositories_added?.length ?? 0;
    const removed = payload.repositories_removed?.length ?? 0;
    const change = eventName === 'installation' ? '' : ` (${added} repositories added, ${removed} removed)`;
    return {
      kind: 'log',
      message: `${eventName}.${action} for ${account}${change}; nothing to do until an issue or milestone changes (run \`backlog-hygiene sweep --app\` for a full audit)`,
    };
  }
  return { kind: 'skip', reason: `Backlog Hygiene does nothing on ${eventName} events` };
};
