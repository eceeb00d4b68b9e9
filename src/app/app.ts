import type { ApplicationFunction, Context, Probot } from 'probot';
import type { GitHubLog } from '#src/github/create-octokit.ts';
import type { BacklogHygieneAppOptions, HandledEvent } from './app-options.ts';
import { botLoginResolver, type AppAuth } from './bot-login.ts';
import { handleWork, type EventClient } from './handle-event.ts';
import { keyedQueue, recentDeliveries } from './keyed-queue.ts';
import { routeAppEvent } from './route-app-event.ts';

// Whole events, not just the actions we act on: the rest are routed to "skip" and logged at debug level.
const EVENTS = [
  'issues',
  'issue_comment',
  'milestone',
  'installation',
  'installation_repositories',
  // GitHub's planning data: a dependency or sub-issue change re-judges the issue it affects.
  'issue_dependencies',
  'sub_issues',
] as const;

const NO_REQUESTS = { reads: 0, writes: 0 };

const toGitHubLog = (log: Context['log']): GitHubLog => ({
  debug: (message) => log.debug(message),
  info: (message) => log.info(message),
  warn: (message) => log.warn(message),
  error: (message) => log.error(message),
});

/**
 * The Probot app: judges one issue per `issues` / `issue_comment` event (the Action's event mode),
 * runs `/ready` and `/refine` from people with write access, refreshes refinement agendas on
 * `milestone` events, and only logs installation events. Repositories without a config are left
 * alone unless a default config is given. Deliveries about the same issue run one after another;
 * a delivery seen before is dropped.
 */
export const backlogHygieneApp =
  (options: BacklogHygieneAppOptions = {}): ApplicationFunction =>
  (app: Probot) => {
    const botLogin = botLoginResolver(() => app.auth() as unknown as ReturnType<AppAuth>, options.appSlug);
    const queue = keyedQueue();
    const deliveries = recentDeliveries();

    const handle = async (context: Context): Promise<void> => {
      const eventName = `${context.name}.${(context.payload as { action?: string }).action ?? ''}`;
      const log = toGitHubLog(context.log);
      const report = (outcome: Omit<HandledEvent, 'delivery' | 'event'>) =>
        options.onHandled?.({ delivery: context.id, event: eventName, ...outcome });
      if (!deliveries.claim(context.id)) {
        log.info(`delivery ${context.id} (${eventName}) was handled already; ignoring the copy`);
        return report({
          outcome: 'duplicate',
          detail: 'delivery handled already',
          stats: NO_REQUESTS,
          changes: 0,
          handlerMs: 0,
        });
      }
      try {
        const route = routeAppEvent(context.name, context.payload, await botLogin());
        if (route.kind === 'skip') {
          log.debug(`${eventName}: nothing to do: ${route.reason}`);
          return report({ outcome: 'skipped', detail: route.reason, stats: NO_REQUESTS, changes: 0, handlerMs: 0 });
        }
        if (route.kind === 'log') {
          log.info(route.message);
          return report({ outcome: 'logged', detail: route.message, stats: NO_REQUESTS, changes: 0, handlerMs: 0 });
        }
        const { owner, repo } = route.target;
        const key =
          route.kind === 'agenda'
            ? `${owner}/${repo}`.toLowerCase()
            : `${owner}/${repo}#${route.event.number}`.toLowerCase();
        const client = context.octokit as unknown as EventClient;
        report(await queue(key, async () => handleWork(route, client, await botLogin(), options, log)));
      } catch (error) {
        deliveries.release(context.id);
        log.error(
          `${eventName} (delivery ${context.id}) failed: ${error instanceof Error ? error.message : String(error)}`,
        );
        throw error;
      }
    };

    app.on([...EVENTS], (context) => handle(context as unknown as Context));
  };
