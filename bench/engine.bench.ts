// The engine's speed and memory: 10,000 realistic issues (1–3 KB bodies) judged (goal: under 1 s of CPU),
// then judged and planned (informational), memory growing linearly, then one 5 MB hostile body per shape
// judged alone (goal: under 200 ms each).
import { defaultConfig } from '#src/config/schema.ts';
import { parseBody } from '#src/markdown/parse-body.ts';
import type { BacklogItem } from '#src/model/backlog-item.ts';
import { RULE_IDS } from '#src/model/rule-id.ts';
import { planItem } from '#src/plan/plan-item.ts';
import { ALL_RULES } from '#src/rules/all-rules.ts';
import { findEstimate } from '#src/rules/find-estimate.ts';
import { judgeItem } from '#src/rules/judge-item.ts';
import type { JudgeContext } from '#src/rules/rule-input.ts';
import { generateBacklog } from './generate-backlog.ts';

const COUNT = 10_000;
const CPU_GOAL_MS = 1_000;
const HOSTILE_GOAL_MS = 200;
const CHECKPOINTS = [2_500, 5_000, 10_000];
const FIVE_MB = 5 * 1024 * 1024;

const context: JudgeContext = { config: defaultConfig(), now: new Date('2026-11-21T09:00:00Z') };
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const ms = (n: number) => `${n.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

const judgeAndPlan = (item: BacklogItem) => {
  const result = judgeItem(item, context);
  return { result, plan: planItem(item, result, context.config) };
};

const heapNow = () => {
  global.gc?.();
  return process.memoryUsage().heapUsed;
};

const WARM_UP = 200;

/** Process CPU (every thread: GC and compiler too) and wall time of one pass of `step` over the items. */
const measure = (label: string, items: readonly BacklogItem[], step: (item: BacklogItem) => unknown) => {
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  for (const item of items) step(item);
  const cpu = cpuMs(cpuStart);
  const wall = performance.now() - wallStart;
  console.log(
    `${label} ${items.length.toLocaleString('en-US')} issues: CPU ${ms(cpu)}, wall ${ms(wall)}, ${Math.round((items.length / wall) * 1000).toLocaleString('en-US')} issues/s`,
  );
  return cpu;
};

const throughput = (items: readonly BacklogItem[]) => {
  // A short warm-up so module loading and the first compilations are not counted; the measured pass
  // still includes the optimising compiler's work on the hot paths, as a real run would.
  for (const item of items.slice(0, WARM_UP)) judgeAndPlan(item);
  console.log(
    `(each measured pass follows a ${WARM_UP}-issue warm-up and includes the rest of JIT compilation and GC, on all threads)`,
  );
  const cpu = measure('judge', items, (item) => judgeItem(item, context));
  console.log(`  goal: judging 10,000 issues in under ${ms(CPU_GOAL_MS)} CPU ... ${verdict(cpu < CPU_GOAL_MS)}`);
  measure('judge + plan', items, judgeAndPlan);
  console.log(
    '  (informational, not part of the goal; measured after the judge pass, so the shared code is already compiled)',
  );
  if (cpu >= CPU_GOAL_MS) console.log(`  where the time goes (wall, summed per step): ${breakdown(items)}`);
};

/** Body sizes of the generated backlog, so readers can check it matches the goal's 1–3 KB. */
const describeBodies = (items: readonly BacklogItem[]) => {
  let min = Infinity;
  let max = 0;
  let sum = 0;
  for (const { body } of items) {
    min = Math.min(min, body.length);
    max = Math.max(max, body.length);
    sum += body.length;
  }
  console.log(
    `generated ${items.length.toLocaleString('en-US')} issues, ${mb(sum)} of bodies; body size min ${min}, mean ${Math.round(sum / items.length)}, max ${max} characters`,
  );
};

const memory = (items: readonly BacklogItem[]) => {
  // Verdicts and plans are kept, as the sweep keeps them for the report: growth should be linear in the count.
  const kept: unknown[] = [];
  const base = heapNow();
  const growth: number[] = [];
  items.forEach((item, index) => {
    kept.push(judgeAndPlan(item));
    if (CHECKPOINTS.includes(index + 1)) growth.push(heapNow() - base);
  });
  CHECKPOINTS.forEach((at, i) =>
    console.log(
      `  heap growth at ${at.toLocaleString('en-US')} issues: ${mb(growth[i] ?? 0)} (${Math.round((growth[i] ?? 0) / at)} bytes/issue)`,
    ),
  );
  const [first = 0, , last = 0] = growth;
  const linear = first <= 0 || last / first < (CHECKPOINTS[2]! / CHECKPOINTS[0]!) * 1.5;
  console.log(
    `  goal: memory grows linearly (10,000 ≤ 1.5 × 4 × 2,500) ... ${global.gc ? verdict(linear) : 'n/a without --expose-gc'}`,
  );
  return kept.length;
};

/** Milliseconds per engine step for one item: parsing, finding the estimate, each rule, and planning. */
const stepTimes = (item: BacklogItem): [string, number][] => {
  const steps: [string, number][] = [];
  let start = performance.now();
  const doc = parseBody(item.body);
  steps.push(['parse', performance.now() - start]);
  start = performance.now();
  const estimate = findEstimate(item, doc, context.config);
  steps.push(['estimate-find', performance.now() - start]);
  for (const rule of RULE_IDS) {
    start = performance.now();
    ALL_RULES[rule]({ ...context, item, doc, estimate });
    steps.push([rule, performance.now() - start]);
  }
  const result = judgeItem(item, context);
  start = performance.now();
  planItem(item, result, context.config);
  steps.push(['plan', performance.now() - start]);
  return steps;
};

/** Times each step of the engine on some items, so a missed goal points at the parse step or rule to fix. */
const breakdown = (items: readonly BacklogItem[]): string => {
  const totals = new Map<string, number>();
  for (const item of items)
    for (const [step, took] of stepTimes(item)) totals.set(step, (totals.get(step) ?? 0) + took);
  return [...totals].map(([step, took]) => `${step} ${ms(took)}`).join(', ');
};

const fill = (unit: string) => unit.repeat(Math.ceil(FIVE_MB / unit.length)).slice(0, FIVE_MB);

const HOSTILE: readonly (readonly [string, string])[] = [
  [
    'deeply nested lists',
    fill(Array.from({ length: 60 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth}\n`).join('')),
  ],
  ['nested list markers on one line', fill(`${'- '.repeat(500)}item\n`)],
  [
    '100,000 checkboxes',
    `## Acceptance criteria\n\n${fill('- [ ] The invitee sees a confirmation within a second\n')}`,
  ],
  ['one huge line', fill('lorem ipsum dolor sit amet ')],
  ['"As a " × 1e6', fill('As a ')],
  ['many "#1 blocked by"', fill('#1 blocked by ')],
  ['nested quotes and emphasis', fill('> '.repeat(200) + '**_`x`_** ')],
  ['many headings', fill('## Estimate\n\nStory points: 5\n\n')],
  // Titled so they stay thin titles: the vague rule then counts their words with Intl.Segmenter.
  ['Chinese prose', fill('订单列表加载很慢，需要分页加载并显示总数。')],
  ['Japanese lines', fill('ログイン画面でエラーが出ます\n')],
];

const hostile = () => {
  console.log(`\none ${mb(FIVE_MB)} hostile body per shape, judged alone (goal: under ${HOSTILE_GOAL_MS} ms each):`);
  for (const [name, body] of HOSTILE) {
    const item: BacklogItem = { ...generateBacklog(1, 7)[0]!, body, title: name, linkedStates: { 1: 'open' } };
    const start = performance.now();
    judgeAndPlan(item);
    const took = performance.now() - start;
    console.log(`  ${name.padEnd(34)} ${ms(took).padStart(10)}  ${verdict(took < HOSTILE_GOAL_MS)}`);
    if (took >= HOSTILE_GOAL_MS / 2) console.log(`    where the time goes: ${breakdown([item])}`);
  }
};

/** Runs the engine bench and prints its figures. */
export const run = async (): Promise<void> => {
  const items = generateBacklog(COUNT);
  describeBodies(items);
  throughput(items);
  memory(items);
  hostile();
};
