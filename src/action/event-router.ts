import { isBot } from '#src/input/is-bot.ts';
import { commandInComment, type GivenCommand } from '#src/use-cases/parse-command.ts';
import type { IssueEvent } from '#src/use-cases/review-issue.ts';

/** What the Action does for one workflow event. */
export type Route =
  | { readonly kind: 'review'; readonly event: IssueEvent }
  /** `/ready` or `/refine` in a new comment: the same use case as the app's. */
  | { readonly kind: 'command'; readonly event: IssueEvent; readonly given: GivenCommand }
  | { readonly kind: 'sweep' }
  | { readonly kind: 'agenda' }
  /** A supported event the tool deliberately leaves alone (a pull-request comment, a bot's comment). */
  | { readonly kind: 'skip'; readonly reason: string }
  /** An event the tool does nothing on; the message tells the user which events to use. */
  | { readonly kind: 'unsupported'; readonly message: string };

// `typed`/`untyped` change the kind, `field_added`/`field_removed` an issue field (estimate, priority);
// `closed` re-judges the issues it blocked (Actions get no dependency events).
const ISSUE_ACTIONS = new Set([
  'opened',
  'edited',
  'reopened',
  'labeled',
  'unlabeled',
  'milestoned',
  'demilestoned',
  'typed',
  'untyped',
  'field_added',
  'field_removed',
  'closed',
]);
const COMMENT_ACTIONS = new Set(['created', 'edited']);

type Payload = {
  action?: string;
  issue?: { number?: number; pull_request?: unknown };
  sender?: { login?: string; type?: string } | null;
  label?: { name?: string };
  comment?: { body?: string | null; user?: { login?: string } | null };
};

const senderIsBot = (payload: Payload): boolean =>
  payload.sender?.type === 'Bot' || isBot(payload.sender?.login ? { login: payload.sender.login } : undefined);

const unsupported = (eventName: string): Route => ({
  kind: 'unsupported',
  message: `Backlog Hygiene does nothing on ${eventName} events; trigger it on issues, issue_comment, schedule or workflow_dispatch.`,
});

/** Decides what to run for GITHUB_EVENT_NAME and the event payload, before any request is made. */
export const routeEvent = (eventName: string, raw: unknown): Route => {
  const payload = (raw ?? {}) as Payload;
  if (eventName === 'schedule' || eventName === 'workflow_dispatch') return { kind: 'sweep' };
  if (eventName === 'milestone') return { kind: 'agenda' };
  if (eventName !== 'issues' && eventName !== 'issue_comment') return unsupported(eventName);
  const action = payload.action ?? '';
  const number = payload.issue?.number;
  if (typeof number !== 'number') return { kind: 'skip', reason: `the ${eventName} payload has no issue number` };
  if (eventName === 'issues' && !ISSUE_ACTIONS.has(action))
    return { kind: 'skip', reason: `issues.${action} does not change readiness` };
  if (eventName === 'issue_comment') {
    if (!COMMENT_ACTIONS.has(action))
      return { kind: 'skip', reason: `issue_comment.${action} does not change readiness` };
    if (payload.issue?.pull_request)
      return { kind: 'skip', reason: `#${number} is a pull request; Backlog Hygiene only judges issues` };
    // Bots' comments (this tool's own included) are not activity and must not start a loop.
    if (senderIsBot(payload)) return { kind: 'skip', reason: `a bot commented on #${number}` };
  }
  const event: IssueEvent = {
    number,
    action,
    isPullRequest: Boolean(payload.issue?.pull_request),
    senderIsBot: senderIsBot(payload),
    ...(payload.label?.name ? { label: payload.label.name } : {}),
  };
  const given =
    eventName === 'issue_comment'
      ? commandInComment(action, payload.comment?.body, payload.comment?.user?.login ?? payload.sender?.login)
      : undefined;
  return given ? { kind: 'command', event, given } : { kind: 'review', event };
};
