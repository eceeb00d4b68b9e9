import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The end-to-end suites start child processes and local servers; two cores are all CI has.
    pool: 'forks',
    // Vitest's default (cores − 1) runs one file at a time on a 2-core machine, and most of the suite waits on local
    // servers, child processes and retry back-offs rather than using a core: three files at a time took the suite
    // from 454 s to 160 s on 2 cores, with every test passing.
    maxWorkers: 3,
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
