import { describe, expect, it } from 'vitest';
import { InputError } from '#src/input/input-error.ts';
import { readBacklog } from '#src/input/read-backlog.ts';
import { aGhIssue } from './gh-issue.ts';

const SOURCE = '--input backlog.json';
const read = (value: unknown) =>
  readBacklog(typeof value === 'string' ? value : JSON.stringify(value, null, 2), SOURCE);
const errorOf = (value: unknown): string => {
  try {
    read(value);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected readBacklog to throw');
};

describe('readBacklog', () => {
  it('reads every issue of a gh issue list array', () => {
    const items = read([aGhIssue(), aGhIssue({ number: 13, title: 'Show busy slots in the week view' })]);
    expect(items.map((item) => item.number)).toEqual([12, 13]);
  });

  it('reads an empty array as an empty backlog', () => {
    expect(read([])).toEqual([]);
  });

  it.each([
    [
      'not JSON, with the line',
      '[\n  {"number": 1,\n  }\n]',
      /^--input backlog\.json is not valid JSON: .* at line 3, column 3$/,
    ],
    [
      'an object',
      { issues: [] },
      /^--input backlog\.json: expected a JSON array of issues as printed by `gh issue list .*`, got an object$/,
    ],
    ['a string', '"hello"', /got a string$/],
    [
      'missing title',
      [1, 2, 3, 4].map((number) => aGhIssue({ number })).concat(aGhIssue({ number: 5, title: undefined })),
      /: issue at index 4 \(#5\) is missing "title"; print it with `gh issue list/,
    ],
    [
      'labels of the wrong type',
      [aGhIssue({ labels: 'bug' })],
      /issue at index 0 \(#12\) has "labels" = "bug"; expected a list$/,
    ],
    [
      'a label without a name',
      [aGhIssue({ labels: [{ color: 'fff' }] })],
      /issue at index 0 \(#12\) is missing "labels\[0\]\.name"/,
    ],
    [
      'a date that is not a time',
      [aGhIssue({ createdAt: 'yesterday' })],
      /has "createdAt" = "yesterday"; expected an ISO-8601 time like "2026-11-21T09:00:00Z"$/,
    ],
    ['an entry that is not an object', [42], /issue at index 0 is 42; expected an object/],
    ['a duplicate number', [aGhIssue(), aGhIssue()], /issue #12 appears twice \(at index 0 and 1\)/],
  ])('rejects %s with one clear line', (_case, input, message) => {
    const text = errorOf(input);
    expect(text).toMatch(message);
    expect(text).not.toContain('\n');
  });

  it("rejects a body over GitHub's limit, naming the issue and the size", () => {
    expect(errorOf([aGhIssue({ body: 'x'.repeat(5_242_880) })])).toBe(
      "--input backlog.json: issue #12's body is 5,242,880 characters; GitHub allows at most 65,536 — is this the right file?",
    );
  });

  it('records the state of referenced issues that are in the file', () => {
    const items = read([
      aGhIssue({ number: 7, title: 'Migrate the booking table to the new schema' }),
      aGhIssue({ number: 8, title: 'Recurring bookings', body: 'Blocked by #7 and #99.\n\nSee also #8.' }),
      aGhIssue({ number: 9, title: 'Shared calendars', body: 'Depends on #10', state: 'OPEN' }),
      aGhIssue({ number: 10, title: 'Old export', state: 'CLOSED' }),
    ]);
    expect(items[1]?.linkedStates).toEqual({ 7: 'open' });
    expect(items[2]?.linkedStates).toEqual({ 10: 'closed' });
    expect(items[0]?.linkedStates).toBeUndefined();
  });
});
