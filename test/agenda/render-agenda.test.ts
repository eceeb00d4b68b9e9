import { describe, expect, it } from 'vitest';
import { readAgendaMarker } from '#src/agenda/agenda-marker.ts';
import { forecastCapacity, type Forecast } from '#src/agenda/forecast.ts';
import { readTicks } from '#src/agenda/keep-ticks.ts';
import { renderAgenda, type AgendaInput } from '#src/agenda/render-agenda.ts';
import { configSchema, type ConfigInput } from '#src/config/schema.ts';
import { RULE_IDS } from '#src/model/rule-id.ts';
import { FIXED_NOW } from '#test/support/fixed-clock.ts';
import { anEntry, V2 } from './agenda-fixtures.ts';

const noHistory: Forecast = { kind: 'no-history' };
const render = (overrides: Partial<AgendaInput> = {}, config: ConfigInput = {}) =>
  renderAgenda({
    milestone: V2,
    entries: [],
    forecast: noHistory,
    config: configSchema.parse(config),
    now: FIXED_NOW,
    owner: 'acme',
    repo: 'webshop',
    ...overrides,
  });

const sprintEntries = [
  anEntry(
    12,
    ['too-big', 'unprioritized'],
    { points: 13 },
    { title: 'Redesign the checkout flow', assignees: ['ana'] },
  ),
  anEntry(15, ['acceptance-criteria'], { points: 3, priority: 'P1' }, { title: 'Retry failed card payments' }),
  anEntry(
    18,
    ['estimate'],
    { priority: 'P0' },
    { title: 'Gift card balance on the account page', assignees: ['ben', 'cleo'] },
  ),
  anEntry(21, ['vague', 'estimate'], {}, { title: 'Fix bug' }),
  anEntry(23, ['blocked'], { points: 5, priority: 'P2' }, { title: 'Ship to Norway' }),
  anEntry(27, ['stale'], { points: 2 }, { title: 'Wishlist sharing' }),
  anEntry(30, [], { points: 3, priority: 'P1' }, { title: 'Export orders as CSV' }),
  anEntry(31, [], { points: 5, priority: 'P2' }, { title: 'Show delivery estimate on product page' }),
];

describe('renderAgenda', () => {
  it('renders a realistic milestone: header, forecast, chart, sections in refinement order and the ready list', () => {
    const forecast = forecastCapacity(
      [
        {
          title: 'v1.9',
          dueOn: '2026-11-01T00:00:00Z',
          issues: [{ state: 'closed', closedAt: '2026-10-30T00:00:00Z', points: 40 }],
        },
      ],
      { points: 31, issues: 8, unestimated: 2 },
    );
    const body = render({
      entries: sprintEntries,
      forecast,
      mentionLine: 'cc @ana — please look through this before the refinement meeting.',
    });
    expect(
      body.startsWith(
        '<!-- backlog-hygiene:agenda milestone=4 -->\n## Refinement agenda: [v2.0](https://github.com/acme/webshop/milestone/4)\n\ncc @ana',
      ),
    ).toBe(true);
    expect(body).toContain(
      '**Due 2026-11-28: 7 days left.** Ready: 2 of 8 open items; 6 need refinement. Story points ready: 8 of 31 (2 items without an estimate).',
    );
    expect(body).toContain('**Forecast — fits: 31 of about 40 points of pace.**');
    expect(body).toContain('**Time box:** 6 × 5 min = 30 min.');
    expect(body).toContain(
      '```mermaid\npie title Readiness of v2.0\n  "Ready" : 2\n  "To split" : 1\n  "No acceptance criteria" : 1\n  "No estimate" : 2\n  "Blocked" : 1\n  "Stale" : 1\n```',
    );
    const headings = body.split('\n').filter((line) => line.startsWith('### '));
    expect(headings).toEqual([
      '### To split (1)',
      '### No acceptance criteria (1)',
      '### No estimate (2)',
      '### Blocked (1)',
      '### Stale (decide: keep, re-scope or close) (1)',
    ]);
    expect(body).toContain(
      '- [ ] #12 Redesign the checkout flow — 42 days old, 13 points, ana — Estimate 13 points is above the limit of 8: split it. (also: no priority)',
    );
    expect(body).toContain(
      '### No estimate (2)\n\n_Add an estimate: story points, a size label or a time._\n\n- [ ] #18 Gift card balance on the account page — 31 days old, no estimate, ben, cleo\n- [ ] #21 Fix bug — 34 days old, no estimate, unassigned — also: vague',
    );
    expect(body.indexOf('#18 Gift')).toBeLessThan(body.indexOf('#21 Fix bug')); // P0 before unprioritized
    expect(body.match(/#21 /g)).toHaveLength(1); // one section per item
    expect(body).toContain(
      '<details><summary>Ready (2)</summary>\n\n- #30 Export orders as CSV — 3 points\n- #31 Show delivery estimate on product page — 5 points\n\n</details>',
    );
    expect(readAgendaMarker(body)).toBe(4);
  });

  it('is deterministic: same input, same body, whatever the input order', () => {
    expect(render({ entries: [...sprintEntries].reverse() })).toBe(render({ entries: sprintEntries }));
  });

  it('keeps boxes people ticked, and lists a ticked item that became ready under Ready', () => {
    const body = render({ entries: sprintEntries, ticked: new Set([15, 30]) });
    expect(body).toContain('- [x] #15 Retry failed card payments');
    expect(body).toContain('- #30 Export orders as CSV');
    expect([...readTicks(body)]).toEqual([15]);
  });

  it('says so when the milestone is empty, without a chart', () => {
    const body = render();
    expect(body).toContain('This milestone has no open issues: nothing to refine.');
    expect(body).toContain('**Time box:** nothing to refine.');
    expect(body).toContain("No forecast yet: there are no closed milestones to learn the team's pace from.");
    expect(body).not.toContain('```mermaid');
    expect(body).toContain('<details><summary>Ready (0)</summary>\n\nNothing is ready yet.');
  });

  it('renders a milestone where everything is ready as a short note and a ready list', () => {
    const body = render({ entries: [anEntry(30, [], { points: 3 }), anEntry(31, [], { points: 5 })] });
    expect(body).toContain('Ready: 2 of 2 open items; 0 need refinement. Story points ready: 8 of 8.');
    expect(body).not.toContain('### ');
    expect(body).toContain('pie title Readiness of v2.0\n  "Ready" : 2\n```');
  });

  it('says when nothing has an estimate', () => {
    const body = render({ entries: [anEntry(1, ['estimate']), anEntry(2, ['estimate', 'acceptance-criteria'])] });
    expect(body).toContain('Ready: 0 of 2 open items; 2 need refinement. No open item has an estimate yet.');
  });

  it.each([
    ['2026-11-18T00:00:00Z', '**Due 2026-11-18: overdue by 3 days.**'],
    ['2026-11-20T00:00:00Z', '**Due 2026-11-20: overdue by 1 day.**'],
    ['2026-11-21T18:00:00Z', '**Due 2026-11-21: due today.**'],
    ['2026-11-22T00:00:00Z', '**Due 2026-11-22: 1 day left.**'],
  ])('words the due date %s as %s', (dueOn, text) => {
    expect(render({ milestone: { ...V2, dueOn } })).toContain(text);
  });

  it('lists a ready but stale item under Stale, saying it is ready', () => {
    const entry = anEntry(27, [], { points: 2 }, { title: 'Wishlist sharing' });
    const stale = {
      ...entry,
      verdict: {
        ...entry.verdict,
        checks: entry.verdict.checks.map((c) =>
          c.rule === 'stale'
            ? { ...c, ok: false, reason: 'No human activity for 94 days: keep, re-scope or close.' }
            : c,
        ),
      },
    };
    const body = render({ entries: [stale, anEntry(30, [], { points: 3 })] });
    expect(body).toContain(
      'Ready: 2 of 2 open items (1 of them stale or unprioritized: see below); 0 need refinement. Story points ready: 5 of 5.',
    );
    expect(body).toContain(
      '### Stale (decide: keep, re-scope or close) (1)\n\n- [ ] #27 Wishlist sharing — 40 days old, 2 points, unassigned — Ready, but: No human activity for 94 days: keep, re-scope or close.',
    );
    // The header, the ready list and the pie count the same two ready items.
    expect(body).toContain('<details><summary>Ready (2)</summary>');
    expect(body).toContain('- #27 Wishlist sharing — 2 points (decide under Stale)');
    expect(body).toContain('"Ready" : 2');
  });

  it('leaves skipped items (duplicates, questions) out entirely', () => {
    const body = render({ entries: [anEntry(40, ['vague'], { skipped: true }), anEntry(41, [])] });
    expect(body).not.toContain('#40');
    expect(body).toContain('Ready: 1 of 1 open item;');
  });

  it('neutralises mentions and HTML in issue titles', () => {
    const body = render({ entries: [anEntry(5, ['vague'], {}, { title: 'Ping @octocat <!-- hide the rest' })] });
    expect(body).toContain('#5 Ping @&#8203;octocat &lt;!-- hide the rest —');
  });

  it('quotes a Markdown link in a title as text, never a live link', () => {
    const body = render({ entries: [anEntry(5, ['vague'], {}, { title: '[Free money](https://evil.example)' })] });
    expect(body).toContain('#5 \\[Free money\\](https&#8203;://evil.example) —');
  });

  it('names assignees without @-mentioning them: a daily refresh must not notify anyone', () => {
    const body = render({ entries: [anEntry(5, ['vague'], {}, { assignees: ['ana', 'ben'] })] });
    expect(body).toContain('old, no estimate, ana, ben —');
    expect(body).not.toContain('@ana');
  });

  it('says the generic advice a section shares once, under its heading, not on every line', () => {
    const entries = [1, 2, 3].map((n) => anEntry(n, ['estimate']));
    const body = render({ entries });
    const advice = entries[0]!.verdict.checks.find((c) => c.rule === 'estimate')!.reason;
    expect(body.split(advice.slice(0, 30)).length - 1).toBe(1);
    expect(body).toContain(
      `### No estimate (3)\n\n_${advice}_\n\n- [ ] #3 Checkout: item 3 — 33 days old, no estimate, unassigned\n`,
    );
  });

  it('tells an overdue milestone its work is overdue, never that it "fits"', () => {
    const forecast = forecastCapacity(
      [{ title: 'v1.9', issues: [{ state: 'closed', closedAt: '2026-10-30T00:00:00Z', points: 40 }] }],
      { points: 5, issues: 1, unestimated: 0 },
    );
    const body = render({
      milestone: { ...V2, dueOn: '2026-11-18T00:00:00Z' },
      entries: [anEntry(5, ['estimate'], { points: 5 })],
      forecast,
    });
    expect(body).toContain('**Forecast — overdue: 5 points still open 3 days after the due date.**');
    expect(body).toContain('That milestone closed 1 of 1 planned issues by its due date');
  });

  it('warns when the meeting needs more than 10% of a sprint', () => {
    const entries = Array.from({ length: 120 }, (_, i) => anEntry(i + 1, ['estimate']));
    const body = render({ entries });
    expect(body).toContain(
      '**Time box:** 120 × 5 min = 10 h. That is more than refinement usually takes (5–10% of a sprint: 4–8 h for 10 days); consider splitting it over two sessions.',
    );
  });

  it('renders 500 items with "… and N more" links and stays under the size cap', () => {
    const entries = Array.from({ length: 500 }, (_, i) =>
      anEntry(i + 1, i % 5 === 0 ? [] : [RULE_IDS[i % RULE_IDS.length]!], { points: (i % 8) + 1 }),
    );
    const body = render({ entries });
    expect(body.length).toBeLessThan(65_536);
    expect(body.match(/^- \[ \] #/gm)).toHaveLength(7 * 50);
    expect(body).toContain(
      '- … and 50 more: [see them on GitHub](https://github.com/acme/webshop/issues?q=is%3Aopen+milestone%3A%22v2.0%22+label%3Aready)',
    );
    expect(body).toContain(
      '- … and 8 more: [see them on GitHub](https://github.com/acme/webshop/issues?q=is%3Aopen+milestone%3A%22v2.0%22+label%3Aneeds-split)',
    );
  });

  it('shrinks sections until the body fits under the hard cap', () => {
    const longTitle =
      'Make the checkout page explain every shipping option, including pickup points, lockers and courier slots, '.repeat(
        2,
      );
    const entries = Array.from({ length: 2_000 }, (_, i) =>
      anEntry(i + 1, [RULE_IDS[i % RULE_IDS.length]!], {}, { title: longTitle, assignees: ['ana', 'ben'] }),
    );
    const body = render({ entries }, { agenda: { maxItemsPerSection: 500 } });
    expect(body.length).toBeLessThanOrEqual(65_000);
    expect(body).toMatch(/- … and \d+ more: \[see them on GitHub\]/);
    expect(body.endsWith('</sub>\n')).toBe(true);
  });

  it('quotes labels with spaces in the search link', () => {
    const entries = Array.from({ length: 3 }, (_, i) => anEntry(i + 1, ['estimate']));
    const body = render(
      { entries },
      { agenda: { maxItemsPerSection: 2 }, labels: { findings: { estimate: { name: 'needs estimate' } } } },
    );
    expect(body).toContain('label%3A%22needs%20estimate%22');
  });
});
