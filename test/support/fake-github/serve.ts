// The fake GitHub in a process of its own, as a real GitHub is another machine: benchmarks run it
// here so the client under test and the fake's GraphQL work use separate cores.
//
//   node --import tsx test/support/fake-github/serve.ts <seed.json> [port]
//
// Prints one JSON line, {"url":"http://127.0.0.1:PORT"}, then serves until killed (SIGTERM/SIGINT)
// or until stdin closes (the parent went away). Inspection goes over stdin/stdout, not HTTP, so it
// never shows up among the recorded requests: each stdin line is a JSON command and gets one JSON
// line back with the same id —
//   {"id":1,"command":"counts","from":N}         → {"id":1,"total":T,"reads":R,"writes":W} (requests from index N on)
//   {"id":2,"command":"waitForRequest","from":N} → {"id":2,"total":T} once more than N requests arrived
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { startFakeGitHub, type FakeGitHub } from './index.ts';
import type { FakeSeed } from './seed.ts';

/** A command sent to the served fake over stdin. */
export type ServeCommand = { id: number; command: 'counts' | 'waitForRequest'; from: number };

/** Answers one command; waitForRequest polls the request log because the fake has no hook for arrivals. */
async function answer(fake: FakeGitHub, command: ServeCommand): Promise<Record<string, unknown>> {
  const { from } = command;
  if (command.command === 'waitForRequest') {
    while (fake.requests.length <= from) await new Promise((resolve) => setTimeout(resolve, 1));
    return { total: fake.requests.length };
  }
  let reads = 0;
  let writes = 0;
  for (let index = from; index < fake.requests.length; index += 1) {
    if (fake.requests[index]!.kind === 'read') reads += 1;
    else writes += 1;
  }
  return { total: fake.requests.length, reads, writes };
}

async function main(): Promise<void> {
  const [seedPath, port] = process.argv.slice(2);
  if (!seedPath)
    throw new Error(
      'serve.ts: pass the seed file, e.g. `node --import tsx test/support/fake-github/serve.ts seed.json` (a JSON FakeSeed)',
    );
  const seed = JSON.parse(readFileSync(seedPath, 'utf8')) as FakeSeed;
  const fake = await startFakeGitHub({ seed, port: port ? Number(port) : 0 });
  const stop = () => void fake.close().finally(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  const lines = createInterface({ input: process.stdin });
  lines.on('line', (line) => {
    if (line.trim() === '') return;
    const command = JSON.parse(line) as ServeCommand;
    void answer(fake, command).then((reply) =>
      process.stdout.write(`${JSON.stringify({ id: command.id, ...reply })}\n`),
    );
  });
  lines.on('close', stop);
  process.stdout.write(`${JSON.stringify({ url: fake.url })}\n`);
}

await main();
