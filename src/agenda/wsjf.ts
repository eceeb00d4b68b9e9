import type { Config } from '#src/config/schema.ts';
import type { AgendaEntry } from './agenda-entry.ts';

const toNumber = (value: string | number | undefined): number | undefined => {
  if (value === undefined) return undefined;
  const number = typeof value === 'number' ? value : Number(value.trim());
  return Number.isFinite(number) && number >= 0 ? number : undefined;
};

/**
 * The cost of delay of an item: the first config.agenda.wsjf field (GitHub Projects) holding a
 * number, else the first label with one of the configured prefixes ("cod: 8"); undefined if none.
 */
export const costOfDelay = (entry: AgendaEntry, config: Config): number | undefined => {
  const { costOfDelayFields, costOfDelayLabelPrefixes } = config.agenda.wsjf;
  for (const field of costOfDelayFields) {
    const value = toNumber(entry.item.projectFields?.[field]);
    if (value !== undefined) return value;
  }
  for (const label of entry.item.labels) {
    const lower = label.toLowerCase();
    const prefix = costOfDelayLabelPrefixes.find((p) => lower.startsWith(p.toLowerCase()));
    const value = prefix === undefined ? undefined : toNumber(label.slice(prefix.length));
    if (value !== undefined) return value;
  }
  return undefined;
};

/** Weighted shortest job first: cost of delay / estimate points; undefined when either is missing (sorted last). */
export const wsjfScore = (entry: AgendaEntry, config: Config): number | undefined => {
  const cost = costOfDelay(entry, config);
  const points = entry.verdict.points;
  if (cost === undefined || points === undefined || points <= 0) return undefined;
  return cost / points;
};
