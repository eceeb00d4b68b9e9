import { writeHistory } from '#src/health/health-history.ts';
import type { HealthSnapshot } from '#src/health/health-snapshot.ts';
import { HEALTH_MARKER } from '#src/health/render-health.ts';
import { renderOrgHealth } from '#src/health/render-org-health.ts';
import { refreshHealth } from '#src/use-cases/refresh-health.ts';
import type { RunResult } from '#src/use-cases/run-result.ts';
import type { FakeGateway } from '#test/support/fake-gateway.ts';
import type { PreviewLabel, PreviewPage } from './preview-html.ts';
import { DEMO_NOW, type Scene } from './preview-scene.ts';

const DAY_MS = 86_400_000;

// Twelve weeks of made-up history (one row a day), so the preview shows trends: readiness climbing as the team refines.
const demoHistory = (): HealthSnapshot[] =>
  Array.from({ length: 84 }, (_, index) => {
    const daysBack = 84 - index;
    const progress = index / 84;
    const open = 44 + Math.round(4 * progress);
    return {
      date: new Date(DEMO_NOW.getTime() - daysBack * DAY_MS).toISOString().slice(0, 10),
      open,
      ready: Math.round(open * (0.3 + 0.24 * progress)),
      readyPoints: Math.round(30 + 40 * progress),
      pace: 23.5,
      unrefinedNext: Math.round(40 - 25 * progress),
      openedWeek: 3 + (index % 4),
      ageP50: 30 - Math.round(12 * progress),
      ageP90: 250 - Math.round(26 * progress),
      timeToReady: Math.round(14 - 6 * progress),
      blocked: 5 - Math.round(progress),
      stale: 11 - Math.round(4 * progress),
      unprioritized: 22 - Math.round(5 * progress),
    };
  });

/** The Backlog Health issue after today's sweep, on top of twelve weeks of demo history. */
export const healthPages = async (scene: Scene, gateway: FakeGateway, result: RunResult): Promise<PreviewPage[]> => {
  gateway.ownedIssues.push({
    number: 40,
    title: scene.config.health.title,
    body: `${HEALTH_MARKER}\n(yesterday's text)\n\n${writeHistory(demoHistory())}\n`,
    state: 'open',
    createdAt: '2026-08-29T04:00:00Z',
    url: 'https://github.com/acme/slotwise/issues/40',
    labels: [scene.config.health.label],
  });
  const outcome = await refreshHealth({
    gateway,
    config: scene.config,
    now: DEMO_NOW,
    items: result.items,
    verdicts: result.verdicts,
    dryRun: false,
  });
  const issue = gateway.ownedIssues.find((owned) => owned.number === outcome.issue?.number)!;
  // The organisation roll-up: this repository's figures next to two more (their figures are made up).
  const others = [
    { repository: 'acme/slotwise-mobile', ready: 0.41, stale: 9 },
    { repository: 'acme/payments', ready: 0.72, stale: 1 },
  ].map(({ repository, ready, stale }) => ({
    repository,
    url: `https://github.com/${repository}/issues/1`,
    snapshot: { ...outcome.snapshot!, ready: Math.round(outcome.snapshot!.open * ready), stale },
  }));
  const rollUp = renderOrgHealth('acme', [
    { repository: 'acme/slotwise', url: issue.url, snapshot: outcome.snapshot! },
    ...others,
  ]);
  const label: PreviewLabel = { name: scene.config.health.label, color: '0e8a16' };
  return [
    {
      file: 'health.html',
      caption: 'The Backlog Health issue, edited in place once a day (the twelve weeks before today are demo history).',
      title: `${issue.title} #${issue.number}`,
      labels: [label],
      byline: 'github-actions[bot] opened this issue',
      markdown: issue.body,
    },
    {
      file: 'health-org.html',
      caption:
        "The organisation's roll-up in acme/.github after sweep --app (two of the three repositories are made up).",
      title: 'Backlog health: acme #3',
      labels: [label],
      byline: 'backlog-hygiene[bot] opened this issue',
      markdown: rollUp,
    },
  ];
};
