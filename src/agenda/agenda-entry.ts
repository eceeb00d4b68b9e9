import type { BacklogItem } from '#src/model/backlog-item.ts';
import type { Verdict } from '#src/model/verdict.ts';

/** One open item of the milestone with its verdict: the unit the agenda sorts, groups and lists. */
export type AgendaEntry = { readonly item: BacklogItem; readonly verdict: Verdict };
