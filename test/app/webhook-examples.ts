import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

type Account = { login?: string; type?: string };
type Example = {
  action?: string;
  issue?: { number?: number; pull_request?: unknown; [key: string]: unknown };
  repository?: { name?: string; full_name?: string; owner?: Account; [key: string]: unknown };
  installation?: { id: number; node_id?: string };
  changes?: { new_issue?: Record<string, unknown>; new_repository?: Record<string, unknown> };
  [key: string]: unknown;
};
type WebhookIndex = { name: string; actions: string[]; examples: Example[] }[];

/** One example delivery from @octokit/webhooks-examples. */
export type WebhookExample = {
  readonly name: string;
  readonly action: string;
  readonly index: number;
  readonly payload: Example;
};

/** Every example payload of the given events, in the package's order. */
export const webhookExamples = (names: readonly string[]): WebhookExample[] => {
  const all = require('@octokit/webhooks-examples/api.github.com/index.json') as WebhookIndex;
  return all
    .filter((entry) => names.includes(entry.name))
    .flatMap((entry) =>
      entry.examples.map((payload, index) => ({ name: entry.name, action: payload.action ?? '', index, payload })),
    );
};

/**
 * The example rewritten to point at the fake's repository, issue and installation (id 1), the
 * way a real delivery for that repository would look. A transferred issue "moves" to the same place.
 */
export const retarget = (
  example: Example,
  target: { fullName: string; number: number; installationId?: number },
): Example => {
  const payload = structuredClone(example);
  const [owner = '', name = ''] = target.fullName.split('/');
  const repository = {
    ...payload.repository,
    name,
    full_name: target.fullName,
    owner: { ...payload.repository?.owner, login: owner },
  };
  payload.repository = repository;
  payload.installation = { id: target.installationId ?? 1, node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ==' };
  if (payload.issue) payload.issue = { ...payload.issue, number: target.number };
  if (payload.changes?.new_issue)
    payload.changes = {
      ...payload.changes,
      new_issue: { ...payload.changes.new_issue, number: target.number },
      new_repository: repository,
    };
  return payload;
};
