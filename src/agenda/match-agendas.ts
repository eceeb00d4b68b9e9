import { readAgendaMarker } from './agenda-marker.ts';

/** The fields of an agenda issue that matching needs (structurally the gateway's OwnedIssue). */
export type AgendaIssue = {
  readonly number: number;
  readonly body: string;
  readonly state: 'open' | 'closed';
  readonly createdAt: string;
};

/** One milestone's agenda issues: the one to keep, open duplicates to close, and the newest closed one to reopen if none is open. */
export type MatchedAgendas<T extends AgendaIssue> = {
  readonly kept?: T;
  readonly duplicates: readonly T[];
  readonly reopenable?: T;
};

const byAge = (a: AgendaIssue, b: AgendaIssue): number => a.createdAt.localeCompare(b.createdAt) || a.number - b.number;

/**
 * Groups agenda issues by the milestone number in their hidden marker (never by author or title,
 * so a new token or a renamed issue cannot create a second agenda). Of several open ones the
 * oldest is kept and the rest are duplicates. Issues without a readable marker are ignored.
 */
export const matchAgendas = <T extends AgendaIssue>(issues: readonly T[]): Map<number, MatchedAgendas<T>> => {
  const groups = new Map<number, T[]>();
  for (const issue of issues) {
    const milestone = readAgendaMarker(issue.body);
    if (milestone === undefined) continue;
    groups.set(milestone, [...(groups.get(milestone) ?? []), issue]);
  }
  const matched = new Map<number, MatchedAgendas<T>>();
  for (const [milestone, group] of groups) {
    const open = group.filter((issue) => issue.state === 'open').sort(byAge);
    const closed = group.filter((issue) => issue.state === 'closed').sort(byAge);
    const [kept, ...duplicates] = open;
    matched.set(milestone, {
      ...(kept ? { kept } : {}),
      duplicates,
      ...(closed.length > 0 ? { reopenable: closed[closed.length - 1]! } : {}),
    });
  }
  return matched;
};
