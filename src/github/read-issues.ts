import type { BacklogItem } from '#src/model/backlog-item.ts';
import type { RepoContext } from './gateway.ts';
import type { CountingClient, GraphqlError } from './github-client.ts';
import { nodesOf, type PageInfo, type RawContext, type RawIssue, type RawLabel } from './graphql-shapes.ts';
import { mapIssue } from './map-issue.ts';
import { mapTemplates } from './map-templates.ts';
import {
  disableIssueFields,
  disablePlanning,
  isIssueFieldsError,
  lacksPlanningFields,
  withoutPlanning,
} from './planning-read.ts';
import { ISSUE_QUERY, LABELS_QUERY, OPEN_ISSUES_QUERY, REPO_CONTEXT_QUERY } from './queries.ts';
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
      { ...variables, withProjects: state.withProjects, withIssueFields: state.withIssueFields ?? true },
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

/** Stores the context carried by a first page; labels past the first 100 cost extra reads. */
export const rememberContext = async (state: ReadState, raw: RawContext | null | undefined): Promise<void> => {
  if (!raw?.labels) return;
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

/** Maps raw issues to items, remembering their node ids for later writes. */
export const toItems = (state: ReadState, issues: readonly (RawIssue | null)[]): BacklogItem[] =>
  nodesOf({ nodes: issues }).map((issue) => {
    state.cache.issueIds.set(issue.number, issue.id);
    return mapIssue(issue, state.selfLogins);
  });

/** All open issues, a page of up to 100 at a time; the first page carries the context when it is not known yet. */
export async function* readOpenIssues(state: ReadState): AsyncIterable<readonly BacklogItem[]> {
  let after: string | null = null;
  do {
    type Page = { repository: (RawContext & { issues: { pageInfo: PageInfo; nodes: (RawIssue | null)[] } }) | null };
    const withContext = !state.context;
    const page: Page = await readWithProjects<Page>(
      state,
      OPEN_ISSUES_QUERY,
      { owner: state.owner, name: state.name, after, withContext },
      `list the open issues of ${state.owner}/${state.name}`,
    );
    if (!page.repository) return;
    if (withContext) await rememberContext(state, page.repository);
    yield toItems(state, page.repository.issues.nodes);
    after = page.repository.issues.pageInfo.hasNextPage ? page.repository.issues.pageInfo.endCursor : null;
  } while (after);
}

/** One issue in one request (plus the context if still unknown); undefined for pull requests and missing issues. */
export const readIssue = async (state: ReadState, number: number): Promise<BacklogItem | undefined> => {
  type Data = { repository: (RawContext & { issue: RawIssue | null }) | null };
  const withContext = !state.context;
  const data = await readWithProjects<Data>(
    state,
    ISSUE_QUERY,
    { owner: state.owner, name: state.name, number, withContext },
    `read issue #${number} of ${state.owner}/${state.name}`,
    true,
  );
  if (withContext) await rememberContext(state, data.repository);
  const issue = data.repository?.issue;
  return issue ? toItems(state, [issue])[0] : undefined;
};
