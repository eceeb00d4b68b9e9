import type { Config } from '#src/config/schema.ts';
import type { Gateway } from '#src/github/gateway.ts';
import { ensureHealthLabel } from './refresh-health.ts';
import { ORG_HEALTH_MARKER, renderOrgHealth, type OrgHealthRow } from '#src/health/render-org-health.ts';

/** Everything the organisation roll-up needs: the `.github` repository's gateway and config, and the rows. */
export type RefreshOrgHealthInput = {
  /** A gateway for `<org>/.github`. */
  readonly gateway: Gateway;
  /** The `.github` repository's config (its health label and title, or opt-out). */
  readonly config: Config;
  readonly rows: readonly OrgHealthRow[];
  readonly dryRun: boolean;
  readonly log?: (line: string) => void;
};

/** What the roll-up did. */
export type RefreshOrgHealthResult = {
  readonly action: 'disabled' | 'created' | 'updated' | 'unchanged';
  readonly writes: number;
};

/**
 * Keeps one roll-up issue in the organisation's `.github` repository, found by its hidden marker
 * and the health label: created when missing, its body rewritten only when it changed (it holds no
 * dates or ages), left alone when a person closed it. Never pinned, assigned or mentioning anyone.
 */
export const refreshOrgHealth = async (input: RefreshOrgHealthInput): Promise<RefreshOrgHealthResult> => {
  const { gateway, config } = input;
  const log = input.log ?? (() => {});
  if (!config.health.enabled || input.rows.length === 0) return { action: 'disabled', writes: 0 };
  const owned = await gateway.findOwnedIssues(config.health.label, ORG_HEALTH_MARKER);
  const current = owned.find((issue) => issue.state === 'open');
  if (!current && owned.length > 0) return { action: 'unchanged', writes: 0 };
  const body = renderOrgHealth(gateway.owner, input.rows);
  if (current && current.body.replace(/\r\n/g, '\n') === body) return { action: 'unchanged', writes: 0 };
  const where = `${gateway.owner}/${gateway.repo}`;
  if (input.dryRun) {
    log(
      `DRY-RUN: would ${current ? `update the organisation's Backlog Health issue ${where}#${current.number}` : `create the organisation's Backlog Health issue in ${where}`}`,
    );
    return { action: current ? 'updated' : 'created', writes: 1 };
  }
  if (current) {
    await gateway.updateIssue(current.number, { body });
    return { action: 'updated', writes: 1 };
  }
  const label = await ensureHealthLabel(gateway, config);
  await gateway.createIssue({
    title: `${config.health.title}: ${gateway.owner}`,
    body,
    labels: [config.health.label],
    assignees: [],
  });
  return { action: 'created', writes: 1 + label };
};
