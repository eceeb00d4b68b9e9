import { fromRestIssue } from './planning-input.ts';

/**
 * The input's issues, whichever `gh` printed them: `gh issue list --json` (one array), or
 * `gh api --paginate --slurp repos/{owner}/{repo}/issues` (one array per page, REST field names,
 * pull requests included). Pages are joined, pull requests dropped and REST names mapped to gh's.
 */
export const restEntries = (raw: readonly unknown[]): unknown[] =>
  raw
    .flatMap((entry) => (Array.isArray(entry) ? entry : [entry]))
    .filter((entry) => !(entry !== null && typeof entry === 'object' && 'pull_request' in entry && entry.pull_request))
    .map(fromRestIssue);
