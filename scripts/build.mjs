// Bundles the front ends into dist/ so the Action runs without `npm install` on the runner.
// Output must be byte-for-byte reproducible: CI rebuilds and fails when dist/ differs from the commit.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';

/** The output directory; tests pass another one to compare a fresh build with the committed dist/. */
const outdir = resolve(process.env.BACKLOG_HYGIENE_BUILD_OUTDIR ?? 'dist');

// CommonJS dependencies bundled into ESM still call require(); give them one.
const requireBanner =
  "import { createRequire as __bhCreateRequire } from 'node:module';\nconst require = __bhCreateRequire(import.meta.url);";

const entries = [
  { in: 'src/action/index.ts', out: 'index.js', banner: requireBanner },
  { in: 'src/cli/main.ts', out: 'cli.js', banner: requireBanner, shebang: true },
  { in: 'src/app/index.ts', out: 'app.js', banner: requireBanner },
  { in: 'src/app/server.ts', out: 'app-server.js', banner: requireBanner },
];

for (const entry of entries) {
  // Other front ends land at different times; a missing entry is skipped, not an error.
  if (!existsSync(entry.in)) {
    console.log(`skip ${entry.in} (not there yet)`);
    continue;
  }
  // esbuild keeps a shebang the entry already has (and puts it first); add one only when it lacks it.
  const hasShebang = readFileSync(entry.in, 'utf8').startsWith('#!');
  const banner = entry.shebang && !hasShebang ? `#!/usr/bin/env node\n${entry.banner}` : entry.banner;
  await build({
    entryPoints: [entry.in],
    outfile: resolve(outdir, entry.out),
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    banner: { js: banner },
    legalComments: 'none',
    logLevel: 'warning',
    // esbuild resolves the "#src/*" subpath imports from package.json "imports".
  });
  console.log(`built ${entry.in} → ${resolve(outdir, entry.out)}`);
}
