import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '#src/model/rule-id.ts';
import type { ItemPlan } from '#src/plan/item-plan.ts';
import { auditJson } from '#src/report/audit-json.ts';
import { aVerdict, FAIL_REASONS } from '#test/plan/verdict-builder.ts';
import { anItem } from '#test/support/item-builder.ts';

const items = [
  anItem({ number: 7, title: 'Add CSV export to the reports page', url: 'https://github.com/acme/webshop/issues/7' }),
  anItem({
    number: 9,
    title: 'Checkout button does nothing on Safari',
    url: 'https://github.com/acme/webshop/issues/9',
    labels: ['bug'],
  }),
  anItem({
    number: 11,
    title: 'Duplicate of #9',
    url: 'https://github.com/acme/webshop/issues/11',
    labels: ['duplicate'],
  }),
  anItem({ number: 12, title: 'Not judged in this run' }),
];
const verdicts = [
  aVerdict({ number: 7, failed: { estimate: true } }),
  aVerdict({ number: 9, kind: 'bug', gating: ['vague', 'blocked'], failed: { estimate: true } }),
  { ...aVerdict({ number: 11, skipped: true }), checks: [] },
];
const plans: ItemPlan[] = [
  {
    number: 7,
    addLabels: ['needs-refinement', 'needs-estimate'],
    removeLabels: [],
    comment: { kind: 'create', body: 'x' },
  },
];

describe('auditJson', () => {
  const json = auditJson(items, verdicts, plans);

  it('lists judged items in input order with their verdict, kind and planned labels', () => {
    expect(json.items.map((item) => [item.number, item.verdict, item.ready, item.kind])).toEqual([
      [7, 'needs-refinement', false, 'default'],
      [9, 'ready', true, 'bug'],
      [11, 'skipped', false, 'default'],
    ]);
    expect(json.items[0]).toMatchObject({
      title: 'Add CSV export to the reports page',
      url: 'https://github.com/acme/webshop/issues/7',
      labels: { add: ['needs-refinement', 'needs-estimate'], remove: [] },
      comment: 'create',
    });
    expect(json.items[1]).toMatchObject({ labels: { add: [], remove: [] }, comment: null });
  });

  it('has a check for every rule id, in RULE_IDS order, even for skipped items', () => {
    for (const item of json.items) expect(Object.keys(item.checks)).toEqual([...RULE_IDS]);
    expect(json.items[0]?.checks.estimate).toEqual({ ok: false, reason: FAIL_REASONS.estimate });
    expect(json.items[0]?.checks.vague.ok).toBe(true);
    expect(json.items[2]?.checks.vague).toEqual({ ok: true, reason: 'Not judged: the item is skipped.' });
  });

  it('summarises by verdict and by rule', () => {
    expect(json.summary).toEqual({
      total: 3,
      ready: 1,
      needsRefinement: 1,
      skipped: 1,
      percentReady: 50,
      byRule: { 'acceptance-criteria': 0, estimate: 2, 'too-big': 0, vague: 0, stale: 0, blocked: 0, unprioritized: 0 },
      byVerdict: { ready: 1, 'needs-refinement': 1, skipped: 1 },
    });
  });

  it('survives a JSON round trip unchanged (plain data only)', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
