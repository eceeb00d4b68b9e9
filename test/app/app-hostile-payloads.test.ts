import { randomUUID } from 'node:crypto';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { HandledEvent } from '#src/app/app-options.ts';
import { createBacklogHygieneMiddleware } from '#src/app/middleware.ts';
import type { Probot } from 'probot';
import { startFakeGitHub, type FakeGitHub } from '#test/support/fake-github/index.ts';
import { appEnv, sign, WEBHOOK_PATH } from './app-harness.ts';
import { appSeed, REPOSITORY, VAGUE } from './app-fixtures.ts';
import { capturingLogger } from './server-support.ts';
import { retarget, webhookExamples } from './webhook-examples.ts';

const MB = 1024 * 1024;
let fake: FakeGitHub;
let server: Server;
let url: string;
const handled: HandledEvent[] = [];
const { logger, lines } = capturingLogger();

beforeAll(async () => {
  fake = await startFakeGitHub({ seed: appSeed() });
  const middleware = await createBacklogHygieneMiddleware({
    env: { ...appEnv(fake), LOG_LEVEL: 'trace' },
    app: { appSlug: 'backlog-hygiene', onHandled: (event) => void handled.push(event) },
    octokit: { retry: false, throttle: false },
    log: logger as unknown as Probot['log'],
  });
  server = createServer((request, response) => void middleware(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${WEBHOOK_PATH}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await fake.close();
});
beforeEach(() => {
  lines.length = 0;
  handled.length = 0;
  fake.reset();
});

const headers = (body: string | Buffer, signed: boolean): Record<string, string> => ({
  'content-type': 'application/json',
  'x-github-event': 'issues',
  'x-github-delivery': randomUUID(),
  ...(signed ? { 'x-hub-signature-256': sign(body.toString()) } : {}),
});

/** A payload that is valid JSON and as large as asked, with a recognisable filler. */
const bigPayload = (bytes: number) => {
  const payload = retarget(webhookExamples(['issues']).find((e) => e.action === 'opened')!.payload, {
    fullName: REPOSITORY,
    number: VAGUE.number!,
  });
  return JSON.stringify({ ...payload, filler: 'HOSTILE-FILLER-'.repeat(Math.ceil(bytes / 15)) });
};

describe('oversized and odd payloads', () => {
  it('refuses an unsigned 20 MB delivery with one short log line and never logs the payload', async () => {
    const body = bigPayload(20 * MB);
    const response = await fetch(url, { method: 'POST', headers: headers(body, false), body });
    expect(response.status).toBe(401);
    const logged = lines.join('\n');
    expect(logged).not.toContain('HOSTILE-FILLER');
    expect(logged.length).toBeLessThan(2_000);
    expect(logged).toContain('no x-hub-signature-256 header');
    expect(fake.requests).toEqual([]);
  });

  it('refuses a delivery with a wrong signature without logging it', async () => {
    const body = bigPayload(1 * MB);
    const response = await fetch(url, {
      method: 'POST',
      headers: { ...headers(body, false), 'x-hub-signature-256': sign(body, 'not-the-secret') },
      body,
    });
    expect(response.status).toBe(401);
    expect(lines.join('\n')).not.toContain('HOSTILE-FILLER');
  });

  it('refuses a body announced above 25 MB at once, without reading it', async () => {
    const started = Date.now();
    const status = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(url, {
        method: 'POST',
        headers: { ...headers('{}', true), 'content-length': String(26 * MB) },
      });
      request.on('response', (response) => resolve(response.statusCode ?? 0));
      request.on('error', reject);
      // Only the first kilobyte is ever sent: an answer proves the server did not wait for the rest.
      request.write('x'.repeat(1024));
    });
    expect(status).toBe(413);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(lines.join('\n')).toContain("larger than GitHub's 26,214,400-byte webhook limit");
  });

  it('refuses a streamed body as soon as it passes 25 MB', async () => {
    // The server answers and closes the connection while the sender is still writing: the sender sees
    // the 413, or (when its next write lands first) the closed connection.
    const outcome = await new Promise<number | 'closed'>((resolve) => {
      const request = httpRequest(url, {
        method: 'POST',
        headers: { ...headers('{}', true), 'transfer-encoding': 'chunked' },
      });
      request.on('response', (response) => resolve(response.statusCode ?? 0));
      request.on('error', () => resolve('closed'));
      const chunk = Buffer.alloc(MB, 'x');
      const pump = (left: number) => {
        if (left === 0 || request.destroyed) return;
        if (request.write(chunk)) setImmediate(() => pump(left - 1));
        else request.once('drain', () => pump(left - 1));
      };
      pump(30);
    });
    expect([413, 'closed']).toContain(outcome);
    expect(lines.join('\n')).toContain("larger than GitHub's 26,214,400-byte webhook limit");
    expect(handled).toEqual([]);
  });

  it.each([
    ['null', 'null'],
    ['a bare string', '"hello"'],
    ['a number', '42'],
    ['an array', '[]'],
  ])('answers 400, not 500, to a signed body of %s', async (_name, body) => {
    const response = await fetch(url, { method: 'POST', headers: headers(body, true), body });
    expect(response.status).toBe(400);
    expect(handled).toEqual([]);
  });

  it('still handles a well-formed signed delivery', async () => {
    const body = bigPayload(100);
    const response = await fetch(url, { method: 'POST', headers: headers(body, true), body });
    expect(response.status).toBe(200);
    expect(handled.map((event) => event.outcome)).toEqual(['reviewed']);
    // The captured logger is the one Probot writes to, so the tests above saw everything it logged.
    expect(lines.join('\n')).toContain('event received');
  });
});
