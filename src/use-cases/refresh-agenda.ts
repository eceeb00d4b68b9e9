import type { AgendaEntry } from '#src/agenda/agenda-entry.ts';
import { agendaLabel } from '#src/agenda/agenda-label.ts';
import { AGENDA_MARKER_PREFIX } from '#src/agenda/agenda-marker.ts';
import { agendaTitle } from '#src/agenda/agenda-title.ts';
import { forecastCapacity, type Forecast } from '#src/agenda/forecast.ts';
import { readMentionLine, readTicks, writeMentionLine } from '#src/agenda/keep-ticks.ts';
import { matchAgendas } from '#src/agenda/match-agendas.ts';
import { recentClosedMilestones, toPastMilestone } from '#src/agenda/past-milestones.ts';
import { renderAgenda } from '#src/agenda/render-agenda.ts';
import { closingNote, selectMilestones } from '#src/agenda/select-milestones.ts';
import type { Config } from '#src/config/schema.ts';
import type { Gateway, OwnedIssue, RequestStats } from '#src/github/gateway.ts';
import { parseBody } from '#src/markdown/parse-body.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import type { Milestone } from '#src/model/milestone.ts';
import type { Verdict } from '#src/model/verdict.ts';
import { estimateToPoints, findEstimate } from '#src/rules/find-estimate.ts';
import { judgeItem } from '#src/rules/judge-item.ts';
import { resolveLinks } from './resolve-links.ts';
import { attachChildEstimates } from '#src/rules/child-estimates.ts';

/** Everything refresh-agenda needs. Pass the sweep's items and verdicts to avoid reading the backlog twice. */
export type RefreshAgendasInput = {
  readonly gateway: Gateway;
  readonly config: Config;
  readonly now: Date;
  /** The open backlog as the sweep read it; read here (a page per 100 issues) when absent. */
  readonly items?: readonly BacklogItem[];
  /** The sweep's verdicts; items without one are judged here. */
  readonly verdicts?: readonly Verdict[];
  readonly log?: (line: string) => void;
  /** Log "DRY-RUN: would …" instead of writing. */
  readonly dryRun?: boolean;
};

/** What a refresh did: the agenda issue per milestone (in milestone order) and counts of each kind of write. */
export type RefreshAgendasResult = {
  readonly agendaIssues: number[];
  readonly created: number;
  readonly updated: number;
  readonly closed: number;
  readonly unchanged: number;
  /** Requests this refresh made (writes: would-be writes in a dry run). */
  readonly stats: RequestStats;
};

const inMilestone = (item: BacklogItem, milestone: Milestone): boolean =>
  item.state === 'open' &&
  (item.milestone?.number !== undefined
    ? item.milestone.number === milestone.number
    : item.milestone?.title === milestone.title);

const pointsOf =
  (config: Config) =>
  (item: BacklogItem): number | undefined => {
    const estimate = findEstimate(item, parseBody(item.body), config);
    return estimate ? estimateToPoints(estimate) : undefined;
  };

/**
 * Ensures exactly one refinement-agenda issue per open milestone due within config.agenda.leadDays
 * (or overdue, or named in config.agenda.milestones), found by its hidden marker and label. Creates
 * missing agendas, updates bodies only when the rendering changed (people's ticks and the original
 * mention line carried over), closes duplicates, and closes with a note agendas whose milestone was
 * closed, deleted or moved out of the window. Reads: 2 milestone lists, 1 agenda search, 1 per past
 * milestone for the forecast, plus the backlog when the sweep's items are not passed in, and the
 * assignees of an agenda milestone's open issues when the sweep did not read them (`assigneesUnknown`).
 */
export const refreshAgendas = async (input: RefreshAgendasInput): Promise<RefreshAgendasResult> => {
  const { gateway, config, now } = input;
  const log = input.log ?? (() => {});
  const start = gateway.stats();
  const counts = { created: 0, updated: 0, closed: 0, unchanged: 0, planned: 0 };
  const agendaIssues: number[] = [];
  const write = async (what: string, action: () => Promise<unknown>) => {
    counts.planned += 1;
    if (input.dryRun) log(`DRY-RUN: would ${what}`);
    else await action();
  };
  const result = (): RefreshAgendasResult => ({
    agendaIssues,
    created: counts.created,
    updated: counts.updated,
    closed: counts.closed,
    unchanged: counts.unchanged,
    stats: {
      reads: gateway.stats().reads - start.reads,
      writes: input.dryRun ? counts.planned : gateway.stats().writes - start.writes,
    },
  });
  if (!config.agenda.enabled) return result();

  const [open, closed] = await Promise.all([gateway.listMilestones('open'), gateway.listMilestones('closed')]);
  const owned = await gateway.findOwnedIssues(config.agenda.label, AGENDA_MARKER_PREFIX);
  const matched = matchAgendas(owned);
  const selected = selectMilestones(open, config, now);

  if (selected.length > 0) {
    const items = input.items ?? attachChildEstimates(await readOpenItems(gateway), config);
    const entriesFor = await entryFinder(gateway, config, now, items, input.verdicts);
    const forecastFor = await forecaster(gateway, config, closed);
    for (const milestone of selected) {
      const entries = await entriesFor(milestone);
      const forecast = forecastFor(entries);
      const { kept, reopenable, duplicates = [] } = matched.get(milestone.number) ?? {};
      const current = kept ?? reopenable;
      // The web editor saves CRLF line ends when a person ticks a box; compare and read as LF so that is no change.
      const currentBody = current?.body.replace(/\r\n/g, '\n') ?? '';
      const title = agendaTitle(config, milestone);
      const mentionLine = current ? readMentionLine(currentBody) : writeMentionLine(config.agenda.mention);
      const body = renderAgenda({
        milestone,
        entries,
        forecast,
        config,
        now,
        owner: gateway.owner,
        repo: gateway.repo,
        ticked: readTicks(currentBody),
        ...(mentionLine ? { mentionLine } : {}),
      });
      if (!current) {
        counts.created += 1;
        await write(`create the refinement agenda for "${milestone.title}"`, async () => {
          await ensureAgendaLabel(gateway, config.agenda.label);
          const issue = await gateway.createIssue({
            title,
            body,
            labels: [config.agenda.label],
            assignees: config.agenda.assignees,
            milestone: milestone.number,
          });
          agendaIssues.push(issue.number);
        });
      } else {
        agendaIssues.push(current.number);
        const reopen = current.state === 'closed';
        if (!reopen && currentBody === body && current.title === title) counts.unchanged += 1;
        else {
          counts.updated += 1;
          await write(
            `${reopen ? 'reopen and update' : 'update'} the refinement agenda #${current.number} for "${milestone.title}"`,
            () =>
              gateway.updateIssue(current.number, {
                ...(current.title === title ? {} : { title }),
                ...(currentBody === body ? {} : { body }),
                ...(reopen ? { state: 'open' as const } : {}),
              }),
          );
        }
      }
      for (const duplicate of duplicates) {
        await close(
          duplicate,
          `This is a duplicate of #${current?.number ?? '?'}, which stays the refinement agenda for "${milestone.title}". Closing this one.`,
        );
      }
    }
  }

  const wanted = new Set(selected.map((m) => m.number));
  const known = new Map([...open, ...closed].map((m) => [m.number, m]));
  for (const [number, { kept, duplicates }] of matched) {
    if (wanted.has(number)) continue;
    for (const issue of [...(kept ? [kept] : []), ...duplicates]) {
      await close(issue, closingNote(titleFromIssue(issue), known.get(number), config, now));
    }
  }
  return result();

  async function close(issue: OwnedIssue, note: string): Promise<void> {
    counts.closed += 1;
    await write(`close the refinement agenda #${issue.number}: ${note}`, async () => {
      await gateway.addComment(issue.number, note);
      await gateway.updateIssue(issue.number, { state: 'closed' });
    });
    if (input.dryRun) counts.planned += 1; // a close is two requests: the note and the state change
  }
};

// The milestone title as the agenda's own heading gave it, for the note when the milestone is gone.
const titleFromIssue = (issue: OwnedIssue): string => {
  const heading = issue.body.split('\n').find((line) => line.startsWith('## Refinement agenda: '));
  const text = heading?.slice('## Refinement agenda: '.length) ?? issue.title;
  return text.startsWith('[') && text.includes('](') ? text.slice(1, text.indexOf('](')) : text;
};

// Created with a colour and description before the first agenda; GitHub would otherwise create it bare.
const ensureAgendaLabel = async (gateway: Gateway, name: string): Promise<void> => {
  const { labels } = await gateway.readRepoContext();
  if (!labels.some((label) => label.name.toLowerCase() === name.toLowerCase()))
    await gateway.createLabels([agendaLabel(name)]);
};

const readOpenItems = async (gateway: Gateway): Promise<BacklogItem[]> => {
  const items: BacklogItem[] = [];
  for await (const page of gateway.listOpenItems()) items.push(...page);
  const open = items.filter((item) => item.state === 'open');
  return resolveLinks(gateway.nameBlockers ? await gateway.nameBlockers(open) : open);
};

// Pairs each open item of a milestone with its verdict, judging the items the sweep did not (templates read once, only then).
const entryFinder = async (
  gateway: Gateway,
  config: Config,
  now: Date,
  items: readonly BacklogItem[],
  verdicts: readonly Verdict[] = [],
) => {
  const byNumber = new Map(verdicts.map((v) => [v.number, v]));
  let templates: Awaited<ReturnType<Gateway['readRepoContext']>>['templates'] | undefined;
  return async (milestone: Milestone): Promise<AgendaEntry[]> => {
    const entries: AgendaEntry[] = [];
    const listedItems = items.filter((i) => inMilestone(i, milestone));
    // The sweep reads assignees only when a rule needs them (each nested connection costs a point per
    // ~100 issues); the agenda lists them, so it reads them for this milestone's issues alone.
    const assignees = listedItems.some((i) => i.assigneesUnknown)
      ? new Map((await gateway.listMilestoneItems(milestone.number, 'open')).map((i) => [i.number, i.assignees]))
      : undefined;
    for (const listed of listedItems) {
      const item = { ...listed, assignees: assignees?.get(listed.number) ?? listed.assignees };
      let verdict = byNumber.get(item.number);
      if (!verdict) {
        templates ??= (await gateway.readRepoContext()).templates;
        verdict = judgeItem(item, { config, now, templates });
      }
      entries.push({ item, verdict });
    }
    return entries;
  };
};

// The team's pace comes from the same past milestones for every agenda: read them once.
const forecaster = async (gateway: Gateway, config: Config, closed: readonly Milestone[]) => {
  const recent = recentClosedMilestones(closed, config.agenda.pastMilestones);
  const points = pointsOf(config);
  const past = await Promise.all(
    recent.map(async (m) => toPastMilestone(m, await gateway.listMilestoneItems(m.number, 'all'), points)),
  );
  return (entries: readonly AgendaEntry[]): Forecast => {
    const judged = entries.filter((e) => !e.verdict.skipped);
    return forecastCapacity(past, {
      points: judged.reduce((sum, e) => sum + (e.verdict.points ?? 0), 0),
      issues: judged.length,
      unestimated: judged.filter((e) => e.verdict.points === undefined).length,
    });
  };
};
