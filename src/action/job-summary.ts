import type { Config } from '#src/config/schema.ts';
import type { PointStats, RequestStats } from '#src/github/gateway.ts';
import { renderHealthReport } from '#src/report/health-report.ts';
import { budgetStopLine, pointsLine } from '#src/report/points-line.ts';
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
};

const findingLabels = (config: Config): Record<string, string> =>
  config.labels.applyFindingLabels
    ? Object.fromEntries(Object.entries(config.labels.findings).map(([rule, label]) => [rule, label.name]))
    : {};

/** Markdown for `core.summary`: the health report (counts, findings, changes made or that would be made, deferrals, requests) and the budget. */
export const renderJobSummary = (input: SummaryInput): string => {
  const { result, dryRun } = input;
  const lines = [
    input.failure ? `> **The run failed:** ${input.failure}\n` : '',
    input.stop && input.stop !== input.failure ? `> **The run stopped writing:** ${input.stop}\n` : '',
    dryRun ? '> **Dry run:** nothing was written; the changes below are what a real run would make.' : '',
    input.configSource === 'file'
      ? `Config: \`${input.configPath}\`.`
      : `Config: the defaults (no \`${input.configPath}\` in ${input.repository}).`,
    '',
  ].filter((line, index) => index > 2 || line !== '');
  if (result?.ignored) return [`## Backlog Hygiene`, '', ...lines, `Nothing to do: ${result.ignored}.`, ''].join('\n');
  if (result) {
    lines.push(
      renderHealthReport({
        now: input.now,
        title:
          input.mode === 'event'
            ? `Backlog Hygiene: #${result.verdicts[0]?.number ?? '?'} in ${input.repository}`
            : `Backlog health: ${input.repository}`,
        items: result.items,
        verdicts: result.verdicts,
        findingLabels: findingLabels(input.config),
        plans: result.applied,
        dryRun,
        deferred: result.deferred,
        ...(input.stop ? { deferredBecause: 'the run stopped: see above' } : {}),
        failures: result.failed,
        requests: input.requests,
      }),
      '',
      `${dryRun ? 'Would make' : 'Made'} ${result.changes} change(s) of a write budget of ${input.maxWrites} (max-writes)${result.deferred.length > 0 ? `; ${result.deferred.length} issue(s) wait for the next run` : ''}.`,
      '',
      ...(input.points
        ? [
            `Spent ${pointsLine(input.points)} beside ${input.requests.reads} read(s) and ${input.requests.writes} write(s).`,
            '',
          ]
        : []),
      ...[budgetStopLine(result.read, input.maxPoints ?? 0)].flatMap((line) => (line ? [line, ''] : [])),
    );
    if (result.createdLabels.length > 0)
      lines.push(
        `${dryRun ? 'Would create' : 'Created'} labels: ${result.createdLabels.map((name) => `\`${name}\``).join(', ')}.`,
        '',
      );
  }
  if (input.agendaLines && input.agendaLines.length > 0)
    lines.push('### Refinement agendas', '', ...input.agendaLines, '');
  return lines.join('\n');
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
