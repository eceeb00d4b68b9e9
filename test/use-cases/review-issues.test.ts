import { describe, expect, it } from 'vitest';
import { defaultConfig } from '#src/config/schema.ts';
import { managedLabels } from '#src/plan/managed-labels.ts';
import type { IssueEvent } from '#src/use-cases/review-issue.ts';
import { reviewIssues } from '#src/use-cases/review-issues.ts';
import { createFakeGateway } from '#test/support/fake-gateway.ts';
import { FIXED_NOW, daysAgo } from '#test/support/fixed-clock.ts';
import { anItem } from '#test/support/item-builder.ts';

const config = defaultConfig();
const vague = (number: number) =>
  anItem({ number, title: 'Fix bug', body: 'Broken.', labels: [], lastHumanActivityAt: daysAgo(0) });
const event = (number: number, overrides: Partial<IssueEvent> = {}): IssueEvent => ({
  number,
  action: 'opened',
  isPullRequest: false,
  senderIsBot: false,
  ...overrides,
});
const review = (gateway: ReturnType<typeof createFakeGateway>, events: IssueEvent[], dryRun = false) =>
  reviewIssues({ gateway, config, now: FIXED_NOW, events, dryRun, maxWrites: 100 });

describe('reviewIssues', () => {
  it('judges every issue on its own and applies all plans together, creating each missing label once', async () => {
    const gateway = createFakeGateway({ items: [vague(1), vague(2), anItem({ number: 3 })] });
    const { results } = await review(gateway, [event(1), event(2), event(3)]);
    expect(gateway.items.get(1)?.labels).toEqual(expect.arrayContaining(['needs-refinement', 'vague']));
    expect(gateway.items.get(2)?.labels).toEqual(expect.arrayContaining(['needs-refinement', 'vague']));
    expect(gateway.comments.get(1)).toHaveLength(1);
    expect(gateway.comments.get(2)).toHaveLength(1);
    expect(results.get(3)?.verdicts).toHaveLength(1);
    const creations = gateway.writeLog.filter((line) => line.startsWith('create-label'));
    expect(creations.length).toBeGreaterThan(0);
    expect(new Set(creations).size).toBe(creations.length);
    // The labels are counted once, on the first issue that needed them.
    expect(results.get(1)?.createdLabels.length).toBeGreaterThan(0);
    expect(results.get(2)?.createdLabels).toEqual([]);
  });

  it('reviews an issue once however many events about it were queued', async () => {
    const gateway = createFakeGateway({ items: [vague(1)], labels: managedLabels(config) });
    const { results } = await review(gateway, [
      event(1),
      event(1, { action: 'edited' }),
      event(1, { action: 'edited' }),
    ]);
    expect([...results.keys()]).toEqual([1]);
    expect(gateway.comments.get(1)).toHaveLength(1);
    expect(gateway.stats().writes).toBe(1);
  });

  it.each<[string, IssueEvent[], boolean]>([
    [
      'every queued event is our own label write',
      [event(1, { action: 'labeled', senderIsBot: true, label: 'vague' })],
      true,
    ],
    [
      'one of the queued events asks for a review',
      [event(1, { action: 'labeled', senderIsBot: true, label: 'vague' }), event(1, { action: 'edited' })],
      false,
    ],
  ])('ignores an issue only when %s', async (_name, events, ignored) => {
    const gateway = createFakeGateway({ items: [vague(1)], labels: managedLabels(config) });
    const { results } = await review(gateway, events);
    expect(Boolean(results.get(1)?.ignored)).toBe(ignored);
  });

  it('says why missing and closed issues are not judged', async () => {
    const gateway = createFakeGateway({ items: [anItem({ number: 4, state: 'closed' })] });
    const { results } = await review(gateway, [event(4), event(5)]);
    expect(results.get(4)?.ignored).toBe('#4 is closed');
    expect(results.get(5)?.ignored).toBe('#5 is a pull request or does not exist');
  });

  it('keeps each issue its own dry-run lines', async () => {
    const gateway = createFakeGateway({ items: [vague(1), vague(12)], labels: managedLabels(config) });
    const { results } = await review(gateway, [event(1), event(12)], true);
    expect(results.get(1)?.dryRunLog.every((line) => line.includes('#1"') || /#1(?!\d)/.test(line))).toBe(true);
    expect(results.get(12)?.dryRunLog.length).toBeGreaterThan(0);
    expect(gateway.writeLog).toEqual([]);
  });
});
