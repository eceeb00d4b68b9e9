import type { FakeIssue, FakeRepo, FakeState } from '../state.ts';

/** What a REST handler receives: path parameters from the OpenAPI template, the query and the parsed JSON body. */
export type RestContext = {
  state: FakeState;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  /** Base of API URLs in responses: the fake's URL, plus /api/v3 for GHES-style requests. */
  apiBase: string;
  /** The full request URL, for Link headers. */
  requestUrl: URL;
  /** The raw authorization header, if any. */
  authorization?: string;
};

export type RestReply = { status: number; body?: unknown; headers?: Record<string, string> };

export type RestHandler = (context: RestContext) => RestReply;

/** Thrown by handlers to answer with a GitHub-style error. */
export class RestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

const DOCS = 'https://docs.github.com/rest';

/** GitHub's error body. */
export const errorBody = (status: number, message: string, extra: Record<string, unknown> = {}) => ({
  message,
  documentation_url: DOCS,
  status: String(status),
  ...extra,
});

/** The repository named by {owner}/{repo}, or a 404 like GitHub's. */
export function repoOf(context: RestContext): FakeRepo {
  const key = `${context.params.owner}/${context.params.repo}`.toLowerCase();
  for (const [name, repo] of context.state.repos) if (name.toLowerCase() === key) return repo;
  throw new RestError(404, 'Not Found');
}

/** The issue (or pull request) named by {issue_number}, or a 404. */
export function issueOf(context: RestContext, repo: FakeRepo = repoOf(context)): FakeIssue {
  const number = Number(context.params.issue_number);
  const issue = repo.issues.find((candidate) => candidate.number === number);
  if (!issue) throw new RestError(404, 'Not Found');
  return issue;
}

/** Reads `key` from a JSON object body. */
export const field = <T>(body: unknown, key: string): T | undefined =>
  body !== null && typeof body === 'object' && !Array.isArray(body)
    ? ((body as Record<string, unknown>)[key] as T | undefined)
    : undefined;
