import type { Config } from '#src/config/schema.ts';
import type { Gateway } from '#src/github/gateway.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import { labelKey } from '#src/plan/managed-labels.ts';
import { planItem } from '#src/plan/plan-item.ts';
import { judgeItem } from '#src/rules/judge-item.ts';
import { applyPlans } from './apply-plans.ts';
import { labelsToCreate } from './labels-to-create.ts';
import { ignoredRun, singleItemRun, type RunResult } from './run-result.ts';
import type { CommentCommand } from './parse-command.ts';
import { withSubIssueEstimates } from './with-sub-issues.ts';

/** Everything one `/ready` or `/refine` needs. */
export type RunCommandInput = {
  readonly gateway: Gateway;
  readonly config: Config;
  readonly now: Date;
  readonly number: number;
  readonly command: CommentCommand;
  readonly dryRun: boolean;
  readonly maxWrites: number;
};

/** The item as it will be once the pin is added (`/ready`) or removed (`/refine`), and the label spelling to write. */
const repin = (
  item: BacklogItem,
  command: CommentCommand,
  override: string,
): { item: BacklogItem; add?: string; remove?: string } => {
  const present = item.labels.find((name) => labelKey(name) === labelKey(override));
  if (command === 'ready')
    return present ? { item } : { item: { ...item, labels: [...item.labels, override] }, add: override };
  return present
    ? { item: { ...item, labels: item.labels.filter((name) => name !== present) }, remove: present }
    : { item };
};

/**
 * `/ready` pins the issue as ready with the override label; `/refine` removes the pin. The issue is
 * judged as it will be after the change, and the pin goes into the same plan as the label and
 * comment changes it causes, so a command costs one batched write (plus a label creation the
 * first time). The permission check happens before this is called.
 */
export const runCommand = async (input: RunCommandInput): Promise<RunResult> => {
  const { gateway, config } = input;
  const start = gateway.stats();
  const stats = () => ({ reads: gateway.stats().reads - start.reads, writes: gateway.stats().writes - start.writes });
  const current = await gateway.getItem(input.number);
  if (!current) return ignoredRun(`#${input.number} is a pull request or does not exist`, stats());
  if (current.state !== 'open') return ignoredRun(`#${input.number} is closed`, stats());
  const context = await gateway.readRepoContext();
  const { item, add, remove } = repin(
    await withSubIssueEstimates(gateway, config, current),
    input.command,
    config.labels.override.name,
  );
  const verdict = judgeItem(item, { config, now: input.now, templates: context.templates });
  const planned = planItem(item, verdict, config);
  const plan = {
    ...planned,
    addLabels: add ? [add, ...planned.addLabels] : planned.addLabels,
    removeLabels: remove ? [remove, ...planned.removeLabels] : planned.removeLabels,
  };
  const outcome = await applyPlans({
    gateway,
    plans: [plan],
    labelsToCreate: labelsToCreate(config, [plan], context.labels),
    dryRun: input.dryRun,
    maxWrites: input.maxWrites,
  });
  return singleItemRun(item, verdict, plan, outcome, stats());
};
