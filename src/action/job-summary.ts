import type { Config } from '#src/config/schema.ts';
import type { PointStats, RequestStats } from '#src/github/gateway.ts';
import { renderHealthReport } from '#src/report/health-report.ts';
import { budgetStopLine, pointsLine } from '#src/report/points-line.ts';
import { renderEventReport } from '#src/report/event-report.ts';
import type { RunResult } from '#src/use-cases/run-result.ts';

/** What the job summary shows. */
export type SummaryInput = {
  readonly mode: 'event' | 'sweep' | 'agenda';
  readonly result: RunResult | undefined;
  readonly config: Config;
  readonly now: Date;
  readonly repository: string;
  readonly dryRun: boolean;
  readonly maxWrites: number;
  readonly configSource: 'file' | 'defaults';
  readonly configPath: string;
  /** Every request of the run (config, issues, agendas). */
  readonly requests: RequestStats;
  /** GraphQL points the run spent, with GitHub's meter after the last query. */
  readonly points?: PointStats;
  /** The sweep's points budget (max-points). */
  readonly maxPoints?: number;
  readonly agendaLines?: readonly string[];
  /** Why the run stopped writing (a RunStop's message), when it did; what was left is listed as deferred. */
  readonly stop?: string;
  /** What ended the run early, when something other than a stop did. */
  readonly failure?: string;
  /** Agenda issues created or updated in this run, linked from the summary. */
  readonly agendaIssues?: readonly number[];
  /** Changes the agenda step made (or would make), counted against the same budget. */
  readonly agendaWrites?: number;
  /** The Backlog Health issue, when this run kept it up to date. */
  readonly healthIssue?: { readonly number: number; readonly url: string; readonly action: string };
  /** Changes the Health step made (or would make), counted against the same budget. */
  readonly healthWrites?: number;
  /** https://github.com, or the GitHub Enterprise Server address (GITHUB_SERVER_URL). */
  readonly serverUrl?: string;
};

const findingLabels = (config: Config): Record<string, string> =>
  config.labels.applyFindingLabels
    ? Object.fromEntries(Object.entries(config.labels.findings).map(([rule, label]) => [rule, label.name]))
    : {};

// A blank line after the quote: without it Markdown folds the next line into the quote ("lazy continuation").
const dryRunNote = '> **Dry run:** nothing was written; everything below says what a real run would do.';

/** The one number people need about cost: changes against the budget, what max-writes limits. */
const budgetLine = (input: SummaryInput, changes: number): string => {
  const deferred = input.result?.deferred.length ?? 0;
  return `**Changes:** ${input.dryRun ? 'would make ' : ''}${changes} of the \`max-writes\` budget of ${input.maxWrites}${deferred > 0 ? `; ${deferred} ${deferred === 1 ? 'issue waits' : 'issues wait'} for the next run` : ''}. A change is one issue's added labels, its removed labels or its comment, or one label or agenda issue created.`;
};

const footer = (input: SummaryInput): string[] => [
  `<details><summary>Config and requests</summary>`,
  '',
  input.configSource === 'file'
    ? `Config: \`${input.configPath}\`.`
    : `Config: the defaults (no \`${input.configPath}\` in ${input.repository}).`,
  '',
  `Requests to GitHub: ${input.requests.reads + input.requests.writes} (${input.requests.reads} reads, ${input.requests.writes} writes). Fewer writes than changes: up to 20 issues' changes travel in one request.`,
  '',
  '</details>',
  '',
];

/** GraphQL points spent, and what a spent `max-points` left for the next run. */
const pointsLines = (input: SummaryInput): string[] => [
  ...(input.points ? [`**GraphQL points:** ${pointsLine(input.points)}.`, ''] : []),
  ...[budgetStopLine(input.result?.read, input.maxPoints ?? 0)].flatMap((line) => (line ? [line, ''] : [])),
];

const issueUrl = (input: SummaryInput, number: number): string =>
  `${input.serverUrl ?? 'https://github.com'}/${input.repository}/issues/${number}`;

const linksSection = (input: SummaryInput): string[] => {
  const lines: string[] = [];
  if (input.agendaIssues && input.agendaIssues.length > 0)
    lines.push(
      `**Refinement ${input.agendaIssues.length === 1 ? 'agenda' : 'agendas'}:** ${input.agendaIssues.map((n) => `[#${n}](${issueUrl(input, n)})`).join(', ')}`,
    );
  if (input.healthIssue)
    lines.push(
      `**Backlog Health issue:** [#${input.healthIssue.number}](${input.healthIssue.url}) ${input.healthIssue.action}`,
    );
  return lines.length > 0 ? [lines.join(' · '), ''] : [];
};

/**
 * Markdown for `core.summary`. A run for one issue event gets a short report on that issue; a sweep
 * gets the backlog report (share ready, a table per issue, findings, the quietest issues). Both say
 * the changes against the write budget as one number, link the agenda and Health issues, and keep
 * the config and request counts in a collapsed footer.
 */
export const renderJobSummary = (input: SummaryInput): string => {
  const { result, dryRun } = input;
  // What stopped or failed the run comes first: it is what the reader must act on.
  const note = [
    ...(input.failure ? [`> **The run failed:** ${input.failure}`, ''] : []),
    ...(input.stop && input.stop !== input.failure ? [`> **The run stopped writing:** ${input.stop}`, ''] : []),
    ...(dryRun ? [dryRunNote, ''] : []),
  ];
  if (result?.ignored)
    return ['## Backlog Hygiene', '', ...note, `Nothing to do: ${result.ignored}.`, '', ...footer(input)].join('\n');
  let head: string[];
  let details: string[] = [];
  if (result && input.mode === 'event') head = renderEventReport({ result, dryRun }).split('\n');
  else if (result) {
    const report = renderHealthReport({
      now: input.now,
      items: result.items,
      verdicts: result.verdicts,
      findingLabels: findingLabels(input.config),
      plans: result.applied,
      dryRun,
      deferred: result.deferred,
      ...(input.stop ? { deferredBecause: 'the run stopped: see above' } : {}),
      failures: result.failed,
    }).split('\n');
    // The report's own heading is replaced; its headline (share ready) stays first.
    head = [`## Backlog Hygiene: ${input.repository}`, '', report[2] ?? '', ''];
    details = report.slice(4);
  } else head = ['## Backlog Hygiene: refinement agendas', ''];
  const created = result?.createdLabels.length
    ? [
        `${dryRun ? 'Would create' : 'Created'} labels: ${result.createdLabels.map((name) => `\`${name}\``).join(', ')}.`,
        '',
      ]
    : [];
  // A real sweep links the agendas above; a dry run, a milestone event or a stopped run lists what was (or would be,
  // or was not) done to them.
  const agendaLog =
    (!result || dryRun || input.stop) && input.agendaLines && input.agendaLines.length > 0
      ? ['**Refinement agendas:**', '', ...input.agendaLines, '']
      : [];
  const changes = (result?.changes ?? 0) + (input.agendaWrites ?? 0) + (input.healthWrites ?? 0);
  return [
    ...head.slice(0, 2),
    ...note,
    ...head.slice(2),
    ...linksSection(input),
    budgetLine(input, changes),
    '',
    ...pointsLines(input),
    ...created,
    ...agendaLog,
    ...details,
    ...footer(input),
  ].join('\n');
};

/** The job summary of a run that failed before it had results: what went wrong and the requests made. */
export const renderFailureSummary = (input: {
  readonly repository: string | undefined;
  readonly message: string;
  readonly requests: RequestStats | undefined;
}): string =>
  [
    `## Backlog Hygiene${input.repository ? `: ${input.repository}` : ''}`,
    '',
    `> **The run failed:** ${input.message}`,
    '',
    ...(input.requests
      ? [`Requests to GitHub: ${input.requests.reads} read(s), ${input.requests.writes} write(s).`, '']
      : []),
  ].join('\n');
