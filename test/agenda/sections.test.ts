import { describe, expect, it } from 'vitest';
import { groupEntries } from '#src/agenda/sections.ts';
import { fail } from '#src/model/check.ts';
import { anEntry } from './agenda-fixtures.ts';

describe('groupEntries', () => {
  it('files each item once, under its first blocking finding in refinement order', () => {
    const grouped = groupEntries([anEntry(1, ['unprioritized', 'vague', 'estimate']), anEntry(2, ['blocked']), anEntry(3, [])]);
    expect(grouped.sections.get('estimate')!.map((e) => [e.item.number, e.others.map((f) => f.rule)])).toEqual([[1, ['vague', 'unprioritized']]]);
    expect(grouped.sections.get('vague')).toEqual([]);
    expect(grouped.sections.get('blocked')!.map((e) => e.item.number)).toEqual([2]);
    expect(grouped.ready.map((e) => e.item.number)).toEqual([3]);
  });

  it('lists a ready item with non-blocking findings (stale, unprioritized) as ready', () => {
    const entry = anEntry(5, []);
    const withStale = { ...entry, verdict: { ...entry.verdict, checks: [...entry.verdict.checks, fail('stale', 'No human activity for 70 days.')] } };
    expect(groupEntries([withStale]).ready).toHaveLength(1);
  });

  it('leaves skipped items out', () => {
    const grouped = groupEntries([anEntry(6, ['vague'], { skipped: true, ready: false })]);
    expect(grouped.ready).toEqual([]);
    expect([...grouped.sections.values()].flat()).toEqual([]);
  });
});
