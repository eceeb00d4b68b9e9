// GitHub's planning data on an issue, as GraphQL fragments kept apart from the main issue fragment
// so the bulk read can be reshaped without touching them. Cost: `issueType`, `parent`,
// `subIssuesSummary` and `issueDependenciesSummary` are single objects and cost no points; only
// `issueFieldValues` is a connection (one request per issue, so one point per page of 100) and is
// asked for only while `$withIssueFields` is true. Blockers themselves are read afterwards, only
// for issues that have open ones (read-blockers.ts).

/** Type, parent, sub-issue progress and dependency counts: free. `blockedBy` counts open blockers only. */
export const PLANNING_FIELDS = `fragment PlanningFields on Issue {
    issueType { name }
    parent { number repository { nameWithOwner } }
    subIssuesSummary { total completed percentCompleted }
    issueDependenciesSummary { blockedBy totalBlockedBy }
    issueFieldValues(first: 20) @include(if: $withIssueFields) {
      nodes {
        __typename
        ... on IssueFieldNumberValue { number: value field { ... on IssueFieldCommon { name } } }
        ... on IssueFieldSingleSelectValue { name field { ... on IssueFieldCommon { name } } }
        ... on IssueFieldDateValue { date: value field { ... on IssueFieldCommon { name } } }
        ... on IssueFieldTextValue { text: value field { ... on IssueFieldCommon { name } } }
      }
    }
  }`;

/** The open and closed issues blocking some issues, by node id: only for issues whose summary counts open blockers. */
export const BLOCKERS_QUERY = `query Blockers($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on Issue {
      number
      blockedBy(first: 10) { nodes { number state title repository { nameWithOwner } } }
    }
  }
}`;

/** The issues one issue blocks, to re-judge them when it closes (up to 100; more is a planning smell). */
export const DEPENDENTS_QUERY = `query Dependents($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) {
    issue(number: $number) {
      blocking(first: 100) { nodes { number state repository { nameWithOwner } } }
    }
  }
}`;

/**
 * The sub-issues of one issue, with what judging their estimates needs (the milestone-read fields), so an
 * event on a parent sums its children as the nightly audit does. Asked only for issues that have sub-issues.
 */
export const subIssuesQuery = (issueFields: string): string =>
  `query SubIssues($owner: String!, $name: String!, $number: Int!, $withProjects: Boolean!, $withIssueFields: Boolean = true) {
  repository(owner: $owner, name: $name) {
    issue(number: $number) {
      subIssues(first: 50) { nodes { ...MilestoneIssueFields } }
    }
  }
}
${issueFields}`;
