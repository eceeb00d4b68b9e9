import type { Config } from '#src/config/schema.ts';
import type { AgendaEntry } from './agenda-entry.ts';
import { priorityRank } from './priority-rank.ts';
import { wsjfScore } from './wsjf.ts';

// Missing keys sort after every present one; ascending keys, so WSJF is negated (higher score first).
const key = (entry: AgendaEntry, config: Config): number => {
  switch (config.agenda.orderBy) {
    case 'priority':
      return priorityRank(entry.verdict.priority) ?? Number.POSITIVE_INFINITY;
    case 'wsjf': {
      const score = wsjfScore(entry, config);
      return score === undefined ? Number.POSITIVE_INFINITY : -score;
    }
    case 'age':
      return 0;
  }
};

/**
 * Orders agenda entries by config.agenda.orderBy: priority (P0 before P1, must before should,
 * critical before high …), wsjf (highest cost of delay per point first) or age. Ties, and the
 * whole of "age", go oldest first, then by number, so the order never depends on input order.
 */
export const orderItems = (entries: readonly AgendaEntry[], config: Config): AgendaEntry[] =>
  entries
    .map((entry) => ({ entry, key: key(entry, config) }))
    .sort(
      (a, b) =>
        (a.key === b.key ? 0 : a.key < b.key ? -1 : 1) ||
        a.entry.item.createdAt.localeCompare(b.entry.item.createdAt) ||
        a.entry.item.number - b.entry.item.number,
    )
    .map(({ entry }) => entry);
