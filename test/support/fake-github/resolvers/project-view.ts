import type { GraphQLResolveInfo } from 'graphql';
import type { FakeIssue, FakeProjectValue } from '../state.ts';
import { connection, type PageArgs } from './connection.ts';

function fieldValueView(name: string, value: FakeProjectValue, index: number) {
  const fieldId = `PVTF_fake_${index}`;
  if (typeof value === 'number') {
    return {
      __typename: 'ProjectV2ItemFieldNumberValue',
      id: `PVTFV_${index}`,
      number: value,
      field: { __typename: 'ProjectV2Field', id: fieldId, name, dataType: 'NUMBER' },
    };
  }
  if (typeof value === 'string') {
    return {
      __typename: 'ProjectV2ItemFieldSingleSelectValue',
      id: `PVTFV_${index}`,
      name: value,
      optionId: `opt_${index}`,
      field: {
        __typename: 'ProjectV2SingleSelectField',
        id: fieldId,
        name,
        dataType: 'SINGLE_SELECT',
        options: [{ id: `opt_${index}`, name: value }],
      },
    };
  }
  return {
    __typename: 'ProjectV2ItemFieldTextValue',
    id: `PVTFV_${index}`,
    text: value.text,
    field: { __typename: 'ProjectV2Field', id: fieldId, name, dataType: 'TEXT' },
  };
}

/** Issue.projectItems: one project item carrying the seeded field values, or none. */
export function projectItemsView(issue: FakeIssue, args: PageArgs, info: GraphQLResolveInfo) {
  const fields = issue.projectFields;
  const items = fields
    ? [
        {
          __typename: 'ProjectV2Item',
          id: `PVTI_fake_${issue.id}`,
          type: 'ISSUE',
          isArchived: false,
          project: { __typename: 'ProjectV2', id: 'PVT_fake_1', number: 1, title: 'Backlog' },
          fieldValues: (page: PageArgs, _ctx: unknown, inner: GraphQLResolveInfo) =>
            connection(
              Object.entries(fields).map(([name, value], index) => fieldValueView(name, value, index)),
              page,
              'fieldValues',
              inner,
            ),
          fieldValueByName: ({ name }: { name: string }) =>
            name in fields ? fieldValueView(name, fields[name] as FakeProjectValue, 0) : null,
        },
      ]
    : [];
  return connection(items, args, 'projectItems', info);
}
