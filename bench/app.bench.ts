// The Probot app under load, against the local fake GitHub with retry and throttling off.
// Goals: each event judged in < 50 ms of handler time (around the use case, config reading and
// routing excluded) with at most 2 reads and 2 writes; 200 webhooks delivered at once are all
// answered 2xx, leave exactly one comment and the right labels per issue (nothing lost, nothing
// doubled), and the heap returns to its baseline afterwards.
import type { HandledEvent } from '#src/app/app-options.ts';
import { anIssueSeed, findRepo, type IssueSeed } from '#test/support/fake-github/index.ts';
import { appSeed, MANAGED_LABELS, NOW, REPOSITORY, webshopRepo } from '#test/app/app-fixtures.ts';
import { startApp } from '#test/app/app-harness.ts';
import { retarget, webhookExamples } from '#test/app/webhook-examples.ts';
import { runBurst } from './app-burst.ts';

const ISSUES = 270;
const SEQUENTIAL = 60;
const CONCURRENT = 200;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const percentile = (values: readonly number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? 0;
const heapMb = () => {
  global.gc?.();
  global.gc?.();
  return process.memoryUsage().heapUsed / 1_048_576;
};

// Odd numbers are vague one-liners, even numbers well-written and estimated.
const issue = (number: number): IssueSeed =>
  number % 2 === 1
    ? {
        number,
        title: `Fix bug ${number}`,
        body: 'It is broken, please fix.',
        author: 'dana',
        createdAt: '2026-11-18T10:00:00Z',
      }
    : anIssueSeed({ number, title: `Export invoice batch ${number} as CSV` });

/** Runs the app bench and prints its figures against the goals. */
export async function run(): Promise<void> {
  const seed = appSeed([
    webshopRepo({
      issues: Array.from({ length: ISSUES }, (_, i) => issue(i + 1)),
      labels: [...MANAGED_LABELS],
      milestones: [],
    }),
  ]);
  const app = await startApp(seed, { now: () => NOW });
  const opened = webhookExamples(['issues']).find((example) => example.action === 'opened')!.payload;
  const deliver = (number: number) => app.deliver('issues', retarget(opened, { fullName: REPOSITORY, number }));
  try {
    // Warm-up: the app's slug, the installation token and the JIT.
    for (let n = 1; n <= 4; n += 1) await deliver(n);
    app.handled.length = 0;

    for (let n = 5; n < 5 + SEQUENTIAL; n += 1) await deliver(n);
    const events: HandledEvent[] = app.handled.filter((event) => event.outcome === 'reviewed');
    const times = events.map((event) => event.handlerMs);
    const maxReads = Math.max(...events.map((event) => event.stats.reads));
    const maxWrites = Math.max(...events.map((event) => event.stats.writes));
    console.log(
      `sequential: ${events.length} issues.opened events; handler time p50 ${percentile(times, 0.5).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms (goal < 50 ms): ${verdict(percentile(times, 0.95) < 50)}`,
    );
    console.log(
      `requests per event: at most ${maxReads} read(s) and ${maxWrites} write(s) (goal ≤ 2 / ≤ 2): ${verdict(maxReads <= 2 && maxWrites <= 2)}`,
    );

    const baseline = heapMb();
    app.handled.length = 0;
    const first = 5 + SEQUENTIAL;
    const numbers = Array.from({ length: CONCURRENT }, (_, i) => first + i);
    const started = performance.now();
    const responses = await Promise.all(numbers.map((n) => deliver(n)));
    const wall = performance.now() - started;
    const repo = findRepo(app.fake.state, 'acme', 'webshop')!;
    const wrong = numbers.filter((n) => {
      const found = repo.issues.find((candidate) => candidate.number === n)!;
      const comments = found.comments.filter((comment) => comment.body.includes('backlog-hygiene:comment')).length;
      const expectedLabel = n % 2 === 1 ? 'needs-refinement' : 'ready';
      return (
        comments !== (n % 2 === 1 ? 1 : 0) ||
        !found.labels.includes(expectedLabel) ||
        new Set(found.labels).size !== found.labels.length
      );
    });
    const ok = responses.filter((response) => response.status >= 200 && response.status < 300).length;
    console.log(
      `concurrent: ${CONCURRENT} webhooks at once in ${wall.toFixed(0)} ms; ${ok} answered 2xx, ${app.handled.length} handled, ${wrong.length} issue(s) with lost or doubled writes: ${verdict(ok === CONCURRENT && app.handled.length === CONCURRENT && wrong.length === 0)}`,
    );

    // The same 200 again, as new deliveries: nothing left to change, so nothing may be written.
    const writesBefore = app.fake.requests.filter(
      (request) => request.kind === 'write' && !request.path.startsWith('/app/'),
    ).length;
    await Promise.all(numbers.map((n) => deliver(n)));
    const extraWrites =
      app.fake.requests.filter((request) => request.kind === 'write' && !request.path.startsWith('/app/')).length -
      writesBefore;
    console.log(
      `redelivered: ${CONCURRENT} more webhooks for the same issues made ${extraWrites} write(s) (goal 0): ${verdict(extraWrites === 0)}`,
    );

    app.handled.length = 0;
    app.fake.requests.length = 0;
    const after = heapMb();
    const grew = after - baseline;
    console.log(
      `heap: ${baseline.toFixed(1)} MB before, ${after.toFixed(1)} MB after gc (${grew >= 0 ? '+' : ''}${grew.toFixed(1)} MB; goal < +10 MB)${global.gc ? '' : ' [no --expose-gc: rough]'}: ${verdict(grew < 10)}`,
    );
  } finally {
    await app.close();
  }
  await runBurst();
}
