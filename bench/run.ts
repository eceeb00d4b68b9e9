// Runs every bench/*.bench.ts in name order. Each exports `run(): Promise<void>` and prints its own figures.
// Benches report PASS/FAIL against their goals but never fail the process: speed is measured, not tested.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts') && (!only || name.includes(only)))
  .sort();

if (!global.gc) console.log('note: run with --expose-gc (npm run bench does) for steady heap figures\n');
for (const file of files) {
  console.log(`=== ${file}`);
  const bench = (await import(pathToFileURL(join(here, file)).href)) as { run?: () => Promise<void> };
  if (typeof bench.run !== 'function') {
    console.log(`skipped: ${file} does not export run()`);
    continue;
  }
  await bench.run();
  console.log('');
}
