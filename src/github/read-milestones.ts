import type { BacklogItem } from '#src/model/backlog-item.ts';
import type { Milestone } from '#src/model/milestone.ts';
import type { OwnedIssue } from './gateway.ts';
import { canBeUs } from './can-be-us.ts';
import type { PageInfo, RawActor, RawIssue } from './graphql-shapes.ts';
import { LABELED_ISSUES_QUERY, MILESTONE_ISSUES_QUERY, MILESTONES_QUERY } from './queries.ts';
import { readWithProjects, toItems, type ReadState } from './read-issues.ts';

type RawMilestone = {
  number: number;
  title: string;
  state: 'OPEN' | 'CLOSED';
  dueOn: string | null;
  closedAt: string | null;
  url: string;
};

/** Milestones in one state, soonest due first (up to 100, more than any team keeps open). */
export const readMilestones = async (state: ReadState, which: 'open' | 'closed'): Promise<Milestone[]> => {
  type Data = { repository: { milestones: { nodes: (RawMilestone | null)[] } } | null };
  const data = await state.client.read<Data>(
    MILESTONES_QUERY,
    { owner: state.owner, name: state.name, states: [which.toUpperCase()] },
    `list the ${which} milestones of ${state.owner}/${state.name}`,
  );
  return (data.repository?.milestones.nodes ?? []).flatMap((m) =>
    m
      ? [
          {
            number: m.number,
            title: m.title,
            state: m.state === 'CLOSED' ? 'closed' : 'open',
            ...(m.dueOn && { dueOn: m.dueOn }),
            ...(m.closedAt && { closedAt: m.closedAt }),
            url: m.url,
          } satisfies Milestone,
        ]
      : [],
  );
};

const STATES = { open: ['OPEN'], closed: ['CLOSED'], all: ['OPEN', 'CLOSED'] } as const;

/** A milestone's issues without comments or timeline (the forecast needs estimates and states only). */
export const readMilestoneItems = async (
  state: ReadState,
  number: number,
  which: 'open' | 'closed' | 'all',
): Promise<BacklogItem[]> => {
  const items: BacklogItem[] = [];
  let after: string | null = null;
  do {
    type Page = {
      repository: { milestone: { issues: { pageInfo: PageInfo; nodes: (RawIssue | null)[] } } | null } | null;
    };
    const page: Page = await readWithProjects<Page>(
      state,
      MILESTONE_ISSUES_QUERY,
      { owner: state.owner, name: state.name, number, after, states: STATES[which] },
      `list the issues of milestone ${number}`,
    );
    const issues = page.repository?.milestone?.issues;
    if (!issues) break;
    items.push(...(await toItems(state, issues.nodes)));
    after = issues.pageInfo.hasNextPage ? issues.pageInfo.endCursor : null;
  } while (after);
  return items;
};

type RawOwned = {
  number: number;
  title: string;
  body: string;
  state: 'OPEN' | 'CLOSED';
  createdAt: string;
  url: string;
  viewerDidAuthor?: boolean;
  author?: RawActor;
};

/**
 * Open and closed issues with `label` whose body contains `marker` and whose author can be this
 * tool (see canBeUs), oldest first. Found by content and label, not by one login, so a change of
 * token or a move between the Action and the app still finds them; a person's issue carrying the
 * marker is never adopted (it is logged and left alone).
 */
export const readOwnedIssues = async (state: ReadState, label: string, marker: string): Promise<OwnedIssue[]> => {
  const owned: OwnedIssue[] = [];
  let after: string | null = null;
  do {
    type Page = { repository: { issues: { pageInfo: PageInfo; nodes: (RawOwned | null)[] } } | null };
    const page: Page = await state.client.read<Page>(
      LABELED_ISSUES_QUERY,
      { owner: state.owner, name: state.name, label, after },
      `find issues labeled "${label}"`,
    );
    const issues = page.repository?.issues;
    if (!issues) break;
    for (const issue of issues.nodes) {
      if (!issue?.body.includes(marker)) continue;
      if (!canBeUs(issue.author, state.selfLogins, issue.viewerDidAuthor)) {
        state.client.log.info(
          `#${issue.number} carries Backlog Hygiene's marker but was written by @${issue.author?.login ?? 'ghost'}, not by this tool; it is left alone.`,
        );
        continue;
      }
      const { number, title, body, createdAt, url } = issue;
      owned.push({ number, title, body, createdAt, url, state: issue.state === 'CLOSED' ? 'closed' : 'open' });
    }
    after = issues.pageInfo.hasNextPage ? issues.pageInfo.endCursor : null;
  } while (after);
  return owned;
};
