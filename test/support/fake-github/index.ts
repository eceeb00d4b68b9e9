import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FailureQueue, type FailureRule, type RecordedRequest } from './failures.ts';
import { createState } from './create-state.ts';
import type { FakeSeed } from './seed.ts';
import { githubSchema } from './graphql-schema.ts';
import { loadSpec } from './rest-spec.ts';
import { listen } from './server.ts';
import type { FakeState } from './state.ts';

export { createFakeClock, DEFAULT_FAKE_NOW, type FakeClock } from './clock.ts';
export {
  NOT_ACCESSIBLE_MESSAGE,
  PRIMARY_RATE_LIMIT_MESSAGE,
  SECONDARY_RATE_LIMIT_MESSAGE,
  type FailureRule,
  type RecordedRequest,
} from './failures.ts';
export { githubSchema } from './graphql-schema.ts';
export { createState } from './create-state.ts';
export {
  anIssueSeed,
  seedRepo,
  type CommentSeed,
  type EventSeed,
  type FakeSeed,
  type IssueSeed,
  type LabelSeed,
  type MilestoneSeed,
  type RepoSeed,
} from './seed.ts';
export {
  findRepo,
  type FakeActor,
  type FakeComment,
  type FakeEvent,
  type FakeIssue,
  type FakeLabel,
  type FakeMilestone,
  type FakeRepo,
  type FakeState,
} from './state.ts';

export type FakeGitHubOptions = {
  seed?: FakeSeed;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Answer 401 to requests without an authorization header. */
  requireAuth?: boolean;
  /**
   * Load the OpenAPI description and build the GraphQL schema now (default true), so the first
   * request is as fast as the rest; both are cached per process.
   */
  warm?: boolean;
};

export type FakeGitHub = {
  /** http://127.0.0.1:PORT — REST at url, GraphQL at url + '/graphql'; GHES-style /api/v3 and /api/graphql also work. */
  readonly url: string;
  /** The live state; `reset()` replaces it, so read `fake.state` again afterwards. */
  readonly state: FakeState;
  /** Every request in arrival order. Cleared by reset(). */
  readonly requests: RecordedRequest[];
  /** Makes the next matching request(s) fail. */
  failNext(rule: FailureRule): void;
  /** Back to the seed: fresh state, no recorded requests, no pending failures. */
  reset(): void;
  close(): Promise<void>;
};

/** Starts a stateful fake of GitHub's REST and GraphQL APIs on 127.0.0.1 (see README in this folder). */
export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  if (options.warm ?? true) {
    loadSpec();
    githubSchema();
  }
  let state = createState(options.seed);
  const requests: RecordedRequest[] = [];
  const failures = new FailureQueue();
  const hung = new Set<ServerResponse>();
  const server: Server = await listen(
    { getState: () => state, requests, failures, requireAuth: options.requireAuth ?? false, hung },
    options.port ?? 0,
  );
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get state() {
      return state;
    },
    requests,
    failNext: (rule) => failures.add(rule),
    reset: () => {
      state = createState(options.seed);
      requests.length = 0;
      failures.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const response of hung) response.destroy();
        hung.clear();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
