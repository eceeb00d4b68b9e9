import type { Finding } from '#src/model/check.ts';
import type { RuleId } from '#src/model/rule-id.ts';
import type { AgendaEntry } from './agenda-entry.ts';

/** The agenda's sections in refinement order: split first (it changes everything else), prioritise last. */
export const SECTIONS: readonly { readonly rule: RuleId; readonly title: string }[] = [
  { rule: 'too-big', title: 'To split' },
  { rule: 'acceptance-criteria', title: 'No acceptance criteria' },
  { rule: 'estimate', title: 'No estimate' },
  { rule: 'vague', title: 'Vague' },
  { rule: 'blocked', title: 'Blocked' },
  { rule: 'stale', title: 'Stale (decide: keep, re-scope or close)' },
  { rule: 'unprioritized', title: 'Unprioritized' },
];

/** An item that needs refinement, filed under one section, with the findings that put it there. */
export type SectionEntry = AgendaEntry & { readonly finding: Finding; readonly others: readonly Finding[] };

/** The milestone's open items split into refinement sections and the ready list. */
export type Grouped = { readonly sections: ReadonlyMap<RuleId, SectionEntry[]>; readonly ready: AgendaEntry[] };

const order = (rule: RuleId): number => SECTIONS.findIndex((s) => s.rule === rule);

/**
 * Files each item once: ready items (verdict.ready) go to the ready list; every other item goes to
 * the section of its first blocking finding in refinement order, and its other findings are named on
 * its line. One place per item keeps the meeting from discussing the same issue twice. Skipped
 * items (duplicate, question, …) are left out.
 */
export const groupEntries = (entries: readonly AgendaEntry[]): Grouped => {
  const sections = new Map<RuleId, SectionEntry[]>(SECTIONS.map((s) => [s.rule, []]));
  const ready: AgendaEntry[] = [];
  for (const entry of entries) {
    const { verdict } = entry;
    if (verdict.skipped) continue;
    const failed = verdict.blocking.length > 0 ? verdict.blocking : (verdict.checks.filter((c) => !c.ok) as Finding[]);
    if (verdict.ready || failed.length === 0) {
      ready.push(entry);
      continue;
    }
    const [finding, ...others] = [...failed].sort((a, b) => order(a.rule) - order(b.rule));
    sections.get(finding!.rule)!.push({ ...entry, finding: finding!, others });
  }
  return { sections, ready };
};
