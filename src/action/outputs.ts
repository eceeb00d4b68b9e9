import type { RunResult } from '#src/use-cases/run-result.ts';

/** The Action's outputs, as strings (the form `core.setOutput` stores). */
export type ActionOutputs = {
  readonly 'ready-count': string;
  readonly 'needs-refinement-count': string;
  readonly 'stale-count': string;
  readonly writes: string;
  readonly 'agenda-issues': string;
};

/** Turns a run's result into the outputs; counts cover judged (not skipped) items, `writes` counts changes (what max-writes limits). */
export const toOutputs = (
  result: RunResult | undefined,
  agendaIssues: readonly number[] = [],
  agendaWrites = 0,
): ActionOutputs => {
  const judged = (result?.verdicts ?? []).filter((verdict) => !verdict.skipped);
  return {
    'ready-count': String(judged.filter((verdict) => verdict.ready).length),
    'needs-refinement-count': String(judged.filter((verdict) => !verdict.ready).length),
    'stale-count': String(
      judged.filter((verdict) => verdict.checks.some((check) => check.rule === 'stale' && !check.ok)).length,
    ),
    writes: String((result?.changes ?? 0) + agendaWrites),
    'agenda-issues': JSON.stringify([...agendaIssues]),
  };
};
