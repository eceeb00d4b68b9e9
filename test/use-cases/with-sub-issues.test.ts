import { describe, expect, it } from 'vitest';
import { configSchema } from '#src/config/schema.ts';
import { reviewEvent } from '#src/use-cases/review-event.ts';
import { createFakeGateway } from '#test/support/fake-gateway.ts';
import { FIXED_NOW } from '#test/support/fixed-clock.ts';
import { anItem } from '#test/support/item-builder.ts';

const config = configSchema.parse({ rules: { unprioritized: { enabled: false } } });

describe('an event on a parent sums its sub-issues as the audit does', () => {
  it.each([
    ['open children with estimates', { total: 2, completed: 0, percentCompleted: 0 }, true, 2],
    ['all children done: nothing to sum, no extra read', { total: 2, completed: 2, percentCompleted: 100 }, false, 1],
  ])('%s', async (_name, subIssues, ready, reads) => {
    const items = [
      anItem({ number: 1, subIssues }),
      anItem({ number: 2, parent: { number: 1 }, labels: ['points: 3'] }),
      anItem({ number: 3, parent: { number: 1 }, labels: ['points: 2'] }),
    ];
    const gateway = createFakeGateway({ items });
    const event = { number: 1, action: 'edited', isPullRequest: false, senderIsBot: false };
    const result = await reviewEvent({ gateway, config, now: FIXED_NOW, event, dryRun: true, maxWrites: 10 });
    expect(result.verdicts[0]?.ready).toBe(ready);
    if (ready) expect(result.verdicts[0]?.points).toBe(5);
    expect(result.stats.reads).toBe(reads);
  });
});
