import { describe, expect, it } from 'vitest';
import { summarize, verdictName } from '#src/report/summarize.ts';
import { aVerdict } from '#test/plan/verdict-builder.ts';

describe('verdictName', () => {
  it.each([
    ['ready', aVerdict(), 'ready'],
    ['pinned', aVerdict({ pinned: true, failed: { estimate: true } }), 'ready'],
    ['not ready', aVerdict({ failed: { vague: true } }), 'needs-refinement'],
    ['skipped', aVerdict({ skipped: true, failed: { vague: true } }), 'skipped'],
  ])('%s → %s', (_case, verdict, name) => {
    expect(verdictName(verdict)).toBe(name);
  });
});

describe('summarize', () => {
  it('counts verdicts and failed checks per rule, leaving skipped items out of both', () => {
    const summary = summarize([
      aVerdict({ number: 1 }),
      aVerdict({ number: 2, failed: { stale: true } }),
      aVerdict({ number: 3, failed: { estimate: true, 'acceptance-criteria': true } }),
      aVerdict({ number: 4, failed: { estimate: true, unprioritized: true } }),
      aVerdict({ number: 5, pinned: true, failed: { vague: true } }),
      aVerdict({ number: 6, skipped: true, failed: { vague: true } }),
    ]);
    expect(summary).toEqual({
      total: 6,
      ready: 3,
      needsRefinement: 2,
      skipped: 1,
      byRule: { 'acceptance-criteria': 1, estimate: 2, 'too-big': 0, vague: 1, stale: 1, blocked: 0, unprioritized: 1 },
      percentReady: 60,
    });
  });

  it.each([
    ['no items', [], 0],
    ['only skipped items', [aVerdict({ skipped: true })], 0],
    [
      'one of three ready',
      [aVerdict(), aVerdict({ failed: { vague: true } }), aVerdict({ failed: { blocked: true } })],
      33.3,
    ],
    ['two of three ready', [aVerdict(), aVerdict(), aVerdict({ failed: { blocked: true } })], 66.7],
  ])('percentReady for %s is %s', (_case, verdicts, percent) => {
    expect(summarize(verdicts).percentReady).toBe(percent);
  });
});
