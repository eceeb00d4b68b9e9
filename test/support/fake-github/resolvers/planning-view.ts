import type { GraphQLResolveInfo } from 'graphql';
import { blockersOf, blockingOf, dependenciesSummary, findIssue, subIssuesOf, subIssuesSummary } from '../planning.ts';
import type { FakeIssue, FakeIssueFieldValue, FakeRepo, FakeState } from '../state.ts';
import { connection, type PageArgs } from './connection.ts';

type IssueViewOf = (state: FakeState, repo: FakeRepo, issue: FakeIssue) => unknown;

const fieldView = (name: string, value: FakeIssueFieldValue, index: number) => {
  const common = { id: `IFV_fake_${index}_${name}` };
  const field = (typename: string, dataType: string) => ({
    __typename: typename,
    id: `IF_fake_${name}`,
    name,
    dataType,
    visibility: 'ALL',
    createdAt: '2026-01-01T00:00:00Z',
  });
  if (typeof value === 'number')
    return { ...common, __typename: 'IssueFieldNumberValue', value, field: field('IssueFieldNumber', 'NUMBER') };
  if (typeof value === 'string')
    return {
      ...common,
      __typename: 'IssueFieldSingleSelectValue',
      name: value,
      value,
      color: 'GRAY',
      optionId: `IFSO_fake_${value}`,
      field: field('IssueFieldSingleSelect', 'SINGLE_SELECT'),
    };
  if ('date' in value)
    return { ...common, __typename: 'IssueFieldDateValue', value: value.date, field: field('IssueFieldDate', 'DATE') };
  return { ...common, __typename: 'IssueFieldTextValue', value: value.text, field: field('IssueFieldText', 'TEXT') };
};

/**
 * The planning fields of an Issue view: parent, sub-issues and their summary, "blocked by" / "blocking"
 * and their summary, and issue field values. `issueView` is passed in to avoid an import cycle.
 */
export const planningView = (state: FakeState, repo: FakeRepo, issue: FakeIssue, issueView: IssueViewOf) => {
  const views = (list: { repo: FakeRepo; issue: FakeIssue }[]) => list.map((e) => issueView(state, e.repo, e.issue));
  return {
    parent: () => {
      const found = issue.parent && findIssue(state, issue.parent);
      return found ? issueView(state, found.repo, found.issue) : null;
    },
    subIssuesSummary: () => subIssuesSummary(state, repo, issue),
    subIssues: (args: PageArgs, _ctx: unknown, info: GraphQLResolveInfo) =>
      connection(views(subIssuesOf(state, repo, issue)), args, 'subIssues', info),
    issueDependenciesSummary: () => dependenciesSummary(state, repo, issue),
    blockedBy: (args: PageArgs, _ctx: unknown, info: GraphQLResolveInfo) =>
      connection(views(blockersOf(state, issue)), args, 'blockedBy', info),
    blocking: (args: PageArgs, _ctx: unknown, info: GraphQLResolveInfo) =>
      connection(views(blockingOf(state, repo, issue)), args, 'blocking', info),
    issueFieldValues: (args: PageArgs, _ctx: unknown, info: GraphQLResolveInfo) =>
      connection(
        Object.entries(issue.issueFields ?? {}).map(([name, value], index) => fieldView(name, value, index)),
        args,
        'issueFieldValues',
        info,
      ),
  };
};
