import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** GitHub caps webhook payloads at 25 MB and does not deliver larger ones, so anything larger is not from GitHub. */
export const MAX_WEBHOOK_BYTES = 25 * 1024 * 1024;

/** A Node request handler in the style of Probot's middleware: true when it answered the request. */
export type NodeHandler = (
  request: IncomingMessage,
  response: ServerResponse,
  next?: () => void,
) => boolean | void | Promise<boolean | void>;

export type WebhookGuardOptions = {
  /** WEBHOOK_SECRET: deliveries must carry its HMAC-SHA256 in x-hub-signature-256. */
  readonly secret: string;
  /** The webhook path; other requests pass through untouched. */
  readonly path: string;
  /** Where one line per refused request goes; never the payload. */
  readonly warn: (message: string) => void;
  readonly maxBytes?: number;
};

class TooLarge extends Error {}

const DROP_AFTER_MS = 1_000;

const header = (request: IncomingMessage, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

const readBody = (request: IncomingMessage, maxBytes: number): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        request.removeAllListeners('data');
        request.pause();
        reject(new TooLarge());
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });

const signatureMatches = (body: Buffer, signature: string | undefined, secret: string): boolean => {
  if (!signature?.startsWith('sha256=')) return false;
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(body).digest('hex')}`);
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
};

const isJsonObject = (text: string): boolean => {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
};

const normalize = (path: string): string => path.replace(/\/+$/, '') || '/';

/**
 * Checks webhook deliveries before Probot sees them, so hostile requests cost little and leave
 * one short log line: a body above GitHub's 25 MB cap is refused (413) before it is read (from
 * its Content-Length) or as soon as it passes the cap; a missing or wrong signature is refused
 * (401) without logging the payload (Probot would log it whole, at error level); a signed body
 * that is not a JSON object (`null`, a bare string) is refused with 400 instead of failing with 500.
 * Deliveries posted to `/` (the URL Probot's setup page registers without a proxy) are taken as
 * posted to the webhook path.
 */
export const guardWebhooks = (
  inner: NodeHandler,
  options: WebhookGuardOptions,
): ((request: IncomingMessage, response: ServerResponse, next?: () => void) => Promise<boolean | void>) => {
  const maxBytes = options.maxBytes ?? MAX_WEBHOOK_BYTES;
  const path = normalize(options.path);
  return async (request, response, next) => {
    let pathname: string;
    try {
      pathname = normalize(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      return inner(request, response, next);
    }
    // Probot's setup page registers `<address>/` as the webhook URL when no proxy is set: take deliveries there too.
    const atRoot = pathname === '/' && request.method === 'POST' && header(request, 'x-github-event') !== undefined;
    if (atRoot) request.url = options.path;
    else if (pathname !== path || request.method !== 'POST') return inner(request, response, next);
    const what = `webhook ${header(request, 'x-github-event') ?? '(no event name)'} (delivery ${header(request, 'x-github-delivery') ?? 'unknown'})`;
    const refuse = (status: number, reason: string, close = false): boolean => {
      options.warn(`refused ${what}: ${reason}`);
      response.writeHead(status, {
        'content-type': 'application/json',
        ...(close ? { connection: 'close' } : {}),
      });
      response.end(JSON.stringify({ error: reason }));
      // The rest of an oversized body is never read: the connection stays paused (TCP holds the sender
      // back) and is dropped a moment after the answer is out, so the sender can still read the answer.
      if (close) {
        request.pause();
        response.on('finish', () => setTimeout(() => request.socket.destroy(), DROP_AFTER_MS).unref());
      }
      return true;
    };
    const declared = Number(header(request, 'content-length') ?? 0);
    const tooLarge = `the body is larger than GitHub's ${maxBytes.toLocaleString('en')}-byte webhook limit`;
    if (declared > maxBytes) return refuse(413, `${tooLarge} (${declared.toLocaleString('en')} bytes)`, true);
    // Serverless platforms may have read the body already: they pass it as `rawBody` (or a string `body`).
    const given = request as IncomingMessage & { rawBody?: unknown; body?: unknown };
    let body: Buffer;
    if (given.rawBody instanceof Uint8Array) body = Buffer.from(given.rawBody);
    else if (typeof given.body === 'string') body = Buffer.from(given.body);
    else if (request.readableEnded)
      return refuse(400, 'the body was read before the app saw it; pass the raw body through (as rawBody)');
    else
      try {
        body = await readBody(request, maxBytes);
      } catch (error) {
        if (error instanceof TooLarge) return refuse(413, tooLarge, true);
        throw error;
      }
    if (body.length > maxBytes) return refuse(413, tooLarge);
    const size = `${body.length.toLocaleString('en')} bytes`;
    const signature = header(request, 'x-hub-signature-256');
    if (!signature) return refuse(401, `no x-hub-signature-256 header (${size})`);
    if (!signatureMatches(body, signature, options.secret))
      return refuse(401, `the signature does not match WEBHOOK_SECRET (${size})`);
    const text = body.toString('utf8');
    if (!isJsonObject(text))
      return refuse(400, `the payload is not a JSON object (${size}); GitHub sends an object for every event`);
    // Probot reads a string body as the raw payload and checks the signature again.
    (request as IncomingMessage & { body?: string }).body = text;
    return inner(request, response, next);
  };
};
