import { describe, expect, it } from 'vitest';
import { mermaidChart } from '#src/agenda/mermaid-chart.ts';
import { groupEntries } from '#src/agenda/sections.ts';
import { anEntry } from './agenda-fixtures.ts';

describe('mermaidChart', () => {
  it('has a slice for ready and for each non-empty section, in refinement order', () => {
    const grouped = groupEntries([
      anEntry(1, ['stale']),
      anEntry(2, []),
      anEntry(3, ['too-big', 'stale']),
      anEntry(4, ['too-big']),
    ]);
    expect(mermaidChart(grouped, 'Sprint\n42')).toBe(
      '```mermaid\npie title Readiness of Sprint 42\n  "Ready" : 1\n  "To split" : 2\n  "Stale" : 1\n```',
    );
  });

  it('is left out for an empty milestone', () => {
    expect(mermaidChart(groupEntries([]), 'v2.0')).toBeUndefined();
  });
});
