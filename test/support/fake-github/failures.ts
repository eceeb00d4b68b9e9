import { getOperationAST, Kind, type DocumentNode } from 'graphql';

/** One request as the fake saw it; tests assert on these (counts of reads and writes, forbidden calls). */
export type RecordedRequest = {
  method: string;
  /** Path without the GHES /api/v3 prefix and without the query string (GraphQL: "/graphql"). */
  path: string;
  /** Query string, without "?" ('' when none). */
  query: string;
  /** GET/HEAD and GraphQL queries read; other methods and GraphQL mutations write. */
  kind: 'read' | 'write';
  surface: 'rest' | 'graphql';
  /** The OpenAPI template the path matched, e.g. "/repos/{owner}/{repo}/issues/{issue_number}/labels". */
  template?: string;
  operationId?: string;
  /** Parsed JSON body, when there was one. */
  body?: unknown;
  /** GraphQL: the document text, operation name and variables. */
  operation?: string;
  operationName?: string;
  variables?: Record<string, unknown>;
  /** True for calls that replace an issue's whole label set (PUT labels, PATCH with labels, DELETE all labels). */
  replacesLabels: boolean;
  /** The status answered (undefined while pending or for hung requests). */
  status?: number;
  /** True when failNext answered instead of the fake. */
  injected: boolean;
};

/** A failure to inject into the next matching request(s). */
export type FailureRule = {
  match?: (request: RecordedRequest) => boolean;
  status: 502 | 500 | 403 | 429;
  /** Seconds; sent as a retry-after header. */
  retryAfter?: number;
  message?: string;
  /** How many matching requests fail (default 1). */
  times?: number;
  /** Never answer (until close()), to exercise timeouts. */
  hang?: boolean;
  /** Close the connection without an answer (a dropped connection; Node's fetch fails with "other side closed"). */
  drop?: boolean;
  /** Carry the request out first, then answer with the failure (or drop): GitHub did the write but the client never learns it. */
  afterWrite?: boolean;
  /**
   * A token that may not write: a GraphQL request gets HTTP 200 with one `FORBIDDEN` error per
   * top-level field ("Resource not accessible by integration"), as GitHub answers mutations; a REST
   * request gets `status` (use 403) with that message.
   */
  forbidden?: boolean;
  /**
   * With 403/429: an exhausted primary rate limit instead of a secondary one — no retry-after,
   * x-ratelimit-remaining 0 and x-ratelimit-reset `retryAfter` seconds (default 60) from the wall
   * clock, because Octokit compares the reset with Date.now().
   */
  primary?: boolean;
};

export const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID FAKE:0000:0000000:0000000:00000000.';

export const PRIMARY_RATE_LIMIT_MESSAGE = 'API rate limit exceeded for installation ID 1.';

const DEFAULT_MESSAGE: Record<FailureRule['status'], string> = {
  500: 'Server Error',
  502: 'Server Error',
  403: SECONDARY_RATE_LIMIT_MESSAGE,
  429: SECONDARY_RATE_LIMIT_MESSAGE,
};

/** Pending failure rules, consumed in the order they were added. */
export class FailureQueue {
  private rules: { rule: FailureRule; remaining: number }[] = [];

  add(rule: FailureRule): void {
    this.rules.push({ rule, remaining: rule.times ?? 1 });
  }

  /** The rule that fails this request, if any (consuming one of its uses). */
  take(request: RecordedRequest): FailureRule | undefined {
    const entry = this.rules.find((candidate) => candidate.remaining > 0 && (candidate.rule.match?.(request) ?? true));
    if (!entry) return undefined;
    entry.remaining -= 1;
    this.rules = this.rules.filter((candidate) => candidate.remaining > 0);
    return entry.rule;
  }

  clear(): void {
    this.rules = [];
  }
}

export const NOT_ACCESSIBLE_MESSAGE = 'Resource not accessible by integration';

/** GitHub's answer to a GraphQL document the token may not run: data null per top-level field, a FORBIDDEN error each. */
export function forbiddenAnswer(document: DocumentNode, operationName: string | undefined): unknown {
  const operation = getOperationAST(document, operationName);
  const fields = (operation?.selectionSet.selections ?? []).flatMap((selection) =>
    selection.kind === Kind.FIELD ? [(selection.alias ?? selection.name).value] : [],
  );
  return {
    data: Object.fromEntries(fields.map((name) => [name, null])),
    errors: fields.map((name) => ({
      type: 'FORBIDDEN',
      path: [name],
      extensions: { saml_failure: false },
      locations: [{ line: 2, column: 3 }],
      message: NOT_ACCESSIBLE_MESSAGE,
    })),
  };
}

/** The status, headers and body GitHub sends for this kind of failure. */
export function failureReply(rule: FailureRule): { status: number; headers: Record<string, string>; body: unknown } {
  const headers: Record<string, string> = {};
  const limited = rule.status === 403 || rule.status === 429;
  if (limited && rule.primary) {
    return {
      status: rule.status,
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-used': '5000',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + (rule.retryAfter ?? 60)),
      },
      body: {
        message: rule.message ?? PRIMARY_RATE_LIMIT_MESSAGE,
        documentation_url:
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-the-primary-rate-limit',
      },
    };
  }
  if (rule.retryAfter !== undefined) headers['retry-after'] = String(rule.retryAfter);
  if (limited) headers['x-ratelimit-remaining'] = '4000';
  if (rule.forbidden)
    return {
      status: rule.status,
      headers: {},
      body: {
        message: rule.message ?? NOT_ACCESSIBLE_MESSAGE,
        documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue',
      },
    };
  return {
    status: rule.status,
    headers,
    body: {
      message: rule.message ?? DEFAULT_MESSAGE[rule.status],
      documentation_url:
        'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
    },
  };
}
