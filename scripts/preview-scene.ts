import { readFile } from 'node:fs/promises';
import type { Config } from '#src/config/schema.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import type { Milestone } from '#src/model/milestone.ts';
import type { IssueTemplate } from '#src/model/issue-template.ts';
import { readBacklog } from '#src/input/read-backlog.ts';
import { readConfigFile } from '#src/cli/read-config-file.ts';
import { readTemplates } from '#src/cli/read-templates.ts';
import { createFakeGateway, type FakeGateway } from '#test/support/fake-gateway.ts';

/** The demo as of `npm run demo`: Slotwise's backlog on Saturday 21 November 2026, 09:00 UTC. */
export const DEMO_NOW = new Date('2026-11-21T09:00:00Z');

/** What every preview page is made from: the examples/ folder plus two closed milestones for the forecast. */
export type Scene = {
  readonly config: Config;
  readonly items: readonly BacklogItem[];
  readonly templates: readonly IssueTemplate[];
  readonly milestones: readonly Milestone[];
  readonly closedMilestoneItems: Readonly<Record<number, readonly BacklogItem[]>>;
};

const REPO_URL = 'https://github.com/acme/slotwise';

// Two closed sprints' worth of finished work, so the agenda has a pace to forecast with (examples/ holds open issues only).
const closedItem = (number: number, milestone: Milestone, points: number, closedAt: string): BacklogItem => ({
  number,
  title: `Finished work ${number}`,
  body: '',
  url: `${REPO_URL}/issues/${number}`,
  state: 'closed',
  labels: [`points: ${points}`],
  milestone: { number: milestone.number, title: milestone.title, state: 'closed' },
  assignees: [],
  createdAt: '2026-09-01T10:00:00Z',
  updatedAt: closedAt,
  closedAt,
  commentCount: 0,
});

/** Reads examples/ (the same files as `npm run demo`) and adds the milestones the items point at. */
export const loadScene = async (cwd: string): Promise<Scene> => {
  const config = await readConfigFile('examples/backlog-hygiene.yml', cwd);
  const items = readBacklog(await readFile(`${cwd}/examples/backlog.json`, 'utf8'), 'examples/backlog.json');
  const templates = await readTemplates('examples/templates', cwd);
  const open = new Map<number, Milestone>();
  for (const item of items)
    if (item.milestone?.number !== undefined)
      open.set(item.milestone.number, {
        number: item.milestone.number,
        title: item.milestone.title,
        state: 'open',
        ...(item.milestone.dueOn ? { dueOn: item.milestone.dueOn } : {}),
        url: `${REPO_URL}/milestone/${item.milestone.number}`,
      });
  const v22: Milestone = {
    number: 5,
    title: 'v2.2',
    state: 'closed',
    dueOn: '2026-10-16T00:00:00Z',
    closedAt: '2026-10-17T08:00:00Z',
  };
  const v23: Milestone = {
    number: 6,
    title: 'v2.3',
    state: 'closed',
    dueOn: '2026-11-06T00:00:00Z',
    closedAt: '2026-11-06T16:00:00Z',
  };
  const closedMilestoneItems = {
    5: [3, 5, 5, 2, 8, 3].map((points, i) => closedItem(900 + i, v22, points, '2026-10-14T12:00:00Z')),
    6: [5, 3, 3, 8, 2].map((points, i) => closedItem(910 + i, v23, points, '2026-11-05T12:00:00Z')),
  };
  return { config, items, templates, milestones: [...open.values(), v22, v23], closedMilestoneItems };
};

/** A fake repository holding the scene: the same in-memory gateway the tests use, so every page comes from the real use cases. */
export const sceneGateway = (scene: Scene, extra: readonly BacklogItem[] = []): FakeGateway =>
  createFakeGateway({
    owner: 'acme',
    repo: 'slotwise',
    items: [...scene.items, ...extra],
    templates: scene.templates,
    milestones: scene.milestones,
    closedMilestoneItems: scene.closedMilestoneItems,
    labels: [
      { name: 'bug', color: 'd73a4a', description: "Something isn't working" },
      { name: 'P1', color: 'b60205', description: '' },
      { name: 'P2', color: 'ededed', description: '' },
    ],
  });
