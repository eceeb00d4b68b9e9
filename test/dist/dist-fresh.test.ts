import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');

describe('dist/', () => {
  let outdir = '';
  afterAll(async () => {
    if (outdir) await rm(outdir, { recursive: true, force: true });
  });

  it('matches a fresh build of the sources (the Action runs the committed bundle)', async () => {
    outdir = await mkdtemp(join(tmpdir(), 'backlog-hygiene-dist-'));
    await run(process.execPath, ['scripts/build.mjs'], { cwd: root, env: { ...process.env, BACKLOG_HYGIENE_BUILD_OUTDIR: outdir } });
    const built = (await readdir(outdir)).sort();
    expect(built).toContain('index.js');
    const stale: string[] = [];
    for (const name of built) {
      const fresh = await readFile(join(outdir, name), 'utf8');
      const committed = await readFile(join(root, 'dist', name), 'utf8').catch(() => undefined);
      if (committed !== fresh) stale.push(name);
    }
    expect(stale, 'dist/ is stale: run npm run build and commit dist/').toEqual([]);
  }, 120_000);
});
