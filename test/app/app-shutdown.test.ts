import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '#test/support/fake-github/index.ts';
import { appEnv, sign, WEBHOOK_PATH } from './app-harness.ts';
import { appSeed, REPOSITORY } from './app-fixtures.ts';
import { freePort } from './server-support.ts';
import { retarget, webhookExamples } from './webhook-examples.ts';

// `npm start` in its own process (as in production: retry and throttling on), stopped with SIGTERM.
const GRACE_SECONDS = 1;

let fake: FakeGitHub;
beforeAll(async () => {
  fake = await startFakeGitHub({ seed: appSeed() });
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

type Running = { child: ChildProcess; url: string; output: () => string; exited: Promise<number | null> };

const startServer = async (): Promise<Running> => {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/app/server.ts'], {
    env: {
      PATH: process.env.PATH,
      ...appEnv(fake),
      PORT: String(port),
      HOST: '127.0.0.1',
      APP_SLUG: 'backlog-hygiene',
      LOG_LEVEL: 'info',
      LOG_FORMAT: 'json',
      BACKLOG_HYGIENE_SHUTDOWN_SECONDS: String(GRACE_SECONDS),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries += 1) {
    const up = await fetch(`${url}/ping`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) break;
    if (tries > 100) throw new Error(`the server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, url, output: () => output, exited };
};

const deliver = (url: string, name: string, payload: unknown) => {
  const body = JSON.stringify(payload);
  return fetch(`${url}${WEBHOOK_PATH}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-github-event': name,
      'x-github-delivery': randomUUID(),
      'x-hub-signature-256': sign(body),
    },
    body,
  }).then((response) => response.status);
};

const example = (name: string, action: string) => webhookExamples([name]).find((e) => e.action === action)!.payload;
const until = async (check: () => boolean) => {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 50));
};

describe('SIGTERM', () => {
  it('exits at once with nothing to do', async () => {
    const server = await startServer();
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 20_000);

  it('hands back queued events within the grace period when GitHub stops answering', async () => {
    const server = await startServer();
    // The first read never gets an answer, so the first review hangs and the rest queue behind it.
    fake.failNext({ match: (request) => request.surface === 'graphql', status: 502, hang: true });
    const first = deliver(
      server.url,
      'issues',
      retarget(example('issues', 'opened'), { fullName: REPOSITORY, number: 2 }),
    ).catch(() => 'dropped');
    await until(() => fake.requests.some((request) => request.surface === 'graphql'));
    const queued = [
      deliver(server.url, 'issues', retarget(example('issues', 'opened'), { fullName: REPOSITORY, number: 4 })),
      deliver(server.url, 'milestone', retarget(example('milestone', 'closed'), { fullName: REPOSITORY, number: 1 })),
    ];
    await new Promise((resolve) => setTimeout(resolve, 300));
    const stopped = Date.now();
    server.child.kill('SIGTERM');
    const code = await server.exited;
    const took = Date.now() - stopped;
    expect(code).toBe(1);
    // Grace for the queue, the same again for the step still running, plus start-up slack.
    expect(took).toBeLessThan(2 * GRACE_SECONDS * 1000 + 3_000);
    // Handed-back deliveries fail, so GitHub shows them as failed and they can be redelivered.
    expect(await Promise.all(queued)).toEqual([500, 500]);
    // The review GitHub never answered was still running at the deadline: its connection is dropped.
    expect(await first).toBe('dropped');
    expect(server.output()).toContain('handed back');
    expect(server.output()).toContain(`${REPOSITORY}#4`);
  }, 30_000);
});
