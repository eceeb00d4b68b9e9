import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The end-to-end suites start child processes and local servers; two cores are all CI has.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
