import { describe, expect, it } from 'vitest';
import type { ItemPlan } from '#src/plan/item-plan.ts';
import { renderHealthReport } from '#src/report/health-report.ts';
import { summarize } from '#src/report/summarize.ts';
import { aVerdict } from '#test/plan/verdict-builder.ts';
import { daysAgo, FIXED_NOW } from '#test/support/fixed-clock.ts';
import { anItem } from '#test/support/item-builder.ts';

const url = (number: number) => `https://github.com/acme/webshop/issues/${number}`;
const items = [
  anItem({
    number: 3,
    title: 'Dark mode for the dashboard',
    url: url(3),
    createdAt: daysAgo(400),
    lastHumanActivityAt: daysAgo(10),
  }),
  anItem({
    number: 8,
    title: 'Search ignores accents ("café")',
    url: url(8),
    createdAt: daysAgo(300),
    lastHumanActivityAt: daysAgo(250),
  }),
  anItem({ number: 15, title: 'Export | import settings', url: url(15), createdAt: daysAgo(200) }),
  anItem({
    number: 21,
    title: 'Ping @alice about the API',
    url: url(21),
    createdAt: daysAgo(90),
    lastHumanActivityAt: daysAgo(89),
  }),
  anItem({ number: 30, title: 'Duplicate of #8', url: url(30), createdAt: daysAgo(500), labels: ['duplicate'] }),
  anItem({
    number: 34,
    title: 'Faster image uploads',
    url: url(34),
    createdAt: daysAgo(5),
    lastHumanActivityAt: daysAgo(1),
  }),
];
const verdicts = [
  aVerdict({ number: 3 }),
  aVerdict({ number: 8, failed: { stale: true, estimate: true } }),
  aVerdict({ number: 15, failed: { stale: true, 'acceptance-criteria': true } }),
  aVerdict({ number: 21, failed: { vague: true } }),
  aVerdict({ number: 30, skipped: true }),
  aVerdict({ number: 34, failed: { unprioritized: true } }),
];

describe('renderHealthReport', () => {
  const report = renderHealthReport({ now: FIXED_NOW, title: 'Backlog health: acme/webshop', items, verdicts });

  it('opens with the title and the share of judged issues that are ready', () => {
    expect(report.startsWith('## Backlog health: acme/webshop\n')).toBe(true);
    expect(report).toContain('**40%** of 5 judged issues are ready for work.');
  });

  it('counts per verdict and per finding in tables', () => {
    expect(report).toContain('| Ready | 2 |');
    expect(report).toContain('| Needs refinement | 3 |');
    expect(report).toContain('| Skipped | 1 |');
    expect(report).toContain('| **Total** | **6** |');
    expect(report).toContain('| Recent activity (`stale`) | 2 |');
    expect(report).toContain('| Size (`too-big`) | 0 |');
  });

  it('lists the oldest open issues by creation, skipped ones left out, with links and ages', () => {
    const section = report.slice(report.indexOf('### Oldest open issues'), report.indexOf('### Longest'));
    expect(section).toContain(
      '1. [#3](https://github.com/acme/webshop/issues/3) Dark mode for the dashboard: opened 400 days ago',
    );
    expect(section).toContain('2. [#8]');
    expect(section).not.toContain('#30');
  });

  it('lists the longest without human activity, falling back to creation when unknown', () => {
    const section = report.slice(report.indexOf('### Longest without human activity'));
    const order = [...section.matchAll(/\[#(\d+)\]/g)].map((match) => Number(match[1]));
    expect(order).toEqual([8, 15, 21, 3, 34]);
    expect(section).toContain('Search ignores accents ("café"): no human activity for 250 days');
  });

  it('keeps issue titles from breaking tables or pinging people', () => {
    expect(report).toContain('Export \\| import settings');
    expect(report).toContain('Ping @&#8203;alice');
  });

  it('shows the finding labels when given', () => {
    const withLabels = renderHealthReport({ now: FIXED_NOW, verdicts, findingLabels: { estimate: 'needs-estimate' } });
    expect(withLabels).toContain('| Estimate (`estimate`) | `needs-estimate` | 1 |');
    expect(withLabels).toContain('| Finding | Label | Issues |');
  });

  it('leaves out optional sections that were not given, and accepts precomputed counts', () => {
    const bare = renderHealthReport({ now: FIXED_NOW, summary: summarize(verdicts) });
    expect(bare).toContain('| Needs refinement | 3 |');
    for (const heading of ['Oldest', 'Longest', 'Changes', 'Failures', 'Requests', 'deferred'])
      expect(bare).not.toContain(heading);
  });
});

describe('renderHealthReport run details', () => {
  const plans: ItemPlan[] = [
    {
      number: 8,
      addLabels: ['needs-refinement', 'needs-estimate'],
      removeLabels: ['ready'],
      comment: { kind: 'create', body: '…' },
    },
    { number: 3, addLabels: [], removeLabels: [], comment: { kind: 'update', commentId: 'IC_1', body: '…' } },
  ];

  it.each([
    [false, '### Changes made'],
    [true, '### Changes a real run would make (dry run)'],
  ])('lists each write (dry run: %s)', (dryRun, heading) => {
    const report = renderHealthReport({ now: FIXED_NOW, verdicts, plans, dryRun });
    expect(report).toContain(
      [
        heading,
        '',
        '- add label `needs-refinement` to #8',
        '- add label `needs-estimate` to #8',
        '- remove label `ready` from #8',
        '- add the explanation comment to #8',
        '- update the explanation comment on #3',
      ].join('\n'),
    );
  });

  it('says when no changes were needed', () => {
    expect(renderHealthReport({ now: FIXED_NOW, verdicts, plans: [] })).toContain(
      '### Changes made\n\nNo changes needed.',
    );
  });

  it('shows deferrals, failures and request counts', () => {
    const report = renderHealthReport({
      now: FIXED_NOW,
      verdicts,
      deferred: [plans[0] as ItemPlan],
      failures: [
        { plan: { number: 21 }, error: 'HTTP 403: Resource not accessible by integration.\nGrant issues: write.' },
      ],
      requests: { reads: 4, writes: 17 },
    });
    expect(report).toContain('1 issue was deferred to the next run (write budget).');
    expect(report).toContain('- #21: HTTP 403: Resource not accessible by integration. Grant issues: write.');
    expect(report).toContain('Requests: 4 reads, 17 writes.');
  });

  it('caps long lists and stays far below the 1 MiB job-summary limit on a huge backlog', () => {
    const many = Array.from({ length: 20_000 }, (_, index) => index + 1);
    const hugePlans = many.map((number) => ({
      number,
      addLabels: ['needs-refinement', 'needs-estimate'],
      removeLabels: [],
    }));
    const hugeItems = many.map((number) =>
      anItem({ number, title: 'x'.repeat(2_000), url: url(number), createdAt: daysAgo(number % 700) }),
    );
    const report = renderHealthReport({
      now: FIXED_NOW,
      items: hugeItems,
      verdicts: many.map((number) => aVerdict({ number, failed: { estimate: true } })),
      plans: hugePlans,
      failures: many.map((number) => ({ plan: { number }, error: 'e'.repeat(5_000) })),
    });
    expect(report).toContain('- … and 39900 more');
    expect(report).toContain('- … and 19970 more');
    expect(new TextEncoder().encode(report).length).toBeLessThan(100_000);
  });
});
