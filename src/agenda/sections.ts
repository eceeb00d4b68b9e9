import type { Finding } from '#src/model/check.ts';
import { DECISION_RULES } from '#src/model/relevant-findings.ts';
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

const failedChecks = (entry: AgendaEntry): Finding[] => entry.verdict.checks.filter((c): c is Finding => !c.ok);

/**
 * Files each item once. Items that are not ready go to the section of their first blocking finding
 * in refinement order; ready items that are stale or unprioritized go to those sections, because
 * the meeting still has a decision to make about them (keep, re-scope, close; how urgent); every
 * other ready item goes to the ready list. The line names the item's other findings (blocking or
 * decision ones), so one place per item keeps the meeting from discussing it twice. Skipped items
 * (duplicate, question, …) are left out, and so are decisions on items a person pinned as ready.
 */
export const groupEntries = (entries: readonly AgendaEntry[]): Grouped => {
  const sections = new Map<RuleId, SectionEntry[]>(SECTIONS.map((s) => [s.rule, []]));
  const ready: AgendaEntry[] = [];
  for (const entry of entries) {
    const { verdict } = entry;
    if (verdict.skipped) continue;
    const failed = failedChecks(entry);
    const decisions = verdict.pinned ? [] : failed.filter((f) => DECISION_RULES.includes(f.rule));
    const blocking = verdict.ready ? [] : verdict.blocking.length > 0 ? verdict.blocking : failed;
    const relevant = [...blocking, ...decisions.filter((d) => !blocking.some((b) => b.rule === d.rule))];
    const main = (verdict.ready ? decisions : blocking).slice().sort((a, b) => order(a.rule) - order(b.rule))[0];
    if (!main) {
      ready.push(entry);
      continue;
    }
    const others = relevant.filter((f) => f.rule !== main.rule).sort((a, b) => order(a.rule) - order(b.rule));
    sections.get(main.rule)!.push({ ...entry, finding: main, others });
  }
  return { sections, ready };
};
