import { agendaLabel } from '#src/agenda/agenda-label.ts';
import { describe, expect, it } from 'vitest';
import { writeAgendaMarker } from '#src/agenda/agenda-marker.ts';
import { configSchema, type ConfigInput } from '#src/config/schema.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import type { Milestone } from '#src/model/milestone.ts';
import type { Verdict } from '#src/model/verdict.ts';
import { refreshAgendas } from '#src/use-cases/refresh-agenda.ts';
import { aVerdict } from '#test/agenda/agenda-fixtures.ts';
import { createFakeGateway, type FakeSeed } from '#test/support/fake-gateway.ts';
import { daysAgo, FIXED_NOW } from '#test/support/fixed-clock.ts';
import { anItem } from '#test/support/item-builder.ts';

const V2: Milestone = { number: 4, title: 'v2.0', state: 'open', dueOn: '2026-11-28T00:00:00Z' };
const V3: Milestone = { number: 5, title: 'v3.0', state: 'open', dueOn: '2027-02-01T00:00:00Z' };
const V19: Milestone = {
  number: 3,
  title: 'v1.9',
  state: 'closed',
  dueOn: '2026-11-01T00:00:00Z',
  closedAt: '2026-11-02T09:00:00Z',
};

const inV2 = (number: number, title: string, extra: Partial<BacklogItem> = {}): BacklogItem =>
  anItem({ number, title, milestone: { number: 4, title: 'v2.0' }, createdAt: daysAgo(number), ...extra });
const items = [
  inV2(15, 'Retry failed card payments'),
  inV2(18, 'Gift card balance on the account page', { assignees: ['ben'] }),
  inV2(30, 'Export orders as CSV'),
  anItem({ number: 40, title: 'Not in a milestone' }),
];
const verdicts: Verdict[] = [
  aVerdict(15, ['acceptance-criteria'], { points: 3 }),
  aVerdict(18, ['estimate']),
  aVerdict(30, [], { points: 5 }),
  aVerdict(40, ['vague']),
];
const pastItems = [
  anItem({
    number: 2,
    state: 'closed',
    closedAt: '2026-10-30T10:00:00Z',
    labels: ['points: 5'],
    milestone: { number: 3, title: 'v1.9' },
  }),
  anItem({
    number: 3,
    state: 'closed',
    closedAt: '2026-10-31T10:00:00Z',
    labels: ['points: 8'],
    milestone: { number: 3, title: 'v1.9' },
  }),
];

const setup = (seed: FakeSeed = {}, config: ConfigInput = {}) => {
  const milestones: Milestone[] = [...(seed.milestones ?? [V2, V3, V19])];
  const gateway = createFakeGateway({ items, closedMilestoneItems: { 3: pastItems }, ...seed, milestones });
  const lines: string[] = [];
  const cfg = configSchema.parse({
    agenda: { assignees: ['po-ana'], mention: ['po-ana', 'acme/refiners'] },
    ...config,
  });
  const run = (extra: { dryRun?: boolean; withBacklog?: boolean } = {}) =>
    refreshAgendas({
      gateway,
      config: cfg,
      now: FIXED_NOW,
      log: (line) => lines.push(line),
      ...(extra.withBacklog ? {} : { items, verdicts }),
      ...(extra.dryRun ? { dryRun: true } : {}),
    });
  return { gateway, milestones, lines, run };
};
const agendaOf = (gateway: ReturnType<typeof createFakeGateway>, number: number) =>
  gateway.ownedIssues.find((issue) => issue.number === number)!;
const owned = (
  number: number,
  milestone: number,
  createdAt: string,
  body = `${writeAgendaMarker(milestone)}\n## Refinement agenda: v2.0\n`,
) => ({
  number,
  title: 'Refinement agenda: v2.0 (due 2026-11-28)',
  body,
  state: 'open' as const,
  createdAt,
  url: `https://github.com/acme/webshop/issues/${number}`,
  labels: ['refinement-agenda'],
});

describe('refreshAgendas', () => {
  it("reads the agenda milestone's assignees when the sweep did not (one read), and lists them", async () => {
    const { gateway } = setup();
    const unknown = items.map((item) => ({ ...item, assignees: [], assigneesUnknown: true as const }));
    const cfg = configSchema.parse({ agenda: { assignees: ['po-ana'] } });
    const result = await refreshAgendas({ gateway, config: cfg, now: FIXED_NOW, items: unknown, verdicts });
    // Four reads of the agenda itself, one for the milestone's assignees, one for the repository's labels (the agenda label).
    expect(result.stats.reads).toBe(4 + 1 + 1);
    expect(agendaOf(gateway, 41).body).toContain('#18 Gift card balance on the account page — ');
    expect(agendaOf(gateway, 41).body).toMatch(/#18 Gift card balance on the account page — [^\n]*\bben\b/);
  });

  it('creates one agenda for the milestone due within the week, assigned and mentioning once', async () => {
    const { gateway, run } = setup();
    const result = await run();
    expect(result).toMatchObject({ created: 1, updated: 0, closed: 0, unchanged: 0, agendaIssues: [41] });
    const agenda = agendaOf(gateway, 41);
    expect(agenda.title).toBe('Refinement agenda: v2.0 (due 2026-11-28)');
    expect(agenda.labels).toEqual(['refinement-agenda']);
    expect(agenda.body).toContain('cc @po-ana @acme/refiners — please look through this');
    expect(agenda.body).toContain(
      '- [ ] #15 Retry failed card payments — 15 days old, 3 points, unassigned — Add acceptance criteria',
    );
    expect(agenda.body).toContain('**Forecast — fits: 8 of about 13 points of pace.**');
    expect(agenda.body).not.toContain('#40');
    // The agenda label is created once, with a colour and a description, and the agenda is attached to its milestone.
    expect(gateway.writeLog).toEqual([
      'create-labels refinement-agenda',
      'create-issue #41 Refinement agenda: v2.0 (due 2026-11-28)',
    ]);
    expect(gateway.labels.find((label) => label.name === 'refinement-agenda')).toEqual(
      agendaLabel('refinement-agenda'),
    );
    expect(agenda.milestone).toBe(4);
  });

  it("reads only the milestone lists, the agenda search and the past milestones when given the sweep's items", async () => {
    const { gateway, run } = setup();
    const result = await run();
    // + the label list (free after a sweep, which read it with the backlog) and the agenda label created once.
    expect(result.stats).toEqual({ reads: 5, writes: 2 });
    expect(gateway.stats().reads).toBe(5);
  });

  it('reads and judges the backlog itself when not given it', async () => {
    const { gateway, run } = setup();
    const result = await run({ withBacklog: true });
    expect(result.created).toBe(1);
    expect(result.stats.reads).toBe(4 + 1); // + one page of issues (templates for judging come with the backlog read)
    expect(agendaOf(gateway, 41).body).toContain('Export orders as CSV');
  });

  it('costs zero writes when nothing changed', async () => {
    const { gateway, run } = setup();
    await run();
    const before = gateway.stats().writes;
    const second = await run();
    expect(second).toMatchObject({ created: 0, updated: 0, unchanged: 1, agendaIssues: [41] });
    expect(gateway.stats().writes).toBe(before);
    expect(second.stats.writes).toBe(0);
  });

  it('keeps ticked boxes and the original mention line when it updates', async () => {
    const { gateway, run } = setup();
    await run();
    const agenda = agendaOf(gateway, 41);
    const index = gateway.ownedIssues.indexOf(agenda);
    gateway.ownedIssues[index] = {
      ...agenda,
      body: agenda.body.replace('- [ ] #15', '- [x] #15').replace('please look through this', 'see you Thursday'),
    };
    expect(await run()).toMatchObject({ unchanged: 1, updated: 0 }); // a person's tick alone causes no write
    items.push(inV2(19, 'Ship to Norway'));
    verdicts.push(aVerdict(19, ['blocked'], { points: 2 }));
    try {
      const result = await run();
      expect(result).toMatchObject({ updated: 1, agendaIssues: [41] });
      const body = agendaOf(gateway, 41).body;
      expect(body).toContain('- [x] #15 Retry failed card payments');
      expect(body).toContain('cc @po-ana @acme/refiners — see you Thursday');
      expect(body).toContain('#19 Ship to Norway');
      expect(gateway.writeLog.at(-1)).toBe('update-issue #41 body');
    } finally {
      items.pop();
      verdicts.pop();
    }
  });

  it('treats a body saved with CRLF line ends by the web editor as unchanged', async () => {
    const { gateway, run } = setup();
    await run();
    const agenda = agendaOf(gateway, 41);
    gateway.ownedIssues[gateway.ownedIssues.indexOf(agenda)] = {
      ...agenda,
      body: agenda.body.replace('- [ ] #15', '- [x] #15').replace(/\n/g, '\r\n'),
    };
    expect(await run()).toMatchObject({ unchanged: 1, updated: 0 });
  });

  it.each([
    [
      'closed',
      (ms: Milestone[]) => ms.splice(0, 1, { ...V2, state: 'closed' as const, closedAt: '2026-11-29T10:00:00Z' }),
      'is closed, so this refinement agenda is done',
    ],
    ['deleted', (ms: Milestone[]) => ms.splice(0, 1), 'The milestone "v2.0" no longer exists'],
    [
      'moved out of the window',
      (ms: Milestone[]) => ms.splice(0, 1, { ...V2, dueOn: '2026-12-20T00:00:00Z' }),
      'now due 2026-12-20, more than 7 days away',
    ],
  ])('closes the agenda with a note when the milestone is %s', async (_, change, note) => {
    const { gateway, milestones, run } = setup();
    await run();
    change(milestones);
    const result = await run();
    expect(result).toMatchObject({ closed: 1, created: 0, agendaIssues: [] });
    expect(agendaOf(gateway, 41).state).toBe('closed');
    expect(gateway.comments.get(41)?.[0]?.body).toContain(note);
    expect(gateway.writeLog.slice(-2)).toEqual(['add-comment #41', 'update-issue #41 state']);
  });

  it('reopens its closed agenda when the milestone comes back into the window', async () => {
    const { gateway, milestones, run } = setup();
    await run();
    milestones.splice(0, 1, { ...V2, dueOn: '2026-12-20T00:00:00Z' });
    await run();
    milestones.splice(0, 1, V2);
    const result = await run();
    expect(result).toMatchObject({ created: 0, updated: 1, agendaIssues: [41] });
    expect(agendaOf(gateway, 41).state).toBe('open');
  });

  it('keeps the oldest of duplicate agendas and closes the others with a link to it', async () => {
    const { gateway, run } = setup({
      ownedIssues: [owned(52, 4, '2026-11-20T09:00:00Z'), owned(50, 4, '2026-11-19T09:00:00Z')],
    });
    const result = await run();
    expect(result).toMatchObject({ created: 0, updated: 1, closed: 1, agendaIssues: [50] });
    expect(agendaOf(gateway, 52).state).toBe('closed');
    expect(gateway.comments.get(52)?.[0]?.body).toBe(
      'This is a duplicate of #50, which stays the refinement agenda for "v2.0". Closing this one.',
    );
    expect(agendaOf(gateway, 50).body).not.toContain('cc @po-ana'); // an existing agenda is never re-mentioned
  });

  it('finds agendas by marker, not by title or author', async () => {
    const renamed = { ...owned(60, 4, '2026-11-19T09:00:00Z'), title: 'Our refinement notes' };
    const { run } = setup({ ownedIssues: [renamed] });
    expect(await run()).toMatchObject({ created: 0, agendaIssues: [60] });
  });

  it.each([
    [{}, []],
    [{ agenda: { milestones: ['Icebox review'] } }, [41]],
  ])('gives a milestone without a due date an agenda only when named (%j)', async (config, expected) => {
    const icebox: Milestone = { number: 9, title: 'Icebox review', state: 'open' };
    const { run } = setup({ milestones: [icebox, V19] }, config);
    expect((await run()).agendaIssues).toEqual(expected);
  });

  it('writes nothing in a dry run and says what it would do', async () => {
    const { gateway, lines, run } = setup({
      ownedIssues: [owned(50, 4, '2026-11-19T09:00:00Z'), owned(52, 4, '2026-11-20T09:00:00Z')],
    });
    const result = await run({ dryRun: true });
    expect(gateway.stats().writes).toBe(0);
    expect(result.stats.writes).toBe(3);
    expect(lines).toEqual([
      'DRY-RUN: would update the refinement agenda #50 for "v2.0"',
      'DRY-RUN: would close the refinement agenda #52: This is a duplicate of #50, which stays the refinement agenda for "v2.0". Closing this one.',
    ]);
  });

  it('does nothing when the agenda is disabled', async () => {
    const { gateway, run } = setup({}, { agenda: { enabled: false } });
    expect(await run()).toMatchObject({ created: 0, agendaIssues: [] });
    expect(gateway.stats()).toEqual({ reads: 0, writes: 0 });
  });
});
