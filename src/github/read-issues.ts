import type { BacklogItem } from '#src/model/backlog-item.ts';
import { GitHubError } from './describe-error.ts';
import type { ListOptions, ReadNeeds, RepoContext } from './gateway.ts';
import type { CountingClient, GraphqlError } from './github-client.ts';
import {
  nodesOf,
  type PageInfo,
  type RawComment,
  type RawContext,
  type RawIssue,
  type RawLabel,
} from './graphql-shapes.ts';
import { mapIssue } from './map-issue.ts';
import { mapTemplates } from './map-templates.ts';
import { cheapestPageSize } from './page-size.ts';
import {
  disableIssueFields,
  disablePlanning,
  isIssueFieldsError,
  lacksPlanningFields,
  withoutPlanning,
} from './planning-read.ts';
import { ISSUE_QUERY, LABELS_QUERY, OPEN_ISSUES_QUERY, REPO_CONTEXT_QUERY } from './queries.ts';
import { findOlderOwnComments } from './read-own-comments.ts';
import { rememberLabels, type RepoCache } from './repo-cache.ts';

/** Everything the issue reads share: the client, the repository, who "self" is, and what was learned so far. */
export type ReadState = {
  readonly client: CountingClient;
  readonly owner: string;
  readonly name: string;
  readonly selfLogins: readonly string[];
  readonly cache: RepoCache;
  context?: RepoContext;
  /** Cleared for the rest of the run when the token may not read Projects. */
  withProjects: boolean;
  /** Cleared when issue field values are unreadable or unused (see planning-read.ts); undefined means true. */
  withIssueFields?: boolean;
  /** Cleared when the server's schema lacks GitHub's planning fields (older GHES); undefined means true. */
  withPlanning?: boolean;
};

/** Connections the context adds to the page it rides on: labels(first: 100) and two projectsV2(first: 1). */
const CONTEXT_REQUESTS = 3;

/** The smallest page a timeout shrinks the reads to. */
const MIN_PAGE = 5;

const isTimeout = (error: unknown): boolean =>
  error instanceof GitHubError && (error.status === 502 || error.status === 504);

/** Everything: what single-issue reads and callers without a configuration get. */
export const ALL_NEEDS: ReadNeeds = { assignees: true, reactions: true, projects: true };

/** The GraphQL variables that switch the optional connections on and off. */
export const needVariables = (state: ReadState, needs: ReadNeeds) => ({
  withAssignees: needs.assignees,
  withReactions: needs.reactions,
  withProjects: needs.projects && state.withProjects,
});

/** Nested connections per issue for these needs: labels and timeline always, issue field values while used, Projects items with their field values. */
export const connectionsPerIssue = (state: ReadState, needs: ReadNeeds): number => {
  const v = needVariables(state, needs);
  // Issue field values are one more connection until the run learns the repository does not use them.
  const issueFields = state.withIssueFields !== false && state.withPlanning !== false ? 1 : 0;
  return 2 + issueFields + (v.withAssignees ? 1 : 0) + (v.withReactions ? 1 : 0) + (v.withProjects ? 6 : 0);
};

const isProjectsError = (error: GraphqlError): boolean =>
  (error.path ?? []).includes('projectItems') || /project|resource not accessible/i.test(error.message ?? '');

const isNotFound = (error: GraphqlError): boolean => error.type === 'NOT_FOUND';

const disableProjects = (state: ReadState): void => {
  if (!state.withProjects) return;
  state.withProjects = false;
  state.client.log.info(
    'Notice: this token cannot read GitHub Projects, so estimates from Project fields are skipped for this run. Grant "Projects: read" to use them.',
  );
};

/**
 * Runs an issue query with Projects fields; when the token may not read Projects, uses GitHub's
 * partial answer (or asks again without them) and stops asking for the rest of the run.
 * `allowNotFound` accepts GitHub's NOT_FOUND for a single missing issue.
 */
export const readWithProjects = async <T>(
  state: ReadState,
  document: string,
  variables: Record<string, unknown>,
  what: string,
  allowNotFound = false,
): Promise<T> => {
  if (state.withPlanning === false) document = withoutPlanning(document);
  let projectsDenied = false;
  const tolerate = (error: GraphqlError) => {
    if (isIssueFieldsError(error)) disableIssueFields(state, error);
    else if (state.withProjects && isProjectsError(error)) projectsDenied = true;
    else if (!(allowNotFound && isNotFound(error))) return false;
    return true;
  };
  try {
    const data = await state.client.read<T>(
      document,
      { withProjects: state.withProjects, ...variables, withIssueFields: state.withIssueFields ?? true },
      what,
      tolerate,
    );
    if (projectsDenied) disableProjects(state);
    return data;
  } catch (error) {
    // A server whose schema predates GitHub's planning data (an older GHES) rejects the whole document.
    if (!projectsDenied && state.withPlanning !== false && lacksPlanningFields(error)) {
      disablePlanning(state, error);
      return readWithProjects(state, document, variables, what, allowNotFound);
    }
    if (!projectsDenied) throw error;
    disableProjects(state);
    const withIssueFields = state.withIssueFields ?? true;
    return state.client.read<T>(document, { ...variables, withProjects: false, withIssueFields }, what, tolerate);
  }
};

const loadMoreLabels = async (state: ReadState): Promise<void> => {
  let after: string | null = null;
  do {
    type Page = { repository: { labels: { pageInfo: PageInfo; nodes: (RawLabel | null)[] } } | null };
    const page: Page = await state.client.read<Page>(
      LABELS_QUERY,
      { owner: state.owner, name: state.name, after },
      `list the labels of ${state.owner}/${state.name}`,
    );
    rememberLabels(state.cache, page.repository?.labels.nodes ?? []);
    after = page.repository?.labels.pageInfo.hasNextPage ? page.repository.labels.pageInfo.endCursor : null;
  } while (after);
};

/**
 * Projects fields are six connections per issue, most of a page's cost: when no Project is linked to
 * the repository or owned by its owner (as far as the token sees), every issue's would be empty, so
 * the rest of the run does not ask for them. Unknown (not answered) keeps them.
 */
const rememberProjects = (state: ReadState, raw: RawContext): void => {
  const linked = raw.projectsV2?.totalCount;
  const owned = raw.owner?.projectsV2?.totalCount;
  if (linked === undefined && owned === undefined) return;
  if ((linked ?? 0) + (owned ?? 0) === 0) state.withProjects = false;
};

/** Stores the context carried by a first page; labels past the first 100 cost extra reads. */
export const rememberContext = async (state: ReadState, raw: RawContext | null | undefined): Promise<void> => {
  if (raw?.id) state.cache.repositoryId = raw.id;
  if (!raw?.labels) return;
  rememberProjects(state, raw);
  rememberLabels(state.cache, raw.labels.nodes ?? []);
  if (raw.labels.pageInfo.hasNextPage) await loadMoreLabels(state);
  state.cache.labelsLoaded = true;
  state.context = {
    templates: mapTemplates(raw.templates),
    labels: [...state.cache.labels.values()].map(({ name, color, description }) => ({ name, color, description })),
  };
};

/** Re-reads all labels (after another process may have created some). */
export const refreshLabels = async (state: ReadState): Promise<void> => {
  state.cache.labels.clear();
  await loadMoreLabels(state);
  state.cache.labelsLoaded = true;
};

/** The repository context, read once per run (free when a first page or getItem already carried it). */
export const readContext = async (state: ReadState): Promise<RepoContext> => {
  if (state.context) return state.context;
  const data = await state.client.read<{ repository: RawContext | null }>(
    REPO_CONTEXT_QUERY,
    { owner: state.owner, name: state.name },
    `read the labels and issue templates of ${state.owner}/${state.name}`,
  );
  await rememberContext(state, data.repository);
  return state.context ?? { templates: [], labels: [] };
};

/**
 * Maps raw issues to items, remembering their node ids for later writes. Issues read with their
 * timeline whose explanation comment may be older than the window are first searched further back.
 */
export const toItems = async (state: ReadState, issues: readonly (RawIssue | null)[]): Promise<BacklogItem[]> => {
  const raws = nodesOf({ nodes: issues });
  const older: ReadonlyMap<string, readonly RawComment[]> = await findOlderOwnComments(state, raws);
  return raws.map((issue) => {
    state.cache.issueIds.set(issue.number, issue.id);
    return mapIssue(issue, state.selfLogins, older.get(issue.id));
  });
};

/**
 * All open issues, oldest first, a page at a time. The page size is the one GitHub charges the fewest
 * points per issue for (page-size.ts), given the connections `options.needs` asks for; the first page
 * carries the context when it is not known yet.
 */
export async function* readOpenIssues(
  state: ReadState,
  options: ListOptions = {},
): AsyncIterable<readonly BacklogItem[]> {
  const needs = options.needs ?? ALL_NEEDS;
  let after: string | null = options.after ?? null;
  let read = 0;
  // GitHub stops an expensive query after 10 s with a 502/504 (and still charges it): each such page
  // is asked again at half the size, and the rest of the run keeps the smaller size.
  let cap = 100;
  for (;;) {
    type Page = {
      repository:
        (RawContext & { issues: { totalCount?: number; pageInfo: PageInfo; nodes: (RawIssue | null)[] } }) | null;
    };
    const withContext = !state.context;
    // The context (labels, two Projects counts) adds requests to the page it rides on.
    const first = cheapestPageSize(connectionsPerIssue(state, needs), withContext ? CONTEXT_REQUESTS : 0, cap);
    let page: Page;
    try {
      page = await readWithProjects<Page>(
        state,
        OPEN_ISSUES_QUERY,
        { owner: state.owner, name: state.name, first, after, withContext, ...needVariables(state, needs) },
        `list the open issues of ${state.owner}/${state.name}`,
      );
    } catch (error) {
      if (!isTimeout(error) || first <= MIN_PAGE) throw error;
      cap = Math.max(MIN_PAGE, Math.floor(first / 2));
      state.client.log.info(`GitHub timed out on a page of ${first} issues; asking for ${cap} at a time.`);
      continue;
    }
    if (!page.repository) return;
    if (withContext) await rememberContext(state, page.repository);
    const { issues } = page.repository;
    const items = await toItems(state, issues.nodes);
    read += items.length;
    options.onPage?.({
      total: issues.totalCount ?? read,
      read,
      hasNextPage: issues.pageInfo.hasNextPage,
      endCursor: issues.pageInfo.endCursor,
    });
    yield items;
    if (!issues.pageInfo.hasNextPage || !issues.pageInfo.endCursor) return;
    after = issues.pageInfo.endCursor;
  }
}

/** One issue in one request (plus the context if still unknown); undefined for pull requests and missing issues. */
export const readIssue = async (state: ReadState, number: number): Promise<BacklogItem | undefined> => {
  type Data = { repository: (RawContext & { issue: RawIssue | null }) | null };
  const withContext = !state.context;
  const data = await readWithProjects<Data>(
    state,
    ISSUE_QUERY,
    { owner: state.owner, name: state.name, number, withContext, ...needVariables(state, ALL_NEEDS) },
    `read issue #${number} of ${state.owner}/${state.name}`,
    true,
  );
  if (withContext) await rememberContext(state, data.repository);
  const issue = data.repository?.issue;
  return issue ? (await toItems(state, [issue]))[0] : undefined;
};
