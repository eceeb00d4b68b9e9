// The published schema defines a few fields twice; assumeValidSDL skips that SDL check, not query validation.
import { schema as githubSchema } from '@octokit/graphql-schema';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as queries from '#src/github/queries.ts';
import { batchMutation } from '#src/github/mutations.ts';

const schema = buildSchema(githubSchema.idl, { assumeValidSDL: true });

const errorsOf = (document: string): string[] => validate(schema, parse(document)).map((error) => error.message);

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
  it.each(documents)('%s is valid against the published GitHub schema', (_name, document) => {
    expect(errorsOf(document)).toEqual([]);
  });

  it('catches a field GitHub does not have (the check is real)', () => {
    expect(errorsOf('query { viewer { loginName } }')).toEqual([expect.stringContaining('loginName')]);
  });
});
