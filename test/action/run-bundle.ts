import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
export const ROOT = join(import.meta.dirname, '..', '..');
export const BUNDLE = join(ROOT, 'dist', 'index.js');

type Example = {
  action?: string;
  issue?: Record<string, unknown>;
  repository?: Record<string, unknown>;
  sender?: Record<string, unknown>;
};
type WebhookIndex = { name: string; examples: Example[] }[];

/**
 * A real webhook payload from @octokit/webhooks-examples, patched to point at the fake server's
 * repository and issue, so the Action parses exactly what a runner hands it.
 */
export const webhookPayload = (
  name: 'issues' | 'issue_comment',
  action: string,
  target: { fullName: string; number: number; sender?: { login: string; type: 'User' | 'Bot' }; label?: string },
) => {
  const index = require('@octokit/webhooks-examples/api.github.com/index.json') as WebhookIndex;
  const example = index
    .find((entry) => entry.name === name)
    ?.examples.find((candidate) => candidate.action === action && !candidate.issue?.pull_request);
  if (!example) throw new Error(`no ${name}.${action} example in @octokit/webhooks-examples`);
  const payload = structuredClone(example) as Example & { label?: { name: string } };
  const [owner = '', repo = ''] = target.fullName.split('/');
  payload.issue = { ...payload.issue, number: target.number, state: 'open' };
  payload.repository = {
    ...payload.repository,
    name: repo,
    full_name: target.fullName,
    owner: { ...(payload.repository?.owner as object), login: owner },
  };
  if (target.sender) payload.sender = { ...payload.sender, ...target.sender };
  if (target.label) payload.label = { ...payload.label, name: target.label };
  return payload;
};

/** What one run of the bundle left behind. */
export type BundleRun = {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  /** Milliseconds from spawn to the process exiting. */
  readonly ms: number;
};

/** Parses the GITHUB_OUTPUT file format (`name<<delimiter`, value lines, `delimiter`). */
export const parseOutputs = (text: string): Record<string, string> => {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const [name, delimiter] = lines[index]!.split('<<');
    if (!name || !delimiter) continue;
    const value: string[] = [];
    for (index += 1; index < lines.length && lines[index] !== delimiter; index += 1) value.push(lines[index]!);
    outputs[name] = value.join('\n');
  }
  return outputs;
};

/** Options of one bundle run, named the way a workflow names them. */
export type BundleOptions = {
  readonly apiUrl: string;
  readonly repository: string;
  readonly eventName: string;
  readonly payload?: unknown;
  readonly inputs?: Readonly<Record<string, string>>;
  readonly env?: Readonly<Record<string, string>>;
};

/**
 * Spawns `node dist/index.js` the way the runner does: inputs as INPUT_<NAME> (hyphens kept),
 * the event payload in a file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY as files. The test
 * process's own GITHUB_* variables are not passed on.
 */
export const runBundle = async (options: BundleOptions): Promise<BundleRun> => {
  if (!existsSync(BUNDLE)) throw new Error('dist/index.js is missing: run npm run build');
  const dir = await mkdtemp(join(tmpdir(), 'backlog-hygiene-action-'));
  try {
    const files = { event: join(dir, 'event.json'), output: join(dir, 'output'), summary: join(dir, 'summary.md') };
    await writeFile(files.event, JSON.stringify(options.payload ?? {}));
    await writeFile(files.output, '');
    await writeFile(files.summary, '');
    const inputs = {
      'github-token': 'ghs_faketoken',
      'config-path': '.github/backlog-hygiene.yml',
      'dry-run': 'false',
      'max-writes': '100',
      ...options.inputs,
    };
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? dir,
      GITHUB_EVENT_NAME: options.eventName,
      GITHUB_EVENT_PATH: files.event,
      GITHUB_REPOSITORY: options.repository,
      GITHUB_API_URL: options.apiUrl,
      GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
      ...options.env,
    };
    const started = performance.now();
    const child = spawn(process.execPath, [BUNDLE], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const ms = performance.now() - started;
    return {
      code,
      stdout,
      stderr,
      outputs: parseOutputs(await readFile(files.output, 'utf8')),
      summary: await readFile(files.summary, 'utf8'),
      ms,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};
