import type { ConfigLocation } from '#src/config/load-config.ts';
import type { ApplyResult, Gateway, OwnedIssue, RepoContext, RequestStats } from '#src/github/gateway.ts';
import type { BacklogItem, OwnComment } from '#src/model/backlog-item.ts';
import type { IssueTemplate } from '#src/model/issue-template.ts';
import type { Milestone } from '#src/model/milestone.ts';
import type { RepoLabel } from '#src/model/repo-label.ts';
import { readCommentMarker } from '#src/plan/comment-marker.ts';
import { createRunBrake, RunStoppedError, type RunStop } from '#src/github/run-stop.ts';
import { readReplyMarker } from '#src/plan/reply-marker.ts';
import { planWrites, type ItemPlan } from '#src/plan/item-plan.ts';
import { FIXED_NOW } from './fixed-clock.ts';

/** What a fake repository starts with. Files are keyed by path (this repository) or "owner/repo:path". */
export type FakeSeed = {
  readonly owner?: string;
  readonly repo?: string;
  readonly items?: readonly BacklogItem[];
  readonly files?: Readonly<Record<string, string>>;
  readonly labels?: readonly RepoLabel[];
  readonly templates?: readonly IssueTemplate[];
  readonly milestones?: readonly Milestone[];
  /** Closed issues per milestone number, for forecasts. */
  readonly closedMilestoneItems?: Readonly<Record<number, readonly BacklogItem[]>>;
  readonly ownedIssues?: readonly (OwnedIssue & { labels: readonly string[] })[];
  /** Comments already on issues (the tool's own comment is found among them by its marker). */
  readonly comments?: Readonly<Record<number, readonly string[]>>;
  /** Repository roles by login (admin, maintain, write, triage, read); anyone else has none. */
  readonly permissions?: Readonly<Record<string, string>>;
  /** Item numbers whose plan fails when applied, with the error text. */
  readonly failingItems?: Readonly<Record<number, string>>;
  /**
   * GitHub stops taking writes after `afterWrites` write requests (default 0): the next write request
   * stops the run with `stop`, as the Octokit gateway does on a persistent 5xx, a rate limit or a
   * missing permission; its plans and every later write are left unsent.
   */
  readonly outage?: { readonly afterWrites?: number; readonly stop: RunStop };
};

/** A comment as the fake stores it. */
export type FakeComment = { readonly id: string; body: string };

/** The fake gateway plus what tests inspect: current state and every write, in order. */
export type FakeGateway = Gateway & {
  readonly items: Map<number, BacklogItem>;
  readonly labels: RepoLabel[];
  readonly comments: Map<number, FakeComment[]>;
  readonly ownedIssues: (OwnedIssue & { labels: readonly string[]; milestone?: number })[];
  /** One line per write request, e.g. `add-labels #3 ready,needs-estimate`. */
  readonly writeLog: string[];
};

const PAGE_SIZE = 100;
const BATCH_SIZE = 20;

/**
 * An in-memory Gateway for unit tests. It counts requests the way the Octokit gateway does (one
 * read per call or per page of 100, the repository context free after the first issue read, one
 * write per label creation request and per batch of 20 item plans), applies
 * plans to its state, and records the tool's label changes as `self` timeline events.
 */
export const createFakeGateway = (seed: FakeSeed = {}): FakeGateway => {
  const owner = seed.owner ?? 'acme';
  const repo = seed.repo ?? 'webshop';
  const items = new Map((seed.items ?? []).map((item) => [item.number, item]));
  const labels = [...(seed.labels ?? [])];
  const comments = new Map<number, FakeComment[]>();
  let nextId = 1;
  for (const [number, bodies] of Object.entries(seed.comments ?? {})) {
    comments.set(
      Number(number),
      bodies.map((body) => ({ id: `c${nextId++}`, body })),
    );
  }
  const ownedIssues: FakeGateway['ownedIssues'] = [...(seed.ownedIssues ?? [])];
  const writeLog: string[] = [];
  let reads = 0;
  let writes = 0;
  // Like the Octokit gateway: the first getItem or page carries the repository context, which is then cached.
  let contextRead = false;
  const brake = createRunBrake();
  /** Refuses a write once the run stopped, and stops it when the seeded outage begins. */
  const mayWrite = (what: string) => {
    brake.check(what);
    if (seed.outage && writes >= (seed.outage.afterWrites ?? 0)) {
      brake.stop(seed.outage.stop);
      throw new RunStoppedError(seed.outage.stop, what);
    }
  };
  const write = (line: string) => {
    mayWrite(line);
    writes += 1;
    writeLog.push(line);
  };
  // Item changes travel in batched mutations, as in the Octokit gateway: logged one by one, counted per batch.
  const record = (line: string) => writeLog.push(line);

  const ownComment = (number: number): OwnComment | undefined => {
    for (const comment of comments.get(number) ?? []) {
      const marker = readCommentMarker(comment.body);
      if (marker) return { id: comment.id, ...marker };
    }
    return undefined;
  };
  // Every comment the fake stores was written by the tool (seeded or added), so replies are found by marker alone.
  const repliedTo = (number: number): string[] => [
    ...new Set((comments.get(number) ?? []).flatMap((comment) => readReplyMarker(comment.body) ?? [])),
  ];
  const view = (item: BacklogItem): BacklogItem => {
    const own = ownComment(item.number);
    const replies = repliedTo(item.number);
    const { ownComment: _stale, ...rest } = item;
    return {
      ...rest,
      ...(own ? { ownComment: own } : {}),
      ...(replies.length > 0 ? { commandRepliesTo: replies } : {}),
    };
  };

  const applyOne = (plan: ItemPlan) => {
    const item = items.get(plan.number);
    if (!item) throw new Error(`#${plan.number} does not exist in the fake repository`);
    const at = FIXED_NOW.toISOString();
    const events = [...(item.labelEvents ?? [])];
    let current = [...item.labels];
    if (plan.addLabels.length > 0) {
      record(`add-labels #${plan.number} ${plan.addLabels.join(',')}`);
      current = [
        ...current,
        ...plan.addLabels.filter((name) => !current.some((have) => have.toLowerCase() === name.toLowerCase())),
      ];
      events.push(...plan.addLabels.map((label) => ({ label, action: 'added' as const, by: 'self' as const, at })));
    }
    if (plan.removeLabels.length > 0) {
      record(`remove-labels #${plan.number} ${plan.removeLabels.join(',')}`);
      const removed = new Set(plan.removeLabels.map((name) => name.toLowerCase()));
      current = current.filter((name) => !removed.has(name.toLowerCase()));
      events.push(
        ...plan.removeLabels.map((label) => ({ label, action: 'removed' as const, by: 'self' as const, at })),
      );
    }
    items.set(plan.number, { ...item, labels: current, labelEvents: events });
    const change = plan.comment;
    if (!change) return;
    record(`${change.kind}-comment #${plan.number}`);
    const list = comments.get(plan.number) ?? [];
    if (change.kind === 'create') list.push({ id: `c${nextId++}`, body: change.body });
    if (change.kind === 'update')
      list.filter((comment) => comment.id === change.commentId).forEach((comment) => (comment.body = change.body));
    comments.set(
      plan.number,
      change.kind === 'delete' ? list.filter((comment) => comment.id !== change.commentId) : list,
    );
  };

  return {
    owner,
    repo,
    items,
    labels,
    comments,
    ownedIssues,
    writeLog,
    async readFile(location: ConfigLocation) {
      reads += 1;
      const own = location.owner === owner && location.repo === repo;
      return seed.files?.[own ? location.path : `${location.owner}/${location.repo}:${location.path}`];
    },
    async readRepoContext(): Promise<RepoContext> {
      if (!contextRead) reads += 1;
      contextRead = true;
      return { templates: seed.templates ?? [], labels: [...labels] };
    },
    async getItem(number: number) {
      reads += 1;
      contextRead = true;
      const item = items.get(number);
      return item ? view(item) : undefined;
    },
    async listDependents(number: number) {
      reads += 1;
      // Native blockers in the same repository, as the items carry them (`nativeBlockers.issues`).
      return [...items.values()]
        .filter(
          (item) =>
            item.state === 'open' &&
            (item.nativeBlockers?.issues ?? []).some((ref) => ref.number === number && ref.repo === undefined),
        )
        .map((item) => item.number)
        .sort((a, b) => a - b);
    },
    async listSubIssues(number: number) {
      reads += 1;
      return [...items.values()]
        .filter((item) => item.state === 'open' && item.parent?.number === number && item.parent.repo === undefined)
        .map(view);
    },
    async *listOpenItems() {
      const open = [...items.values()].filter((item) => item.state === 'open');
      for (let start = 0; start === 0 || start < open.length; start += PAGE_SIZE) {
        reads += 1;
        contextRead = true;
        yield open.slice(start, start + PAGE_SIZE).map(view);
      }
    },
    async listMilestones(state: 'open' | 'closed') {
      reads += 1;
      return (seed.milestones ?? []).filter((milestone) => milestone.state === state);
    },
    async listMilestoneItems(milestoneNumber: number, state: 'open' | 'closed' | 'all') {
      reads += 1;
      const open = [...items.values()].filter((item) => item.milestone?.number === milestoneNumber);
      const closed = seed.closedMilestoneItems?.[milestoneNumber] ?? [];
      const all = [...open, ...closed];
      return (state === 'all' ? all : all.filter((item) => item.state === state)).map(view);
    },
    async createLabels(toCreate: readonly RepoLabel[]) {
      if (toCreate.length === 0) return;
      // One request for all of them, like the Octokit gateway's aliased createLabel mutations.
      write(`create-labels ${toCreate.map((label) => label.name).join(',')}`);
      labels.push(...toCreate);
    },
    async applyPlans(plans: readonly ItemPlan[]): Promise<ApplyResult> {
      const applied: ItemPlan[] = [];
      const failed: { plan: ItemPlan; error: string }[] = [];
      const work = plans.filter((plan) => planWrites(plan) > 0);
      try {
        if (work.length > 0) mayWrite(`update #${work.map((plan) => plan.number).join(', #')}`);
      } catch (error) {
        if (error instanceof RunStoppedError) return { applied, deferred: work, failed };
        throw error;
      }
      writes += Math.ceil(work.length / BATCH_SIZE);
      for (const plan of plans) {
        if (planWrites(plan) === 0) continue;
        const error = seed.failingItems?.[plan.number];
        if (error) failed.push({ plan, error });
        else applied.push((applyOne(plan), plan));
      }
      return { applied, deferred: [], failed };
    },
    async findOwnedIssues(label: string, marker: string) {
      reads += 1;
      return ownedIssues
        .filter((issue) => issue.labels.includes(label) && issue.body.includes(marker))
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    },
    async createIssue(input) {
      const number = Math.max(0, ...items.keys(), ...ownedIssues.map((issue) => issue.number)) + 1;
      write(`create-issue #${number} ${input.title}`);
      const issue = {
        number,
        title: input.title,
        body: input.body,
        state: 'open' as const,
        createdAt: FIXED_NOW.toISOString(),
        url: `https://github.com/${owner}/${repo}/issues/${number}`,
        labels: [...input.labels],
        ...(input.milestone === undefined ? {} : { milestone: input.milestone }),
      };
      ownedIssues.push(issue);
      return issue;
    },
    async updateIssue(number: number, change) {
      write(`update-issue #${number} ${Object.keys(change).sort().join(',')}`);
      const index = ownedIssues.findIndex((issue) => issue.number === number);
      if (index >= 0) ownedIssues[index] = { ...ownedIssues[index]!, ...change };
    },
    async pinIssue(number: number) {
      write(`pin-issue #${number}`);
    },
    async addComment(number: number, body: string) {
      write(`add-comment #${number}`);
      comments.set(number, [...(comments.get(number) ?? []), { id: `c${nextId++}`, body }]);
    },
    async canWrite(login: string) {
      reads += 1;
      return ['admin', 'maintain', 'write'].includes(seed.permissions?.[login] ?? 'none');
    },
    stats: (): RequestStats => ({ reads, writes }),
    stopped: () => brake.stopped(),
  };
};
