import type { BacklogItem } from '#src/model/backlog-item.ts';
import type { GraphqlError } from './github-client.ts';
import { PLANNING_FIELDS } from './planning-fields.ts';
import type { ReadState } from './read-issues.ts';

/** A GraphQL error about issue field values (not readable with this token, or not on this server). */
export const isIssueFieldsError = (error: GraphqlError): boolean => (error.path ?? []).includes('issueFieldValues');

/**
 * Stops asking for issue field values for the rest of the run, saying once why and what would help.
 * GitHub gives values to any token that can read the issue; an error here means the organisation
 * keeps them from this token (or the server lacks them), so the rules fall back to labels and text.
 */
export const disableIssueFields = (state: ReadState, error?: GraphqlError): void => {
  if (state.withIssueFields === false) return;
  state.withIssueFields = false;
  if (!error) return;
  state.client.log.info(
    `Notice: issue field values (Priority, Effort, Target date) are not readable here (${error.message ?? 'no details'}), so estimates and priorities come from labels and text for this run. A token with "Issues: read" on the organisation's repositories (a GitHub App installed on the organisation) can read them.`,
  );
};

// Names only GitHub's planning data brings into the schema: a validation error naming one means an older server.
const PLANNING_NAMES =
  /'(?:issueType|parent|subIssuesSummary|issueDependenciesSummary|issueFieldValues|IssueFieldCommon|IssueField\w*Value)'/;

/** The server rejected the document because its schema lacks GitHub's planning fields (GHES before they shipped). */
export const lacksPlanningFields = (error: unknown): boolean => {
  const message = error instanceof Error ? error.message : String(error);
  return (
    /doesn't exist on type|unknown type|undefinedField|undefinedType/i.test(message) && PLANNING_NAMES.test(message)
  );
};

/** The document without the PlanningFields fragment, its spreads and its variable. */
export const withoutPlanning = (document: string): string =>
  document
    .replaceAll(PLANNING_FIELDS, '')
    .replace(/\n\s*\.\.\.PlanningFields\b/g, '')
    .replace(', $withIssueFields: Boolean = true', '');

/** Stops asking for planning data for the rest of the run, saying once why. */
export const disablePlanning = (state: ReadState, error: unknown): void => {
  state.withPlanning = false;
  state.withIssueFields = false;
  state.client.log.info(
    `Notice: this GitHub server does not have issue types, sub-issues, dependencies or issue fields (${error instanceof Error ? error.message : String(error)}), so they are judged from labels and text. GitHub.com and recent GitHub Enterprise Server versions have them.`,
  );
};

/**
 * Issues read without any issue field value before the run stops asking for them: enough of a
 * sample that none having a value means the repository does not use them (pages hold 5–100 issues,
 * sized by page-size.ts, so this counts across pages).
 */
const SAMPLE = 49;

/**
 * The open backlog with GitHub's planning data, streamed page by page as the bulk read gives them
 * (so a points budget can still stop the read between pages). Issue field values are one more
 * connection per issue, so once SAMPLE issues were read and none has a value the rest of the run
 * stops asking (a repository that does not use issue fields pays that once). Blockers are named
 * afterwards, for all pages at once, by `readBlockers` (the gateway's `nameBlockers`).
 */
export async function* withPlanning(
  state: ReadState,
  pages: AsyncIterable<readonly BacklogItem[]>,
): AsyncIterable<readonly BacklogItem[]> {
  let seen = 0;
  let used = false;
  for await (const page of pages) {
    seen += page.length;
    used ||= page.some((item) => item.issueFields && Object.keys(item.issueFields).length > 0);
    if (!used && seen >= SAMPLE && state.withIssueFields !== false) {
      disableIssueFields(state);
      state.client.log.debug(`No issue field values on ${seen} issues: not reading them for the rest of this run.`);
    }
    yield page;
  }
}
