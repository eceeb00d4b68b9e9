import type { ConfigLocation } from '#src/config/load-config.ts';
import { applyPlans } from './apply-plans.ts';
import type { GitHubLog } from './create-octokit.ts';
import type { Gateway } from './gateway.ts';
import { countingClient, type GitHubClient } from './github-client.ts';
import { FILE_QUERY } from './queries.ts';
import { readCanWrite } from './read-permission.ts';
import { readMilestoneItems, readMilestones, readOwnedIssues } from './read-milestones.ts';
import { readIssueBatch } from './read-issue-batch.ts';
import { withPlanning } from './planning-read.ts';
import { readBlockers } from './read-blockers.ts';
import { readDependents } from './read-dependents.ts';
import { readSubIssues } from './read-sub-issues.ts';
import { readContext, readIssue, readOpenIssues, type ReadState } from './read-issues.ts';
import { emptyRepoCache } from './repo-cache.ts';
import type { RunBrake } from './run-stop.ts';
import { createLabels } from './create-labels.ts';
import { addComment, createIssue, pinIssue, updateIssue } from './write-rest.ts';

export type OctokitGatewayOptions = {
  /** An Octokit (from createOctokit, Probot's context.octokit or @actions/github) or anything with graphql + request. */
  readonly octokit: GitHubClient;
  readonly owner: string;
  readonly repo: string;
  /**
   * Logins that are "this tool" (the viewer; add "github-actions[bot]" when running with GITHUB_TOKEN).
   * Their comments and label changes never count as human activity.
   */
  readonly selfLogins: readonly string[];
  readonly log?: GitHubLog;
  /** The run's stop switch, when several gateways of one run must stop together; a fresh one otherwise. */
  readonly brake?: RunBrake;
};

const quiet: GitHubLog = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/**
 * The Gateway over GitHub's GraphQL API (REST for issue and single-comment creation).
 * One instance serves one repository for one run: it caches label and issue ids it has read,
 * and remembers when the token may not read Projects. Every request is counted in `stats()`; once
 * a write failure stops the run (run-stop.ts), no further write is sent and `stopped()` says why.
 */
export const createOctokitGateway = (options: OctokitGatewayOptions): Gateway => {
  const client = countingClient(options.octokit, options.log ?? quiet, options.brake);
  const state: ReadState = {
    client,
    owner: options.owner,
    name: options.repo,
    selfLogins: options.selfLogins,
    cache: emptyRepoCache(),
    withProjects: true,
  };
  return {
    owner: options.owner,
    repo: options.repo,
    async readFile(location: ConfigLocation) {
      type Data = { repository: { object: { text?: string | null } | null } | null };
      const data = await client.read<Data>(
        FILE_QUERY,
        { owner: location.owner, name: location.repo, expression: `HEAD:${location.path}` },
        `read ${location.owner}/${location.repo}:${location.path}`,
        (error) => error.type === 'NOT_FOUND',
      );
      return data.repository?.object?.text ?? undefined;
    },
    readRepoContext: () => readContext(state),
    async getItem(number) {
      const item = await readIssue(state, number);
      return item && (await readBlockers(state, [item]))[0];
    },
    async getItems(numbers) {
      const found = await readIssueBatch(state, numbers);
      const named = await readBlockers(state, [...found.values()]);
      return new Map(named.map((item) => [item.number, item]));
    },
    listOpenItems: (options) => withPlanning(state, readOpenIssues(state, options)),
    nameBlockers: (items) => readBlockers(state, items),
    listDependents: (number) => readDependents(state, number),
    listSubIssues: (number) => readSubIssues(state, number),
    listMilestones: (which) => readMilestones(state, which),
    listMilestoneItems: (number, which) => readMilestoneItems(state, number, which),
    createLabels: (labels) => createLabels(state, labels),
    applyPlans: (plans) => applyPlans(state, plans),
    findOwnedIssues: (label, marker) => readOwnedIssues(state, label, marker),
    createIssue: (input) => createIssue(state, input),
    pinIssue: (number) => pinIssue(state, number),
    updateIssue: (number, change) => updateIssue(state, number, change),
    addComment: (number, body) => addComment(state, number, body),
    canWrite: (login) => readCanWrite(state, login),
    stats: () => client.stats(),
    stopped: () => client.brake.stopped(),
    points: () => client.points(),
  };
};
