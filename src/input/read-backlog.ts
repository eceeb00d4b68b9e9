import type { BacklogItem } from '#src/model/backlog-item.ts';
import { describeItemProblem, GH_COMMAND } from './describe-item-problem.ts';
import { formatJsonError } from './format-json-error.ts';
import { ghIssueSchema, type GhIssue } from './gh-issue-schema.ts';
import { InputError } from './input-error.ts';
import { linkStates } from './link-states.ts';
import { restEntries } from './rest-entries.ts';
import { toBacklogItem } from './to-backlog-item.ts';

/** GitHub rejects issue bodies longer than this; a longer one means the file is not what it seems. */
export const MAX_BODY_LENGTH = 65_536;

const kindOf = (value: unknown): string =>
  value === null
    ? 'null'
    : typeof value === 'object'
      ? 'an object'
      : typeof value === 'string'
        ? 'a string'
        : `a ${typeof value}`;

const count = (n: number) => n.toLocaleString('en-US');

/**
 * Parses the text of a `gh issue list --json …` file into backlog items. `source` names the
 * input in messages (e.g. "--input backlog.json"). Throws one InputError whose message names
 * the first problem and how to fix it.
 */
export const readBacklog = (text: string, source: string): BacklogItem[] => {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${source} is not valid JSON: ${formatJsonError((error as Error).message, text)}`);
  }
  if (!Array.isArray(raw)) {
    throw new InputError(
      `${source}: expected a JSON array of issues as printed by \`${GH_COMMAND}\`, got ${kindOf(raw)}`,
    );
  }
  const issues: GhIssue[] = [];
  const seen = new Map<number, number>();
  restEntries(raw).forEach((entry: unknown, index) => {
    const result = ghIssueSchema.safeParse(entry);
    if (!result.success)
      throw new InputError(`${source}: ${describeItemProblem(result.error.issues[0]!, entry, index)}`);
    const issue = result.data;
    if (issue.body.length > MAX_BODY_LENGTH) {
      throw new InputError(
        `${source}: issue #${issue.number}'s body is ${count(issue.body.length)} characters; GitHub allows at most ${count(MAX_BODY_LENGTH)} — is this the right file?`,
      );
    }
    const earlier = seen.get(issue.number);
    if (earlier !== undefined) {
      throw new InputError(
        `${source}: issue #${issue.number} appears twice (at index ${earlier} and ${index}); list each issue once`,
      );
    }
    seen.set(issue.number, index);
    issues.push(issue);
  });
  return linkStates(issues.map(toBacklogItem));
};
