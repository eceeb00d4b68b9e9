import { describe, expect, it } from 'vitest';
import { defaultConfig } from '#src/config/schema.ts';
import { managedLabels } from '#src/plan/managed-labels.ts';
import { reviewIssue, type IssueEvent } from '#src/use-cases/review-issue.ts';
import { createFakeGateway } from '#test/support/fake-gateway.ts';
import { FIXED_NOW, daysAgo } from '#test/support/fixed-clock.ts';
import { anItem } from '#test/support/item-builder.ts';

const config = defaultConfig();
const vague = anItem({ number: 7, title: 'Fix bug', body: 'Broken.', labels: [], lastHumanActivityAt: daysAgo(0) });
const event = (overrides: Partial<IssueEvent> = {}): IssueEvent => ({
  number: 7,
  action: 'opened',
  isPullRequest: false,
  senderIsBot: false,
  ...overrides,
});
const review = (gateway: ReturnType<typeof createFakeGateway>, overrides: Partial<IssueEvent> = {}, dryRun = false) =>
  reviewIssue({ gateway, config, now: FIXED_NOW, event: event(overrides), dryRun, maxWrites: 100 });

describe('reviewIssue', () => {
  it('labels a new vague issue and explains it in one comment, with one read and one write', async () => {
    const gateway = createFakeGateway({ items: [vague], labels: managedLabels(config) });
    const result = await review(gateway);
    expect(gateway.items.get(7)?.labels).toEqual(expect.arrayContaining(['needs-refinement', 'vague']));
    expect(gateway.comments.get(7)).toHaveLength(1);
    // The config is read by the caller (the second read of an event); the context comes with the issue.
    expect(result.stats).toEqual({ reads: 1, writes: 1 });
    expect(result.changes).toBe(2);
  });

  it('edits nothing when the issue is unchanged since the last review', async () => {
    const gateway = createFakeGateway({ items: [vague], labels: managedLabels(config) });
    await review(gateway);
    const again = await review(gateway, { action: 'edited' });
    expect(again.stats.writes).toBe(0);
    expect(again.changes).toBe(0);
    expect(gateway.comments.get(7)).toHaveLength(1);
  });

  it.each<[string, Partial<IssueEvent>]>([
    [
      'a bot adding a managed label (our own write coming back)',
      { action: 'labeled', senderIsBot: true, label: 'needs-refinement' },
    ],
    ['a bot removing a managed label', { action: 'unlabeled', senderIsBot: true, label: 'Vague' }],
    ['a pull request', { isPullRequest: true }],
  ])('ignores %s without a single request', async (_name, overrides) => {
    const gateway = createFakeGateway({ items: [vague] });
    const result = await review(gateway, overrides);
    expect(result.ignored).toBeTruthy();
    expect(gateway.stats()).toEqual({ reads: 0, writes: 0 });
  });

  it('still reviews when a bot adds a label it does not manage', async () => {
    const gateway = createFakeGateway({ items: [vague], labels: managedLabels(config) });
    const result = await review(gateway, { action: 'labeled', senderIsBot: true, label: 'dependencies' });
    expect(result.ignored).toBeUndefined();
    expect(result.verdicts).toHaveLength(1);
  });

  it.each([
    ['a closed issue', [anItem({ ...vague, state: 'closed', closedAt: daysAgo(1) })]],
    ['a missing issue or pull request', []],
  ])('writes nothing for %s', async (_name, items) => {
    const gateway = createFakeGateway({ items });
    const result = await review(gateway);
    expect(result.ignored).toBeTruthy();
    expect(gateway.stats().writes).toBe(0);
  });

  it('creates a missing managed label only when the plan adds it', async () => {
    const gateway = createFakeGateway({ items: [vague] });
    const result = await review(gateway);
    expect(result.createdLabels).toEqual(expect.arrayContaining(['needs-refinement', 'vague']));
    expect(result.createdLabels).not.toContain('ready');
  });

  it('keeps a label a person added even when the rules disagree', async () => {
    const pinned = anItem({
      ...vague,
      labels: ['ready'],
      labelEvents: [{ label: 'ready', action: 'added', by: 'person', at: daysAgo(0) }],
    });
    const gateway = createFakeGateway({ items: [pinned], labels: managedLabels(config) });
    await review(gateway, { action: 'labeled', label: 'ready' });
    expect(gateway.items.get(7)?.labels).toContain('ready');
  });

  it('logs instead of writing in a dry run', async () => {
    const gateway = createFakeGateway({ items: [vague], labels: managedLabels(config) });
    const result = await review(gateway, {}, true);
    expect(gateway.writeLog).toEqual([]);
    expect(result.dryRunLog).toContain('DRY-RUN: would add label "needs-refinement" to #7');
    expect(result.changes).toBe(2);
    expect(result.stats.writes).toBe(0);
  });
});
