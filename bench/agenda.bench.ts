// The refinement agenda at scale: 20 milestones due this week holding 10,000 issues in the fake
// gateway. Goals: the refresh costs at most one read per milestone on top of the audit's reads
// (it reuses the sweep's items and verdicts), and a second refresh of an unchanged backlog writes nothing.
import { configSchema } from '#src/config/schema.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import type { Milestone } from '#src/model/milestone.ts';
import { refreshAgendas } from '#src/use-cases/refresh-agenda.ts';
import { sweepBacklog } from '#src/use-cases/sweep-backlog.ts';
import { createFakeGateway } from '#test/support/fake-gateway.ts';
import { generateBacklog } from './generate-backlog.ts';

const MILESTONES = 20;
const COUNT = 10_000;
const NOW = new Date('2026-11-21T09:00:00Z');
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

const open: Milestone[] = Array.from({ length: MILESTONES }, (_, i) => ({
  number: i + 1,
  title: `Sprint ${40 + i}`,
  state: 'open',
  dueOn: new Date(NOW.getTime() + ((i % 9) - 1) * 86_400_000).toISOString(), // one overdue, the rest due within 7 days
}));
const closed: Milestone[] = [37, 38, 39].map((n, i) => ({
  number: 100 + i,
  title: `Sprint ${n}`,
  state: 'closed',
  dueOn: `2026-1${i}-1${i}T00:00:00Z`,
  closedAt: `2026-1${i}-1${i}T12:00:00Z`,
}));

const inMilestones = (items: readonly BacklogItem[]): BacklogItem[] =>
  items.map((item, i) => {
    const m = open[i % MILESTONES]!;
    return { ...item, milestone: { number: m.number, title: m.title, ...(m.dueOn ? { dueOn: m.dueOn } : {}) } };
  });

const pastItems = (milestone: Milestone, seed: number): BacklogItem[] =>
  generateBacklog(40, seed).map((item, i) => ({
    ...item,
    number: 20_000 + seed * 100 + i,
    state: 'closed' as const,
    closedAt: milestone.closedAt!,
    milestone: { number: milestone.number, title: milestone.title },
  }));

/** Runs the audit, then two agenda refreshes, and prints reads and writes against the goals. */
export const run = async (): Promise<void> => {
  const gateway = createFakeGateway({
    items: inMilestones(generateBacklog(COUNT)),
    milestones: [...open, ...closed],
    closedMilestoneItems: Object.fromEntries(closed.map((m, i) => [m.number, pastItems(m, i + 1)])),
  });
  const config = configSchema.parse({});
  const sweep = await sweepBacklog({ gateway, config, now: NOW, dryRun: false, maxWrites: 1_000_000 });
  const auditReads = sweep.stats.reads;

  const started = performance.now();
  const first = await refreshAgendas({ gateway, config, now: NOW, items: sweep.items, verdicts: sweep.verdicts });
  const firstMs = performance.now() - started;
  const second = await refreshAgendas({ gateway, config, now: NOW, items: sweep.items, verdicts: sweep.verdicts });
  const longest = Math.max(...gateway.ownedIssues.map((issue) => issue.body.length));

  console.log(`audit: ${COUNT} issues, ${auditReads} reads`);
  console.log(
    `first refresh: ${first.created} agendas created in ${firstMs.toFixed(0)} ms, ${first.stats.reads} reads, ${first.stats.writes} writes; longest body ${longest} characters`,
  );
  console.log(
    `reads used: ${auditReads + first.stats.reads} (goal: at most audit ${auditReads} + ${MILESTONES} = ${auditReads + MILESTONES}) ${verdict(first.stats.reads <= MILESTONES)}`,
  );
  console.log(
    `second refresh: ${second.unchanged} unchanged, ${second.stats.writes} writes (goal 0) ${verdict(second.stats.writes === 0)}`,
  );
  console.log(`bodies under 65,536 characters: ${verdict(longest < 65_536)}`);
};
