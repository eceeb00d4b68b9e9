import type { z } from 'zod';

/** The `gh` command that prints everything the audit reads; quoted in fixes. */
export const GH_COMMAND =
  'gh issue list --state open --json number,title,body,labels,milestone,assignees,author,createdAt,updatedAt,url,comments';

const kindOf = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return value.length > 40 ? `a string ("${value.slice(0, 37)}...")` : `"${value}"`;
  return String(value);
};

const valueAt = (root: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (node, key) =>
      node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined,
    root,
  );

const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );

const EXPECTED: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  array: 'a list',
  object: 'an object',
  boolean: 'true or false',
};

/**
 * One line about the first schema problem of one issue: which issue (index, and number when
 * readable), which field, what was found, and what it should be.
 */
export const describeItemProblem = (issue: z.core.$ZodIssue, raw: unknown, index: number): string => {
  const number = valueAt(raw, ['number']);
  const which = typeof number === 'number' ? `issue at index ${index} (#${number})` : `issue at index ${index}`;
  const field = formatPath(issue.path);
  const found = valueAt(raw, issue.path);
  if (issue.path.length === 0) return `${which} is ${kindOf(raw)}; expected an object with number, title, body, …`;
  if (found === undefined) return `${which} is missing "${field}"; print it with \`${GH_COMMAND}\``;
  if (issue.code === 'invalid_type')
    return `${which} has "${field}" = ${kindOf(found)}; expected ${EXPECTED[issue.expected] ?? issue.expected}`;
  if (issue.code === 'custom') return `${which} has "${field}" = ${kindOf(found)}; expected ${issue.message}`;
  return `${which} has "${field}" = ${kindOf(found)}: ${issue.message}`;
};
