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

  it('opens with the title and one headline: ready of judged, refinement and skipped', () => {
    expect(report.startsWith('## Backlog health: acme/webshop\n')).toBe(true);
    expect(report).toContain(
      '**2 of 5** judged issues are ready for work (40%); 3 need refinement; 1 skipped (skip labels).',
    );
  });

  it('has a table row per issue that needs refinement: linked title, verdict, what is missing', () => {
    expect(report).toContain('**Needs refinement (3)**');
    expect(report).toContain('| Issue | Verdict | Missing (worth a look) | Changed |');
    expect(report).toContain(
      '| [Search ignores accents ("café")](https://github.com/acme/webshop/issues/8) #8 | **needs refinement** | estimate (recent activity) | — |',
    );
  });

  it('counts findings as labelled or found but not required, and says why they differ', () => {
    expect(report).toContain('| Recent activity | 2 | 0 |');
    expect(report).not.toContain('| Size |');
    expect(report).toContain('so they get no label');
  });

  it('lists one top 5: longest without human activity, with both ages in calendar days, skipped left out', () => {
    const section = report.slice(report.indexOf('### Longest without human activity'));
    const order = [...section.matchAll(/issues\/(\d+)\)/g)].map((match) => Number(match[1]));
    expect(order).toEqual([8, 15, 21, 3, 34]);
    expect(section).toContain('#8: quiet for 250 days, opened 300 days ago');
    expect(section).not.toContain('#30');
    expect(report).not.toContain('Oldest open issues');
  });

  it('keeps issue titles from breaking tables, pinging people or becoming links', () => {
    expect(report).toContain('Export \\| import settings');
    expect(report).toContain('Ping @&#8203;alice');
    const linked = renderHealthReport({
      now: FIXED_NOW,
      items: [anItem({ number: 9, title: '[Win](https://evil.example)', url: url(9) })],
      verdicts: [aVerdict({ number: 9, failed: { vague: true } })],
    });
    expect(linked).toContain('[\\[Win\\](https&#8203;://evil.example)](https://github.com/acme/webshop/issues/9) #9');
  });

  it('shows the finding labels when given', () => {
    const withLabels = renderHealthReport({ now: FIXED_NOW, verdicts, findingLabels: { estimate: 'needs-estimate' } });
    expect(withLabels).toContain('| Estimate | `needs-estimate` | 1 | 0 |');
    expect(withLabels).toContain('| Finding | Label | Issues | Not required for their kind |');
  });

  it('leaves out optional sections that were not given, and accepts precomputed counts', () => {
    const bare = renderHealthReport({ now: FIXED_NOW, summary: summarize(verdicts) });
    expect(bare).toContain('3 need refinement');
    for (const heading of ['Longest', 'Needs refinement (', 'Failures', 'next run'])
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
    [false, 'added `needs-refinement`, `needs-estimate`; removed `ready`; comment added'],
    [true, 'would: added `needs-refinement`, `needs-estimate`; removed `ready`; comment added'],
  ])("says what changed in the issue's row (dry run: %s)", (dryRun, cell) => {
    const report = renderHealthReport({ now: FIXED_NOW, items, verdicts, plans, dryRun });
    expect(report).toContain(`| estimate (recent activity) | ${cell} |`);
    expect(report).toContain('**Ready or skipped, and changed in this run (1)**');
    expect(report).toContain(`| ready |  | ${dryRun ? 'would: ' : ''}comment updated |`);
  });

  it('says when no changes were needed', () => {
    expect(renderHealthReport({ now: FIXED_NOW, verdicts, plans: [] })).toContain('No changes needed.');
    expect(renderHealthReport({ now: FIXED_NOW, verdicts, plans: [], dryRun: true })).toContain(
      'A real run would change nothing.',
    );
  });

  it('shows deferrals and failures', () => {
    const report = renderHealthReport({
      now: FIXED_NOW,
      items,
      verdicts,
      deferred: [plans[0] as ItemPlan],
      failures: [
        { plan: { number: 21 }, error: 'HTTP 403: Resource not accessible by integration.\nGrant issues: write.' },
      ],
    });
    expect(report).toContain('1 issue waits for the next run (write budget)');
    expect(report).toContain('| next run: added `needs-refinement`');
    expect(report).toContain('- #21: HTTP 403: Resource not accessible by integration. Grant issues: write.');
  });

  it('collapses long tables, caps them, and stays far below the 1 MiB job-summary limit on a huge backlog', () => {
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
    expect(report).toContain('<details><summary><b>Needs refinement (20000)</b></summary>');
    expect(report).toContain('| … and 19700 more | | | |');
    expect(report).toContain('- … and 19970 more');
    expect(new TextEncoder().encode(report).length).toBeLessThan(200_000);
  });
});
