import { describe, expect, it } from 'vitest';
import { configSchema } from '#src/config/schema.ts';
import { reviewEvent } from '#src/use-cases/review-event.ts';
import { createFakeGateway } from '#test/support/fake-gateway.ts';
import { FIXED_NOW } from '#test/support/fixed-clock.ts';
import { anItem } from '#test/support/item-builder.ts';

const config = configSchema.parse({ rules: { unprioritized: { enabled: false } } });
const blockedBy = (number: number, open: boolean) => ({
  open: open ? 1 : 0,
  total: 1,
  issues: [{ number, state: open ? ('open' as const) : ('closed' as const) }],
});

describe('a closed issue re-judges the issues it blocked', () => {
  it.each([
    ['two dependents, both re-judged', [11, 12], 2],
    ['no dependents: one read, nothing else', [], 0],
  ])('%s', async (_name, dependents, judged) => {
    const items = [
      anItem({ number: 10, state: 'closed', labels: ['points: 3'] }),
      ...dependents.map((number) =>
        anItem({ number, labels: ['points: 3', 'blocked'], nativeBlockers: blockedBy(10, false) }),
      ),
      anItem({ number: 13, labels: ['points: 3'], nativeBlockers: blockedBy(99, true) }),
    ];
    const gateway = createFakeGateway({ items });
    const event = { number: 10, action: 'closed', isPullRequest: false, senderIsBot: false };
    const result = await reviewEvent({ gateway, config, now: FIXED_NOW, event, dryRun: false, maxWrites: 10 });
    expect(result.verdicts.map((verdict) => verdict.number)).toEqual(dependents);
    expect(result.verdicts.every((verdict) => verdict.ready)).toBe(true);
    expect(result.verdicts).toHaveLength(judged);
    if (judged === 0) expect(result.stats).toEqual({ reads: 1, writes: 0 });
  });

  it('any other action judges the issue itself', async () => {
    const gateway = createFakeGateway({ items: [anItem({ number: 5, labels: ['points: 3'] })] });
    const event = { number: 5, action: 'typed', isPullRequest: false, senderIsBot: false };
    const result = await reviewEvent({ gateway, config, now: FIXED_NOW, event, dryRun: true, maxWrites: 10 });
    expect(result.verdicts.map((verdict) => verdict.number)).toEqual([5]);
  });
});
