import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '#src/action/run.ts';
import { createFakeGateway, type FakeSeed } from '#test/support/fake-gateway.ts';
import { FIXED_NOW } from '#test/support/fixed-clock.ts';
import { anItem } from '#test/support/item-builder.ts';
import { parseOutputs } from './run-bundle.ts';

let dir = '';
const files = () => ({ output: join(dir, 'output'), summary: join(dir, 'summary.md'), event: join(dir, 'event.json') });

// One directory for the whole file: @actions/core's summary remembers the first GITHUB_STEP_SUMMARY path it sees.
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'backlog-hygiene-run-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  await Promise.all([writeFile(files().output, ''), writeFile(files().summary, ''), writeFile(files().event, '{}')]);
  // @actions/core writes outputs and the summary to the files these variables name.
  vi.stubEnv('GITHUB_OUTPUT', files().output);
  vi.stubEnv('GITHUB_STEP_SUMMARY', files().summary);
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

const runWith = async (seed: FakeSeed, env: Record<string, string> = {}) => {
  const gateway = createFakeGateway(seed);
  await run(
    { 'INPUT_GITHUB-TOKEN': 'x', GITHUB_EVENT_NAME: 'schedule', GITHUB_EVENT_PATH: files().event, ...env },
    { createGateway: () => gateway, now: () => FIXED_NOW },
  );
  return {
    gateway,
    outputs: parseOutputs(await readFile(files().output, 'utf8')),
    summary: await readFile(files().summary, 'utf8'),
  };
};

describe('run (in process, with the fake gateway)', () => {
  it('sweeps on schedule and sets every output', async () => {
    const vague = anItem({ number: 8, title: 'Fix bug', body: 'Broken.' });
    const { gateway, outputs, summary } = await runWith({
      items: [anItem({ number: 1, labels: ['points: 3'] }), vague],
    });
    expect(outputs).toEqual({
      'ready-count': '1',
      'needs-refinement-count': '1',
      'stale-count': '0',
      writes: expect.stringMatching(/^[1-9]\d*$/),
      'agenda-issues': '[]',
    });
    expect(gateway.items.get(8)?.labels).toContain('needs-refinement');
    expect(summary).toContain('## Backlog Hygiene: acme/webshop');
    expect(summary).toContain('Config: the defaults');
    expect(process.exitCode).toBeUndefined();
  });

  it('fails on a bad config file and writes nothing', async () => {
    const { gateway } = await runWith({
      items: [anItem()],
      files: { '.github/backlog-hygiene.yml': 'readiness:\n  require: [vagueness]\n' },
    });
    expect(process.exitCode).toBe(1);
    expect(gateway.writeLog).toEqual([]);
  });

  it.each([0, 1])(
    'after a stop (at write request %i: the labels, then the batch) writes nothing more, the agenda included, fails once, and still writes the summary and outputs',
    async (afterWrites) => {
      const stop = {
        kind: 'server-error' as const,
        message: 'Could not update #8: GitHub answered 502 (a server error).',
      };
      const sprint = { number: 1, title: 'Sprint 1' };
      const { gateway, outputs, summary } = await runWith({
        items: [anItem({ number: 8, title: 'Fix bug', body: 'Broken.', milestone: sprint })],
        milestones: [{ ...sprint, state: 'open', dueOn: '2026-11-23T00:00:00Z' }],
        outage: { afterWrites, stop },
      });
      expect(gateway.ownedIssues).toEqual([]);
      expect(gateway.writeLog.filter((line) => !line.startsWith('create-labels'))).toEqual([]);
      expect(process.exitCode).toBe(1);
      expect(summary).toContain(`The run stopped writing:** ${stop.message}`);
      expect(summary).toContain('1 issue waits for the next run');
      expect(summary).toContain('Refinement agendas not refreshed');
      expect(outputs).toMatchObject({
        'needs-refinement-count': '1',
        'agenda-issues': '[]',
        writes: expect.any(String),
      });
    },
  );

  it('writes a summary and the outputs when the run fails before it has results', async () => {
    const gateway = createFakeGateway({});
    await run(
      { 'INPUT_GITHUB-TOKEN': 'x', GITHUB_EVENT_NAME: 'schedule', GITHUB_EVENT_PATH: files().event },
      {
        createGateway: () => ({ ...gateway, readFile: () => Promise.reject(new Error('socket hang up')) }),
        now: () => FIXED_NOW,
      },
    );
    expect(process.exitCode).toBe(1);
    expect(await readFile(files().summary, 'utf8')).toContain(
      'The run failed:** Backlog Hygiene failed: socket hang up',
    );
    expect(parseOutputs(await readFile(files().output, 'utf8'))).toMatchObject({ writes: '0', 'agenda-issues': '[]' });
  });
});
