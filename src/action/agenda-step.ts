import type { Config } from '#src/config/schema.ts';
import type { Gateway } from '#src/github/gateway.ts';

/** What refreshing the refinement agendas did. */
export type AgendaOutcome = {
  /** Agenda issue numbers created or updated. */
  readonly issues: readonly number[];
  readonly writes: number;
  /** Lines for the log and the job summary (DRY-RUN lines in a dry run). */
  readonly log: readonly string[];
};

/** Options for the agenda step. */
export type AgendaStepInput = {
  readonly gateway: Gateway;
  readonly config: Config;
  readonly now: Date;
  readonly dryRun: boolean;
  readonly maxWrites: number;
};

/** Refreshes the refinement agendas after a sweep or on milestone events. */
export const refreshAgendaStep = async (_input: AgendaStepInput): Promise<AgendaOutcome> => ({ issues: [], writes: 0, log: [] });
