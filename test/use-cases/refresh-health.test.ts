import { describe, expect, it } from 'vitest';
import { configSchema, type ConfigInput } from '#src/config/schema.ts';
import { readHistory } from '#src/health/health-history.ts';
import { HEALTH_MARKER } from '#src/health/render-health.ts';
import { refreshHealth } from '#src/use-cases/refresh-health.ts';
import { aVerdict } from '#test/plan/verdict-builder.ts';
import { createFakeGateway } from '#test/support/fake-gateway.ts';
import { FIXED_NOW } from '#test/support/fixed-clock.ts';
import { anItem } from '#test/support/item-builder.ts';

const items = [
  anItem({ number: 1, assignees: ['ana'] }),
  anItem({ number: 2, title: 'Ping @bob', milestone: { number: 4, title: 'v2.0' } }),
];
const verdicts = [aVerdict({ number: 1 }), aVerdict({ number: 2, failed: { estimate: true } })];
const nextDay = new Date(FIXED_NOW.getTime() + 86_400_000);

const setup = (config: ConfigInput = {}) => {
  const gateway = createFakeGateway({ items });
  const lines: string[] = [];
  const run = (now = FIXED_NOW, dryRun = false, judged = verdicts) =>
    refreshHealth({
      gateway,
      config: configSchema.parse(config),
      now,
      items,
      verdicts: judged,
      dryRun,
      log: (line) => lines.push(line),
    });
  return { gateway, lines, run };
};

describe('refreshHealth', () => {
  it('creates one Health issue with its label (colour, description), marker and history, pinging nobody', async () => {
    const { gateway, run } = setup();
    const result = await run();
    expect(result).toMatchObject({ action: 'created', writes: 3, issue: { number: 3 } });
    expect(gateway.writeLog).toEqual([
      'create-labels backlog-health',
      'create-issue #3 Backlog health',
      'pin-issue #3',
    ]);
    expect(gateway.labels.find((label) => label.name === 'backlog-health')?.description).toMatch(/Backlog Health/);
    const issue = gateway.ownedIssues[0]!;
    expect(issue.body.startsWith(HEALTH_MARKER)).toBe(true);
    expect(readHistory(issue.body)).toHaveLength(1);
    expect(issue.body).not.toMatch(/@[a-z]/i);
  });

  it('still keeps the issue when it cannot be pinned (three pinned already), and says so in the log', async () => {
    const { gateway, lines, run } = setup();
    gateway.pinIssue = async () => {
      throw new Error('A repository can only have 3 pinned issues');
    };
    expect(await run()).toMatchObject({ action: 'created', writes: 2 });
    expect(lines).toEqual(['Could not pin the Backlog Health issue #3: A repository can only have 3 pinned issues']);
  });

  it('writes at most once a day: a second run the same day reads once and writes nothing', async () => {
    const { gateway, run } = setup();
    await run();
    const before = gateway.stats();
    expect(await run()).toMatchObject({ action: 'unchanged', writes: 0 });
    expect(gateway.stats()).toEqual({ reads: before.reads + 1, writes: before.writes });
  });

  it("adds the next day's row in place, keeping the history through a person's edit of the text", async () => {
    const { gateway, run } = setup();
    await run();
    const issue = gateway.ownedIssues[0]!;
    gateway.ownedIssues[0] = { ...issue, body: `Notes from the PO.\r\n\r\n${issue.body.replace(/\n/g, '\r\n')}` };
    const refined = [aVerdict({ number: 1 }), aVerdict({ number: 2 })];
    expect(await run(nextDay, false, refined)).toMatchObject({ action: 'updated', writes: 1 });
    expect(gateway.writeLog.at(-1)).toBe('update-issue #3 body');
    expect(readHistory(gateway.ownedIssues[0]!.body).map((row) => row.date)).toEqual(['2026-11-21', '2026-11-22']);
    expect(gateway.ownedIssues.filter((owned) => owned.labels.includes('backlog-health'))).toHaveLength(1);
  });

  it.each([1, 7, 30])(
    'stays quiet on an untouched backlog %i day(s) later: ages alone are no reason to write',
    async (days) => {
      const { gateway, run } = setup();
      await run();
      const writes = gateway.stats().writes;
      expect(await run(new Date(FIXED_NOW.getTime() + days * 86_400_000))).toMatchObject({ action: 'unchanged' });
      expect(gateway.stats().writes).toBe(writes);
    },
  );

  it('leaves a Health issue a person closed alone, and opens no second one', async () => {
    const { gateway, run } = setup();
    await run();
    gateway.ownedIssues[0] = { ...gateway.ownedIssues[0]!, state: 'closed' };
    const writes = gateway.writeLog.length;
    expect(await run(nextDay)).toMatchObject({ action: 'unchanged', writes: 0 });
    expect(gateway.writeLog).toHaveLength(writes);
  });

  it.each([
    ['opted out in config', { health: { enabled: false } }, false, 'disabled', 0],
    ['a dry run', {}, true, 'created', 0],
  ])('writes nothing when %s', async (_case, config, dryRun, action, reads) => {
    const { gateway, lines, run } = setup(config);
    expect(await run(FIXED_NOW, dryRun)).toMatchObject({ action });
    expect(gateway.writeLog).toEqual([]);
    if (dryRun) expect(lines).toEqual(['DRY-RUN: would create the Backlog Health issue']);
    else expect(gateway.stats().reads).toBe(reads);
  });
});
