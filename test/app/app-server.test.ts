import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { startAppServer, type StartedServer } from '#src/app/start-server.ts';
import { startFakeGitHub, type FakeGitHub } from '#test/support/fake-github/index.ts';
import { appEnv, sign, WEBHOOK_PATH } from './app-harness.ts';
import { appSeed, issueIn, REPOSITORY, VAGUE } from './app-fixtures.ts';
import { freePort } from './server-support.ts';
import { retarget, webhookExamples } from './webhook-examples.ts';

type Manifest = {
  name: string;
  public: boolean;
  hook_attributes: { url: string };
  redirect_url: string;
  default_events: string[];
  default_permissions: Record<string, string>;
};

const appYml = parse(readFileSync('app.yml', 'utf8')) as Manifest;

/** The manifest the setup page's "Register GitHub App" button posts to GitHub. */
const manifestOf = (html: string): Manifest => {
  const value = /name="manifest" id="manifest" value='([^']*)'/.exec(html)?.[1];
  if (!value) throw new Error('no manifest on the setup page');
  return JSON.parse(value) as Manifest;
};

describe('registration through Probot’s setup page', () => {
  let server: StartedServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
    vi.unstubAllEnvs();
  });

  // Probot reads these from process.env; without NO_SMEE_SETUP it would create a smee.io channel over the network.
  const setupEnv = (proxy?: string) => {
    vi.stubEnv('NODE_ENV', 'test');
    vi.stubEnv('NO_SMEE_SETUP', 'true');
    vi.stubEnv('WEBHOOK_PROXY_URL', proxy ?? '');
    vi.stubEnv('APP_ID', '');
    vi.stubEnv('PRIVATE_KEY', '');
  };

  it.each([
    ['this server', undefined],
    ['the webhook proxy', 'https://smee.io/backlog-hygiene-test'],
  ])('registers the local address, our permissions and our events, with webhooks sent to %s', async (_to, proxy) => {
    setupEnv(proxy);
    const port = await freePort();
    server = await startAppServer({ PORT: String(port), HOST: '127.0.0.1' });
    expect(server.mode).toBe('setup');
    const home = await fetch(`${server.url}/`, { redirect: 'manual' });
    expect(home.headers.get('location')).toBe('/probot');
    const manifest = manifestOf(await (await fetch(`${server.url}/probot`)).text());
    const local = `http://127.0.0.1:${port}`;
    expect(manifest.hook_attributes.url).toBe(proxy ?? `${local}/`);
    expect(manifest.redirect_url).toBe(`${local}/probot/setup`);
    expect(JSON.stringify(manifest)).not.toContain('example.com');
    expect(manifest).toMatchObject({
      name: 'Backlog Hygiene',
      public: false,
      default_events: appYml.default_events,
      default_permissions: appYml.default_permissions,
    });
    expect(manifest.default_permissions).toMatchObject({ issues: 'write', contents: 'read', metadata: 'read' });
    expect(manifest.default_events).toEqual(expect.arrayContaining(['issues', 'issue_comment', 'milestone']));
  });
});

describe('the app behind Probot’s server', () => {
  let fake: FakeGitHub;
  let server: StartedServer;
  beforeAll(async () => {
    fake = await startFakeGitHub({ seed: appSeed() });
    const port = await freePort();
    server = await startAppServer(
      { ...appEnv(fake), PORT: String(port), HOST: '127.0.0.1', APP_SLUG: 'backlog-hygiene', LOG_LEVEL: 'fatal' },
      { octokit: { retry: false, throttle: false } },
    );
  });
  afterAll(async () => {
    await server.close(1_000);
    await fake.close();
  });

  const opened = () =>
    retarget(webhookExamples(['issues']).find((example) => example.action === 'opened')!.payload, {
      fullName: REPOSITORY,
      number: VAGUE.number!,
    });
  const post = (path: string, payload: unknown) => {
    const body = JSON.stringify(payload);
    return fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-github-event': 'issues',
        'x-github-delivery': crypto.randomUUID(),
        'x-hub-signature-256': sign(body),
      },
      body,
    });
  };

  it.each([
    ['the webhook path', WEBHOOK_PATH],
    ['/ (what the setup page registers without a proxy)', '/'],
  ])('handles a signed delivery posted to %s', async (_name, path) => {
    fake.reset();
    const response = await post(path, opened());
    expect(response.status).toBe(200);
    expect(issueIn(fake, VAGUE.number!).labels).toContain('needs-refinement');
  });

  it('answers Probot’s ping', async () => {
    expect(await (await fetch(`${server.url}/ping`)).text()).toBe('PONG');
  });
});
