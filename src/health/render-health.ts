import { dayNumber } from '#src/agenda/dates.ts';
import { inlineMarkdown } from '#src/plan/safe-markdown.ts';
import { writeHistory } from './health-history.ts';
import type { HealthSnapshot } from './health-snapshot.ts';

/** Every Health issue body starts with this; gateway.findOwnedIssues searches for it (with the health label). */
export const HEALTH_MARKER = '<!-- backlog-hygiene:health -->';

/** A breakdown row (per kind or per milestone) with its GitHub search. */
export type BreakdownRow = {
  readonly name: string;
  readonly open: number;
  readonly ready: number;
  readonly search: string;
};

/** What the Health issue shows besides the history. */
export type HealthInput = {
  readonly history: readonly HealthSnapshot[];
  readonly byKind: readonly BreakdownRow[];
  readonly byMilestone: readonly BreakdownRow[];
  /** Missing permissions, unreadable fields, budget exhausted: said plainly, never hidden. */
  readonly problems: readonly string[];
  /** The day rendered (YYYY-MM-DD); the newest row's date when absent. */
  readonly today?: string;
};

const share = (s: HealthSnapshot): number => (s.open === 0 ? 0 : Math.round((s.ready / s.open) * 100));
const depth = (s: HealthSnapshot): number | undefined =>
  s.pace === undefined ? undefined : Math.round((s.readyPoints / s.pace) * 10) / 10;

/** The figures in effect a week before the newest row: rows are written only on change, so the newest one by then. */
const weekBefore = (history: readonly HealthSnapshot[]): HealthSnapshot | undefined => {
  const today = history.at(-1);
  if (!today) return undefined;
  const target = dayNumber(today.date) - 7;
  return [...history].reverse().find((row) => row !== today && dayNumber(row.date) <= target);
};

const change = (now: number | undefined, before: number | undefined, unit = ''): string => {
  if (now === undefined || before === undefined) return '—';
  const delta = Math.round((now - before) * 10) / 10;
  return delta === 0 ? '±0' : `${delta > 0 ? '+' : ''}${delta}${unit}`;
};

const value = (v: number | undefined, unit = ''): string => (v === undefined ? '—' : `${v}${unit}`);

const headline = (today: HealthSnapshot, before: HealthSnapshot | undefined): string[] => {
  const rows: [string, number | undefined, number | undefined, string][] = [
    ['Ready', share(today), before && share(before), '%'],
    ['Ready depth (ready points ÷ pace, sprints)', depth(today), before && depth(before), ''],
    ['Unrefined share of the next milestone', today.unrefinedNext, before?.unrefinedNext, '%'],
    ['Open issues (net flow)', today.open, before?.open, ''],
    ['Opened in the last 7 days, still open', today.openedWeek, before?.openedWeek, ''],
    ['Age p50 (days)', today.ageP50, before?.ageP50, ''],
    ['Age p90 (days)', today.ageP90, before?.ageP90, ''],
    ['Median time to ready (days)', today.timeToReady, before?.timeToReady, ''],
    ['Blocked', today.blocked, before?.blocked, ''],
    ['Stale', today.stale, before?.stale, ''],
    ['Unprioritized', today.unprioritized, before?.unprioritized, ''],
  ];
  return [
    '| Figure | Now | Since last week |',
    '|---|---:|---:|',
    ...rows.map(
      ([name, now, then, unit]) =>
        `| ${name} | ${value(now, unit)} | ${change(now, then, unit === '%' ? ' pts' : '')} |`,
    ),
  ];
};

/**
 * One point per week for the 12 weeks up to `today` (the newest row on or before each week's end),
 * oldest first. A week without a row carries the previous row: no row means no figure changed.
 */
export const weeklyPoints = (history: readonly HealthSnapshot[], today: string): HealthSnapshot[] => {
  const end = dayNumber(today);
  const points: HealthSnapshot[] = [];
  for (let week = 11; week >= 0; week--) {
    const upTo = end - week * 7;
    const row = [...history].reverse().find((r) => dayNumber(r.date) <= upTo);
    if (row) points.push({ ...row, date: new Date(upTo * 86_400_000).toISOString().slice(0, 10) });
  }
  return points;
};

/**
 * Mermaid `xychart-beta` line chart of the share ready and the unrefined share of the next milestone,
 * one point per week; the table under it carries the same figures for readers without Mermaid.
 */
export const trendChart = (points: readonly HealthSnapshot[]): string[] => {
  if (points.length < 2) return ['_Trends appear after the second week of history._'];
  const labels = points.map((p) => `"${p.date.slice(5)}"`).join(', ');
  return [
    '```mermaid',
    // GitHub's default theme draws the line in a pale tint; one explicit colour keeps it readable in light and dark mode.
    '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#1f6feb"}}}}%%',
    'xychart-beta',
    '  title "Ready share (%), last 12 weeks"',
    `  x-axis [${labels}]`,
    '  y-axis "%" 0 --> 100',
    `  line [${points.map(share).join(', ')}]`,
    '```',
    '',
    '<details><summary>Trend table</summary>',
    '',
    '| Week of | Ready % | Open | Ready depth | Age p50 | Stale | Blocked |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...points.map(
      (p) => `| ${p.date} | ${share(p)} | ${p.open} | ${value(depth(p))} | ${p.ageP50} | ${p.stale} | ${p.blocked} |`,
    ),
    '',
    '</details>',
  ];
};

const breakdown = (title: string, rows: readonly BreakdownRow[]): string[] =>
  rows.length === 0
    ? []
    : [
        `### ${title}`,
        '',
        '| | Open | Ready | Ready % |',
        '|---|---:|---:|---:|',
        ...rows.map(
          (r) =>
            `| [${inlineMarkdown(r.name, 80)}](${r.search}) | ${r.open} | ${r.ready} | ${r.open === 0 ? 0 : Math.round((r.ready / r.open) * 100)} |`,
        ),
        '',
      ];

/**
 * The Backlog Health issue body: headline figures with their change since last week, a 12-week trend
 * (Mermaid line chart, table fallback), breakdowns per kind and per milestone with search links, the
 * problems of the last run, and the history as a hidden block. Mentions nobody; pure.
 */
export const renderHealth = (input: HealthInput): string => {
  const today = input.history.at(-1);
  if (!today) return `${HEALTH_MARKER}\n${writeHistory([])}\n`;
  return [
    HEALTH_MARKER,
    `## Backlog health on ${today.date}`,
    '',
    `**${share(today)}% ready** (${today.ready} of ${today.open} open issues). Ready depth: ${
      depth(today) === undefined ? 'unknown until a milestone with estimates has closed' : `${depth(today)} sprints`
    }.`,
    '',
    ...headline(today, weekBefore(input.history)),
    '',
    '### Trends',
    '',
    ...trendChart(weeklyPoints(input.history, input.today ?? today.date)),
    '',
    ...breakdown('By kind', input.byKind),
    ...breakdown('By milestone', input.byMilestone),
    '### Problems',
    '',
    ...(input.problems.length > 0
      ? input.problems.map((p) => `- ${inlineMarkdown(p, 300)}`)
      : ['None in the last run.']),
    '',
    '<sub>Kept up to date by Backlog Hygiene, at most once a day. Edit the text freely: the history lives in a hidden block at the end and survives edits.</sub>',
    '',
    writeHistory(input.history),
    '',
  ].join('\n');
};
