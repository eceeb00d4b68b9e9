import type { Config } from '#src/config/schema.ts';
import type { Milestone } from '#src/model/milestone.ts';
import type { AgendaEntry } from './agenda-entry.ts';
import { writeAgendaMarker } from './agenda-marker.ts';
import { daysUntil, isoDate, plural } from './dates.ts';
import { describeForecast, type Forecast } from './forecast.ts';
import { inlineText } from './format-line.ts';
import { mermaidChart } from './mermaid-chart.ts';
import { orderItems } from './order-items.ts';
import { renderScheduleRisks } from './schedule-risks.ts';
import { renderReady, renderSections } from './render-sections.ts';
import { groupEntries, type Grouped } from './sections.ts';
import { describeTimeBox } from './time-box.ts';
import { fitBody } from './truncate.ts';

/** Everything one agenda body is made from. The same input always gives the same body. */
export type AgendaInput = {
  readonly milestone: Milestone;
  /** The milestone's open items with their verdicts, in any order. */
  readonly entries: readonly AgendaEntry[];
  readonly forecast: Forecast;
  readonly config: Config;
  readonly now: Date;
  readonly owner: string;
  readonly repo: string;
  /** Items whose boxes people ticked in the current body (keep-ticks.ts). */
  readonly ticked?: ReadonlySet<number>;
  /** The mention line: from config when creating, carried over verbatim when updating. */
  readonly mentionLine?: string;
  /** Body size cap (tests lower it). */
  readonly maxLength?: number;
};

const dueLine = (milestone: Milestone, now: Date): string => {
  if (!milestone.dueOn) return '**No due date.**';
  const left = daysUntil(milestone.dueOn, now);
  const when =
    left < 0 ? `overdue by ${plural(-left, 'day')}` : left === 0 ? 'due today' : `${plural(left, 'day')} left`;
  return `**Due ${isoDate(milestone.dueOn)}: ${when}.**`;
};

const countsLine = (grouped: Grouped, entries: readonly AgendaEntry[]): string => {
  const judged = entries.filter((e) => !e.verdict.skipped);
  if (judged.length === 0) return 'This milestone has no open issues: nothing to refine.';
  const points = (list: readonly AgendaEntry[]) => list.reduce((sum, e) => sum + (e.verdict.points ?? 0), 0);
  const unestimated = judged.filter((e) => e.verdict.points === undefined).length;
  const readyCount = judged.filter((e) => e.verdict.ready).length;
  const refine = judged.length - readyCount;
  const deciding = readyCount - grouped.ready.length;
  const decide = deciding > 0 ? ` (${deciding} of them stale or unprioritized: see below)` : '';
  const estimates =
    unestimated === judged.length
      ? 'No open item has an estimate yet.'
      : `Story points ready: ${points(judged.filter((e) => e.verdict.ready))} of ${points(judged)}${unestimated > 0 ? ` (${plural(unestimated, 'item')} without an estimate)` : ''}.`;
  return `Ready: ${readyCount} of ${plural(judged.length, 'open item')}${decide}; ${refine} ${refine === 1 ? 'needs' : 'need'} refinement. ${estimates}`;
};

/**
 * Renders a milestone's refinement agenda: due date and counts, capacity forecast, time box, a
 * readiness pie, the refinement sections in order and the collapsed ready list, under the hidden
 * marker. Pure and deterministic; only the day count and item ages change, once a day.
 */
export const renderAgenda = (input: AgendaInput): string => {
  const { milestone, config, now } = input;
  const ordered = orderItems(input.entries, config);
  const grouped = groupEntries(ordered);
  const toRefine = [...grouped.sections.values()].reduce((sum, list) => sum + list.length, 0);
  const name = inlineText(milestone.title, 200);
  const head = [
    writeAgendaMarker(milestone.number),
    `## Refinement agenda: ${milestone.url ? `[${name}](${milestone.url})` : name}`,
    ...(input.mentionLine ? ['', input.mentionLine] : []),
    '',
    `${dueLine(milestone, now)} ${countsLine(grouped, input.entries)}`,
    '',
    describeForecast(input.forecast, milestone.dueOn ? daysUntil(milestone.dueOn, now) : undefined),
    '',
    describeTimeBox(toRefine, config),
  ];
  const chart = mermaidChart(grouped, milestone.title);
  const foot =
    '<sub>Kept up to date by Backlog Hygiene. Tick a box once the item is refined: ticks are kept across updates, and refined items move to the ready list. This issue closes when the milestone does.</sub>';
  return fitBody(
    (limit) => {
      const context = {
        config,
        now,
        owner: input.owner,
        repo: input.repo,
        milestoneTitle: milestone.title,
        ticked: input.ticked ?? new Set<number>(),
        limit,
      };
      return (
        [
          head.join('\n'),
          ...(chart ? [chart] : []),
          ...renderSections(grouped, context),
          ...renderScheduleRisks(ordered, milestone, config),
          renderReady(grouped, context),
          foot,
        ].join('\n\n') + '\n'
      );
    },
    config.agenda.maxItemsPerSection,
    input.maxLength,
  );
};
