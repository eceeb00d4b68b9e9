import type { RunResult } from '#src/use-cases/run-result.ts';

/** What the job summary shows besides the health report. */
export type SummaryInput = {
  readonly mode: 'event' | 'sweep';
  readonly result: RunResult;
  readonly dryRun: boolean;
  readonly maxWrites: number;
  readonly configSource: 'file' | 'defaults';
  readonly configPath: string;
  /** The health report markdown (sweeps), rendered by the report module. */
  readonly healthReport?: string;
  readonly agendaLines?: readonly string[];
};

const MAX_LISTED = 50;

const list = (lines: readonly string[]): string[] =>
  lines.length > MAX_LISTED ? [...lines.slice(0, MAX_LISTED), `- … and ${lines.length - MAX_LISTED} more`] : [...lines];

/** Markdown for `core.summary`: what was (or would be) written, what was deferred or failed, and what it cost. */
export const renderJobSummary = (input: SummaryInput): string => {
  const { result, dryRun } = input;
  const verb = dryRun ? 'Would write' : 'Wrote';
  const lines = [
    `## Backlog Hygiene${dryRun ? ' (dry run: nothing was written)' : ''}`,
    '',
    input.configSource === 'file' ? `Config: \`${input.configPath}\`.` : `Config: defaults (no \`${input.configPath}\` in the repository).`,
    '',
  ];
  if (result.ignored) return [...lines, `Nothing to do: ${result.ignored}.`, ''].join('\n');
  lines.push(
    `| | |`,
    `|---|---|`,
    `| Issues judged | ${result.verdicts.length} |`,
    `| Issues changed${dryRun ? ' (would change)' : ''} | ${result.applied.length} |`,
    `| ${verb} requests | ${result.stats.writes} of a budget of ${input.maxWrites} |`,
    `| Read requests | ${result.stats.reads} |`,
    `| Deferred to the next run | ${result.deferred.length} |`,
    `| Failed | ${result.failed.length} |`,
    '',
  );
  if (result.createdLabels.length > 0) lines.push(`${dryRun ? 'Would create' : 'Created'} labels: ${result.createdLabels.map((name) => `\`${name}\``).join(', ')}.`, '');
  if (result.deferred.length > 0) {
    lines.push(`The write budget (max-writes: ${input.maxWrites}) ran out; these issues are left whole for the next run: ${result.deferred.map((plan) => `#${plan.number}`).join(', ')}.`, '');
  }
  if (result.failed.length > 0) lines.push('### Failed', '', ...list(result.failed.map(({ plan, error }) => `- #${plan.number}: ${error}`)), '');
  if (dryRun && result.dryRunLog.length > 0) lines.push('### What a real run would do', '', ...list(result.dryRunLog.map((line) => `- ${line.replace(/^DRY-RUN: /, '')}`)), '');
  if (input.agendaLines && input.agendaLines.length > 0) lines.push('### Refinement agendas', '', ...input.agendaLines, '');
  if (input.healthReport) lines.push(input.healthReport, '');
  return lines.join('\n');
};
