// The Backlog Health issue at scale: 10,000 open issues in the fake gateway, after the sweep.
// Goals: the refresh adds at most 3 reads plus one per past milestone on top of the sweep; the body
// stays under 20,000 characters with a full history (GitHub's limit is 65,536); a second run the
// same day and a run a week later on an untouched backlog write nothing; rendering takes < 200 ms.
import { configSchema } from '#src/config/schema.ts';
import { mergeHistory, MAX_ROWS } from '#src/health/health-history.ts';
import { takeSnapshot } from '#src/health/health-snapshot.ts';
import { renderHealth } from '#src/health/render-health.ts';
import { refreshHealth } from '#src/use-cases/refresh-health.ts';
import { sweepBacklog } from '#src/use-cases/sweep-backlog.ts';
import { createFakeGateway } from '#test/support/fake-gateway.ts';
import { generateBacklog } from './generate-backlog.ts';

const COUNT = 10_000;
const NOW = new Date('2026-11-21T09:00:00Z');
const DAY_MS = 86_400_000;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

/** Prints the Health issue's cost, size and render time. */
export const run = async (): Promise<void> => {
  const config = configSchema.parse({});
  const gateway = createFakeGateway({ items: generateBacklog(COUNT) });
  const result = await sweepBacklog({ gateway, config, now: NOW, dryRun: false, maxWrites: 1_000_000 });
  const refresh = (now: Date) =>
    refreshHealth({ gateway, config, now, items: result.items, verdicts: result.verdicts, dryRun: false });
  const before = gateway.stats();
  const first = await refresh(NOW);
  const afterFirst = gateway.stats();
  const reads = afterFirst.reads - before.reads;
  console.log(
    `first refresh: ${first.action}, ${reads} reads (goal ≤ 3 + past milestones: ${verdict(reads <= 3 + config.agenda.pastMilestones)}), ${afterFirst.writes - before.writes} writes (label, issue, pin)`,
  );
  const again = await refresh(NOW);
  const week = await refresh(new Date(NOW.getTime() + 7 * DAY_MS));
  const writes = gateway.stats().writes - afterFirst.writes;
  console.log(
    `same day again: ${again.action}; untouched a week later: ${week.action}; ${writes} writes (goal 0: ${verdict(writes === 0)})`,
  );

  const today = takeSnapshot({ items: result.items, verdicts: result.verdicts, now: NOW, readyLabel: 'ready' });
  let history = [today];
  for (let day = 1; day <= MAX_ROWS + 10; day++)
    history = mergeHistory(history, {
      ...today,
      date: new Date(NOW.getTime() - day * DAY_MS).toISOString().slice(0, 10),
    });
  const started = performance.now();
  const snapshot = takeSnapshot({ items: result.items, verdicts: result.verdicts, now: NOW, readyLabel: 'ready' });
  const body = renderHealth({ history: mergeHistory(history, snapshot), byKind: [], byMilestone: [], problems: [] });
  const ms = performance.now() - started;
  console.log(
    `snapshot + render of ${COUNT} issues with ${MAX_ROWS} rows of history: ${ms.toFixed(1)} ms (goal < 200 ms: ${verdict(ms < 200)}), body ${body.length} characters (goal < 20000: ${verdict(body.length < 20_000)})`,
  );
};
