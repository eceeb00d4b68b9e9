import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import {
  failureReply,
  forbiddenAnswer,
  type FailureQueue,
  type FailureRule,
  type RecordedRequest,
} from './failures.ts';
import { executeGraphql, inspectGraphql } from './graphql-handler.ts';
import { handleRest } from './rest-router.ts';
import type { FakeState } from './state.ts';

export type ServerDeps = {
  getState: () => FakeState;
  requests: RecordedRequest[];
  failures: FailureQueue;
  requireAuth: boolean;
  /** Responses held open by `hang` failures, ended on close(). */
  hung: Set<ServerResponse>;
};

const GHES_PREFIX = '/api/v3';

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'x-github-media-type': 'github.v3; format=json',
    'x-github-request-id': 'FAKE:0000:0000000:0000000:00000000',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-reset': '4102444800',
    'x-ratelimit-used': '1',
    'x-ratelimit-resource': 'core',
    ...headers,
  });
  response.end(text);
}

const replacesLabels = (method: string, template: string | undefined, body: unknown): boolean =>
  template === '/repos/{owner}/{repo}/issues/{issue_number}/labels'
    ? method === 'PUT' || method === 'DELETE'
    : method === 'PATCH' &&
      template === '/repos/{owner}/{repo}/issues/{issue_number}' &&
      body !== null &&
      typeof body === 'object' &&
      'labels' in body;

async function handle(deps: ServerDeps, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const method = (request.method ?? 'GET').toUpperCase();
  const url = new URL(request.url ?? '/', `http://${request.headers.host ?? '127.0.0.1'}`);
  const ghes =
    url.pathname === '/api/graphql' || url.pathname.startsWith(`${GHES_PREFIX}/`) || url.pathname === GHES_PREFIX;
  const path =
    url.pathname === '/api/graphql' ? '/graphql' : ghes ? url.pathname.slice(GHES_PREFIX.length) || '/' : url.pathname;
  const text = await readBody(request);
  let body: unknown;
  let badJson = false;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    badJson = true;
  }
  const isGraphql = path === '/graphql' && method === 'POST';
  const graphql = isGraphql ? inspectGraphql(body) : undefined;
  const record: RecordedRequest = {
    method,
    path,
    query: url.search.replace(/^\?/, ''),
    kind: graphql ? graphql.kind : method === 'GET' || method === 'HEAD' ? 'read' : 'write',
    surface: isGraphql ? 'graphql' : 'rest',
    body,
    operation: graphql?.query,
    operationName: graphql?.operationName,
    variables: graphql?.variables,
    replacesLabels: false,
    injected: false,
  };
  deps.requests.push(record);
  const reply = (status: number, payload: unknown, headers?: Record<string, string>): void => {
    record.status = status;
    send(response, status, payload, headers);
  };
  if (deps.requireAuth && !request.headers.authorization)
    return reply(401, { message: 'Requires authentication', documentation_url: 'https://docs.github.com/rest' });
  if (badJson)
    return reply(400, { message: 'Problems parsing JSON', documentation_url: 'https://docs.github.com/rest' });
  const failure = deps.failures.take(record);
  if (failure) record.injected = true;
  // Without a response nothing reaches the client: Node's fetch sees the socket close ("other side closed").
  const fail = (rule: FailureRule): void => {
    if (rule.hang) return void deps.hung.add(response);
    if (rule.drop) return void response.socket?.destroy();
    if (rule.forbidden && graphql?.document)
      return reply(200, forbiddenAnswer(graphql.document, graphql.operationName));
    const injected = failureReply(rule);
    return reply(injected.status, injected.body, injected.headers);
  };
  if (failure && !failure.afterWrite) return fail(failure);
  const state = deps.getState();
  if (graphql) {
    const answer = await executeGraphql(state, graphql, deps.requests.filter((r) => r.surface === 'graphql').length);
    return failure ? fail(failure) : reply(200, answer);
  }
  const apiBase = `http://${request.headers.host ?? '127.0.0.1'}${ghes ? GHES_PREFIX : ''}`;
  const outcome = handleRest(method, path, {
    state,
    query: url.searchParams,
    body,
    apiBase,
    requestUrl: url,
    authorization: request.headers.authorization,
  });
  record.template = outcome.template;
  record.operationId = outcome.operationId;
  record.replacesLabels = outcome.reply.status < 300 && replacesLabels(method, outcome.template, body);
  if (failure) return fail(failure);
  return reply(outcome.reply.status, outcome.reply.body, outcome.reply.headers);
}

/** Starts the HTTP server on 127.0.0.1. */
export function listen(deps: ServerDeps, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    handle(deps, request, response).catch((error: unknown) => {
      console.error('fake-github: handler crashed', error);
      if (!response.headersSent) send(response, 500, { message: `fake-github crashed: ${String(error)}` });
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
