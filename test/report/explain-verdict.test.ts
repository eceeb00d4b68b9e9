import { describe, expect, it } from 'vitest';
import { explainVerdict, findingsList, skipLabelOf } from '#src/report/explain-verdict.ts';
import { aVerdict, FAIL_REASONS, type VerdictOptions } from '#test/plan/verdict-builder.ts';

const bug = (failed: VerdictOptions['failed']) => aVerdict({ kind: 'bug', gating: ['vague', 'blocked'], failed });

describe('findingsList', () => {
  it.each([
    ['a ready item with nothing found', aVerdict(), ''],
    ['required findings, plainly', aVerdict({ failed: { estimate: true, vague: true } }), 'estimate, vague'],
    ['a decision finding in parentheses', aVerdict({ failed: { estimate: true, stale: true } }), 'estimate, (stale)'],
    [
      'a bug: checks its kind does not require are left out, decisions stay',
      bug({ 'acceptance-criteria': true, estimate: true, vague: true, unprioritized: true }),
      'vague, (unprioritized)',
    ],
    ['a pinned item', aVerdict({ pinned: true, failed: { estimate: true } }), 'pinned, (estimate)'],
  ])('%s', (_case, verdict, expected) => {
    expect(findingsList(verdict, undefined).join(', ')).toBe(expected);
  });

  it('names the label that skipped an item', () => {
    expect(findingsList(aVerdict({ skipped: true }), 'duplicate')).toEqual(['skip label "duplicate"']);
  });
});

describe('skipLabelOf', () => {
  it.each([
    [['bug', 'Duplicate'], 'Duplicate'],
    [['question', 'wontfix'], 'question'],
    [['bug'], undefined],
  ])('%j', (labels, expected) => {
    expect(skipLabelOf(labels, ['duplicate', 'wontfix', 'question'])).toBe(expected);
  });
});

describe('explainVerdict', () => {
  it('gives each finding its reason, in rule order', () => {
    expect(explainVerdict(aVerdict({ failed: { estimate: true, stale: true } }), undefined)).toEqual([
      `estimate: ${FAIL_REASONS.estimate}`,
      `stale: ${FAIL_REASONS.stale}`,
    ]);
  });

  it("names the kind's definition of ready, so a reader knows why other checks are absent", () => {
    expect(explainVerdict(bug({ estimate: true, vague: true }), undefined)).toEqual([
      'definition of ready: bug (readiness.kinds)',
      `vague: ${FAIL_REASONS.vague}`,
    ]);
  });

  it('says who pinned an item', () => {
    expect(explainVerdict(aVerdict({ pinned: true, failed: { estimate: true } }), undefined)).toEqual([
      'pinned as ready by a person (override label, /ready, or the ready label added by hand)',
      `estimate: ${FAIL_REASONS.estimate}`,
    ]);
  });

  it('says which label skipped an item', () => {
    expect(explainVerdict(aVerdict({ skipped: true }), 'wontfix')).toEqual([
      'not judged: it has the skip label "wontfix" (readiness.skipLabels); it is never labelled or commented on',
    ]);
  });

  it.each([
    ['a plainly ready item', aVerdict()],
    ['a ready bug', bug({ estimate: true })],
  ])('has nothing to say about %s', (_case, verdict) => {
    expect(explainVerdict(verdict, undefined)).toEqual([]);
  });
});
