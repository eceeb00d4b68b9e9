import { describe, expect, it } from 'vitest';
import { limitWrites } from '#src/github/limit-writes.ts';
import type { ItemPlan } from '#src/plan/item-plan.ts';
import { createFakeGateway } from '#test/support/fake-gateway.ts';
import { anItem } from '#test/support/item-builder.ts';

const plan = (number: number, change: Partial<ItemPlan> = {}): ItemPlan => ({
  number,
  addLabels: [],
  removeLabels: [],
  ...change,
});

// #1 costs 2 writes, #2 costs 3, #3 costs 1, #4 costs nothing.
const plans: ItemPlan[] = [
  plan(1, {
    addLabels: ['needs-refinement', 'needs-estimate'],
    comment: { kind: 'create', body: 'Please add an estimate.' },
  }),
  plan(2, {
    addLabels: ['ready'],
    removeLabels: ['needs-refinement'],
    comment: { kind: 'update', commentId: 'c1', body: 'Ready now.' },
  }),
  plan(3, { removeLabels: ['needs-estimate'] }),
  plan(4),
];

const seed = () =>
  createFakeGateway({
    items: [1, 2, 3, 4].map((number) =>
      anItem({ number, labels: number === 3 ? ['needs-estimate'] : number === 2 ? ['needs-refinement'] : [] }),
    ),
    labels: ['ready', 'needs-refinement', 'needs-estimate'].map((name) => ({ name, color: 'ededed', description: '' })),
    comments: { 2: ['<!-- backlog-hygiene:comment hash=ab state=open -->\nold'] },
  });

describe('limitWrites: budget', () => {
  it.each([
    [Infinity, [1, 2, 3, 4], []],
    [6, [1, 2, 3, 4], []],
    [5, [1, 2, 4], [3]],
    // #2 does not fit in the 2 left after #1; #3 would, but the order is kept so the next run resumes at #2.
    [4, [1, 4], [2, 3]],
    [1, [4], [1, 2, 3]],
    [0, [4], [1, 2, 3]],
  ])('with max %s writes applies %j and defers %j whole', async (maxWrites, applied, deferred) => {
    const gateway = seed();
    const result = await limitWrites(gateway, { maxWrites }).applyPlans(plans);
    expect(result.applied.map((p) => p.number).sort()).toEqual(applied);
    expect(result.deferred.map((p) => p.number)).toEqual(deferred);
    expect(result.failed).toEqual([]);
    for (const number of deferred) expect(gateway.items.get(number)?.labels).toEqual(seed().items.get(number)?.labels);
  });

  it('shares one budget across calls, and accepts the budget as a plain number', async () => {
    const limited = limitWrites(seed(), 3);
    const first = await limited.applyPlans([plans[0]!]);
    const second = await limited.applyPlans([plans[1]!, plans[2]!]);
    expect(first.applied).toHaveLength(1);
    expect(second.applied.map((p) => p.number)).toEqual([]);
    expect(second.deferred.map((p) => p.number)).toEqual([2, 3]);
  });

  it('refuses single writes past the budget with a message naming the fix', async () => {
    const limited = limitWrites(seed(), { maxWrites: 1 });
    await limited.addComment(1, 'Agenda posted.');
    await expect(
      limited.createIssue({ title: 'Refinement agenda: Sprint 42', body: 'x', labels: [], assignees: [] }),
    ).rejects.toThrow(
      /Write budget of 1 used up: did not create issue "Refinement agenda: Sprint 42"\. Raise max-writes/,
    );
  });
});

describe('limitWrites: dry run', () => {
  it('writes nothing, logs each would-be write and reports the plans as applied', async () => {
    const gateway = seed();
    const lines: string[] = [];
    const limited = limitWrites(gateway, { maxWrites: 5, dryRun: true, log: (line) => lines.push(line) });
    const result = await limited.applyPlans(plans);
    expect(lines).toEqual([
      'DRY-RUN: would add label "needs-refinement" to #1',
      'DRY-RUN: would add label "needs-estimate" to #1',
      'DRY-RUN: would create comment on #1',
      'DRY-RUN: would add label "ready" to #2',
      'DRY-RUN: would remove label "needs-refinement" from #2',
      'DRY-RUN: would update comment on #2',
      'DRY-RUN: would defer #3 to the next run (write budget of 5 used up)',
    ]);
    expect(result.applied.map((p) => p.number).sort()).toEqual([1, 2, 4]);
    expect(gateway.writeLog).toEqual([]);
    expect(gateway.stats().writes).toBe(0);
  });

  it('guards single writes too; createIssue returns a placeholder numbered 0', async () => {
    // The label color is logged without the leading "#" GitHub rejects, whichever form the config used.
    const gateway = seed();
    const lines: string[] = [];
    const limited = limitWrites(gateway, { maxWrites: 10, dryRun: true, log: (line) => lines.push(line) });
    const issue = await limited.createIssue({
      title: 'Refinement agenda: Sprint 42',
      body: 'agenda',
      labels: ['agenda'],
      assignees: [],
    });
    await limited.updateIssue(7, { body: 'new agenda', state: 'closed' });
    await limited.addComment(42, 'Milestone closed.');
    await limited.createLabels([{ name: 'stale', color: '#cccccc', description: 'No human activity for a while' }]);
    expect(issue).toMatchObject({ number: 0, title: 'Refinement agenda: Sprint 42', state: 'open' });
    expect(lines).toEqual([
      'DRY-RUN: would create issue "Refinement agenda: Sprint 42"',
      'DRY-RUN: would update body, state of #7',
      'DRY-RUN: would create comment on #42',
      'DRY-RUN: would create label "stale" (#cccccc)',
    ]);
    expect(gateway.writeLog).toEqual([]);
  });
});
