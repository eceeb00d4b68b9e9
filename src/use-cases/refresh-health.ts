import { isoDate } from '#src/agenda/dates.ts';
import { forecastCapacity } from '#src/agenda/forecast.ts';
import { recentClosedMilestones, toPastMilestone } from '#src/agenda/past-milestones.ts';
import { parseBody } from '#src/markdown/parse-body.ts';
import { estimateToPoints, findEstimate } from '#src/rules/find-estimate.ts';
import type { Config } from '#src/config/schema.ts';
import type { Gateway, OwnedIssue } from '#src/github/gateway.ts';
import { mergeHistory, readHistory } from '#src/health/health-history.ts';
import { sameFigures, takeSnapshot, type HealthSnapshot } from '#src/health/health-snapshot.ts';
import { HEALTH_MARKER, renderHealth, type BreakdownRow } from '#src/health/render-health.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import type { Milestone } from '#src/model/milestone.ts';
import type { Verdict } from '#src/model/verdict.ts';

/** Everything refresh-health needs: the sweep's items and verdicts, so the backlog is read once. */
export type RefreshHealthInput = {
  readonly gateway: Gateway;
  readonly config: Config;
  readonly now: Date;
  readonly items: readonly BacklogItem[];
  readonly verdicts: readonly Verdict[];
  /** Issues this run labelled ready (or would, in a dry run): their time-to-ready counts from now. */
  readonly readyNow?: readonly number[];
  readonly dryRun: boolean;
  /** Problems of this run to show (failures, budget exhausted). */
  readonly problems?: readonly string[];
  readonly log?: (line: string) => void;
};

/** What happened to the Health issue. */
export type RefreshHealthResult = {
  readonly issue?: { readonly number: number; readonly url: string };
  readonly action: 'disabled' | 'created' | 'updated' | 'unchanged';
  /** Changes made (or that would be): label and issue writes. */
  readonly writes: number;
  /** The repository's figures today (for the organisation roll-up); absent when disabled or paused. */
  readonly snapshot?: HealthSnapshot;
};

const search = (gateway: Gateway, qualifier: string): string =>
  `https://github.com/${gateway.owner}/${gateway.repo}/issues?q=${encodeURIComponent(`is:open is:issue ${qualifier}`)}`;

const quoted = (text: string): string => `"${text.replace(/"/g, '')}"`;

const breakdowns = (input: RefreshHealthInput, gateway: Gateway) => {
  const verdictOf = new Map(input.verdicts.map((v) => [v.number, v]));
  const judged = input.items.filter((item) => verdictOf.get(item.number) && !verdictOf.get(item.number)!.skipped);
  const group = (key: (item: BacklogItem) => string | undefined, link: (name: string) => string): BreakdownRow[] => {
    const rows = new Map<string, { open: number; ready: number }>();
    for (const item of judged) {
      const name = key(item);
      if (name === undefined) continue;
      const row = rows.get(name) ?? { open: 0, ready: 0 };
      row.open += 1;
      if (verdictOf.get(item.number)!.ready) row.ready += 1;
      rows.set(name, row);
    }
    return [...rows]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, row]) => ({ name, ...row, search: link(name) }));
  };
  const kindLabel = (kind: string) => input.config.readiness.kinds.find((k) => k.name === kind)?.labels[0];
  return {
    byKind: group(
      (item) => verdictOf.get(item.number)!.kind,
      (kind) => {
        const label = kindLabel(kind);
        return search(gateway, label ? `label:${quoted(label)}` : '');
      },
    ),
    byMilestone: group(
      (item) => item.milestone?.title,
      (title) => search(gateway, `milestone:${quoted(title)}`),
    ),
  };
};

// The agenda's pace: median points closed per recent milestone; undefined without estimates (depth needs points).
const teamPace = async (gateway: Gateway, config: Config): Promise<number | undefined> => {
  const recent = recentClosedMilestones(await gateway.listMilestones('closed'), config.agenda.pastMilestones);
  const points = (item: BacklogItem) => {
    const estimate = findEstimate(item, parseBody(item.body), config);
    return estimate ? estimateToPoints(estimate) : undefined;
  };
  const past = await Promise.all(
    recent.map(async (m) => toPastMilestone(m, await gateway.listMilestoneItems(m.number, 'all'), points)),
  );
  const forecast = forecastCapacity(past, { points: 0, issues: 0, unestimated: 0 });
  return forecast.kind !== 'no-history' && forecast.unit === 'points' ? forecast.pace : undefined;
};

/** Creates the health label with a colour and description when the repository lacks it; returns the writes made (0 or 1). */
export const ensureHealthLabel = async (gateway: Gateway, config: Config): Promise<number> => {
  const { labels } = await gateway.readRepoContext();
  if (labels.some((label) => label.name.toLowerCase() === config.health.label.toLowerCase())) return 0;
  await gateway.createLabels([
    {
      name: config.health.label,
      color: '0e8a16',
      description: 'Backlog Health: figures and trends, kept up to date by Backlog Hygiene.',
    },
  ]);
  return 1;
};

const nextMilestone = (milestones: readonly Milestone[], now: Date): Milestone | undefined =>
  milestones
    .filter((m) => m.dueOn !== undefined && isoDate(m.dueOn) >= isoDate(now))
    .sort((a, b) => a.dueOn!.localeCompare(b.dueOn!))[0];

/**
 * Keeps the one Backlog Health issue, found by its hidden marker and label (never by author or
 * title): creates it with today's figures, or adds today's row to the history in its body and
 * re-renders — at most once a day (a body that already has today's row is left alone, so several
 * runs a day write nothing), and only when a figure changed other than those that move with the
 * calendar alone (ages, issues opened in the last 7 days): an untouched backlog costs no writes.
 * Mentions nobody.
 */
export const refreshHealth = async (input: RefreshHealthInput): Promise<RefreshHealthResult> => {
  const { gateway, config, now } = input;
  const log = input.log ?? (() => {});
  if (!config.health.enabled) return { action: 'disabled', writes: 0 };
  const owned = await gateway.findOwnedIssues(config.health.label, HEALTH_MARKER);
  const current: OwnedIssue | undefined = owned.find((issue) => issue.state === 'open');
  // A person closed it: that choice stands (never reopened, never a second one); reopen it to resume.
  const closed = owned.find((issue) => issue.state === 'closed');
  if (!current && closed) return { issue: { number: closed.number, url: closed.url }, action: 'unchanged', writes: 0 };
  const body = current?.body.replace(/\r\n/g, '\n') ?? '';
  const history = readHistory(body);
  const today = isoDate(now);
  const written = history.find((row) => row.date === today);
  if (current && written)
    return { issue: { number: current.number, url: current.url }, action: 'unchanged', writes: 0, snapshot: written };
  const [milestones, pace] = await Promise.all([gateway.listMilestones('open'), teamPace(gateway, config)]);
  const upcoming = nextMilestone(milestones, now);
  const snapshot = takeSnapshot({
    items: input.items,
    verdicts: input.verdicts,
    now,
    readyLabel: config.labels.ready.name,
    ...(input.readyNow ? { readyNow: new Set(input.readyNow) } : {}),
    ...(upcoming ? { nextMilestone: upcoming } : {}),
    ...(pace !== undefined ? { pace } : {}),
  });
  // Quiet across days: figures that only move with the calendar (ages, the 7-day window) are no reason to write.
  const last = history.at(-1);
  if (current && last && sameFigures(last, snapshot))
    return { issue: { number: current.number, url: current.url }, action: 'unchanged', writes: 0, snapshot };
  const next = renderHealth({
    history: mergeHistory(history, snapshot),
    ...breakdowns(input, gateway),
    problems: input.problems ?? [],
  });
  if (input.dryRun) {
    log(
      `DRY-RUN: would ${current ? `update the Backlog Health issue #${current.number}` : 'create the Backlog Health issue'}`,
    );
    return {
      ...(current ? { issue: { number: current.number, url: current.url } } : {}),
      action: current ? 'updated' : 'created',
      writes: 1,
      snapshot,
    };
  }
  if (current) {
    await gateway.updateIssue(current.number, { body: next });
    return { issue: { number: current.number, url: current.url }, action: 'updated', writes: 1, snapshot };
  }
  const writes = 1 + (await ensureHealthLabel(gateway, config));
  const issue = await gateway.createIssue({
    title: config.health.title,
    body: next,
    labels: [config.health.label],
    assignees: [],
  });
  // Pinned once, when created: a person who unpins it later has decided, and is not overruled.
  let pinned = 0;
  try {
    await gateway.pinIssue(issue.number);
    pinned = 1;
  } catch (error) {
    log(
      `Could not pin the Backlog Health issue #${issue.number}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return { issue: { number: issue.number, url: issue.url }, action: 'created', writes: writes + pinned, snapshot };
};
