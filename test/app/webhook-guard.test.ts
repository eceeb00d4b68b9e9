import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { guardWebhooks } from '#src/app/webhook-guard.ts';
import { sign, WEBHOOK_PATH, WEBHOOK_SECRET } from './app-harness.ts';

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** A platform in front of the guard that has read the body already, as serverless platforms do. */
const platform = async (pass: 'rawBody' | 'string' | 'nothing') => {
  const seen: string[] = [];
  const warnings: string[] = [];
  const guard = guardWebhooks(
    (request) => {
      seen.push((request as IncomingMessage & { body?: string }).body ?? '');
      return true;
    },
    { secret: WEBHOOK_SECRET, path: WEBHOOK_PATH, warn: (line) => void warnings.push(line) },
  );
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks);
      if (pass === 'rawBody') Object.assign(request, { rawBody: raw, body: JSON.parse(raw.toString()) as unknown });
      if (pass === 'string') Object.assign(request, { body: raw.toString() });
      void guard(request, response).then((answered) => {
        if (answered === true && !response.headersSent) response.writeHead(200).end('ok');
      });
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server!.address() as AddressInfo).port}${WEBHOOK_PATH}`;
  return { url, seen, warnings };
};

const post = (url: string, body: string) =>
  fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-github-event': 'issues',
      'x-github-delivery': 'd-1',
      'x-hub-signature-256': sign(body),
    },
    body,
  });

describe('guardWebhooks behind a platform that read the body', () => {
  it.each(['rawBody', 'string'] as const)('checks the body the platform passes as %s', async (pass) => {
    const { url, seen } = await platform(pass);
    const response = await post(url, '{"action":"opened"}');
    expect(response.status).toBe(200);
    expect(seen).toEqual(['{"action":"opened"}']);
  });

  it('says what to do when the raw body is gone, instead of waiting for it forever', async () => {
    const { url, seen, warnings } = await platform('nothing');
    const response = await post(url, '{"action":"opened"}');
    expect(response.status).toBe(400);
    expect(seen).toEqual([]);
    expect(warnings.join('\n')).toContain('pass the raw body through');
  });
});
