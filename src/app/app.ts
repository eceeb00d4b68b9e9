import type { ApplicationFunction, Context, Probot } from 'probot';
import type { GitHubLog } from '#src/github/create-octokit.ts';
import type { IssueEvent } from '#src/use-cases/review-issue.ts';
import type { BacklogHygieneAppOptions, HandledEvent } from './app-options.ts';
import { botLoginResolver, type AppAuth } from './bot-login.ts';
import { handleTask, reviewBatch, type EventClient, type Outcome } from './handle-event.ts';
import { recentDeliveries } from './recent-deliveries.ts';
import { HandedBackError, repoLanes, type ShutdownReport } from './repo-lanes.ts';
import { routeAppEvent } from './route-app-event.ts';
import { sharedRepos } from './shared-repos.ts';

// Whole events, not just the actions we act on: the rest are routed to "skip" and logged at debug level.
const EVENTS = [
  'issues',
  'issue_comment',
  'milestone',
  // Only to notice a changed config or issue template at once.
  'push',
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

/** The app function plus the handle a server needs to stop it cleanly. */
export type BacklogHygieneApp = {
  readonly app: ApplicationFunction;
  /** Events accepted and not yet handled (queued or running). */
  pending(): number;
  /**
   * Stops accepting events (new ones are answered with an error, so GitHub lets you redeliver
   * them), finishes queued work for up to `graceMs`, then hands back what was not started. Work
   * accepted but not done lives only in memory; the nightly sweep catches it up.
   */
  shutdown(graceMs: number): Promise<ShutdownReport>;
};

/**
 * The Probot app: judges issues on `issues` / `issue_comment` events (the Action's event mode),
 * runs `/ready` and `/refine` from people with write access, refreshes refinement agendas on
 * `milestone` events, forgets a cached config on a push that touches it, and only logs
 * installation events. Repositories without a config are left alone unless a default config is
 * given. Work runs one step at a time per repository; queued events about the same issue become
 * one review of its current state, and queued issues of one repository are reviewed together.
 * A delivery seen before is dropped.
 */
export const createBacklogHygieneApp = (options: BacklogHygieneAppOptions = {}): BacklogHygieneApp => {
  const lanes = repoLanes<IssueEvent, Outcome>();
  const repos = sharedRepos(options.defaultConfig ? { defaultConfig: options.defaultConfig } : {});
  const deliveries = recentDeliveries();

  const app: ApplicationFunction = (probot: Probot) => {
    const botLogin = botLoginResolver(() => probot.auth() as unknown as ReturnType<AppAuth>, options.appSlug);

    const handle = async (context: Context): Promise<void> => {
      const eventName = `${context.name}.${(context.payload as { action?: string }).action ?? ''}`;
      const log = toGitHubLog(context.log);
      const report = (outcome: Omit<HandledEvent, 'delivery' | 'event'>) =>
        options.onHandled?.({ delivery: context.id, event: eventName, ...outcome });
      const quick = (outcome: HandledEvent['outcome'], detail: string) =>
        report({ outcome, detail, stats: NO_REQUESTS, changes: 0, handlerMs: 0 });
      if (!deliveries.claim(context.id)) {
        log.info(`delivery ${context.id} (${eventName}) was handled already; ignoring the copy`);
        return quick('duplicate', 'delivery handled already');
      }
      try {
        const login = await botLogin();
        const route = routeAppEvent(context.name, context.payload, login);
        if (route.kind === 'skip') {
          log.debug(`${eventName}: nothing to do: ${route.reason}`);
          return quick('skipped', route.reason);
        }
        if (route.kind === 'log') {
          log.info(route.message);
          return quick('logged', route.message);
        }
        const { owner, repo } = route.target;
        if (route.kind === 'forget') {
          repos.forget(owner, repo);
          log.info(`${route.reason}; it is read again on the next event`);
          return quick('logged', route.reason);
        }
        const installation = (context.payload as { installation?: { id?: number } }).installation?.id ?? 0;
        const repository = `${owner}/${repo}`;
        const key = `${installation}:${repository}`.toLowerCase();
        const shared = repos.get(installation, owner, repo, login, context.octokit as unknown as EventClient, log);
        if (route.kind === 'review')
          return report(
            await lanes.review(key, route.event.number, route.event, (batch) =>
              reviewBatch(shared, repository, batch, options, log),
            ),
          );
        const label =
          route.kind === 'agenda' ? `milestone.${route.action}` : `/${route.command} on #${route.event.number}`;
        report(await lanes.task(key, label, () => handleTask(route, shared, options, log)));
      } catch (error) {
        deliveries.release(context.id);
        const message = `${eventName} (delivery ${context.id}) failed: ${error instanceof Error ? error.message : String(error)}`;
        // Handed back at shutdown: expected, and listed in one line by the server.
        if (error instanceof HandedBackError) log.warn(message);
        else log.error(message);
        throw error;
      }
    };

    probot.on([...EVENTS], (context) => handle(context as unknown as Context));
  };

  return { app, pending: () => lanes.pending(), shutdown: (graceMs) => lanes.shutdown(graceMs) };
};

/** The Probot app function alone, for your own Probot setup (see createBacklogHygieneApp for the stop handle). */
export const backlogHygieneApp = (options: BacklogHygieneAppOptions = {}): ApplicationFunction =>
  createBacklogHygieneApp(options).app;
