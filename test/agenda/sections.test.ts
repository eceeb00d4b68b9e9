import { describe, expect, it } from 'vitest';
import { groupEntries } from '#src/agenda/sections.ts';
import { fail } from '#src/model/check.ts';
import { anEntry } from './agenda-fixtures.ts';

describe('groupEntries', () => {
  it('files each item once, under its first blocking finding in refinement order', () => {
    const grouped = groupEntries([
      anEntry(1, ['unprioritized', 'vague', 'estimate']),
      anEntry(2, ['blocked']),
      anEntry(3, []),
    ]);
    expect(grouped.sections.get('estimate')!.map((e) => [e.item.number, e.others.map((f) => f.rule)])).toEqual([
      [1, ['vague', 'unprioritized']],
    ]);
    expect(grouped.sections.get('vague')).toEqual([]);
    expect(grouped.sections.get('blocked')!.map((e) => e.item.number)).toEqual([2]);
    expect(grouped.ready.map((e) => e.item.number)).toEqual([3]);
  });

  const readyWith = (number: number, rule: 'stale' | 'unprioritized' | 'acceptance-criteria', pinned = false) => {
    const entry = anEntry(number, [], { pinned });
    return {
      ...entry,
      verdict: {
        ...entry.verdict,
        checks: [...entry.verdict.checks.filter((c) => c.rule !== rule), fail(rule, `Finding of ${rule}.`)],
      },
    };
  };

  it.each([
    ['stale: a decision for the meeting', readyWith(5, 'stale'), 'stale'],
    ['unprioritized: a decision for the meeting', readyWith(6, 'unprioritized'), 'unprioritized'],
    ['stale but pinned ready by a person', readyWith(7, 'stale', true), 'ready'],
    [
      'missing a check its kind does not require (a bug without acceptance criteria)',
      readyWith(8, 'acceptance-criteria'),
      'ready',
    ],
  ])('files a ready item that is %s', (_, entry, where) => {
    const grouped = groupEntries([entry]);
    const found = where === 'ready' ? grouped.ready : grouped.sections.get(where as 'stale')!;
    expect(found.map((e) => e.item.number)).toEqual([entry.item.number]);
  });

  it('names decision findings on a not-ready item as "also"', () => {
    const entry = anEntry(9, ['estimate']);
    const stale = {
      ...entry,
      verdict: {
        ...entry.verdict,
        checks: entry.verdict.checks.map((c) =>
          c.rule === 'stale' ? fail('stale', 'No human activity for 80 days.') : c,
        ),
      },
    };
    expect(
      groupEntries([stale])
        .sections.get('estimate')!
        .map((e) => e.others.map((f) => f.rule)),
    ).toEqual([['stale']]);
  });

  it('leaves skipped items out', () => {
    const grouped = groupEntries([anEntry(6, ['vague'], { skipped: true, ready: false })]);
    expect(grouped.ready).toEqual([]);
    expect([...grouped.sections.values()].flat()).toEqual([]);
  });
});
