import { inlineMarkdown } from '#src/plan/safe-markdown.ts';
import type { HealthSnapshot } from './health-snapshot.ts';

/** Every organisation roll-up body starts with this; found with the health label in the `.github` repository. */
export const ORG_HEALTH_MARKER = '<!-- backlog-hygiene:health-org -->';

/** One repository's line in the roll-up. */
export type OrgHealthRow = {
  /** owner/name */
  readonly repository: string;
  /** The repository's own Health issue. */
  readonly url?: string;
  readonly snapshot: HealthSnapshot;
};

const pct = (part: number, whole: number): string => (whole === 0 ? '0%' : `${Math.round((part / whole) * 100)}%`);
const depth = (s: HealthSnapshot): string =>
  s.pace === undefined ? '—' : String(Math.round((s.readyPoints / s.pace) * 10) / 10);

/**
 * The organisation's roll-up: one row per repository (linked to its Health issue) with the figures
 * that do not move with the calendar alone — share ready, ready depth, unrefined share of the next
 * milestone, blocked, stale, unprioritized — and a total. No dates or ages, so the body changes only
 * when a figure does, and an untouched organisation costs no writes. Mentions nobody; pure.
 */
export const renderOrgHealth = (account: string, rows: readonly OrgHealthRow[]): string => {
  const sorted = [...rows].sort((a, b) => a.repository.localeCompare(b.repository));
  const total = sorted.reduce(
    (sum, { snapshot: s }) => ({
      open: sum.open + s.open,
      ready: sum.ready + s.ready,
      blocked: sum.blocked + s.blocked,
      stale: sum.stale + s.stale,
      unprioritized: sum.unprioritized + s.unprioritized,
    }),
    { open: 0, ready: 0, blocked: 0, stale: 0, unprioritized: 0 },
  );
  return [
    ORG_HEALTH_MARKER,
    `## Backlog health across ${inlineMarkdown(account, 100)}`,
    '',
    `**${pct(total.ready, total.open)} ready** (${total.ready} of ${total.open} open issues in ${sorted.length} ${sorted.length === 1 ? 'repository' : 'repositories'}).`,
    '',
    '| Repository | Open | Ready | Ready depth (sprints) | Unrefined next milestone | Blocked | Stale | Unprioritized |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...sorted.map(({ repository, url, snapshot: s }) => {
      const name = inlineMarkdown(repository, 140);
      return `| ${url ? `[${name}](${url})` : name} | ${s.open} | ${pct(s.ready, s.open)} | ${depth(s)} | ${s.unrefinedNext === undefined ? '—' : `${s.unrefinedNext}%`} | ${s.blocked} | ${s.stale} | ${s.unprioritized} |`;
    }),
    `| **Total** | **${total.open}** | **${pct(total.ready, total.open)}** | | | **${total.blocked}** | **${total.stale}** | **${total.unprioritized}** |`,
    '',
    "<sub>Kept up to date by Backlog Hygiene's nightly sweep of the app's installation; each repository's own Backlog Health issue has its trends and details.</sub>",
    '',
  ].join('\n');
};
