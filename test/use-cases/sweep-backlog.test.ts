import { describe, expect, it } from 'vitest';
import { defaultConfig } from '#src/config/schema.ts';
import { managedLabels } from '#src/plan/managed-labels.ts';
import { sweepBacklog } from '#src/use-cases/sweep-backlog.ts';
import { createFakeGateway } from '#test/support/fake-gateway.ts';
import { FIXED_NOW, daysAgo } from '#test/support/fixed-clock.ts';
import { anItem } from '#test/support/item-builder.ts';

const config = defaultConfig();
const readyItem = (number: number) =>
  anItem({ number, labels: ['points: 3', 'priority: high'], lastHumanActivityAt: daysAgo(2) });
const vagueItem = (number: number) =>
  anItem({
    number,
    title: 'Fix bug',
    body: 'It does not work.',
    labels: ['priority: high'],
    lastHumanActivityAt: daysAgo(2),
  });
const sweep = (gateway: ReturnType<typeof createFakeGateway>, options: { dryRun?: boolean; maxWrites?: number } = {}) =>
  sweepBacklog({
    gateway,
    config,
    now: FIXED_NOW,
    dryRun: options.dryRun ?? false,
    maxWrites: options.maxWrites ?? 100,
  });

describe('sweepBacklog', () => {
  it('labels and comments on what needs it, then writes nothing on a second run', async () => {
    const gateway = createFakeGateway({ items: [readyItem(1), vagueItem(2)] });
    const first = await sweep(gateway);
    expect(gateway.items.get(1)?.labels).toContain('ready');
    expect(gateway.items.get(2)?.labels).toEqual(
      expect.arrayContaining(['priority: high', 'needs-refinement', 'vague']),
    );
    expect(gateway.comments.get(2)).toHaveLength(1);
    expect(first.stats.writes).toBeGreaterThan(0);
    expect(first.verdicts.map((verdict) => [verdict.number, verdict.ready])).toEqual([
      [1, true],
      [2, false],
    ]);

    const writesBefore = gateway.writeLog.length;
    const second = await sweep(gateway);
    expect(second.plans).toEqual([]);
    expect(second.stats.writes).toBe(0);
    expect(second.changes).toBe(0);
    expect(gateway.writeLog).toHaveLength(writesBefore);
  });

  it('creates only the missing managed labels it uses, once', async () => {
    const gateway = createFakeGateway({
      items: [vagueItem(1), vagueItem(2)],
      labels: [{ name: 'Vague', color: 'ffffff', description: '' }],
    });
    const result = await sweep(gateway);
    // All in one request, however many labels are missing.
    const created = gateway.writeLog.filter((line) => line.startsWith('create-label'));
    expect(created).toEqual([`create-labels ${result.createdLabels.join(',')}`]);
    expect(result.createdLabels).toContain('needs-refinement');
    // "Vague" exists with other casing, and "ready" is not used by any plan.
    expect(result.createdLabels).not.toContain('vague');
    expect(result.createdLabels).not.toContain('ready');
  });

  it('reads one page per 100 issues (the repository context rides on the first) and the audit-progress search', async () => {
    const items = Array.from({ length: 250 }, (_, index) => readyItem(index + 1));
    const gateway = createFakeGateway({ items, labels: managedLabels(config) });
    const result = await sweep(gateway);
    expect(result.stats.reads).toBe(3 + 1);
  });

  it('defers whole items when the write budget runs out, and finishes them on the next run', async () => {
    const gateway = createFakeGateway({
      items: [vagueItem(1), vagueItem(2), vagueItem(3)],
      labels: managedLabels(config),
    });
    // Each vague item costs two writes (labels, comment): five writes fit two items, not half of a third.
    const first = await sweep(gateway, { maxWrites: 5 });
    expect(first.applied.map((plan) => plan.number)).toEqual([1, 2]);
    expect(first.deferred.map((plan) => plan.number)).toEqual([3]);
    expect(gateway.items.get(3)?.labels).toEqual(['priority: high']);
    expect(gateway.comments.get(3) ?? []).toHaveLength(0);

    const second = await sweep(gateway, { maxWrites: 5 });
    expect(second.applied.map((plan) => plan.number)).toEqual([3]);
    expect(second.deferred).toEqual([]);
  });

  it('never removes a label a person added', async () => {
    const item = anItem({
      ...vagueItem(4),
      labels: ['priority: high', 'ready'],
      labelEvents: [{ label: 'ready', action: 'added', by: 'person', at: daysAgo(1) }],
    });
    const gateway = createFakeGateway({ items: [item], labels: managedLabels(config) });
    await sweep(gateway);
    await sweep(gateway);
    expect(gateway.items.get(4)?.labels).toContain('ready');
    expect(gateway.writeLog.some((line) => line.startsWith('remove-labels #4') && line.includes('ready'))).toBe(false);
  });

  it('writes nothing in a dry run and logs every write it would make', async () => {
    const gateway = createFakeGateway({ items: [readyItem(1), vagueItem(2)] });
    const result = await sweep(gateway, { dryRun: true });
    expect(gateway.writeLog).toEqual([]);
    expect(gateway.stats().writes).toBe(0);
    expect(result.changes).toBeGreaterThan(0);
    expect(result.dryRunLog).toEqual(
      expect.arrayContaining(['DRY-RUN: would add label "ready" to #1', 'DRY-RUN: would create comment on #2']),
    );
    expect(result.dryRunLog.every((line) => line.startsWith('DRY-RUN: would '))).toBe(true);
  });

  it('treats a blocker that is still in the open backlog as open', async () => {
    const blocked = anItem({ ...readyItem(5), body: `${readyItem(5).body}\n\nBlocked by #6` });
    const gateway = createFakeGateway({ items: [blocked, readyItem(6)], labels: managedLabels(config) });
    const result = await sweep(gateway);
    expect(result.items.find((item) => item.number === 5)?.linkedStates).toEqual({ 6: 'open' });
    expect(result.verdicts.find((verdict) => verdict.number === 5)?.ready).toBe(false);
  });

  it('reports items whose writes failed without stopping the others', async () => {
    const gateway = createFakeGateway({
      items: [vagueItem(1), vagueItem(2)],
      labels: managedLabels(config),
      failingItems: { 1: 'Could not add labels to #1: 404' },
    });
    const result = await sweep(gateway);
    expect(result.failed).toEqual([expect.objectContaining({ error: 'Could not add labels to #1: 404' })]);
    expect(result.applied.map((plan) => plan.number)).toEqual([2]);
  });
});
