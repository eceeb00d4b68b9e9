import { describe, expect, it } from 'vitest';
import { relevantFindings } from '#src/model/relevant-findings.ts';
import type { RuleId } from '#src/model/rule-id.ts';
import { aVerdict } from '#test/plan/verdict-builder.ts';

const rules = (verdict: ReturnType<typeof aVerdict>): RuleId[] =>
  relevantFindings(verdict).map((finding) => finding.rule);

describe('relevantFindings', () => {
  it.each<[string, ReturnType<typeof aVerdict>, RuleId[]]>([
    ['nothing failed', aVerdict(), []],
    [
      'blocking findings, in rule order',
      aVerdict({ failed: { estimate: true, 'acceptance-criteria': true } }),
      ['acceptance-criteria', 'estimate'],
    ],
    [
      'decision findings on a ready item',
      aVerdict({ failed: { stale: true, unprioritized: true } }),
      ['stale', 'unprioritized'],
    ],
    [
      'a bug: what bugs need, plus decisions, never the rest',
      aVerdict({
        kind: 'bug',
        gating: ['vague', 'blocked'],
        failed: { vague: true, estimate: true, 'acceptance-criteria': true, unprioritized: true },
      }),
      ['vague', 'unprioritized'],
    ],
    [
      'a rule dropped from readiness.require is not raised',
      aVerdict({ gating: ['vague'], failed: { 'too-big': true } }),
      [],
    ],
  ])('%s', (_case, verdict, expected) => {
    expect(rules(verdict)).toEqual(expected);
  });
});
