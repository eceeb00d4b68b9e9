import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { FakeSeed } from './seed.ts';
import type { ServeCommand } from './serve.ts';

/** The fake GitHub running in a child process (serve.ts); counts come from the server's own request log. */
export type ServedFakeGitHub = {
  readonly url: string;
  /** How many requests the fake has seen in all. */
  total(): Promise<number>;
  /** Reads and writes the fake saw from request index `from` on. */
  counts(from: number): Promise<{ total: number; reads: number; writes: number }>;
  /** Resolves once the fake has seen more than `from` requests. */
  waitForRequest(from: number): Promise<number>;
  close(): Promise<void>;
};

const SERVE = join(dirname(fileURLToPath(import.meta.url)), 'serve.ts');

/**
 * Starts the fake in its own Node process from `seed` (written to a temporary file), so its work
 * runs on another core than the caller's, as GitHub's does.
 */
export async function spawnFakeGitHub(seed: FakeSeed): Promise<ServedFakeGitHub> {
  const dir = await mkdtemp(join(tmpdir(), 'fake-github-seed-'));
  const seedPath = join(dir, 'seed.json');
  await writeFile(seedPath, JSON.stringify(seed));
  // NODE_ENV=production turns off graphql-js's development-only instanceOf checks (a tenth of the
  // fake's time); the suites keep them in-process, where they catch mixed graphql copies.
  const env = { ...process.env, NODE_ENV: 'production' };
  const child = spawn(process.execPath, ['--import', 'tsx', SERVE, seedPath], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env,
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const lines = createInterface({ input: child.stdout });
  const pending = new Map<number, (reply: Record<string, number>) => void>();
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) =>
      reject(new Error(`fake-github serve.ts exited with ${code} before printing its URL; its stderr is above`)),
    );
    lines.on('line', (line) => {
      const message = JSON.parse(line) as { url?: string; id?: number } & Record<string, number>;
      if (message.url) resolve(message.url);
      else if (message.id !== undefined) pending.get(message.id)?.(message);
    });
  });
  await rm(dir, { recursive: true, force: true });
  let nextId = 0;
  const ask = (command: Omit<ServeCommand, 'id'>) =>
    new Promise<Record<string, number>>((resolve) => {
      nextId += 1;
      pending.set(nextId, resolve);
      child.stdin.write(`${JSON.stringify({ ...command, id: nextId })}\n`);
    });
  return {
    url,
    total: async () => (await ask({ command: 'counts', from: 0 })).total ?? 0,
    counts: async (from) => {
      const reply = await ask({ command: 'counts', from });
      return { total: reply.total ?? 0, reads: reply.reads ?? 0, writes: reply.writes ?? 0 };
    },
    waitForRequest: async (from) => (await ask({ command: 'waitForRequest', from })).total ?? 0,
    close: async () => {
      child.stdin.end();
      child.kill('SIGTERM');
      await exited;
    },
  };
}
