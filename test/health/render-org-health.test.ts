import { describe, expect, it } from 'vitest';
import type { HealthSnapshot } from '#src/health/health-snapshot.ts';
import { ORG_HEALTH_MARKER, renderOrgHealth } from '#src/health/render-org-health.ts';

const snap = (ready: number, extra: Partial<HealthSnapshot> = {}): HealthSnapshot => ({
  date: '2026-11-21',
  open: 10,
  ready,
  readyPoints: 20,
  openedWeek: 2,
  ageP50: 30,
  ageP90: 300,
  blocked: 1,
  stale: 2,
  unprioritized: 3,
  ...extra,
});

describe('renderOrgHealth', () => {
  const body = renderOrgHealth('acme', [
    { repository: 'acme/web', url: 'https://github.com/acme/web/issues/9', snapshot: snap(5, { pace: 10 }) },
    { repository: 'acme/api', snapshot: snap(2, { unrefinedNext: 40 }) },
  ]);

  it('rolls the repositories up, sorted, each linked to its own Health issue, with a total', () => {
    expect(body.startsWith(`${ORG_HEALTH_MARKER}\n## Backlog health across acme`)).toBe(true);
    expect(body).toContain('**35% ready** (7 of 20 open issues in 2 repositories).');
    expect(body.indexOf('acme/api')).toBeLessThan(body.indexOf('acme/web'));
    expect(body).toContain('| [acme/web](https://github.com/acme/web/issues/9) | 10 | 50% | 2 | — | 1 | 2 | 3 |');
    expect(body).toContain('| acme/api | 10 | 20% | — | 40% | 1 | 2 | 3 |');
    expect(body).toContain('| **Total** | **20** | **35%** | | | **2** | **4** | **6** |');
  });

  it('holds no dates or ages, so the calendar alone never changes it', () => {
    const later = renderOrgHealth('acme', [
      {
        repository: 'acme/web',
        url: 'https://github.com/acme/web/issues/9',
        snapshot: snap(5, { pace: 10, date: '2026-12-01', ageP50: 40 }),
      },
      { repository: 'acme/api', snapshot: snap(2, { unrefinedNext: 40, ageP90: 999, openedWeek: 0 }) },
    ]);
    expect(later).toBe(body);
    expect(body).not.toMatch(/\d{4}-\d{2}-\d{2}|@[a-z]/);
  });
});
