import type { Config } from '#src/config/schema.ts';
import type { Gateway } from '#src/github/gateway.ts';
import { limitWrites } from '#src/github/limit-writes.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import type { Verdict } from '#src/model/verdict.ts';
import { refreshAgendas } from '#src/use-cases/refresh-agenda.ts';

/** What refreshing the refinement agendas did. */
export type AgendaOutcome = {
  /** Agenda issue numbers created or updated. */
  readonly issues: readonly number[];
  /** Changes made (or, in a dry run, that would be). */
  readonly writes: number;
  /** Lines for the log and the job summary (DRY-RUN lines in a dry run). */
  readonly log: readonly string[];
};

/** Options for the agenda step; pass the sweep's items and verdicts so the backlog is not read twice. */
export type AgendaStepInput = {
  readonly gateway: Gateway;
  readonly config: Config;
  readonly now: Date;
  readonly dryRun: boolean;
  /** What is left of the run's write budget after the sweep. */
  readonly maxWrites: number;
  readonly items?: readonly BacklogItem[];
  readonly verdicts?: readonly Verdict[];
};

/**
 * Refreshes the refinement agendas after a sweep or on milestone events, within what is left of
 * the write budget. A budget that runs out here is reported, not failed: the next run finishes it.
 * Nothing is refreshed once the run has stopped writing (`gateway.stopped()`).
 */
export const refreshAgendaStep = async (input: AgendaStepInput): Promise<AgendaOutcome> => {
  const log: string[] = [];
  // A run that stopped writing (GitHub not answering, a rate limit, a missing permission) writes nothing more.
  if (input.gateway.stopped())
    return {
      issues: [],
      writes: 0,
      log: ['Refinement agendas not refreshed: the run stopped writing (see the error); the next run refreshes them.'],
    };
  const gateway = input.dryRun ? input.gateway : limitWrites(input.gateway, input.maxWrites);
  const start = input.gateway.stats().writes;
  try {
    const result = await refreshAgendas({
      gateway,
      config: input.config,
      now: input.now,
      dryRun: input.dryRun,
      log: (line) => log.push(line),
      ...(input.items ? { items: input.items } : {}),
      ...(input.verdicts ? { verdicts: input.verdicts } : {}),
    });
    const writes = input.dryRun ? result.stats.writes : result.created + result.updated + result.closed;
    if (!input.dryRun)
      log.push(
        `Agendas: ${result.created} created, ${result.updated} updated, ${result.closed} closed, ${result.unchanged} unchanged.`,
      );
    return { issues: result.agendaIssues, writes, log };
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('Write budget'))
      return { issues: [], writes: 0, log: [...log, error.message] };
    // The run stopped on an agenda write: reported once by the front end; the next run finishes the agendas.
    if (input.gateway.stopped())
      return {
        issues: [],
        writes: input.gateway.stats().writes - start,
        log: [...log, 'Refinement agendas: stopped part-way (see the error); the next run finishes them.'],
      };
    throw error;
  }
};
